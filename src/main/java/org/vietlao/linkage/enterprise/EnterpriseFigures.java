package org.vietlao.linkage.enterprise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.HomeFigures.Figure;
import org.vietlao.linkage.shared.HomeFigures.Panel;
import org.vietlao.linkage.shared.Label;

/**
 * The registry's figures on the home page: for staff, enterprises by country and verification status and the
 * offers and needs they list; for an enterprise user, how complete each of its profiles is.
 */
@Component
class EnterpriseFigures implements HomeFigures {

    private static final Label SOURCE = Label.of("enterprise.home.source");

    /** What a complete profile has, one point each: the completeness is the share of points earned. */
    private static final String COMPLETENESS_POINTS = """
			(CASE WHEN e.name_vi IS NOT NULL AND e.name_vi <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.name_lo IS NOT NULL AND e.name_lo <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.name_en IS NOT NULL AND e.name_en <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.employees IS NOT NULL THEN 1 ELSE 0 END
			 + CASE WHEN e.annual_revenue IS NOT NULL THEN 1 ELSE 0 END
			 + CASE WHEN e.contact_name IS NOT NULL AND e.contact_name <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.contact_email IS NOT NULL AND e.contact_email <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.contact_phone IS NOT NULL AND e.contact_phone <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.website IS NOT NULL AND e.website <> '' THEN 1 ELSE 0 END
			 + CASE WHEN e.address IS NOT NULL AND e.address <> '' THEN 1 ELSE 0 END
			 + CASE WHEN EXISTS (SELECT 1 FROM enterprise_offer o WHERE o.enterprise_id = e.id) THEN 1 ELSE 0 END
			 + CASE WHEN EXISTS (SELECT 1 FROM enterprise_need n WHERE n.enterprise_id = e.id) THEN 1 ELSE 0 END
			 + CASE WHEN EXISTS (SELECT 1 FROM enterprise_certification c WHERE c.enterprise_id = e.id) THEN 1 ELSE 0 END
			 + CASE WHEN e.verification_status = 'VERIFIED' THEN 1 ELSE 0 END)""";

    static final int COMPLETENESS_POINTS_TOTAL = 14;

    private final JdbcClient jdbc;
    private final Clock clock;

    EnterpriseFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        if (actor.overseesEveryEnterprise()) {
            return List.of(registry(), offersAndNeeds());
        }
        if (actor.speaksForAnOrganisation()) {
            return completeness(actor.organisationId());
        }
        return List.of();
    }

    private Panel registry() {
        List<Figure> figures = new ArrayList<>();
        for (String country : List.of("VN", "LA")) {
            for (VerificationStatus status : VerificationStatus.values()) {
                long count = jdbc.sql(
                                "SELECT count(*) FROM enterprise WHERE country = :country AND verification_status = :status")
                        .param("country", country)
                        .param("status", status.name())
                        .query(Long.class)
                        .single();
                String verified = status == VerificationStatus.VERIFIED ? "true" : "false";
                figures.add(new Figure(
                        Label.of(
                                "enterprise.home.figure.byCountryAndStatus",
                                Label.of("enterprise.country." + country),
                                Label.of("enterprise.status." + status.name())),
                        count,
                        "/enterprises?country=" + country + "&verified=" + verified));
            }
        }
        return new Panel(
                "registry",
                10,
                Label.of("enterprise.home.registry"),
                SOURCE,
                clock.instant(),
                figures,
                HomeFigures.Chart.BAR);
    }

    private Panel offersAndNeeds() {
        List<Figure> figures = new ArrayList<>();
        for (String kind : List.of("offer", "need")) {
            for (String country : List.of("VN", "LA")) {
                long count = jdbc.sql("SELECT count(*) FROM enterprise_" + kind
                                + " x JOIN enterprise e ON e.id = x.enterprise_id WHERE e.country = :country")
                        .param("country", country)
                        .query(Long.class)
                        .single();
                figures.add(new Figure(
                        Label.of("enterprise.home.figure." + kind + "s", Label.of("enterprise.country." + country)),
                        count,
                        "/enterprises?country=" + country));
            }
        }
        return new Panel(
                "offers-needs",
                20,
                Label.of("enterprise.home.offersAndNeeds"),
                SOURCE,
                clock.instant(),
                figures,
                HomeFigures.Chart.NONE);
    }

    private List<Panel> completeness(long organisationId) {
        List<Figure> figures = jdbc.sql("SELECT e.id, e.name, " + COMPLETENESS_POINTS + """
				 AS points FROM enterprise e WHERE e.owner_organisation_id = :org ORDER BY e.id""")
                .param("org", organisationId)
                .query((rs, n) -> new Figure(
                        Label.of("enterprise.home.figure.completeness", rs.getString("name")),
                        Math.round(100.0 * rs.getInt("points") / COMPLETENESS_POINTS_TOTAL),
                        "/enterprises/" + rs.getLong("id") + "/edit"))
                .list();
        if (figures.isEmpty()) {
            return List.of();
        }
        return List.of(new Panel(
                "completeness",
                10,
                Label.of("enterprise.home.completeness"),
                SOURCE,
                clock.instant(),
                figures,
                HomeFigures.Chart.NONE));
    }
}
