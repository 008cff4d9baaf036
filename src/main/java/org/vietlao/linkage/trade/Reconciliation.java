package org.vietlao.linkage.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses one figure among those published for a period and flow, says why, and flags contradictions between
 * sources (decision 0022). The rule, in order: a value before a lower bound; the preferred side's statistics
 * before the other side's, and both before a figure whose side is unclear; customs before a ministry before any
 * other source; reported before rounded before estimated; the later publication (a revision); the figure
 * recorded first.
 */
final class Reconciliation {

    /** Which step of the rule decided between the chosen figure and the next best. */
    enum DecidedBy {
        ONLY_FIGURE,
        VALUE_BEFORE_LOWER_BOUND,
        SIDE,
        AGENCY,
        STATUS,
        LATER_PUBLICATION,
        RECORDED_FIRST
    }

    enum AgencyClass {
        CUSTOMS,
        MINISTRY,
        OTHER
    }

    /** A contradiction between figures: what kind, and the figures involved. */
    record Contradiction(Kind kind, Flow flow, List<Long> figureIds, List<String> periods) {

        enum Kind {
            /** A cumulative figure (year to date, H1, Q1, year) above a later cumulative figure of the same side. */
            CUMULATIVE_FALLS,
            /** One source's exports and imports do not add up to its total (beyond rounding). */
            PARTS_DO_NOT_ADD_UP,
            /** A value below another source's lower bound for the same period. */
            BELOW_LOWER_BOUND
        }
    }

    /** The figures of one period and flow with the chosen one. */
    record Reconciled(
            Flow flow,
            TradeFigure preferred,
            DecidedBy decidedBy,
            List<TradeFigure> figures,
            Double spreadPct,
            Double mirrorRatio) {}

    private final TradeSettings settings;

    Reconciliation(TradeSettings settings) {
        this.settings = settings;
    }

    AgencyClass agencyClass(TradeFigure figure) {
        String agency = Optional.ofNullable(figure.source().agency()).orElse("").toLowerCase(Locale.ROOT);
        if (settings.customsAgencies().stream().anyMatch(w -> agency.contains(w.toLowerCase(Locale.ROOT)))) {
            return AgencyClass.CUSTOMS;
        }
        if (settings.ministryAgencies().stream().anyMatch(w -> agency.contains(w.toLowerCase(Locale.ROOT)))) {
            return AgencyClass.MINISTRY;
        }
        return AgencyClass.OTHER;
    }

    private int sideRank(TradeFigure f) {
        if (f.side() == ReportingSide.UNCLEAR) {
            return 2;
        }
        return f.side().name().equals(settings.preferredSide()) ? 0 : 1;
    }

    private List<Comparator<TradeFigure>> steps() {
        return List.of(
                Comparator.comparing(f -> f.status() == FigureStatus.LOWER_BOUND),
                Comparator.comparingInt(this::sideRank),
                Comparator.comparing(this::agencyClass),
                Comparator.comparing(TradeFigure::status),
                Comparator.comparing((TradeFigure f) ->
                                Optional.ofNullable(f.source().published()).orElse(""))
                        .reversed(),
                Comparator.comparingLong(TradeFigure::id));
    }

    /** The figures of one period and flow (any sides), reconciled; empty when there are none. */
    Optional<Reconciled> reconcile(Flow flow, List<TradeFigure> figures) {
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        List<Comparator<TradeFigure>> steps = steps();
        Comparator<TradeFigure> rule =
                steps.stream().reduce(Comparator::thenComparing).orElseThrow();
        List<TradeFigure> ranked = figures.stream().sorted(rule).toList();
        TradeFigure best = ranked.get(0);
        DecidedBy decidedBy = DecidedBy.ONLY_FIGURE;
        if (ranked.size() > 1) {
            TradeFigure next = ranked.get(1);
            DecidedBy[] names = {
                DecidedBy.VALUE_BEFORE_LOWER_BOUND,
                DecidedBy.SIDE,
                DecidedBy.AGENCY,
                DecidedBy.STATUS,
                DecidedBy.LATER_PUBLICATION,
                DecidedBy.RECORDED_FIRST
            };
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).compare(best, next) != 0) {
                    decidedBy = names[i];
                    break;
                }
            }
        }
        double min = figures.stream().mapToDouble(TradeFigure::value).min().orElse(0);
        double max = figures.stream().mapToDouble(TradeFigure::value).max().orElse(0);
        Double spread = figures.size() > 1 && min > 0 ? (max - min) / min * 100 : null;
        Double mirror = mirrorRatio(figures, rule);
        return Optional.of(new Reconciled(flow, best, decidedBy, ranked, spread, mirror));
    }

    /** LA-reported / VN-reported, each side's own preferred figure; null unless both sides published. */
    private static Double mirrorRatio(List<TradeFigure> figures, Comparator<TradeFigure> rule) {
        Optional<TradeFigure> vn =
                figures.stream().filter(f -> f.side() == ReportingSide.VN).min(rule);
        Optional<TradeFigure> la =
                figures.stream().filter(f -> f.side() == ReportingSide.LA).min(rule);
        if (vn.isEmpty() || la.isEmpty() || vn.get().value() <= 0) {
            return null;
        }
        return la.get().value() / vn.get().value();
    }

    /** Contradictions among the figures of one year (all periods, all products TOTAL). */
    List<Contradiction> contradictions(List<TradeFigure> figuresOfYear) {
        List<Contradiction> found = new ArrayList<>();
        List<TradeFigure> totals =
                figuresOfYear.stream().filter(TradeFigure::isTotalOfAllProducts).toList();
        // Cumulative figures of one side and flow must not fall as the months go by.
        Map<String, List<TradeFigure>> bySideAndFlow = totals.stream()
                .filter(f -> f.period().cumulativeMonths().isPresent())
                .filter(f -> f.status() != FigureStatus.LOWER_BOUND)
                .collect(Collectors.groupingBy(f -> f.side() + "/" + f.flow(), TreeMap::new, Collectors.toList()));
        for (List<TradeFigure> group : bySideAndFlow.values()) {
            for (TradeFigure earlier : group) {
                for (TradeFigure later : group) {
                    int a = earlier.period().cumulativeMonths().getAsInt();
                    int b = later.period().cumulativeMonths().getAsInt();
                    if (a < b && earlier.value() > later.value() * (1 + tolerance(later))) {
                        found.add(new Contradiction(
                                Contradiction.Kind.CUMULATIVE_FALLS,
                                earlier.flow(),
                                List.of(earlier.id(), later.id()),
                                List.of(earlier.period().label(), later.period().label())));
                    }
                }
            }
        }
        // One source's parts against its total.
        Map<String, List<TradeFigure>> bySource = totals.stream()
                .collect(Collectors.groupingBy(
                        f -> f.period().label() + "|" + f.side() + "|"
                                + f.source().publisher() + "|" + f.source().url(),
                        TreeMap::new,
                        Collectors.toList()));
        for (List<TradeFigure> group : bySource.values()) {
            Optional<TradeFigure> total =
                    group.stream().filter(f -> f.flow() == Flow.TOTAL).findFirst();
            Optional<TradeFigure> out =
                    group.stream().filter(f -> f.flow() == Flow.VN_TO_LA).findFirst();
            Optional<TradeFigure> in =
                    group.stream().filter(f -> f.flow() == Flow.LA_TO_VN).findFirst();
            if (total.isPresent() && out.isPresent() && in.isPresent()) {
                double sum = out.get().value() + in.get().value();
                double t = total.get().value();
                if (Math.abs(sum - t) > Math.max(1_000_000, t * tolerance(total.get()))) {
                    found.add(new Contradiction(
                            Contradiction.Kind.PARTS_DO_NOT_ADD_UP,
                            Flow.TOTAL,
                            List.of(total.get().id(), out.get().id(), in.get().id()),
                            List.of(total.get().period().label())));
                }
            }
        }
        // A value under another source's "more than".
        for (TradeFigure bound : totals) {
            if (bound.status() != FigureStatus.LOWER_BOUND) {
                continue;
            }
            for (TradeFigure other : totals) {
                if (other.status() != FigureStatus.LOWER_BOUND
                        && other.flow() == bound.flow()
                        && other.period().equals(bound.period())
                        && other.side() == bound.side()
                        && other.value() < bound.value()) {
                    found.add(new Contradiction(
                            Contradiction.Kind.BELOW_LOWER_BOUND,
                            other.flow(),
                            List.of(other.id(), bound.id()),
                            List.of(other.period().label())));
                }
            }
        }
        return found;
    }

    /** Rounding allowed in checks: 1 % on a reported figure, 10 % on a rounded or estimated one. */
    private static double tolerance(TradeFigure figure) {
        return figure.status() == FigureStatus.REPORTED ? 0.01 : 0.10;
    }
}
