package org.vietlao.linkage.trade;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The arithmetic of growth and targets, as in the domain note (docs/indicators.md, "Target tracking"): growth
 * {@code g = V_t / V_(t-1) - 1}; progress {@code P = V_t / Target}; growth needed in n years
 * {@code r = (Target / V_t)^(1/n) - 1}; the first year a level is reached at a constant growth g; and ITC Trade
 * Map's trend growth, least squares on {@code ln V_t = a + b·t}, growth {@code e^b - 1}, none under 4 years.
 * Undefined results are empty, never 0.
 */
final class GrowthArithmetic {

    /** Trade Map computes no trend on fewer than four years. */
    static final int MIN_TREND_YEARS = 4;

    private GrowthArithmetic() {}

    /** Growth of {@code value} over {@code previous}; empty on a zero or missing base. */
    static OptionalDouble growth(double previous, double value) {
        return previous > 0 ? OptionalDouble.of(value / previous - 1) : OptionalDouble.empty();
    }

    /** Share of a level target reached: {@code value / target}. */
    static OptionalDouble progress(double value, double target) {
        return target > 0 ? OptionalDouble.of(value / target) : OptionalDouble.empty();
    }

    /** Yearly growth needed to go from {@code value} to {@code target} in {@code years} years. */
    static OptionalDouble requiredGrowth(double value, double target, int years) {
        if (value <= 0 || target <= 0 || years <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(target / value, 1.0 / years) - 1);
    }

    /**
     * Years after the base year until {@code value} growing at {@code growth} a year first reaches
     * {@code target}: the smallest whole n with {@code value·(1+g)^n >= target}. Zero when already reached;
     * empty when it never is (no growth or decline).
     */
    static OptionalInt yearsToReach(double value, double target, double growth) {
        if (value <= 0 || target <= 0) {
            return OptionalInt.empty();
        }
        if (value >= target) {
            return OptionalInt.of(0);
        }
        if (growth <= 0) {
            return OptionalInt.empty();
        }
        double exact = Math.log(target / value) / Math.log1p(growth);
        // A float a hair above a whole number must not push the year one further.
        int years = (int) Math.ceil(exact - 1e-9);
        return OptionalInt.of(years);
    }

    /**
     * Trade Map's trend growth over consecutive years: least squares of {@code ln V} on the year, growth
     * {@code e^b - 1}. Empty under {@link #MIN_TREND_YEARS} values or with a value that is not positive.
     *
     * @param years the years, in any order, without repeats
     * @param values the value of each year
     */
    static OptionalDouble trendGrowth(List<Integer> years, List<Double> values) {
        int n = years.size();
        if (n < MIN_TREND_YEARS || values.size() != n) {
            return OptionalDouble.empty();
        }
        double meanT = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            if (values.get(i) <= 0) {
                return OptionalDouble.empty();
            }
            meanT += years.get(i);
            meanY += Math.log(values.get(i));
        }
        meanT /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dt = years.get(i) - meanT;
            sxy += dt * (Math.log(values.get(i)) - meanY);
            sxx += dt * dt;
        }
        return sxx == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.expm1(sxy / sxx));
    }

    /** Where a growth lies against a band; an open band ({@code max} null) has no "above". */
    static Band band(double growth, double min, Double max) {
        if (growth < min) {
            return Band.BELOW;
        }
        if (max != null && growth > max) {
            return Band.ABOVE;
        }
        return Band.WITHIN;
    }

    enum Band {
        BELOW,
        WITHIN,
        ABOVE
    }
}
