package org.vietlao.linkage.pilot.mcda;

import java.util.List;
import java.util.Locale;
import org.vietlao.linkage.pilot.mcda.InvalidInput.Collector;
import org.vietlao.linkage.pilot.mcda.InvalidInput.Kind;

/**
 * Turns what a caller sent (lists that may hold nulls) into the arrays the engine computes on, or refuses
 * it with every problem and the cell it concerns.
 *
 * <p>Reciprocity: in each pair of mirror cells the judgement of 1 or more is taken as entered and the other
 * must be its reciprocal, either within a relative tolerance of 1e-6 or written as published: the reciprocal
 * rounded to two or more decimals ({@code 0.33} or {@code 0.333333} for 1/3, {@code 0.14} or {@code 0.143}
 * for 1/7). A decimal rounded to one place ({@code 0.3}) is too coarse to tell 1/3 from a typing error and is
 * refused. The engine then replaces the smaller cell by the exact reciprocal, so that a rounded decimal does
 * not leak into the priorities, and {@link PairwiseMatrix#roundedCells()} names every cell so replaced.
 */
public final class Inputs {

    /** Largest pairwise comparison matrix accepted; Saaty advises keeping comparisons to about 7 ± 2. */
    public static final int MAX_PAIRWISE_SIZE = 15;

    /** Largest number of alternatives in a performance matrix. */
    public static final int MAX_ALTERNATIVES = 200;

    /** Largest number of criteria in a performance matrix. */
    public static final int MAX_CRITERIA = 50;

    /** Largest number of evaluators aggregated in one group computation. */
    public static final int MAX_EVALUATORS = 50;

    static final double RECIPROCAL_TOLERANCE = 1e-6;
    static final double WEIGHT_SUM_TOLERANCE = 1e-6;
    static final double SCALE_MAX = 9.0;
    private static final double EPSILON = 1e-9;

    private Inputs() {}

    /** Fewest decimals a rounded reciprocal may be written with (0.33 for 1/3, not 0.3). */
    static final int MIN_ROUNDED_DECIMALS = 2;

    private static final int MAX_ROUNDED_DECIMALS = 15;

    /**
     * A pairwise comparison matrix on Saaty's scale, checked and made exactly reciprocal.
     *
     * @param field the name of the matrix in the request, such as {@code matrix} or {@code matrices[2]}
     */
    public static double[][] pairwiseMatrix(List<? extends List<? extends Number>> rows, String field) {
        return pairwise(rows, field).values();
    }

    /**
     * A checked pairwise comparison matrix made exactly reciprocal, with the cells that were written as a
     * rounded reciprocal and replaced by the exact one.
     */
    public record PairwiseMatrix(double[][] values, List<String> roundedCells) {

        public PairwiseMatrix {
            roundedCells = List.copyOf(roundedCells);
        }
    }

    /** Like {@link #pairwiseMatrix}, and says which cells were written rounded. */
    public static PairwiseMatrix pairwise(List<? extends List<? extends Number>> rows, String field) {
        double[][] a = square(rows, field, MAX_PAIRWISE_SIZE);
        Collector problems = new Collector();
        int n = a.length;
        for (int i = 0; i < n; i++) {
            if (Math.abs(a[i][i] - 1.0) > EPSILON) {
                problems.add(Kind.DIAGONAL_NOT_ONE, cell(field, i, i), a[i][i]);
            }
            for (int j = i + 1; j < n; j++) {
                checkPair(a, i, j, field, problems);
            }
        }
        problems.throwIfAny();
        List<String> rounded = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            a[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                if (a[i][j] >= a[j][i]) {
                    if (!withinTolerance(a[j][i], a[i][j])) {
                        rounded.add(cell(field, j, i));
                    }
                    a[j][i] = 1.0 / a[i][j];
                } else {
                    if (!withinTolerance(a[i][j], a[j][i])) {
                        rounded.add(cell(field, i, j));
                    }
                    a[i][j] = 1.0 / a[j][i];
                }
            }
        }
        return new PairwiseMatrix(a, rounded);
    }

    private static boolean withinTolerance(double mirror, double judgement) {
        return Math.abs(mirror * judgement - 1.0) <= RECIPROCAL_TOLERANCE;
    }

    /** {@code mirror} is 1/judgement rounded half-up to some number of decimals from two on. */
    static boolean isRoundedReciprocal(double mirror, double judgement) {
        java.math.BigDecimal exact = java.math.BigDecimal.ONE.divide(
                java.math.BigDecimal.valueOf(judgement), java.math.MathContext.DECIMAL64);
        java.math.BigDecimal written = java.math.BigDecimal.valueOf(mirror).stripTrailingZeros();
        int decimals = Math.max(written.scale(), MIN_ROUNDED_DECIMALS);
        return decimals <= MAX_ROUNDED_DECIMALS
                && exact.setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(written) == 0;
    }

    private static void checkPair(double[][] a, int i, int j, String field, Collector problems) {
        double upper = a[i][j];
        double lower = a[j][i];
        boolean upperIsJudgement = upper >= lower;
        double judgement = upperIsJudgement ? upper : lower;
        double mirror = upperIsJudgement ? lower : upper;
        int ji = upperIsJudgement ? i : j;
        int jj = upperIsJudgement ? j : i;
        if (judgement > SCALE_MAX + EPSILON || judgement <= 0) {
            problems.add(Kind.OUT_OF_SCALE, cell(field, ji, jj), judgement);
            return;
        }
        if (mirror <= 0) {
            problems.add(Kind.OUT_OF_SCALE, cell(field, jj, ji), mirror);
            return;
        }
        if (!withinTolerance(mirror, judgement) && !isRoundedReciprocal(mirror, judgement)) {
            problems.add(Kind.NOT_RECIPROCAL, cell(field, jj, ji), mirror, judgement);
        }
    }

    /**
     * Criterion weights: finite, not negative, summing to 1 within 1e-6, as many as expected.
     *
     * @param expected the number of weights required, or -1 when any number will do
     */
    public static double[] weights(List<? extends Number> values, String field, int expected) {
        if (values == null || values.isEmpty()) {
            throw InvalidInput.of(Kind.EMPTY, field);
        }
        if (expected >= 0 && values.size() != expected) {
            throw InvalidInput.of(Kind.SIZE_MISMATCH, field, values.size(), expected);
        }
        Collector problems = new Collector();
        double[] w = new double[values.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            Number value = values.get(i);
            if (value == null || !Double.isFinite(value.doubleValue())) {
                problems.add(Kind.MISSING_VALUE, field + "[" + i + "]");
                continue;
            }
            w[i] = value.doubleValue();
            if (w[i] < 0) {
                problems.add(Kind.NEGATIVE_WEIGHT, field + "[" + i + "]", w[i]);
            }
            sum += w[i];
        }
        problems.throwIfAny();
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw InvalidInput.of(Kind.WEIGHTS_NOT_ONE, field, sum);
        }
        return w;
    }

    /** A performance matrix: alternatives in rows, criteria in columns, finite values, no all-zero column. */
    public static double[][] performanceMatrix(List<? extends List<? extends Number>> rows, String field) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInput.of(Kind.EMPTY, field);
        }
        if (rows.size() > MAX_ALTERNATIVES) {
            throw InvalidInput.of(Kind.TOO_LARGE, field, rows.size(), MAX_ALTERNATIVES);
        }
        List<? extends Number> first = rows.get(0);
        if (first == null || first.isEmpty()) {
            throw InvalidInput.of(Kind.EMPTY, field + "[0]");
        }
        int columns = first.size();
        if (columns > MAX_CRITERIA) {
            throw InvalidInput.of(Kind.TOO_LARGE, field + "[0]", columns, MAX_CRITERIA);
        }
        Collector problems = new Collector();
        double[][] x = new double[rows.size()][columns];
        for (int i = 0; i < rows.size(); i++) {
            List<? extends Number> row = rows.get(i);
            if (row == null || row.size() != columns) {
                problems.add(Kind.SIZE_MISMATCH, field + "[" + i + "]", row == null ? 0 : row.size(), columns);
                continue;
            }
            for (int j = 0; j < columns; j++) {
                Number value = row.get(j);
                if (value == null || !Double.isFinite(value.doubleValue())) {
                    problems.add(Kind.MISSING_VALUE, cell(field, i, j));
                } else {
                    x[i][j] = value.doubleValue();
                }
            }
        }
        problems.throwIfAny();
        for (int j = 0; j < columns; j++) {
            double norm = 0;
            for (double[] row : x) {
                norm += row[j] * row[j];
            }
            if (norm == 0) {
                problems.add(Kind.ZERO_COLUMN, field + "[*][" + j + "]", j);
            }
        }
        problems.throwIfAny();
        return x;
    }

    /** "benefit" or "cost" for each criterion (case-insensitive). */
    public static CriterionType[] criterionTypes(List<String> values, String field, int expected) {
        if (values == null || values.isEmpty()) {
            throw InvalidInput.of(Kind.EMPTY, field);
        }
        if (values.size() != expected) {
            throw InvalidInput.of(Kind.SIZE_MISMATCH, field, values.size(), expected);
        }
        Collector problems = new Collector();
        CriterionType[] types = new CriterionType[values.size()];
        for (int j = 0; j < types.length; j++) {
            String value = values.get(j);
            String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            switch (normalised) {
                case "benefit" -> types[j] = CriterionType.BENEFIT;
                case "cost" -> types[j] = CriterionType.COST;
                default -> problems.add(Kind.UNKNOWN_CRITERION_TYPE, field + "[" + j + "]", value);
            }
        }
        problems.throwIfAny();
        return types;
    }

    /** The random-index table by name; {@code null} or blank means Saaty 1980. Checks it covers size n. */
    public static RandomIndex randomIndex(String name, String field, int n) {
        RandomIndex table = name == null || name.isBlank()
                ? RandomIndex.SAATY_1980
                : RandomIndex.byKey(name.trim()).orElseThrow(() -> InvalidInput.of(Kind.UNKNOWN_RI_TABLE, field, name));
        if (!table.covers(n)) {
            throw InvalidInput.of(Kind.TOO_LARGE, field, n, table.maxSize());
        }
        return table;
    }

    /** "AIJ" or "AIP" (case-insensitive); {@code null} or blank means AIJ. */
    public static GroupMethod groupMethod(String name, String field) {
        if (name == null || name.isBlank()) {
            return GroupMethod.AIJ;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "AIJ" -> GroupMethod.AIJ;
            case "AIP" -> GroupMethod.AIP;
            default -> throw InvalidInput.of(Kind.UNKNOWN_METHOD, field, name);
        };
    }

    private static double[][] square(List<? extends List<? extends Number>> rows, String field, int maxSize) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInput.of(Kind.EMPTY, field);
        }
        int n = rows.size();
        if (n > maxSize) {
            throw InvalidInput.of(Kind.TOO_LARGE, field, n, maxSize);
        }
        Collector problems = new Collector();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            List<? extends Number> row = rows.get(i);
            if (row == null || row.isEmpty()) {
                problems.add(Kind.EMPTY, field + "[" + i + "]");
                continue;
            }
            if (row.size() != n) {
                problems.add(Kind.NOT_SQUARE, field + "[" + i + "]", row.size(), n);
                continue;
            }
            for (int j = 0; j < n; j++) {
                Number value = row.get(j);
                if (value == null || !Double.isFinite(value.doubleValue())) {
                    problems.add(Kind.MISSING_VALUE, cell(field, i, j));
                } else {
                    a[i][j] = value.doubleValue();
                }
            }
        }
        problems.throwIfAny();
        return a;
    }

    static String cell(String field, int i, int j) {
        return field + "[" + i + "][" + j + "]";
    }
}
