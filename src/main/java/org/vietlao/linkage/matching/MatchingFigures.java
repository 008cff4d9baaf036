package org.vietlao.linkage.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.HomeFigures.Figure;
import org.vietlao.linkage.shared.HomeFigures.Panel;
import org.vietlao.linkage.shared.Label;

/**
 * Matching's figures on the home page: for staff, the partners suggested over the registry, expressions of
 * interest by status and the linkages established this year; for an enterprise user, its suggested partners and the interest waiting for its
 * answer.
 */
@Component
class MatchingFigures implements HomeFigures {

    /** The year of "linkages established this year" is the calendar year in the two countries (UTC+7). */
    static final ZoneId REGION = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final Matchmaker matchmaker;
    private final Clock clock;
    private final SuggestedPairs suggested;

    MatchingFigures(JdbcClient jdbc, Matchmaker matchmaker, Clock clock, SuggestedPairs suggested) {
        this.jdbc = jdbc;
        this.matchmaker = matchmaker;
        this.clock = clock;
        this.suggested = suggested;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        if (actor.overseesEveryEnterprise()) {
            List<Panel> panels = new ArrayList<>();
            suggested.latest().map(MatchingFigures::suggestions).ifPresent(panels::add);
            panels.add(interests());
            panels.add(linkages());
            return panels;
        }
        if (actor.speaksForAnOrganisation()) {
            List<EnterpriseId> own = EnterpriseRef.ownedBy(actor);
            return own.isEmpty() ? List.of() : List.of(forEnterprise(actor, own));
        }
        return List.of();
    }

    /** The partners the engine suggests over the whole registry, as last counted (decision 0020). */
    private static Panel suggestions(SuggestedPairs.Count count) {
        return new Panel(
                "suggestions",
                25,
                Label.of("matching.home.suggestions"),
                Label.of("matching.home.source.suggestions", Matchmaker.MAX_LISTED),
                count.countedAt(),
                List.of(
                        new Figure(Label.of("matching.home.figure.suggestedPairs"), count.pairs(), "/matching"),
                        new Figure(
                                Label.of("matching.home.figure.withPartner", count.enterprises()),
                                count.withPartner(),
                                "/matching")),
                HomeFigures.Chart.NONE);
    }

    private Panel interests() {
        Instant now = clock.instant();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                Label.of("matching.home.figure.interestsSent"),
                jdbc.sql("SELECT count(*) FROM matching_interest")
                        .query(Long.class)
                        .single(),
                null));
        figures.add(new Figure(
                Label.of("matching.home.figure.interestsWaiting"),
                jdbc.sql("SELECT count(*) FROM matching_interest WHERE status = 'OPEN' AND expires_at > :now")
                        .param("now", Timestamp.from(now))
                        .query(Long.class)
                        .single(),
                null));
        figures.add(new Figure(
                Label.of("matching.home.figure.interestsAnswered"),
                jdbc.sql("SELECT count(*) FROM matching_interest WHERE status IN ('ACCEPTED', 'DECLINED')")
                        .query(Long.class)
                        .single(),
                null));
        figures.add(new Figure(
                Label.of("matching.home.figure.interestsExpired"),
                jdbc.sql("""
						SELECT count(*) FROM matching_interest
						WHERE status = 'EXPIRED' OR (status = 'OPEN' AND expires_at <= :now)""")
                        .param("now", Timestamp.from(now))
                        .query(Long.class)
                        .single(),
                null));
        return new Panel(
                "interests",
                30,
                Label.of("matching.home.interests"),
                Label.of("matching.home.source.interests"),
                now,
                figures,
                HomeFigures.Chart.DOUGHNUT);
    }

    private Panel linkages() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, REGION);
        Instant startOfYear = today.withDayOfYear(1).atStartOfDay(REGION).toInstant();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                Label.of("matching.home.figure.linkagesThisYear", String.valueOf(today.getYear())),
                jdbc.sql("SELECT count(*) FROM matching_linkage WHERE established_at >= :start")
                        .param("start", Timestamp.from(startOfYear))
                        .query(Long.class)
                        .single(),
                "/matching/linkages"));
        figures.add(new Figure(
                Label.of("matching.home.figure.linkagesAll"),
                jdbc.sql("SELECT count(*) FROM matching_linkage")
                        .query(Long.class)
                        .single(),
                "/matching/linkages"));
        return new Panel(
                "linkages",
                40,
                Label.of("matching.home.linkages"),
                Label.of("matching.home.source.linkages"),
                now,
                figures,
                HomeFigures.Chart.NONE);
    }

    private Panel forEnterprise(Actor actor, List<EnterpriseId> own) {
        Instant now = clock.instant();
        List<Figure> figures = new ArrayList<>();
        for (EnterpriseId id : own) {
            Matchmaker.Suggestions suggestions = matchmaker.suggestionsFor(actor, id, Matchmaker.MAX_LIMIT);
            figures.add(new Figure(
                    Label.of(
                            "matching.home.figure.suggested",
                            suggestions.enterprise().name(),
                            Matchmaker.MAX_LIMIT),
                    suggestions.matches().size(),
                    "/matching?enterprise=" + id.value()));
        }
        List<Long> ids = own.stream().map(EnterpriseId::value).toList();
        figures.add(new Figure(
                Label.of("matching.home.figure.waitingForYou"),
                jdbc.sql("""
						SELECT count(*) FROM matching_interest
						WHERE status = 'OPEN' AND expires_at > :now AND to_enterprise_id IN (:ids)""")
                        .param("now", Timestamp.from(now))
                        .param("ids", ids)
                        .query(Long.class)
                        .single(),
                "/matching/interests"));
        figures.add(new Figure(
                Label.of("matching.home.figure.waitingForPartner"),
                jdbc.sql("""
						SELECT count(*) FROM matching_interest
						WHERE status = 'OPEN' AND expires_at > :now AND from_enterprise_id IN (:ids)""")
                        .param("now", Timestamp.from(now))
                        .param("ids", ids)
                        .query(Long.class)
                        .single(),
                "/matching/interests"));
        return new Panel(
                "my-matching",
                20,
                Label.of("matching.home.mine"),
                Label.of("matching.home.source.mine"),
                now,
                figures,
                HomeFigures.Chart.NONE);
    }
}
