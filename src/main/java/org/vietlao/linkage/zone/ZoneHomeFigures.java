package org.vietlao.linkage.zone;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;

/**
 * The home page's zone panel for every signed-in person: the parks and zones recorded in each country, the joint
 * parks, and the tenants recorded, counted from the zone tables.
 */
@Component
class ZoneHomeFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ZoneHomeFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        long vietnamese = count("SELECT count(*) FROM zone WHERE country = 'VN' AND kind <> 'JOINT_PARK'");
        long lao = count("SELECT count(*) FROM zone WHERE country = 'LA' AND kind <> 'JOINT_PARK'");
        long joint = count("SELECT count(*) FROM zone WHERE kind = 'JOINT_PARK'");
        long tenants = count("SELECT count(*) FROM zone_tenant");
        long leads = count("SELECT count(*) FROM zone_interest");
        return List.of(new Panel(
                "zone",
                45,
                Label.of("zone.home.heading"),
                Label.of("zone.home.source"),
                clock.instant(),
                List.of(
                        new Figure(Label.of("zone.home.vietnamese"), vietnamese, "/zones?country=VN"),
                        new Figure(Label.of("zone.home.lao"), lao, "/zones?country=LA"),
                        new Figure(Label.of("zone.home.joint"), joint, "/zones?kind=JOINT_PARK"),
                        new Figure(Label.of("zone.home.tenants"), tenants, "/zones"),
                        new Figure(Label.of("zone.home.leads"), leads, "/zones")),
                Chart.NONE));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
