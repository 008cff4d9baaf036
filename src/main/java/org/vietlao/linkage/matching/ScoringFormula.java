package org.vietlao.linkage.matching;

import java.util.Locale;
import java.util.Map;

/**
 * The weights and component formulas of a match score, in one place so that docs/matching.md, the engine and
 * the benchmark's SQL version can be checked against each other. Every component lies in [0, 1], and so does
 * the weighted sum.
 */
final class ScoringFormula {

    static final double PRODUCT_WEIGHT = 0.50;
    static final double VOLUME_WEIGHT = 0.15;
    static final double LOGISTICS_WEIGHT = 0.20;
    static final double MUTUALITY_WEIGHT = 0.15;

    /** The volume fit when a capacity or volume is missing or their units cannot be compared. */
    static final double NEUTRAL_VOLUME = 0.5;

    /** The logistics score when no road estimate exists (a province without a route through an open gate). */
    static final double NEUTRAL_LOGISTICS = 0.5;

    /** The road distance at which the logistics score is one half. */
    static final double HALF_SCORE_KM = 300.0;

    /** Base unit and factor of the units whose quantities can be converted into each other. */
    private static final Map<String, Unit> UNITS = Map.of(
            "kg",
            new Unit("kg", 1),
            "t",
            new Unit("kg", 1000),
            "kwh",
            new Unit("kwh", 1),
            "mwh",
            new Unit("kwh", 1000),
            "gwh",
            new Unit("kwh", 1_000_000));

    private ScoringFormula() {}

    static double total(double productFit, double volumeFit, double logistics, double mutuality) {
        return PRODUCT_WEIGHT * productFit
                + VOLUME_WEIGHT * volumeFit
                + LOGISTICS_WEIGHT * logistics
                + MUTUALITY_WEIGHT * mutuality;
    }

    /**
     * The highest score any partner can reach whose every relation has a product fit of at most {@code fit}, with
     * at best {@code logistics}: what the engine compares with its k-th best score to stop early.
     */
    static double upperBound(double fit, double logistics) {
        return total(fit, 1.0, logistics, fit);
    }

    /**
     * The highest score a partner can reach whose relations have a product fit of at most {@code fit} in its
     * stronger direction and at most {@code weaker} in the other (0 when it relates one way only), with
     * {@code logistics}: the engine's bound per partner.
     */
    static double upperBound(double fit, double logistics, double weaker) {
        return total(fit, 1.0, logistics, weaker);
    }

    /** 1 at the gate, ½ at {@value #HALF_SCORE_KM} km, ¼ at three times that. */
    static double logistics(double roadKm) {
        return HALF_SCORE_KM / (HALF_SCORE_KM + roadKm);
    }

    /**
     * How much of the need the capacity covers, {@code min(1, capacity / volume)}, when both are known and their
     * units agree (kg with t, kWh with MWh and GWh; other units only with themselves, ignoring case); neutral
     * otherwise.
     */
    static double volumeFit(Double capacity, String capacityUnit, Double volume, String volumeUnit) {
        return volumeFit(Quantity.of(capacity, capacityUnit), Quantity.of(volume, volumeUnit));
    }

    /** As {@link #volumeFit(Double, String, Double, String)}, with both quantities already in their base unit. */
    static double volumeFit(Quantity capacity, Quantity volume) {
        if (capacity == null
                || volume == null
                || volume.amount() <= 0
                || !capacity.base().equals(volume.base())) {
            return NEUTRAL_VOLUME;
        }
        return Math.min(1.0, capacity.amount() / volume.amount());
    }

    /** Four decimals, as scores are shown. */
    static double rounded(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    private record Unit(String base, double factor) {}

    /**
     * An amount in the base unit of its kind (kg, kWh, or the given unit in lower case), worked out once when
     * the index reads an enterprise rather than for every comparison.
     */
    record Quantity(String base, double amount) {

        /** {@code null} when the value or the unit is missing. */
        static Quantity of(Double value, String unit) {
            if (value == null || unit == null) {
                return null;
            }
            String key = unit.strip().toLowerCase(Locale.ROOT);
            Unit known = UNITS.getOrDefault(key, new Unit(key.intern(), 1));
            return new Quantity(known.base(), value * known.factor());
        }
    }
}
