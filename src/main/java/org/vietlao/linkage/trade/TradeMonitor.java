package org.vietlao.linkage.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * The reconciled yearly series and the progress to each target, computed from the figures when read, so that a
 * new or corrected figure shows at once.
 */
@Component
class TradeMonitor {

    /** Years of the trend (ITC Trade Map: five). */
    static final int TREND_YEARS = 5;

    private final TradeFigures figures;
    private final JdbcClient jdbc;
    private final Reconciliation reconciliation;

    TradeMonitor(TradeFigures figures, JdbcClient jdbc, TradeSettings settings) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.reconciliation = new Reconciliation(settings);
    }

    /** One year of the series: each flow reconciled, the growth of the chosen totals, contradictions found. */
    record YearRow(
            int year,
            Reconciliation.Reconciled total,
            Reconciliation.Reconciled exports,
            Reconciliation.Reconciled imports,
            Double growthPct,
            TradeFigure growthBase,
            List<Reconciliation.Contradiction> contradictions) {

        Optional<Reconciliation.Reconciled> flow(Flow flow) {
            return Optional.ofNullable(
                    switch (flow) {
                        case TOTAL -> total;
                        case VN_TO_LA -> exports;
                        case LA_TO_VN -> imports;
                    });
        }
    }

    Reconciliation reconciliation() {
        return reconciliation;
    }

    /** Every year from {@code from} to {@code to} with at least one figure, oldest first. */
    List<YearRow> turnover(int from, int to) {
        Map<Integer, List<TradeFigure>> byYear = figures.find(TradeFigures.Filter.years(from - 1, to)).stream()
                .filter(TradeFigure::isTotalOfAllProducts)
                .collect(Collectors.groupingBy(f -> f.period().year(), TreeMap::new, Collectors.toList()));
        List<YearRow> rows = new ArrayList<>();
        for (var entry : byYear.entrySet()) {
            int year = entry.getKey();
            if (year < from) {
                continue;
            }
            List<TradeFigure> ofYear = entry.getValue();
            Reconciliation.Reconciled total = fullYear(ofYear, Flow.TOTAL).orElse(null);
            Reconciliation.Reconciled previous = Optional.ofNullable(byYear.get(year - 1))
                    .flatMap(list -> fullYear(list, Flow.TOTAL))
                    .orElse(null);
            Double growth = null;
            if (total != null && previous != null) {
                OptionalDouble g = GrowthArithmetic.growth(
                        previous.preferred().value(), total.preferred().value());
                growth = g.isPresent() ? g.getAsDouble() * 100 : null;
            }
            rows.add(new YearRow(
                    year,
                    total,
                    fullYear(ofYear, Flow.VN_TO_LA).orElse(null),
                    fullYear(ofYear, Flow.LA_TO_VN).orElse(null),
                    growth,
                    previous == null ? null : previous.preferred(),
                    reconciliation.contradictions(ofYear)));
        }
        return rows;
    }

    private Optional<Reconciliation.Reconciled> fullYear(List<TradeFigure> ofYear, Flow flow) {
        return reconciliation.reconcile(
                flow,
                ofYear.stream()
                        .filter(f -> f.period().type() == Period.Type.YEAR && f.flow() == flow)
                        .toList());
    }

    List<TradeTarget> targets() {
        return jdbc.sql("""
				SELECT id, code, kind, growth_min_pct, growth_max_pct, applies_from_year, applies_to_year, level_usd,
				       level_high_usd, target_year, decided_on, decided_by, publisher, url, statement, title_en, title_vi, title_lo
				FROM trade_target ORDER BY decided_on, id""")
                .query((rs, n) -> new TradeTarget(
                        rs.getLong("id"),
                        rs.getString("code"),
                        TradeTarget.Kind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("growth_min_pct"),
                        rs.getBigDecimal("growth_max_pct"),
                        (Integer) rs.getObject("applies_from_year", Integer.class),
                        (Integer) rs.getObject("applies_to_year", Integer.class),
                        rs.getBigDecimal("level_usd"),
                        rs.getBigDecimal("level_high_usd"),
                        (Integer) rs.getObject("target_year", Integer.class),
                        rs.getString("decided_on"),
                        rs.getString("decided_by"),
                        rs.getString("publisher"),
                        rs.getString("url"),
                        rs.getString("statement"),
                        LocalizedText.of(rs.getString("title_en"), rs.getString("title_vi"), rs.getString("title_lo"))))
                .list();
    }

    /** A growth target's verdict for one year: the growth of the chosen totals against the band. */
    record YearInBand(int year, double growthPct, GrowthArithmetic.Band band, TradeFigure base, TradeFigure value) {}

    /**
     * How far a target is: for a level, progress from the base figure (the latest year's chosen total, or the
     * target year's when that has passed), the growth needed by the target year, and the year it is reached at
     * the trend, at 10 % and at 15 % a year; for a growth band, each covered year's growth against the band.
     */
    record Progress(
            TradeTarget target,
            TradeFigure base,
            Double progressPct,
            Double progressToHighPct,
            Double requiredGrowthPct,
            Integer yearsLeft,
            Double trendGrowthPct,
            List<Integer> trendYears,
            Integer reachedAtTrend,
            Integer reachedAt10,
            Integer reachedAt15,
            Status status,
            List<YearInBand> years) {}

    enum Status {
        /** A level reached, or every covered year in the band or above it. */
        MET,
        /** A level not reached by its year, or a covered year below the band. */
        MISSED,
        /** The target's year is still ahead. */
        OPEN,
        /** No figure yet for the years it covers. */
        NO_DATA
    }

    List<Progress> progress() {
        List<YearRow> series = turnover(Period.MIN_YEAR, Period.MAX_YEAR);
        Map<Integer, TradeFigure> chosen = new TreeMap<>();
        for (YearRow row : series) {
            if (row.total() != null) {
                chosen.put(row.year(), row.total().preferred());
            }
        }
        List<Progress> result = new ArrayList<>();
        for (TradeTarget target : targets()) {
            result.add(
                    target.kind() == TradeTarget.Kind.LEVEL
                            ? levelProgress(target, chosen)
                            : growthProgress(target, series));
        }
        return result;
    }

    static Progress levelProgress(TradeTarget target, Map<Integer, TradeFigure> chosen) {
        if (chosen.isEmpty()) {
            return new Progress(
                    target, null, null, null, null, null, null, List.of(), null, null, null, Status.NO_DATA, List.of());
        }
        int latest = chosen.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        double level = target.levelUsd().doubleValue();
        Integer targetYear = target.targetYear();
        boolean passed = targetYear != null && targetYear <= latest;
        TradeFigure base = passed ? chosen.get(targetYear) : chosen.get(latest);
        if (base == null) {
            return new Progress(
                    target, null, null, null, null, null, null, List.of(), null, null, null, Status.NO_DATA, List.of());
        }
        double value = base.value();
        Double progress = pct(GrowthArithmetic.progress(value, level));
        Double progressHigh = target.levelHighUsd() == null
                ? null
                : pct(GrowthArithmetic.progress(value, target.levelHighUsd().doubleValue()));
        Integer yearsLeft = targetYear == null || passed ? null : targetYear - latest;
        Double required = yearsLeft == null ? null : pct(GrowthArithmetic.requiredGrowth(value, level, yearsLeft));
        List<Integer> trendYears = chosen.keySet().stream()
                .filter(y -> y > latest - TREND_YEARS && y <= latest)
                .toList();
        OptionalDouble trend = GrowthArithmetic.trendGrowth(
                trendYears, trendYears.stream().map(y -> chosen.get(y).value()).toList());
        Integer atTrend = trend.isPresent()
                ? year(latest, GrowthArithmetic.yearsToReach(value, level, trend.getAsDouble()))
                : null;
        Status status;
        if (value >= level) {
            status = Status.MET;
        } else if (passed) {
            status = Status.MISSED;
        } else {
            status = Status.OPEN;
        }
        return new Progress(
                target,
                base,
                progress,
                progressHigh,
                required,
                yearsLeft,
                trend.isPresent() ? trend.getAsDouble() * 100 : null,
                trend.isPresent() ? trendYears : List.of(),
                passed ? null : atTrend,
                passed
                        ? null
                        : year(
                                latest,
                                GrowthArithmetic.yearsToReach(chosen.get(latest).value(), level, 0.10)),
                passed
                        ? null
                        : year(
                                latest,
                                GrowthArithmetic.yearsToReach(chosen.get(latest).value(), level, 0.15)),
                status,
                List.of());
    }

    static Progress growthProgress(TradeTarget target, List<YearRow> series) {
        List<YearInBand> years = new ArrayList<>();
        for (YearRow row : series) {
            if (target.coversYear(row.year()) && row.growthPct() != null) {
                years.add(new YearInBand(
                        row.year(),
                        row.growthPct(),
                        GrowthArithmetic.band(
                                row.growthPct(),
                                target.growthMinPct().doubleValue(),
                                target.growthMaxPct() == null
                                        ? null
                                        : target.growthMaxPct().doubleValue()),
                        row.growthBase(),
                        row.total().preferred()));
            }
        }
        Status status = years.isEmpty()
                ? Status.NO_DATA
                : years.stream().anyMatch(y -> y.band() == GrowthArithmetic.Band.BELOW) ? Status.MISSED : Status.MET;
        TradeFigure base = years.isEmpty() ? null : years.get(years.size() - 1).value();
        return new Progress(
                target, base, null, null, null, null, null, List.of(), null, null, null, status, List.copyOf(years));
    }

    private static Double pct(OptionalDouble share) {
        return share.isPresent() ? share.getAsDouble() * 100 : null;
    }

    private static Integer year(int base, OptionalInt years) {
        return years.isPresent() ? base + years.getAsInt() : null;
    }
}
