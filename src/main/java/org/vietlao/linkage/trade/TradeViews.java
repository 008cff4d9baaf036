package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the API answers: figures always with their source, series and targets with the figures they rest on. */
@Component
class TradeViews {

    private final MessageSource messages;

    TradeViews(MessageSource messages) {
        this.messages = messages;
    }

    record SourceView(String agency, String publisher, String url, String published) {}

    record FigureView(
            long id,
            String period,
            Flow flow,
            String product,
            String gatePairId,
            BigDecimal valueUsd,
            BigDecimal rangeLowUsd,
            BigDecimal rangeHighUsd,
            BigDecimal quantity,
            String unit,
            String originalCurrency,
            BigDecimal originalValue,
            ReportingSide reportingSide,
            FigureStatus status,
            BigDecimal publishedGrowthPct,
            SourceView source,
            String notes,
            String origin,
            int version) {}

    record FlowView(
            Flow flow,
            FigureView preferred,
            Reconciliation.DecidedBy decidedBy,
            String why,
            Double spreadPct,
            Double mirrorRatio,
            List<FigureView> figures) {}

    record ContradictionView(
            Reconciliation.Contradiction.Kind kind,
            Flow flow,
            List<Long> figureIds,
            List<String> periods,
            String explanation) {}

    record YearView(
            int year,
            FlowView total,
            FlowView exports,
            FlowView imports,
            Double growthPct,
            FigureView growthBase,
            List<ContradictionView> contradictions) {}

    record YearInBandView(int year, double growthPct, GrowthArithmetic.Band band, long baseFigureId, long figureId) {}

    record TargetView(
            long id,
            String code,
            TradeTarget.Kind kind,
            String title,
            String statement,
            String decidedOn,
            String decidedBy,
            SourceView source,
            BigDecimal growthMinPct,
            BigDecimal growthMaxPct,
            Integer appliesFromYear,
            Integer appliesToYear,
            BigDecimal levelUsd,
            BigDecimal levelHighUsd,
            Integer targetYear,
            FigureView base,
            Double progressPct,
            Double progressToHighPct,
            Double requiredGrowthPct,
            Integer yearsLeft,
            Double trendGrowthPct,
            List<Integer> trendYears,
            Integer reachedAtTrend,
            Integer reachedAt10,
            Integer reachedAt15,
            TradeMonitor.Status status,
            List<YearInBandView> years) {}

    FigureView figure(TradeFigure f) {
        return new FigureView(
                f.id(),
                f.period().label(),
                f.flow(),
                f.product(),
                f.gatePairId(),
                f.valueUsd(),
                f.rangeLowUsd(),
                f.rangeHighUsd(),
                f.quantity(),
                f.unit(),
                f.originalCurrency(),
                f.originalValue(),
                f.side(),
                f.status(),
                f.publishedGrowthPct(),
                new SourceView(
                        f.source().agency(),
                        f.source().publisher(),
                        f.source().url(),
                        f.source().published()),
                f.notes(),
                f.origin(),
                f.version());
    }

    FlowView flow(Reconciliation.Reconciled r) {
        if (r == null) {
            return null;
        }
        return new FlowView(
                r.flow(),
                figure(r.preferred()),
                r.decidedBy(),
                text("trade.rule." + r.decidedBy().name()),
                r.spreadPct(),
                r.mirrorRatio(),
                r.figures().stream().map(this::figure).toList());
    }

    YearView year(TradeMonitor.YearRow row) {
        return new YearView(
                row.year(),
                flow(row.total()),
                flow(row.exports()),
                flow(row.imports()),
                row.growthPct(),
                row.growthBase() == null ? null : figure(row.growthBase()),
                row.contradictions().stream()
                        .map(c -> new ContradictionView(
                                c.kind(),
                                c.flow(),
                                c.figureIds(),
                                c.periods(),
                                text("trade.contradiction." + c.kind().name())))
                        .toList());
    }

    TargetView target(TradeMonitor.Progress p) {
        TradeTarget t = p.target();
        return new TargetView(
                t.id(),
                t.code(),
                t.kind(),
                t.title().in(LocaleContextHolder.getLocale()).text(),
                t.statement(),
                t.decidedOn(),
                t.decidedBy(),
                new SourceView(t.decidedBy(), t.publisher(), t.url(), t.decidedOn()),
                t.growthMinPct(),
                t.growthMaxPct(),
                t.appliesFromYear(),
                t.appliesToYear(),
                t.levelUsd(),
                t.levelHighUsd(),
                t.targetYear(),
                p.base() == null ? null : figure(p.base()),
                p.progressPct(),
                p.progressToHighPct(),
                p.requiredGrowthPct(),
                p.yearsLeft(),
                p.trendGrowthPct(),
                p.trendYears(),
                p.reachedAtTrend(),
                p.reachedAt10(),
                p.reachedAt15(),
                p.status(),
                p.years().stream()
                        .map(y -> new YearInBandView(
                                y.year(),
                                y.growthPct(),
                                y.band(),
                                y.base().id(),
                                y.value().id()))
                        .toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
