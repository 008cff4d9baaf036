package org.vietlao.linkage.pilot.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.pilot.mcda.InvalidInput.Kind;

class InputsTest {

    @Test
    void rejectsANonSquareMatrixNamingTheRow() {
        assertViolation(
                () -> Inputs.pairwiseMatrix(List.of(List.of(1.0, 2.0), List.of(0.5)), "matrix"),
                Kind.NOT_SQUARE,
                "matrix[1]");
    }

    @Test
    void rejectsADiagonalOtherThanOne() {
        assertViolation(
                () -> Inputs.pairwiseMatrix(List.of(List.of(1.0, 2.0), List.of(0.5, 2.0)), "matrix"),
                Kind.DIAGONAL_NOT_ONE,
                "matrix[1][1]");
    }

    @Test
    void rejectsACellThatIsNotTheReciprocalOfItsMirror() {
        assertViolation(
                () -> Inputs.pairwiseMatrix(
                        List.of(List.of(1.0, 3.0, 1.0), List.of(0.3, 1.0, 1.0), List.of(1.0, 1.0, 1.0)), "matrix"),
                Kind.NOT_RECIPROCAL,
                "matrix[1][0]");
    }

    @Test
    void acceptsReciprocalsRoundedAsPublishedAndComputesFromTheExactOnes() {
        // 1/3 as 0.33 and 0.333333, 1/7 as 0.14, 1/5 exactly: all accepted; the rounded ones are named and
        // replaced by the exact reciprocal of their mirror cell.
        Inputs.PairwiseMatrix published = Inputs.pairwise(
                List.of(
                        List.of(1.0, 3.0, 7.0, 5.0),
                        List.of(0.33, 1.0, 3.0, 3.0),
                        List.of(0.14, 0.333333, 1.0, 0.2),
                        List.of(0.2, 0.333, 5.0, 1.0)),
                "matrix");

        assertThat(published.roundedCells())
                .containsExactly("matrix[1][0]", "matrix[2][0]", "matrix[2][1]", "matrix[3][1]");
        assertThat(published.values()[1][0]).isEqualTo(1.0 / 3.0);
        assertThat(published.values()[2][0]).isEqualTo(1.0 / 7.0);
        assertThat(published.values()[2][1]).isEqualTo(1.0 / 3.0);
        assertThat(published.values()[3][0]).isEqualTo(0.2);
    }

    @Test
    void refusesAReciprocalRoundedToOneDecimalOrRoundedTheWrongWay() {
        for (double coarse : new double[] {0.3, 0.13, 0.34, 0.1}) {
            assertViolation(
                    () -> Inputs.pairwiseMatrix(
                            List.of(List.of(1.0, coarse == 0.13 || coarse == 0.1 ? 7.0 : 3.0), List.of(coarse, 1.0)),
                            "matrix"),
                    Kind.NOT_RECIPROCAL,
                    "matrix[1][0]");
        }
    }

    @Test
    void rejectsAJudgementOutsideTheScale() {
        assertViolation(
                () -> Inputs.pairwiseMatrix(List.of(List.of(1.0, 1 / 12.0), List.of(12.0, 1.0)), "matrix"),
                Kind.OUT_OF_SCALE,
                "matrix[1][0]");
    }

    @Test
    void rejectsMissingCellsEmptyMatricesAndOversizedOnes() {
        List<Double> withNull = new ArrayList<>(Arrays.asList(1.0, null));
        assertViolation(
                () -> Inputs.pairwiseMatrix(List.of(withNull, List.of(1.0, 1.0)), "matrix"),
                Kind.MISSING_VALUE,
                "matrix[0][1]");
        assertViolation(() -> Inputs.pairwiseMatrix(List.of(), "matrix"), Kind.EMPTY, "matrix");
        assertViolation(
                () -> Inputs.pairwiseMatrix(List.of(List.of(Double.NaN)), "matrix"),
                Kind.MISSING_VALUE,
                "matrix[0][0]");
        List<List<Double>> big = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            big.add(java.util.Collections.nCopies(16, 1.0));
        }
        assertViolation(() -> Inputs.pairwiseMatrix(big, "matrix"), Kind.TOO_LARGE, "matrix");
    }

    @Test
    void rejectsWeightsThatDoNotSumToOneOrDoNotMatchTheCriteria() {
        assertViolation(() -> Inputs.weights(List.of(0.5, 0.4), "weights", 2), Kind.WEIGHTS_NOT_ONE, "weights");
        assertViolation(() -> Inputs.weights(List.of(0.5, 0.5), "weights", 3), Kind.SIZE_MISMATCH, "weights");
        assertViolation(() -> Inputs.weights(List.of(1.5, -0.5), "weights", 2), Kind.NEGATIVE_WEIGHT, "weights[1]");
        assertThat(Inputs.weights(List.of(0.5, 0.5000005), "weights", 2)).hasSize(2);
    }

    @Test
    void rejectsUnknownCriterionTypesTablesAndMethods() {
        assertViolation(
                () -> Inputs.criterionTypes(List.of("benefit", "max"), "criteria", 2),
                Kind.UNKNOWN_CRITERION_TYPE,
                "criteria[1]");
        assertViolation(() -> Inputs.randomIndex("nope", "riTable", 3), Kind.UNKNOWN_RI_TABLE, "riTable");
        assertViolation(() -> Inputs.randomIndex("saaty1980", "riTable", 12), Kind.TOO_LARGE, "riTable");
        assertViolation(() -> Inputs.groupMethod("mean", "method"), Kind.UNKNOWN_METHOD, "method");
    }

    @Test
    void rejectsAPerformanceColumnOfZeros() {
        assertViolation(
                () -> Inputs.performanceMatrix(List.of(List.of(1.0, 0.0), List.of(2.0, 0.0)), "matrix"),
                Kind.ZERO_COLUMN,
                "matrix[*][1]");
        assertViolation(
                () -> Inputs.performanceMatrix(List.of(List.of(1.0, 0.0), List.of(2.0)), "matrix"),
                Kind.SIZE_MISMATCH,
                "matrix[1]");
    }

    private static void assertViolation(Runnable call, Kind kind, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInput.class, ex -> {
            assertThat(ex.kind()).isEqualTo(kind);
            assertThat(ex.violations().get(0).field()).isEqualTo(field);
        });
    }
}
