package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.pilot.mcda.Ahp;
import org.vietlao.linkage.pilot.mcda.CriterionType;
import org.vietlao.linkage.pilot.mcda.GroupAhp;
import org.vietlao.linkage.pilot.mcda.GroupMethod;
import org.vietlao.linkage.pilot.mcda.Inputs;
import org.vietlao.linkage.pilot.mcda.InvalidInput;
import org.vietlao.linkage.pilot.mcda.RandomIndex;
import org.vietlao.linkage.pilot.mcda.Sensitivity;
import org.vietlao.linkage.pilot.mcda.Topsis;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/**
 * Stateless multi-criteria computations for any signed-in caller and for other tools: nothing is stored.
 * Bad input gets 422 problem+json with a {@code PIL-} code and {@code errors[]} naming each cell
 * ({@code matrix[1][2]}) or field. Limits: pairwise matrices up to 15×15, performance matrices up to 200
 * alternatives and 50 criteria, up to 50 evaluators per group.
 */
@RestController
@RequestMapping("/api/v1/mcda")
@Tag(name = "MCDA", description = "AHP, group AHP, TOPSIS and weight sensitivity; stateless")
@PreAuthorize("isAuthenticated()")
class McdaApiController {

    @ErrorCodes({
        ErrorCode.PIL_001,
        ErrorCode.PIL_002,
        ErrorCode.PIL_003,
        ErrorCode.PIL_004,
        ErrorCode.PIL_005,
        ErrorCode.PIL_006,
        ErrorCode.PIL_007,
        ErrorCode.PIL_008,
        ErrorCode.PIL_009,
        ErrorCode.PIL_010,
        ErrorCode.PIL_011,
        ErrorCode.PIL_012,
        ErrorCode.PIL_013,
        ErrorCode.PIL_014
    })
    @PostMapping("/ahp")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Priorities and consistency of one pairwise comparison matrix",
            description =
                    "Principal eigenvector (power iteration to 1e-12), λmax, CI = (λmax − n)/(n − 1), CR = CI/RI with "
                            + "the named random-index table (saaty1980 by default; saaty2005, doneganDodd1991, alonsoLamata2006), "
                            + "consistent when CR ≤ 0.10, and the judgement contributing most to the inconsistency.")
    AhpResponse ahp(@Valid @RequestBody AhpRequest request) {
        return guarded(() -> {
            Inputs.PairwiseMatrix a = Inputs.pairwise(request.matrix(), "matrix");
            RandomIndex table = Inputs.randomIndex(request.riTable(), "riTable", a.values().length);
            return AhpResponse.of(Ahp.analyse(a.values(), table), a.roundedCells());
        });
    }

    @ErrorCodes({
        ErrorCode.PIL_001,
        ErrorCode.PIL_002,
        ErrorCode.PIL_003,
        ErrorCode.PIL_004,
        ErrorCode.PIL_005,
        ErrorCode.PIL_006,
        ErrorCode.PIL_007,
        ErrorCode.PIL_008,
        ErrorCode.PIL_009,
        ErrorCode.PIL_010,
        ErrorCode.PIL_011,
        ErrorCode.PIL_012,
        ErrorCode.PIL_013,
        ErrorCode.PIL_014
    })
    @PostMapping("/ahp/group")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Group priorities from several evaluators' matrices",
            description =
                    "AIJ: weighted geometric mean of the judgements, then the eigenvector and CR of that aggregated "
                            + "matrix. AIP: weighted geometric mean of each evaluator's priorities, normalised. Evaluator weights "
                            + "sum to 1 (equal when omitted).")
    GroupResponse group(@Valid @RequestBody GroupRequest request) {
        return guarded(() -> {
            if (request.matrices() == null || request.matrices().isEmpty()) {
                throw new InvalidInput(List.of(new InvalidInput.Violation(InvalidInput.Kind.EMPTY, "matrices")));
            }
            if (request.matrices().size() > Inputs.MAX_EVALUATORS) {
                throw new InvalidInput(List.of(new InvalidInput.Violation(
                        InvalidInput.Kind.TOO_LARGE,
                        "matrices",
                        request.matrices().size(),
                        Inputs.MAX_EVALUATORS)));
            }
            List<double[][]> matrices = new ArrayList<>();
            List<String> rounded = new ArrayList<>();
            for (int k = 0; k < request.matrices().size(); k++) {
                Inputs.PairwiseMatrix checked =
                        Inputs.pairwise(request.matrices().get(k), "matrices[" + k + "]");
                rounded.addAll(checked.roundedCells());
                double[][] a = checked.values();
                if (!matrices.isEmpty() && a.length != matrices.get(0).length) {
                    throw new InvalidInput(List.of(new InvalidInput.Violation(
                            InvalidInput.Kind.SIZE_MISMATCH, "matrices[" + k + "]", a.length, matrices.get(0).length)));
                }
                matrices.add(a);
            }
            double[] lambda = request.evaluatorWeights() == null
                    ? null
                    : Inputs.weights(request.evaluatorWeights(), "evaluatorWeights", matrices.size());
            GroupMethod method = Inputs.groupMethod(request.method(), "method");
            RandomIndex table = Inputs.randomIndex(request.riTable(), "riTable", matrices.get(0).length);
            return GroupResponse.of(GroupAhp.aggregate(matrices, lambda, method, table), table, rounded);
        });
    }

    @ErrorCodes({
        ErrorCode.PIL_001,
        ErrorCode.PIL_002,
        ErrorCode.PIL_003,
        ErrorCode.PIL_004,
        ErrorCode.PIL_005,
        ErrorCode.PIL_006,
        ErrorCode.PIL_007,
        ErrorCode.PIL_008,
        ErrorCode.PIL_009,
        ErrorCode.PIL_010,
        ErrorCode.PIL_011,
        ErrorCode.PIL_012,
        ErrorCode.PIL_013,
        ErrorCode.PIL_014
    })
    @PostMapping("/topsis")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "TOPSIS closeness and ranking",
            description = "Vector normalisation, weighting, ideal and anti-ideal by benefit/cost criterion, Euclidean "
                    + "distances, closeness S⁻/(S⁺ + S⁻); ranking as 0-based alternative indexes, best first.")
    TopsisResponse topsis(@Valid @RequestBody PerformanceRequest request) {
        return guarded(() -> {
            Problem problem = Problem.of(request);
            return TopsisResponse.of(Topsis.rank(problem.matrix(), problem.weights(), problem.types()));
        });
    }

    @ErrorCodes({
        ErrorCode.PIL_001,
        ErrorCode.PIL_002,
        ErrorCode.PIL_003,
        ErrorCode.PIL_004,
        ErrorCode.PIL_005,
        ErrorCode.PIL_006,
        ErrorCode.PIL_007,
        ErrorCode.PIL_008,
        ErrorCode.PIL_009,
        ErrorCode.PIL_010,
        ErrorCode.PIL_011,
        ErrorCode.PIL_012,
        ErrorCode.PIL_013,
        ErrorCode.PIL_014
    })
    @PostMapping("/sensitivity")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Weight interval per criterion within which the TOPSIS winner stays first",
            description =
                    "For each criterion its weight moves over [0, 1], the others rescaled proportionally; the "
                            + "interval around the current weight where the current winner stays first, with exact breakpoints.")
    SensitivityResponse sensitivity(@Valid @RequestBody PerformanceRequest request) {
        return guarded(() -> {
            Problem problem = Problem.of(request);
            return SensitivityResponse.of(Sensitivity.topsis(problem.matrix(), problem.weights(), problem.types()));
        });
    }

    private static <T> T guarded(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (InvalidInput invalid) {
            throw McdaErrors.toBusiness(invalid);
        }
    }

    private record Problem(double[][] matrix, double[] weights, CriterionType[] types) {

        static Problem of(PerformanceRequest request) {
            double[][] x = Inputs.performanceMatrix(request.matrix(), "matrix");
            double[] w = Inputs.weights(request.weights(), "weights", x[0].length);
            CriterionType[] types = Inputs.criterionTypes(request.criteria(), "criteria", x[0].length);
            return new Problem(x, w, types);
        }
    }

    record AhpRequest(
            @Schema(
                    description = "square reciprocal matrix on Saaty's scale, rows first; a cell is a number or a "
                            + "fraction written as text (\"1/3\"); a reciprocal may be rounded to two or more "
                            + "decimals as published (0.33, 0.14)",
                    example = "[[1,3,5],[0.333,1,2],[0.2,0.5,1]]")
            @JsonDeserialize(contentUsing = JudgementRows.class)
            List<List<Double>> matrix,

            @Schema(description = "random-index table", example = "saaty1980") @Size(max = 30)
            String riTable) {}

    record GroupRequest(
            @Schema(description = "one matrix per evaluator, all of the same size; cells as in /ahp")
            @JsonDeserialize(contentUsing = JudgementRows.Matrices.class)
            List<List<List<Double>>> matrices,

            @Schema(description = "one weight per evaluator, summing to 1; equal when omitted")
            List<Double> evaluatorWeights,

            @Schema(description = "AIJ or AIP", example = "AIJ") @Size(max = 10)
            String method,

            @Schema(description = "random-index table", example = "saaty1980") @Size(max = 30)
            String riTable) {}

    record PerformanceRequest(
            @Schema(
                    description = "alternatives in rows, criteria in columns",
                    example = "[[7,9,9,8],[8,7,8,7],[9,6,8,9]]")
            List<List<Double>> matrix,

            @Schema(description = "one weight per criterion, summing to 1", example = "[0.1,0.4,0.3,0.2]")
            List<Double> weights,

            @Schema(
                    description = "benefit or cost per criterion",
                    example = "[\"benefit\",\"benefit\",\"benefit\",\"cost\"]")
            List<@Size(max = 10) String> criteria) {}

    record JudgementView(int row, int column, double value, double suggested, double errorFactor) {

        static JudgementView of(Ahp.Judgement judgement) {
            return judgement == null
                    ? null
                    : new JudgementView(
                            judgement.row(),
                            judgement.column(),
                            judgement.value(),
                            judgement.suggested(),
                            judgement.errorFactor());
        }
    }

    record AhpResponse(
            double[] weights,
            double lambdaMax,
            double ci,
            double ri,
            double cr,
            boolean consistent,
            String riTable,
            JudgementView mostInconsistent,

            @Schema(
                    description = "cells written as a rounded reciprocal (0.33 for 1/3); the result is computed "
                            + "from the exact reciprocal of their mirror cells")
            List<String> roundedReciprocals) {

        static AhpResponse of(Ahp.AhpResult result, List<String> roundedReciprocals) {
            return new AhpResponse(
                    result.weights(),
                    result.lambdaMax(),
                    result.ci(),
                    result.ri(),
                    result.cr(),
                    result.consistent(),
                    result.table().key(),
                    JudgementView.of(result.mostInconsistent()),
                    roundedReciprocals);
        }
    }

    record IndividualView(double[] weights, double cr, boolean consistent) {}

    record GroupResponse(
            String method,
            double[] weights,
            double[][] aggregatedMatrix,
            Double lambdaMax,
            Double ci,
            Double ri,
            Double cr,
            Boolean consistent,
            String riTable,
            List<IndividualView> individual,

            @Schema(
                    description = "cells written as a rounded reciprocal; computed from the exact reciprocal of "
                            + "their mirror cells")
            List<String> roundedReciprocals) {

        static GroupResponse of(GroupAhp.GroupResult result, RandomIndex table, List<String> roundedReciprocals) {
            List<IndividualView> individual = result.individual().stream()
                    .map(r -> new IndividualView(r.weights(), r.cr(), r.consistent()))
                    .toList();
            Ahp.AhpResult aggregated = result.aggregated();
            return new GroupResponse(
                    result.method().name(),
                    result.weights(),
                    result.aggregatedMatrix(),
                    aggregated == null ? null : aggregated.lambdaMax(),
                    aggregated == null ? null : aggregated.ci(),
                    aggregated == null ? null : aggregated.ri(),
                    aggregated == null ? null : aggregated.cr(),
                    aggregated == null ? null : aggregated.consistent(),
                    table.key(),
                    individual,
                    roundedReciprocals);
        }
    }

    record TopsisResponse(
            double[] closeness,
            int[] ranking,
            double[] idealBest,
            double[] idealWorst,
            double[] distanceToBest,
            double[] distanceToWorst) {

        static TopsisResponse of(Topsis.TopsisResult result) {
            return new TopsisResponse(
                    result.closeness(),
                    result.ranking(),
                    result.idealBest(),
                    result.idealWorst(),
                    result.distanceToBest(),
                    result.distanceToWorst());
        }
    }

    record IntervalView(int criterion, double weight, double lower, double upper) {}

    record SensitivityResponse(int top, List<IntervalView> criteria) {

        static SensitivityResponse of(Sensitivity.SensitivityResult result) {
            return new SensitivityResponse(
                    result.top(),
                    result.criteria().stream()
                            .map(i -> new IntervalView(i.criterion(), i.weight(), i.lower(), i.upper()))
                            .toList());
        }
    }
}
