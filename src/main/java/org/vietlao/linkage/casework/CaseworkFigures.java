package org.vietlao.linkage.casework;

import java.sql.Date;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;

/**
 * The obstacles desk on the home page: open cases and steps past their deadline for those who read every case;
 * their own organisation's open cases for filers.
 */
@Component
class CaseworkFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseworkFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        if (Case.readsEveryCase(actor)) {
            long open = jdbc.sql("SELECT count(*) FROM casework_case WHERE status NOT IN ('REJECTED', 'CLOSED')")
                    .query(Long.class)
                    .single();
            long late = jdbc.sql("SELECT count(*) FROM casework_step WHERE finished_on IS NULL AND deadline < :today")
                    .param("today", Date.valueOf(Cases.today(clock)))
                    .query(Long.class)
                    .single();
            return List.of(panel(List.of(
                    new Figure(Label.of("casework.home.open"), open, "/casework"),
                    new Figure(Label.of("casework.home.late"), late, "/casework/scoreboard"))));
        }
        if (Cases.mayFile(actor) && actor.organisationId() != null) {
            long mine = jdbc.sql("SELECT count(*) FROM casework_case WHERE filer_organisation_id = :org "
                            + "AND status NOT IN ('REJECTED', 'CLOSED')")
                    .param("org", actor.organisationId())
                    .query(Long.class)
                    .single();
            return List.of(panel(List.of(new Figure(Label.of("casework.home.mine"), mine, "/casework"))));
        }
        return List.of();
    }

    private Panel panel(List<Figure> figures) {
        return new Panel(
                "casework",
                60,
                Label.of("casework.home.heading"),
                Label.of("casework.home.source"),
                clock.instant(),
                figures,
                Chart.NONE);
    }
}
