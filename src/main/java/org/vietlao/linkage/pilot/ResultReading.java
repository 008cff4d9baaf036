package org.vietlao.linkage.pilot;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A frozen result in plain words, in the reader's language: who closed it and when (UTC+7, with the zone), the
 * people by their display names, why TOPSIS puts its leader first (the weighted criteria on which it is ahead),
 * what AHP says when it disagrees, and how stable the leader is under the sensitivity analysis already stored.
 */
@Component
class ResultReading {

    /** Both countries keep UTC+7 all year; pages and exports show the time their readers live in, with the zone. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC+7)'").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Interval ends this close to 0 or 1 are the ends of the range, not a change of leader. */
    private static final double END = 1e-9;

    private final MessageSource messages;
    private final People people;

    ResultReading(MessageSource messages, People people) {
        this.messages = messages;
        this.people = people;
    }

    Reading of(FrozenResult result, Locale locale) {
        return new Reading(
                people.nameOf(result.closedBy()),
                TIMESTAMP.format(result.closedAt()),
                people.listOf(result.evaluators()),
                ranking(result, locale),
                stability(result, locale));
    }

    /** Why the TOPSIS leader is first, and what AHP says when its leader differs. */
    String ranking(FrozenResult result, Locale locale) {
        int leader = result.topsisRanking()[0];
        int ahpLeader = result.ahpRanking()[0];
        String leaderName = name(result, leader, locale);
        if (leader != ahpLeader) {
            List<String> topsisDrivers = drivers(result, leader, ahpLeader, true, locale);
            List<String> ahpDrivers = drivers(result, ahpLeader, leader, false, locale);
            return text(
                    "pilot.result.reading.differ",
                    locale,
                    leaderName,
                    name(result, ahpLeader, locale),
                    joined(topsisDrivers, locale),
                    joined(ahpDrivers, locale));
        }
        int second = result.topsisRanking()[1];
        List<String> found = drivers(result, leader, second, true, locale);
        if (found.isEmpty()) {
            return text("pilot.result.reading.close", locale, leaderName, name(result, second, locale));
        }
        return text(
                "pilot.result.reading.same", locale, leaderName, name(result, second, locale), joined(found, locale));
    }

    /** The nearest weight change that would put another candidate first, from the stored intervals. */
    String stability(FrozenResult result, Locale locale) {
        String leaderName = name(result, result.topsisRanking()[0], locale);
        FrozenResult.IntervalResult nearest = null;
        double margin = Double.POSITIVE_INFINITY;
        for (FrozenResult.IntervalResult interval : result.sensitivity()) {
            double down = interval.lower() > END ? interval.weight() - interval.lower() : Double.POSITIVE_INFINITY;
            double up = interval.upper() < 1 - END ? interval.upper() - interval.weight() : Double.POSITIVE_INFINITY;
            double closest = Math.min(down, up);
            if (closest < margin) {
                margin = closest;
                nearest = interval;
            }
        }
        if (nearest == null) {
            return text("pilot.result.stability.robust", locale, leaderName);
        }
        NumberFormat number = number(locale);
        return text(
                "pilot.result.stability.nearest",
                locale,
                leaderName,
                result.criteria().get(nearest.criterion()).name().in(locale),
                number.format(nearest.lower()),
                number.format(nearest.upper()),
                number.format(nearest.weight()),
                number.format(margin));
    }

    /**
     * The (at most two) criteria that give {@code first} its lead over {@code other}, largest first: under TOPSIS
     * the weighted difference of the vector-normalised scores, under AHP the weighted difference of the
     * priorities (the terms of its weighted sum).
     */
    private List<String> drivers(FrozenResult result, int first, int other, boolean topsis, Locale locale) {
        List<FrozenResult.CandidateResult> candidates = result.candidates();
        int n = result.criteria().size();
        List<double[]> leads = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double scale = 1;
            if (topsis) {
                double norm = 0;
                for (FrozenResult.CandidateResult c : candidates) {
                    norm += c.byCriterion()[j] * c.byCriterion()[j];
                }
                scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            }
            double weight = result.criteria().get(j).weight();
            double lead = weight
                    * scale
                    * (candidates.get(first).byCriterion()[j]
                            - candidates.get(other).byCriterion()[j]);
            if (lead > 1e-12) {
                leads.add(new double[] {j, lead});
            }
        }
        leads.sort(Comparator.comparingDouble((double[] l) -> l[1]).reversed());
        NumberFormat number = number(locale);
        return leads.stream()
                .limit(2)
                .map(l -> {
                    FrozenResult.CriterionResult criterion = result.criteria().get((int) l[0]);
                    return text(
                            "pilot.result.reading.criterion",
                            locale,
                            criterion.name().in(locale),
                            number.format(criterion.weight()));
                })
                .toList();
    }

    private String joined(List<String> criteria, Locale locale) {
        if (criteria.isEmpty()) {
            return text("pilot.result.reading.noCriterion", locale);
        }
        return criteria.size() == 1
                ? criteria.get(0)
                : text("pilot.result.reading.and", locale, criteria.get(0), criteria.get(1));
    }

    private static String name(FrozenResult result, int candidate, Locale locale) {
        return result.candidates().get(candidate).name().in(locale);
    }

    private static NumberFormat number(Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(3);
        number.setMaximumFractionDigits(3);
        return number;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * @param closedBy the display name of who closed the evaluation
     * @param closedAt when, in UTC+7 with the zone
     * @param evaluators their display names, in the order of the result's evaluators
     * @param ranking why the leader leads, in one or two sentences
     * @param stability how far a weight may move before another candidate leads
     */
    record Reading(String closedBy, String closedAt, List<String> evaluators, String ranking, String stability) {}
}
