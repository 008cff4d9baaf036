package org.vietlao.linkage.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;

/**
 * Reading cases: the lists each party sees, similar open cases (duplicate suggestions), the scoreboard per body and
 * the public case studies.
 */
@Service
class CaseQueries {

    /** Share of common character trigrams (Jaccard) from which two texts count as close. */
    static final double CLOSE_TEXT = 0.25;

    private final CaseStore store;
    private final Cases cases;
    private final Bodies bodies;
    private final Clock clock;

    CaseQueries(CaseStore store, Cases cases, Bodies bodies, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The cases {@code actor} sees, newest first; optionally of one status. */
    List<Case> visibleTo(Actor actor, CaseStatus status) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        if (Case.readsEveryCase(actor)) {
            where.append("TRUE");
        } else {
            List<String> parts = new ArrayList<>();
            if (Cases.mayFile(actor)) {
                if (actor.organisationId() != null) {
                    parts.add("filer_organisation_id = :org");
                    params.put("org", actor.organisationId());
                } else {
                    parts.add("(filer_organisation_id IS NULL AND filer_username = :user)");
                    params.put("user", actor.username());
                }
            }
            String body = cases.actorsBody(actor);
            if (body != null) {
                parts.add("body_id = :body");
                params.put("body", body);
            }
            where.append(parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")");
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        return store.query(where.toString(), params);
    }

    CaseViews.CaseView view(Actor actor, long id) {
        return CaseViews.of(cases.visible(id, actor), actor, store, Cases.today(clock));
    }

    /** A case suggested as the same obstacle as a new one. */
    record Suggestion(
            long id,
            String reference,
            String title,
            Topic topic,
            String gatePairId,
            List<String> hsCodes,
            CaseStatus status,
            long supporters,
            double similarity) {}

    /**
     * Open cases like the draft: same topic and gate pair, products in common when both name products, and close
     * text (character trigrams, so that Lao, which has no spaces between words, compares as well as Vietnamese).
     */
    List<Suggestion> similar(Topic topic, String gatePairId, List<String> hsCodes, String text) {
        Set<String> grams = trigrams(text);
        List<Suggestion> found = new ArrayList<>();
        for (Case c :
                store.query("topic = :topic AND status NOT IN ('REJECTED', 'CLOSED')", Map.of("topic", topic.name()))) {
            if (!java.util.Objects.equals(c.gatePairId(), gatePairId)) {
                continue;
            }
            if (!hsCodes.isEmpty() && !c.hsCodes().isEmpty() && !shareAProduct(c.hsCodes(), hsCodes)) {
                continue;
            }
            double similarity = jaccard(grams, trigrams(c.title() + " " + c.description()));
            if (similarity >= CLOSE_TEXT) {
                found.add(new Suggestion(
                        c.id(),
                        c.reference(),
                        c.title(),
                        c.topic(),
                        c.gatePairId(),
                        c.hsCodes(),
                        c.status(),
                        store.supporters(c.id()),
                        BigDecimal.valueOf(similarity)
                                .setScale(3, RoundingMode.HALF_EVEN)
                                .doubleValue()));
            }
        }
        found.sort(Comparator.comparingDouble(Suggestion::similarity).reversed());
        return found.size() > 5 ? List.copyOf(found.subList(0, 5)) : found;
    }

    /** Whether a code of one list is the other's or within it (071410 and 07141011 concern the same product). */
    static boolean shareAProduct(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.startsWith(y) || y.startsWith(x)));
    }

    static Set<String> trigrams(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= plain.length(); i++) {
            grams.add(plain.substring(i, i + 3));
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    /** One body's line of the scoreboard: answers due, on time, share and light (SOLVIT's rule). */
    record BodyScore(
            String bodyId,
            Map<String, String> name,
            String country,
            long due,
            long onTime,
            BigDecimal share,
            TrafficLight light) {}

    /** Per body, over the ANSWER steps whose deadline has fallen due by today. */
    List<BodyScore> scoreboard() {
        LocalDate today = Cases.today(clock);
        Map<String, long[]> counts = new TreeMap<>();
        store.jdbc()
                .sql("SELECT body_id, deadline, finished_on FROM casework_step WHERE step = 'ANSWER'")
                .query(rs -> {
                    LocalDate deadline = rs.getDate(2).toLocalDate();
                    LocalDate finished =
                            rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate();
                    long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    if (finished != null || today.isAfter(deadline)) {
                        c[0]++;
                        if (finished != null && !finished.isAfter(deadline)) {
                            c[1]++;
                        }
                    }
                });
        List<BodyScore> scores = new ArrayList<>();
        for (Bodies.Body body : bodies.list()) {
            long[] c = counts.getOrDefault(body.id(), new long[2]);
            BigDecimal share = c[0] == 0
                    ? null
                    : BigDecimal.valueOf(c[1] * 100).divide(BigDecimal.valueOf(c[0]), 1, RoundingMode.HALF_EVEN);
            scores.add(new BodyScore(
                    body.id(), body.name(), body.country(), c[0], c[1], share, TrafficLight.of(c[1], c[0])));
        }
        return scores;
    }

    /** Closed cases their filers let be published, newest first, optionally matching a text. */
    List<CaseViews.PublicCase> published(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return store.query("status = 'CLOSED' AND publishable", Map.of()).stream()
                .filter(c -> q.isEmpty()
                        || (c.title() + " " + c.description() + " " + c.answer())
                                .toLowerCase(Locale.ROOT)
                                .contains(q))
                .limit(200)
                .map(CaseViews::publicOf)
                .toList();
    }

    static boolean readsCompilation(Actor actor) {
        return actor.has(Role.MINISTRY) || actor.has(Role.ANALYST) || actor.has(Role.ADMIN);
    }
}
