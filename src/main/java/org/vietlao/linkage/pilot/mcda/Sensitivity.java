package org.vietlao.linkage.pilot.mcda;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How far each criterion's weight may move before the TOPSIS winner changes.
 *
 * <p>For criterion k, its weight becomes t ∈ [0, 1] and every other weight is rescaled proportionally,
 * wⱼ(t) = wⱼ·(1 − t)/(1 − wₖ), so that the weights still sum to 1 (if wₖ = 1 the others share 1 − t
 * equally). Every weight is then linear in t, and since a positive weight does not change which alternative
 * is best or worst on a criterion, the squared distances S⁺ᵢ(t)² = Σⱼ wⱼ(t)²(rᵢⱼ − r⁺ⱼ)² and S⁻ᵢ(t)² are
 * quadratics in t. The current winner a keeps its lead over b while S⁻ₐ·S⁺_b ≥ S⁻_b·S⁺ₐ, that is while the
 * quartic S⁻ₐ(t)²·S⁺_b(t)² − S⁻_b(t)²·S⁺ₐ(t)² is not negative. Its real roots in [0, 1] are found exactly
 * (each root is isolated between consecutive roots of the derivative, recursively, then bisected to
 * 1e-13), so every point where the winner can change is a candidate breakpoint. TOPSIS is then evaluated
 * between consecutive breakpoints, and the stable interval is the run of pieces around the current weight in
 * which a stays first. Its ends are exact to far better than the 1e-6 asked.
 */
public final class Sensitivity {

    private static final double ROOT_PRECISION = 1e-13;

    private Sensitivity() {}

    public static SensitivityResult topsis(double[][] x, double[] weights, CriterionType[] types) {
        int n = weights.length;
        int top = Topsis.rank(x, weights, types).ranking()[0];
        double[][] r = Topsis.normalise(x);
        int m = x.length;
        double[][] toBest = new double[m][n];
        double[][] toWorst = new double[m][n];
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : r) {
                max = Math.max(max, row[j]);
                min = Math.min(min, row[j]);
            }
            double best = types[j] == CriterionType.BENEFIT ? max : min;
            double worst = types[j] == CriterionType.BENEFIT ? min : max;
            for (int i = 0; i < m; i++) {
                toBest[i][j] = (r[i][j] - best) * (r[i][j] - best);
                toWorst[i][j] = (r[i][j] - worst) * (r[i][j] - worst);
            }
        }
        List<Interval> intervals = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            intervals.add(interval(x, weights, types, k, top, toBest, toWorst));
        }
        return new SensitivityResult(top, intervals);
    }

    private static Interval interval(
            double[][] x,
            double[] weights,
            CriterionType[] types,
            int k,
            int top,
            double[][] toBest,
            double[][] toWorst) {
        int n = weights.length;
        if (n == 1) {
            return new Interval(k, weights[k], weights[k], weights[k]);
        }
        double[] alpha = new double[n];
        double[] beta = new double[n];
        for (int j = 0; j < n; j++) {
            if (j == k) {
                beta[j] = 1;
            } else if (weights[k] < 1) {
                alpha[j] = weights[j] / (1 - weights[k]);
                beta[j] = -alpha[j];
            } else {
                alpha[j] = 1.0 / (n - 1);
                beta[j] = -alpha[j];
            }
        }
        TreeSet<Double> points = new TreeSet<>(List.of(0.0, 1.0, weights[k]));
        double[] plusTop = distancePolynomial(toBest[top], alpha, beta);
        double[] minusTop = distancePolynomial(toWorst[top], alpha, beta);
        for (int b = 0; b < x.length; b++) {
            if (b == top) {
                continue;
            }
            double[] lead = subtract(
                    multiply(minusTop, distancePolynomial(toBest[b], alpha, beta)),
                    multiply(distancePolynomial(toWorst[b], alpha, beta), plusTop));
            points.addAll(Polynomials.rootsIn(lead, 0, 1, ROOT_PRECISION));
        }
        Double[] sorted = points.toArray(new Double[0]);
        int at = java.util.Arrays.asList(sorted).indexOf(weights[k]);
        int left = at;
        while (left > 0 && winsAt((sorted[left - 1] + sorted[left]) / 2, x, types, alpha, beta, top)) {
            left--;
        }
        int right = at;
        while (right < sorted.length - 1
                && winsAt((sorted[right] + sorted[right + 1]) / 2, x, types, alpha, beta, top)) {
            right++;
        }
        return new Interval(k, weights[k], sorted[left], sorted[right]);
    }

    private static boolean winsAt(
            double t, double[][] x, CriterionType[] types, double[] alpha, double[] beta, int top) {
        double[] w = new double[alpha.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = alpha[j] + beta[j] * t;
        }
        return Topsis.rank(x, w, types).ranking()[0] == top;
    }

    /** Σⱼ (αⱼ + βⱼt)²·dⱼ as coefficients of 1, t, t². */
    private static double[] distancePolynomial(double[] d, double[] alpha, double[] beta) {
        double[] p = new double[3];
        for (int j = 0; j < d.length; j++) {
            p[0] += alpha[j] * alpha[j] * d[j];
            p[1] += 2 * alpha[j] * beta[j] * d[j];
            p[2] += beta[j] * beta[j] * d[j];
        }
        return p;
    }

    private static double[] multiply(double[] p, double[] q) {
        double[] result = new double[p.length + q.length - 1];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) {
                result[i + j] += p[i] * q[j];
            }
        }
        return result;
    }

    private static double[] subtract(double[] p, double[] q) {
        double[] result = new double[Math.max(p.length, q.length)];
        for (int i = 0; i < result.length; i++) {
            result[i] = (i < p.length ? p[i] : 0) - (i < q.length ? q[i] : 0);
        }
        return result;
    }

    /**
     * @param top the 0-based index of the alternative ranked first at the current weights
     * @param criteria one stable interval per criterion, in input order
     */
    public record SensitivityResult(int top, List<Interval> criteria) {}

    /**
     * The weights of criterion {@code criterion} (0-based) from {@code lower} to {@code upper} keep the
     * current winner first; {@code weight} is its current weight.
     */
    public record Interval(int criterion, double weight, double lower, double upper) {}
}
