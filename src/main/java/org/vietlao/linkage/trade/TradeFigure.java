package org.vietlao.linkage.trade;

import java.math.BigDecimal;

/**
 * One published (or imported, or recorded) trade figure with its source. Conflicting figures for one period
 * are separate records; a figure from one side is never added to one from the other.
 */
record TradeFigure(
        long id,
        Period period,
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
        ReportingSide side,
        FigureStatus status,
        BigDecimal publishedGrowthPct,
        Source source,
        String notes,
        String origin,
        int version) {

    /**
     * Who published the figure: the agency whose statistics it is, the publisher that printed it, where and
     * when (a year, year-month or date).
     */
    record Source(String agency, String publisher, String url, String published) {}

    /** The value in USD (public: pages read it). */
    public double value() {
        return valueUsd.doubleValue();
    }

    /** The value in USD million, as pages show it. */
    public double millions() {
        return valueUsd.doubleValue() / 1_000_000;
    }

    public boolean isTotalOfAllProducts() {
        return "TOTAL".equals(product) && gatePairId == null;
    }
}
