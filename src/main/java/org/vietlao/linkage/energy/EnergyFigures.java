package org.vietlao.linkage.energy;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;

/** The energy panel of the home page for analysts, ministry officials and administrators. */
@Component
class EnergyFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InfrastructureProjects projects;

    EnergyFigures(JdbcClient jdbc, Clock clock, InfrastructureProjects projects) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.projects = projects;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        if (!actor.overseesEveryEnterprise()) {
            return List.of();
        }
        long late = jdbc.sql("""
				SELECT count(DISTINCT project_id) FROM energy_infra_milestone WHERE actual_on IS NULL AND planned_on < :today""")
                .param("today", java.sql.Date.valueOf(projects.today()))
                .query(Long.class)
                .single();
        return List.of(new Panel(
                "energy",
                60,
                Label.of("energy.home.heading"),
                Label.of("energy.home.source"),
                clock.instant(),
                List.of(
                        new Figure(Label.of("energy.home.contracts"), count("energy_coal_contract"), "/energy"),
                        new Figure(Label.of("energy.home.shipments"), count("energy_coal_shipment"), "/energy"),
                        new Figure(Label.of("energy.home.ppas"), count("energy_ppa"), "/energy/power"),
                        new Figure(Label.of("energy.home.lateProjects"), late, "/energy/infrastructure")),
                Chart.NONE));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
