package org.vietlao.linkage.pilot.mcda;

/**
 * The analytic hierarchy process on one pairwise comparison matrix: priorities by the principal
 * eigenvector, λmax, CI = (λmax − n)/(n − 1), CR = CI/RI, and the judgement that contributes most to the
 * inconsistency.
 *
 * <p>The eigenvector is found by power iteration (w ← Aw / Σ Aw) from the normalised row geometric means,
 * until no component moves by more than 1e-12. A positive matrix has a simple dominant eigenvalue
 * (Perron–Frobenius), so the iteration converges; λmax is then Σ(Aw)ᵢ with Σwᵢ = 1.
 *
 * <p>Most inconsistent judgement: Saaty's error matrix εᵢⱼ = aᵢⱼ·wⱼ/wᵢ is all ones for a consistent matrix.
 * The judgement reported is the cell above the diagonal with the largest |ln εᵢⱼ| (equivalently the
 * largest max(εᵢⱼ, 1/εᵢⱼ)); the logarithm makes a judgement three times too strong and one three times too
 * weak count the same, which |εᵢⱼ − 1| would not. The value that would fit the priorities, wᵢ/wⱼ, is given
 * as a suggestion, clipped to the scale [1/9, 9].
 */
public final class Ahp {

    /** Consistency ratios up to this are accepted (Saaty). */
    public static final double ACCEPTABLE_CR = 0.10;

    static final double CONVERGENCE = 1e-12;
    static final int MAX_ITERATIONS = 100_000;
    private static final double CONSISTENT_ERROR = 1e-9;

    private Ahp() {}

    /** Analyses a matrix already checked by {@link Inputs#pairwiseMatrix}. */
    public static AhpResult analyse(double[][] a, RandomIndex table) {
        int n = a.length;
        double[] w = principalEigenvector(a);
        double lambdaMax = n == 1 ? 1.0 : sum(multiply(a, w));
        double ci = n <= 2 ? 0.0 : Math.max(0.0, (lambdaMax - n) / (n - 1));
        double ri = table.of(n);
        double cr = ri > 0 ? ci / ri : 0.0;
        return new AhpResult(w, lambdaMax, ci, ri, cr, cr <= ACCEPTABLE_CR, table, mostInconsistent(a, w));
    }

    /** The principal right eigenvector of a positive reciprocal matrix, normalised to sum 1. */
    public static double[] principalEigenvector(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
        }
        normalise(w);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = multiply(a, w);
            normalise(next);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < CONVERGENCE) {
                break;
            }
        }
        return w;
    }

    static Judgement mostInconsistent(double[][] a, double[] w) {
        int n = a.length;
        Judgement worst = null;
        double worstError = CONSISTENT_ERROR;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double error = Math.abs(Math.log(a[i][j] * w[j] / w[i]));
                if (error > worstError) {
                    worstError = error;
                    double suggested = Math.min(Inputs.SCALE_MAX, Math.max(1.0 / Inputs.SCALE_MAX, w[i] / w[j]));
                    worst = new Judgement(i, j, a[i][j], suggested, Math.exp(error));
                }
            }
        }
        return worst;
    }

    static double[] multiply(double[][] a, double[] w) {
        int n = a.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] * w[j];
            }
            result[i] = s;
        }
        return result;
    }

    static void normalise(double[] w) {
        double s = sum(w);
        for (int i = 0; i < w.length; i++) {
            w[i] /= s;
        }
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * The outcome for one matrix.
     *
     * @param weights priorities summing to 1
     * @param consistent whether CR ≤ 0.10
     * @param mostInconsistent the judgement furthest from the priorities, or {@code null} when the matrix is
     *     consistent (every εᵢⱼ within 1e-9 of 1)
     */
    public record AhpResult(
            double[] weights,
            double lambdaMax,
            double ci,
            double ri,
            double cr,
            boolean consistent,
            RandomIndex table,
            Judgement mostInconsistent) {}

    /**
     * A judgement aᵢⱼ (0-based row and column, row &lt; column), the value wᵢ/wⱼ the priorities suggest,
     * and its error factor max(εᵢⱼ, 1/εᵢⱼ) ≥ 1.
     */
    public record Judgement(int row, int column, double value, double suggested, double errorFactor) {}
}
