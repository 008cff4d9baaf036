package org.vietlao.linkage.pilot;

import java.time.Instant;
import java.util.List;

/**
 * The result of a closed evaluation as stored in {@code pilot_result}: everything the result page and the
 * exports show, computed once at closing and never again.
 *
 * @param method how the evaluators were aggregated (AIJ or AIP)
 * @param riTable the random-index table of every CR below
 * @param evaluators the evaluators, in the order of the CRs of each matrix
 * @param evaluatorWeights their normalised weights
 * @param criteria criteria with their group weights and sub-criteria
 * @param candidates candidates with their scores and ranks
 * @param matrices each matrix's CRs
 * @param ahpRanking 0-based candidate indexes by AHP global priority, best first
 * @param topsisRanking 0-based candidate indexes by TOPSIS closeness, best first
 * @param sensitivity per criterion, the weight interval keeping the TOPSIS winner first
 */
record FrozenResult(
        long evaluationId,
        Names title,
        String method,
        String riTable,
        Instant closedAt,
        String closedBy,
        List<String> evaluators,
        double[] evaluatorWeights,
        List<CriterionResult> criteria,
        List<CandidateResult> candidates,
        List<MatrixResult> matrices,
        int[] ahpRanking,
        int[] topsisRanking,
        List<IntervalResult> sensitivity) {

    record CriterionResult(int position, Names name, double weight, List<SubResult> subcriteria) {}

    record SubResult(int position, Names name, double localWeight, double globalWeight) {}

    /**
     * @param byCriterion the candidate's composite AHP priority under each criterion (the TOPSIS performance
     *     matrix row)
     * @param ahpRank and topsisRank are 1-based
     */
    record CandidateResult(
            int position,
            Names name,
            String sector,
            Long chainRef,
            double[] byCriterion,
            double ahpPriority,
            double topsisCloseness,
            int ahpRank,
            int topsisRank) {}

    /**
     * @param groupCr the CR of the AIJ-aggregated matrix, {@code null} for AIP
     * @param individualCr each evaluator's CR, in the order of {@link FrozenResult#evaluators()}
     */
    record MatrixResult(String key, int criterion, int subcriterion, int size, Double groupCr, double[] individualCr) {}

    /** Weights of criterion {@code criterion} (0-based) in [lower, upper] keep the TOPSIS winner first. */
    record IntervalResult(int criterion, double weight, double lower, double upper) {}
}
