package org.vietlao.linkage.pilot.mcda;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * TOPSIS (Hwang and Yoon 1981): vector normalisation rᵢⱼ = xᵢⱼ/√Σₖxₖⱼ², weighting vᵢⱼ = wⱼrᵢⱼ, the ideal
 * (best value of each criterion: the largest for a benefit criterion, the smallest for a cost criterion)
 * and the anti-ideal, the Euclidean distances S⁺ and S⁻ to them, and the closeness Cᵢ = S⁻ᵢ/(S⁺ᵢ + S⁻ᵢ).
 * Alternatives are ranked by closeness, best first, as 0-based indexes; equal closeness keeps input order.
 * An alternative at distance 0 from both the ideal and the anti-ideal (all alternatives alike on every
 * weighted criterion) gets closeness ½.
 */
public final class Topsis {

    private Topsis() {}

    public static TopsisResult rank(double[][] x, double[] weights, CriterionType[] types) {
        int m = x.length;
        int n = weights.length;
        double[][] r = normalise(x);
        double[] best = new double[n];
        double[] worst = new double[n];
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double v = weights[j] * r[i][j];
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
            best[j] = types[j] == CriterionType.BENEFIT ? max : min;
            worst[j] = types[j] == CriterionType.BENEFIT ? min : max;
        }
        double[] toBest = new double[m];
        double[] toWorst = new double[m];
        double[] closeness = new double[m];
        for (int i = 0; i < m; i++) {
            double plus = 0;
            double minus = 0;
            for (int j = 0; j < n; j++) {
                double v = weights[j] * r[i][j];
                plus += (v - best[j]) * (v - best[j]);
                minus += (v - worst[j]) * (v - worst[j]);
            }
            toBest[i] = Math.sqrt(plus);
            toWorst[i] = Math.sqrt(minus);
            closeness[i] = closeness(toBest[i], toWorst[i]);
        }
        return new TopsisResult(closeness, ranking(closeness), best, worst, toBest, toWorst);
    }

    static double closeness(double toBest, double toWorst) {
        double total = toBest + toWorst;
        return total == 0 ? 0.5 : toWorst / total;
    }

    /** Vector normalisation of each column. */
    static double[][] normalise(double[][] x) {
        int m = x.length;
        int n = x[0].length;
        double[][] r = new double[m][n];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (double[] row : x) {
                norm += row[j] * row[j];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < m; i++) {
                r[i][j] = x[i][j] / norm;
            }
        }
        return r;
    }

    /** Indexes ordered by score, highest first; equal scores keep their input order. */
    public static int[] ranking(double[] scores) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * @param closeness Cᵢ for each alternative, in input order
     * @param ranking 0-based indexes of the alternatives, best first
     * @param idealBest the weighted ideal, per criterion
     * @param idealWorst the weighted anti-ideal, per criterion
     * @param distanceToBest S⁺ for each alternative
     * @param distanceToWorst S⁻ for each alternative
     */
    public record TopsisResult(
            double[] closeness,
            int[] ranking,
            double[] idealBest,
            double[] idealWorst,
            double[] distanceToBest,
            double[] distanceToWorst) {}
}
