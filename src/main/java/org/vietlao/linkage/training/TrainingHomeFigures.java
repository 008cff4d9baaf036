package org.vietlao.linkage.training;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;

/**
 * The home page's training panel for every signed-in person: courses recorded, trainees who completed a course
 * (completed enrolments) and outputs produced. Aggregates only; empty while no course is recorded.
 */
@Component
class TrainingHomeFigures implements HomeFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingHomeFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        long courses = count("SELECT count(*) FROM training_course");
        if (courses == 0) {
            return List.of();
        }
        return List.of(new Panel(
                "training",
                70,
                Label.of("training.home.heading"),
                Label.of("training.home.source"),
                clock.instant(),
                List.of(
                        new Figure(Label.of("training.home.courses"), courses, "/training"),
                        new Figure(
                                Label.of("training.home.completed"),
                                count("SELECT count(*) FROM training_enrolment WHERE completed_on IS NOT NULL"),
                                "/training/kpis"),
                        new Figure(
                                Label.of("training.home.outputs"),
                                count("SELECT count(*) FROM training_output"),
                                "/training/kpis")),
                Chart.NONE));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
