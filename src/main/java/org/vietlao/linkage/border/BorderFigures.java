package org.vietlao.linkage.border;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.Role;

/**
 * The border's figures on the home page: for an officer, what waits at their gates; for ministry officials,
 * analysts and administrators, declarations by status across every gate (aggregates only).
 */
@Component
class BorderFigures implements HomeFigures {

    private static final Label SOURCE = Label.of("border.home.source");

    private final JdbcClient jdbc;
    private final Clock clock;

    BorderFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        if (actor.has(Role.BORDER_OFFICER) && !actor.gatePairIds().isEmpty()) {
            List<String> gates = List.copyOf(actor.gatePairIds());
            long open = count(
                    "SELECT count(*) FROM border_declaration WHERE gate_pair_id IN (:gates) "
                            + "AND status NOT IN ('EXITED', 'CANCELLED')",
                    gates);
            long vehicles = count(
                    "SELECT count(*) FROM border_visit WHERE gate_pair_id IN (:gates) AND closed_at IS NULL", gates);
            return List.of(new Panel(
                    "border-gates",
                    40,
                    Label.of("border.home.gates"),
                    SOURCE,
                    clock.instant(),
                    List.of(
                            new Figure(Label.of("border.home.open"), open, "/border"),
                            new Figure(Label.of("border.home.vehicles"), vehicles, "/border")),
                    Chart.NONE));
        }
        if (BorderAccess.readsEveryGate(actor)) {
            List<Figure> figures = new ArrayList<>();
            for (DeclarationStatus status : List.of(
                    DeclarationStatus.STORED,
                    DeclarationStatus.CHANNEL_ASSIGNED,
                    DeclarationStatus.RELEASED,
                    DeclarationStatus.EXITED)) {
                long n = jdbc.sql("SELECT count(*) FROM border_declaration WHERE status = :s")
                        .param("s", status.name())
                        .query(Long.class)
                        .single();
                figures.add(new Figure(Label.of("border.status." + status.name()), n, "/border/kpis"));
            }
            return List.of(new Panel(
                    "border-declarations",
                    40,
                    Label.of("border.home.declarations"),
                    SOURCE,
                    clock.instant(),
                    figures,
                    Chart.BAR));
        }
        return List.of();
    }

    private long count(String sql, List<String> gates) {
        return jdbc.sql(sql).param("gates", gates).query(Long.class).single();
    }
}
