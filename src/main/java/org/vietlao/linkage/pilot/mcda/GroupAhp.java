package org.vietlao.linkage.pilot.mcda;

import java.util.ArrayList;
import java.util.List;

/**
 * Several evaluators' matrices over the same elements, combined into one set of priorities.
 *
 * <ul>
 * <li>AIJ: each cell is the weighted geometric mean Πₖ aᵢⱼ⁽ᵏ⁾^λₖ of the evaluators' judgements (which keeps
 * the matrix reciprocal), and the priorities, λmax, CI and CR are those of that aggregated matrix.</li>
 * <li>AIP: each evaluator's eigenvector is computed, and the priorities are the weighted geometric mean
 * Πₖ wᵢ⁽ᵏ⁾^λₖ, normalised to sum 1. The geometric mean is chosen over the arithmetic one so that AIJ and
 * AIP coincide when every evaluator is consistent, and because it satisfies the Pareto principle (Forman
 * and Peniwati 1998). There is no aggregated matrix, so only the individual CRs are reported.</li>
 * </ul>
 * Evaluator weights λₖ sum to 1; without them every evaluator counts the same.
 */
public final class GroupAhp {

    private GroupAhp() {}

    public static GroupResult aggregate(
            List<double[][]> matrices, double[] evaluatorWeights, GroupMethod method, RandomIndex table) {
        if (matrices.isEmpty()) {
            throw new IllegalArgumentException("at least one matrix");
        }
        double[] lambda = evaluatorWeights != null ? evaluatorWeights : equalWeights(matrices.size());
        List<Ahp.AhpResult> individual = new ArrayList<>();
        for (double[][] matrix : matrices) {
            individual.add(Ahp.analyse(matrix, table));
        }
        if (method == GroupMethod.AIJ) {
            double[][] aggregated = geometricMeanMatrix(matrices, lambda);
            Ahp.AhpResult result = Ahp.analyse(aggregated, table);
            return new GroupResult(method, result.weights(), aggregated, result, individual);
        }
        List<double[]> priorities =
                individual.stream().map(Ahp.AhpResult::weights).toList();
        return new GroupResult(method, geometricMeanPriorities(priorities, lambda), null, null, individual);
    }

    /** The weighted geometric mean of several reciprocal matrices, cell by cell. */
    public static double[][] geometricMeanMatrix(List<double[][]> matrices, double[] lambda) {
        int n = matrices.get(0).length;
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double logSum = 0;
                for (int k = 0; k < matrices.size(); k++) {
                    logSum += lambda[k] * Math.log(matrices.get(k)[i][j]);
                }
                result[i][j] = Math.exp(logSum);
            }
        }
        return result;
    }

    /** The weighted geometric mean of several priority vectors, normalised to sum 1. */
    public static double[] geometricMeanPriorities(List<double[]> priorities, double[] lambda) {
        int n = priorities.get(0).length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int k = 0; k < priorities.size(); k++) {
                logSum += lambda[k] * Math.log(priorities.get(k)[i]);
            }
            result[i] = Math.exp(logSum);
        }
        Ahp.normalise(result);
        return result;
    }

    static double[] equalWeights(int count) {
        double[] lambda = new double[count];
        java.util.Arrays.fill(lambda, 1.0 / count);
        return lambda;
    }

    /**
     * The group's priorities.
     *
     * @param aggregatedMatrix the AIJ matrix, {@code null} for AIP
     * @param aggregated the analysis of the AIJ matrix (λmax, CI, CR), {@code null} for AIP
     * @param individual each evaluator's own analysis, in the order given
     */
    public record GroupResult(
            GroupMethod method,
            double[] weights,
            double[][] aggregatedMatrix,
            Ahp.AhpResult aggregated,
            List<Ahp.AhpResult> individual) {}
}
