package org.vietlao.linkage.pilot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vietlao.linkage.pilot.Evaluations.Cell;
import org.vietlao.linkage.pilot.mcda.CriterionType;
import org.vietlao.linkage.pilot.mcda.GroupAhp;
import org.vietlao.linkage.pilot.mcda.Hierarchy;
import org.vietlao.linkage.pilot.mcda.Sensitivity;
import org.vietlao.linkage.pilot.mcda.Topsis;

/**
 * Computes the result of an evaluation from complete judgements.
 *
 * <p>How AHP and TOPSIS combine: every matrix is aggregated over the evaluators (AIJ or AIP, as the
 * evaluation chose) into local priorities. The hierarchy synthesis gives each criterion's weight, each
 * sub-criterion's global weight and each candidate's composite priority under each criterion (its
 * priorities under the criterion's sub-criteria combined by their local weights). Those composites form the
 * performance matrix (candidates × criteria, all benefit) that TOPSIS ranks with the AHP criterion weights;
 * the AHP ranking (the weighted sum of the same matrix, i.e. the global priorities) is shown beside it. The
 * sensitivity is that of the TOPSIS ranking, per criterion.
 */
final class ResultCalculation {

    private ResultCalculation() {}

    static FrozenResult compute(
            Evaluation evaluation,
            Structure structure,
            Map<String, Map<String, Map<Cell, Double>>> judgements,
            String closedBy,
            Instant closedAt) {
        List<Structure.Evaluator> evaluators = structure.evaluators();
        double[] lambda = evaluatorWeights(evaluators);
        List<FrozenResult.MatrixResult> matrixResults = new ArrayList<>();
        java.util.Map<String, double[]> local = new java.util.HashMap<>();
        for (Structure.MatrixSpec spec : structure.matrices()) {
            List<double[][]> matrices = new ArrayList<>();
            for (Structure.Evaluator evaluator : evaluators) {
                matrices.add(matrix(
                        spec.size(),
                        judgements.getOrDefault(evaluator.username(), Map.of()).getOrDefault(spec.key(), Map.of())));
            }
            GroupAhp.GroupResult group =
                    GroupAhp.aggregate(matrices, lambda, evaluation.method(), evaluation.riTable());
            local.put(spec.key(), group.weights());
            double[] individual =
                    group.individual().stream().mapToDouble(r -> r.cr()).toArray();
            matrixResults.add(new FrozenResult.MatrixResult(
                    spec.key(),
                    spec.criterion(),
                    spec.subcriterion(),
                    spec.size(),
                    group.aggregated() == null ? null : group.aggregated().cr(),
                    individual));
        }

        List<Structure.Criterion> criteria = structure.criteria();
        double[] criterionWeights = local.get(Structure.CRITERIA_KEY);
        double[][] subWeights = new double[criteria.size()][];
        double[][][] alternatives = new double[criteria.size()][][];
        for (int c = 0; c < criteria.size(); c++) {
            Structure.Criterion criterion = criteria.get(c);
            subWeights[c] = local.get("S" + criterion.position());
            alternatives[c] = new double[criterion.subcriteria().size()][];
            for (int s = 0; s < criterion.subcriteria().size(); s++) {
                alternatives[c][s] = local.get("A" + criterion.position() + "."
                        + criterion.subcriteria().get(s).position());
            }
        }
        Hierarchy.Synthesis synthesis = Hierarchy.synthesise(criterionWeights, subWeights, alternatives);
        CriterionType[] benefit = new CriterionType[criteria.size()];
        Arrays.fill(benefit, CriterionType.BENEFIT);
        Topsis.TopsisResult topsis = Topsis.rank(synthesis.byCriterion(), criterionWeights, benefit);
        Sensitivity.SensitivityResult sensitivity =
                Sensitivity.topsis(synthesis.byCriterion(), criterionWeights, benefit);
        int[] ahpRanking = Topsis.ranking(synthesis.priorities());

        List<FrozenResult.CriterionResult> criterionResults = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            Structure.Criterion criterion = criteria.get(c);
            List<FrozenResult.SubResult> subs = new ArrayList<>();
            for (int s = 0; s < criterion.subcriteria().size(); s++) {
                Structure.Subcriterion sub = criterion.subcriteria().get(s);
                subs.add(new FrozenResult.SubResult(
                        sub.position(), sub.name(), subWeights[c][s], synthesis.globalSubWeights()[c][s]));
            }
            criterionResults.add(new FrozenResult.CriterionResult(
                    criterion.position(), criterion.name(), criterionWeights[c], subs));
        }
        List<FrozenResult.CandidateResult> candidateResults = new ArrayList<>();
        for (int a = 0; a < structure.candidates().size(); a++) {
            Structure.Candidate candidate = structure.candidates().get(a);
            candidateResults.add(new FrozenResult.CandidateResult(
                    candidate.position(),
                    candidate.name(),
                    candidate.sector(),
                    candidate.chainRef(),
                    synthesis.byCriterion()[a],
                    synthesis.priorities()[a],
                    topsis.closeness()[a],
                    rankOf(ahpRanking, a),
                    rankOf(topsis.ranking(), a)));
        }
        List<FrozenResult.IntervalResult> intervals = sensitivity.criteria().stream()
                .map(i -> new FrozenResult.IntervalResult(i.criterion(), i.weight(), i.lower(), i.upper()))
                .toList();
        return new FrozenResult(
                evaluation.id(),
                evaluation.title(),
                evaluation.method().name(),
                evaluation.riTable().key(),
                closedAt,
                closedBy,
                evaluators.stream().map(Structure.Evaluator::username).toList(),
                lambda,
                criterionResults,
                candidateResults,
                matrixResults,
                ahpRanking,
                topsis.ranking(),
                intervals);
    }

    /** A full reciprocal matrix from the judgements above the diagonal. */
    static double[][] matrix(int n, Map<Cell, Double> cells) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                Double value = cells.get(new Cell(i, j));
                if (value == null) {
                    throw new IllegalStateException(
                            "judgement (" + i + ", " + j + ") missing; completeness is checked first");
                }
                a[i][j] = value;
                a[j][i] = 1 / value;
            }
        }
        return a;
    }

    static double[] evaluatorWeights(List<Structure.Evaluator> evaluators) {
        double total =
                evaluators.stream().mapToDouble(Structure.Evaluator::weight).sum();
        return evaluators.stream().mapToDouble(e -> e.weight() / total).toArray();
    }

    private static int rankOf(int[] ranking, int index) {
        for (int r = 0; r < ranking.length; r++) {
            if (ranking[r] == index) {
                return r + 1;
            }
        }
        throw new IllegalArgumentException("index " + index + " is not ranked");
    }
}
