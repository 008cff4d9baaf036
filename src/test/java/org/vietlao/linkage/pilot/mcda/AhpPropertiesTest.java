package org.vietlao.linkage.pilot.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vietlao.linkage.pilot.mcda.AhpLiteratureTest.rows;
import static org.vietlao.linkage.pilot.mcda.AhpLiteratureTest.upper;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhpPropertiesTest {

    private static final double[] SCALE = {
        1 / 9.0, 1 / 8.0, 1 / 7.0, 1 / 6.0, 1 / 5.0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 1, 2, 3, 4, 5, 6, 7, 8, 9
    };

    @Test
    void consistentMatrixHasZeroInconsistencyAndExactWeights() {
        double[] w = {0.4, 0.3, 0.2, 0.1};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }

        Ahp.AhpResult result = Ahp.analyse(Inputs.pairwiseMatrix(rows(a), "matrix"), RandomIndex.SAATY_1980);

        for (int i = 0; i < 4; i++) {
            assertThat(result.weights()[i]).isCloseTo(w[i], within(1e-12));
        }
        assertThat(result.lambdaMax()).isCloseTo(4.0, within(1e-12));
        assertThat(result.cr()).isCloseTo(0.0, within(1e-12));
        assertThat(result.consistent()).isTrue();
        assertThat(result.mostInconsistent()).isNull();
    }

    @Test
    void weightsSumToOneAndLambdaIsAtLeastNForRandomMatrices() {
        Random random = new Random(42);
        for (int n = 1; n <= Inputs.MAX_PAIRWISE_SIZE; n++) {
            double[][] a = randomMatrix(random, n);
            Ahp.AhpResult result = Ahp.analyse(a, RandomIndex.SAATY_2005);
            double sum = 0;
            for (double v : result.weights()) {
                assertThat(v).isPositive();
                sum += v;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            assertThat(result.lambdaMax()).isGreaterThanOrEqualTo(n - 1e-9);
            assertThat(result.ci()).isGreaterThanOrEqualTo(0);
            // the power iteration converged: A·w = λmax·w
            double[] aw = Ahp.multiply(a, result.weights());
            for (int i = 0; i < n; i++) {
                assertThat(aw[i]).isCloseTo(result.lambdaMax() * result.weights()[i], within(1e-10));
            }
        }
    }

    @Test
    void oneAndTwoElementMatricesAreAlwaysConsistent() {
        Ahp.AhpResult one = Ahp.analyse(Inputs.pairwiseMatrix(List.of(List.of(1.0)), "m"), RandomIndex.SAATY_1980);
        Ahp.AhpResult two = Ahp.analyse(upper(7), RandomIndex.SAATY_1980);

        assertThat(one.weights()).containsExactly(1.0);
        assertThat(one.cr()).isZero();
        assertThat(two.weights()[0]).isCloseTo(0.875, within(1e-12));
        assertThat(two.cr()).isZero();
        assertThat(two.mostInconsistent()).isNull();
    }

    @Test
    void reciprocalsWrittenAsThreeDecimalsGiveTheSameWeightsAsExactFractions() {
        double[][] exact = upper(3, 7, 1 / 5.0, 1 / 9.0, 4, 6);
        double[][] decimals = {{1, 3, 7, 0.2}, {0.333, 1, 0.111, 4}, {0.143, 9, 1, 6}, {5, 0.25, 0.167, 1}};

        double[] a = Ahp.analyse(exact, RandomIndex.SAATY_1980).weights();
        double[] b = Ahp.analyse(Inputs.pairwiseMatrix(rows(decimals), "m"), RandomIndex.SAATY_1980)
                .weights();

        assertThat(b).containsExactly(a, within(1e-15));
    }

    @Test
    void permutingTheElementsPermutesTheWeights() {
        Random random = new Random(7);
        double[][] a = randomMatrix(random, 6);
        int[] order = {3, 0, 5, 1, 4, 2};
        double[][] permuted = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                permuted[i][j] = a[order[i]][order[j]];
            }
        }

        Ahp.AhpResult original = Ahp.analyse(a, RandomIndex.SAATY_1980);
        Ahp.AhpResult reordered = Ahp.analyse(permuted, RandomIndex.SAATY_1980);

        for (int i = 0; i < 6; i++) {
            assertThat(reordered.weights()[i]).isCloseTo(original.weights()[order[i]], within(1e-12));
        }
        assertThat(reordered.cr()).isCloseTo(original.cr(), within(1e-12));
    }

    @Test
    void pointsAtTheJudgementThatBreaksAConsistentMatrix() {
        double[] w = {0.35, 0.25, 0.2, 0.12, 0.08};
        double[][] a = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        a[1][3] = 1 / 5.0;
        a[3][1] = 5;

        Ahp.AhpResult result = Ahp.analyse(Inputs.pairwiseMatrix(rows(a), "m"), RandomIndex.SAATY_1980);

        assertThat(result.consistent()).isFalse();
        assertThat(result.mostInconsistent().row()).isEqualTo(1);
        assertThat(result.mostInconsistent().column()).isEqualTo(3);
        assertThat(result.mostInconsistent().suggested())
                .isGreaterThan(result.mostInconsistent().value());
    }

    @Test
    void aijOfIdenticalJudgementsIsThoseJudgementsAndAipAgreesForConsistentEvaluators() {
        double[][] a = upper(3, 5, 2);
        GroupAhp.GroupResult same = GroupAhp.aggregate(List.of(a, a, a), null, GroupMethod.AIJ, RandomIndex.SAATY_1980);
        assertThat(same.weights()).containsExactly(Ahp.principalEigenvector(a), within(1e-12));

        double[][] first = consistent(0.5, 0.3, 0.2);
        double[][] second = consistent(0.2, 0.5, 0.3);
        double[] lambda = {0.7, 0.3};
        double[] aij = GroupAhp.aggregate(List.of(first, second), lambda, GroupMethod.AIJ, RandomIndex.SAATY_1980)
                .weights();
        GroupAhp.GroupResult aip =
                GroupAhp.aggregate(List.of(first, second), lambda, GroupMethod.AIP, RandomIndex.SAATY_1980);

        assertThat(aip.weights()).containsExactly(aij, within(1e-12));
        assertThat(aip.aggregated()).isNull();
        assertThat(aip.individual()).hasSize(2);
    }

    @Test
    void theAijMatrixStaysReciprocal() {
        Random random = new Random(3);
        double[][] aggregated = GroupAhp.geometricMeanMatrix(
                List.of(randomMatrix(random, 5), randomMatrix(random, 5), randomMatrix(random, 5)),
                new double[] {0.5, 0.25, 0.25});
        for (int i = 0; i < 5; i++) {
            assertThat(aggregated[i][i]).isCloseTo(1, within(1e-12));
            for (int j = 0; j < 5; j++) {
                assertThat(aggregated[i][j] * aggregated[j][i]).isCloseTo(1, within(1e-12));
            }
        }
    }

    private static double[][] consistent(double... w) {
        double[][] a = new double[w.length][w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        return a;
    }

    static double[][] randomMatrix(Random random, int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                a[i][j] = SCALE[random.nextInt(SCALE.length)];
                a[j][i] = 1 / a[i][j];
            }
        }
        return Inputs.pairwiseMatrix(rows(a), "matrix");
    }
}
