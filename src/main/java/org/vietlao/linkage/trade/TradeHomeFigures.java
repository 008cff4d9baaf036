package org.vietlao.linkage.trade;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.HomeFigures;
import org.vietlao.linkage.shared.Label;

/**
 * The home page's trade panel for every signed-in person: the newest year's turnover as the platform follows it
 * (with that figure's publisher as the panel's source), the figures recorded and the targets tracked.
 */
@Component
class TradeHomeFigures implements HomeFigures {

    private final TradeMonitor monitor;
    private final TradeFigures figures;
    private final Clock clock;

    TradeHomeFigures(TradeMonitor monitor, TradeFigures figures, Clock clock) {
        this.monitor = monitor;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public List<Panel> panelsFor(Actor actor) {
        List<TradeMonitor.YearRow> years = monitor.turnover(Period.MIN_YEAR, Period.MAX_YEAR).stream()
                .filter(row -> row.total() != null)
                .toList();
        if (years.isEmpty()) {
            return List.of();
        }
        TradeMonitor.YearRow latest = years.get(years.size() - 1);
        TradeFigure followed = latest.total().preferred();
        return List.of(new Panel(
                "trade",
                40,
                Label.of("trade.home.heading"),
                Label.of("trade.home.source", followed.source().publisher(), latest.year()),
                clock.instant(),
                List.of(
                        new Figure(
                                Label.of("trade.home.turnover", latest.year()),
                                Math.round(followed.value() / 1_000_000),
                                "/trade#trade-year-" + latest.year()),
                        new Figure(Label.of("trade.home.figures"), figures.count(), "/trade#figures-heading"),
                        new Figure(
                                Label.of("trade.home.targets"),
                                monitor.targets().size(),
                                "/trade#targets-heading")),
                Chart.NONE));
    }
}
