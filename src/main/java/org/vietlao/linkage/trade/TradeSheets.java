package org.vietlao.linkage.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The dashboard's tables as CSV/XLSX in the reader's language, each number beside its source (publisher, URL,
 * publication date): the yearly monitoring series, the targets and every figure.
 */
@Component
class TradeSheets {

    private final MessageSource messages;

    TradeSheets(MessageSource messages) {
        this.messages = messages;
    }

    Spreadsheet turnover(List<TradeMonitor.YearRow> years, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (TradeMonitor.YearRow row : years) {
            for (Flow flow : Flow.values()) {
                row.flow(flow).ifPresent(r -> {
                    TradeFigure f = r.preferred();
                    List<Object> cells = new ArrayList<>();
                    cells.add(row.year());
                    cells.add(text("trade.flow." + flow.name(), locale));
                    cells.add(f.valueUsd());
                    cells.add(flow == Flow.TOTAL ? row.growthPct() : null);
                    cells.add(r.spreadPct());
                    cells.add(r.mirrorRatio());
                    cells.add(r.figures().size());
                    cells.add(text("trade.side." + f.side().name(), locale));
                    cells.add(text("trade.status." + f.status().name(), locale));
                    cells.add(f.source().agency());
                    cells.add(f.source().publisher());
                    cells.add(f.source().url());
                    cells.add(f.source().published());
                    cells.add(text("trade.rule." + r.decidedBy().name(), locale));
                    rows.add(cells);
                });
            }
        }
        return new Spreadsheet(
                text("trade.sheet.turnover", locale),
                headers(
                        locale,
                        "year",
                        "flow",
                        "valueUsd",
                        "growthPct",
                        "spreadPct",
                        "mirrorRatio",
                        "figures",
                        "side",
                        "status",
                        "agency",
                        "publisher",
                        "url",
                        "published",
                        "why"),
                rows);
    }

    Spreadsheet targets(List<TradeMonitor.Progress> progress, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (TradeMonitor.Progress p : progress) {
            TradeTarget t = p.target();
            rows.add(new ArrayList<>(java.util.Arrays.asList(
                    t.title().in(locale).text(),
                    t.statement(),
                    t.decidedOn(),
                    t.decidedBy(),
                    t.publisher(),
                    t.url(),
                    text("trade.status." + p.status().name(), locale),
                    p.base() == null ? null : p.base().period().label(),
                    p.base() == null ? null : p.base().valueUsd(),
                    p.base() == null ? null : p.base().source().publisher(),
                    p.base() == null ? null : p.base().source().url(),
                    p.progressPct(),
                    p.requiredGrowthPct(),
                    p.trendGrowthPct(),
                    p.reachedAtTrend(),
                    p.reachedAt10(),
                    p.reachedAt15())));
        }
        return new Spreadsheet(
                text("trade.sheet.targets", locale),
                headers(
                        locale,
                        "target",
                        "statement",
                        "decidedOn",
                        "decidedBy",
                        "publisher",
                        "url",
                        "state",
                        "basePeriod",
                        "baseValueUsd",
                        "basePublisher",
                        "baseUrl",
                        "progressPct",
                        "requiredGrowthPct",
                        "trendGrowthPct",
                        "reachedAtTrend",
                        "reachedAt10",
                        "reachedAt15"),
                rows);
    }

    Spreadsheet figures(List<TradeFigure> figures, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (TradeFigure f : figures) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(
                    f.period().label(),
                    text("trade.flow." + f.flow().name(), locale),
                    f.product(),
                    f.gatePairId(),
                    f.valueUsd(),
                    text("trade.side." + f.side().name(), locale),
                    text("trade.status." + f.status().name(), locale),
                    f.publishedGrowthPct(),
                    f.source().agency(),
                    f.source().publisher(),
                    f.source().url(),
                    f.source().published(),
                    f.notes())));
        }
        return new Spreadsheet(
                text("trade.sheet.figures", locale),
                headers(
                        locale,
                        "period",
                        "flow",
                        "product",
                        "gate",
                        "valueUsd",
                        "side",
                        "status",
                        "publishedGrowthPct",
                        "agency",
                        "publisher",
                        "url",
                        "published",
                        "notes"),
                rows);
    }

    Spreadsheet gates(List<GateFigures.GateMonth> months, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (GateFigures.GateMonth g : months) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(
                    g.month().toString(),
                    g.gatePairId(),
                    g.vnGate().text() + " – " + g.laoGate().text(),
                    text("trade.flow." + g.flow().name(), locale),
                    g.valueUsd(),
                    g.declarations(),
                    g.demo() ? text("trade.gates.demo", locale) : null,
                    text("trade.gates.source", locale))));
        }
        return new Spreadsheet(
                text("trade.sheet.gates", locale),
                headers(locale, "month", "gate", "gateName", "flow", "valueUsd", "declarations", "demo", "publisher"),
                rows);
    }

    private List<String> headers(Locale locale, String... keys) {
        List<String> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(text("trade.column." + key, locale));
        }
        return headers;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
