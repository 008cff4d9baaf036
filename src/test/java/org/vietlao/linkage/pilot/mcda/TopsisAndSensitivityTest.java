package org.vietlao.linkage.pilot.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopsisAndSensitivityTest {

    private static final CriterionType B = CriterionType.BENEFIT;
    private static final CriterionType C = CriterionType.COST;

    @Test
    void closenessLiesBetweenZeroAndOneAndIgnoresTheUnitOfAColumn() {
        double[][] x = {{7, 9, 9, 8}, {8, 7, 8, 7}, {9, 6, 8, 9}, {6, 7, 8, 6}};
        double[][] scaled = new double[4][];
        for (int i = 0; i < 4; i++) {
            scaled[i] = new double[] {x[i][0] * 1000, x[i][1], x[i][2], x[i][3] / 3};
        }
        double[] w = {0.1, 0.4, 0.3, 0.2};
        CriterionType[] types = {B, B, B, C};

        Topsis.TopsisResult a = Topsis.rank(x, w, types);
        Topsis.TopsisResult b = Topsis.rank(scaled, w, types);

        for (double c : a.closeness()) {
            assertThat(c).isBetween(0.0, 1.0);
        }
        assertThat(b.closeness()).containsExactly(a.closeness(), within(1e-12));
        assertThat(a.ranking()).containsExactly(b.ranking());
    }

    @Test
    void identicalAlternativesTieAtOneHalfAndKeepTheirOrder() {
        double[][] x = {{1, 2}, {1, 2}};

        Topsis.TopsisResult result = Topsis.rank(x, new double[] {0.5, 0.5}, new CriterionType[] {B, C});

        assertThat(result.closeness()).containsExactly(0.5, 0.5);
        assertThat(result.ranking()).containsExactly(0, 1);
    }

    /**
     * The same car example as the MCDA package's; the stable intervals were checked by a brute-force scan of
     * 200,001 weights per criterion (step 5e-6): [0, 0.37780], [0.23654, 1], [0, 0.28097], [0, 0.88341].
     */
    @Test
    void findsTheStableIntervalsOfTheCarExample() {
        double[][] x = {{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}};

        Sensitivity.SensitivityResult result =
                Sensitivity.topsis(x, new double[] {0.35, 0.25, 0.25, 0.15}, new CriterionType[] {C, B, B, B});

        assertThat(result.top()).isEqualTo(1);
        double[][] expected = {{0, 0.37780}, {0.23654, 1}, {0, 0.28097}, {0, 0.88341}};
        for (int k = 0; k < 4; k++) {
            assertThat(result.criteria().get(k).lower()).isCloseTo(expected[k][0], within(1e-5));
            assertThat(result.criteria().get(k).upper()).isCloseTo(expected[k][1], within(1e-5));
        }
    }

    @Test
    void theWinnerHoldsInsideEachIntervalAndLosesJustOutsideIt() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            int m = 2 + random.nextInt(5);
            int n = 2 + random.nextInt(5);
            double[][] x = new double[m][n];
            for (double[] row : x) {
                for (int j = 0; j < n; j++) {
                    row[j] = 1 + random.nextInt(9);
                }
            }
            double[] w = new double[n];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = 0.05 + random.nextDouble();
                sum += w[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] /= sum;
            }
            CriterionType[] types = new CriterionType[n];
            for (int j = 0; j < n; j++) {
                types[j] = random.nextBoolean() ? B : C;
            }

            Sensitivity.SensitivityResult result = Sensitivity.topsis(x, w, types);

            for (Sensitivity.Interval interval : result.criteria()) {
                int k = interval.criterion();
                assertThat(interval.lower()).isLessThanOrEqualTo(w[k]);
                assertThat(interval.upper()).isGreaterThanOrEqualTo(w[k]);
                // at an end the winner ties with the challenger, so look just inside it
                double inner = Math.min(1e-9, (interval.upper() - interval.lower()) / 4);
                for (int step = 0; step <= 20; step++) {
                    double t =
                            interval.lower() + inner + (interval.upper() - interval.lower() - 2 * inner) * step / 20.0;
                    assertThat(winner(x, w, types, k, t))
                            .as("trial %d criterion %d at %f", trial, k, t)
                            .isEqualTo(result.top());
                }
                if (interval.lower() > 1e-6) {
                    assertThat(winner(x, w, types, k, interval.lower() - 1e-6)).isNotEqualTo(result.top());
                }
                if (interval.upper() < 1 - 1e-6) {
                    assertThat(winner(x, w, types, k, interval.upper() + 1e-6)).isNotEqualTo(result.top());
                }
            }
        }
    }

    private static int winner(double[][] x, double[] w, CriterionType[] types, int k, double t) {
        double[] moved = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            moved[j] = j == k ? t : w[j] * (1 - t) / (1 - w[k]);
        }
        return Topsis.rank(x, moved, types).ranking()[0];
    }
}
