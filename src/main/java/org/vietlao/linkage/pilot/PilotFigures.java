package org.vietlao.linkage.pilot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.HomeFigures.Figure;
import org.vietlao.linkage.shared.HomeFigures.Panel;
import org.vietlao.linkage.shared.Label;

/**
 * The pilot evaluations the person may see (as on the list page: those they own or judge, and for ministry
 * and admin every closed one), counted by state, on the home page.
 */
@Component
class PilotFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    PilotFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(org.vietlao.linkage.shared.Actor signedIn) {
        if (!signedIn.overseesEveryEnterprise()) {
            return List.of();
        }
        boolean readsClosed = signedIn.readsEveryClosedEvaluation();
        List<Figure> figures = new ArrayList<>();
        for (EvaluationState state : EvaluationState.values()) {
            long count = jdbc.sql("""
					SELECT count(*) FROM pilot_evaluation e
					WHERE e.state = :state
					  AND (e.owner_username = :user
					       OR EXISTS (SELECT 1 FROM pilot_evaluator v WHERE v.evaluation_id = e.id AND v.username = :user)
					       OR (:readsClosed AND e.state = 'CLOSED'))""")
                    .param("state", state.name())
                    .param("user", signedIn.username())
                    .param("readsClosed", readsClosed)
                    .query(Long.class)
                    .single();
            figures.add(new Figure(Label.of("pilot.state." + state.name()), count, "/pilot"));
        }
        return List.of(new Panel(
                "pilot",
                50,
                Label.of("pilot.home.evaluations"),
                Label.of("pilot.home.source"),
                clock.instant(),
                figures,
                HomeFigures.Chart.DOUGHNUT));
    }
}
