package org.vietlao.linkage.pilot.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Published TOPSIS worked examples, reproduced to 1e-3.
 */
class TopsisLiteratureTest {

    private static final double TOLERANCE = 1e-3;
    private static final CriterionType B = CriterionType.BENEFIT;
    private static final CriterionType C = CriterionType.COST;

    /**
     * Hwang, C.-L. and Yoon, K. (1981), Multiple Attribute Decision Making: Methods and Applications,
     * Springer, p. 133: choosing a fighter aircraft by maximum speed, ferry range, maximum payload,
     * acquisition cost (a cost), reliability and manoeuvrability. Published closeness 0.643, 0.268, 0.613,
     * 0.312 and weighted ideal 0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012.
     */
    @Test
    void reproducesHwangAndYoonsFighterAircraftExample() {
        double[][] x = {
            {2.0, 1500, 20000, 5.5, 5, 9},
            {2.5, 2700, 18000, 6.5, 3, 5},
            {1.8, 2000, 21000, 4.5, 7, 7},
            {2.2, 1800, 20000, 5.0, 5, 5}
        };
        double[] w = {0.2, 0.1, 0.1, 0.1, 0.2, 0.3};

        Topsis.TopsisResult result = Topsis.rank(x, w, new CriterionType[] {B, B, B, C, B, B});

        assertClose(result.closeness(), 0.643, 0.268, 0.613, 0.312);
        assertClose(result.idealBest(), 0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012);
        assertClose(result.idealWorst(), 0.0841, 0.0366, 0.0455, 0.0598, 0.0577, 0.1118);
        assertThat(result.ranking()).containsExactly(0, 2, 3, 1);
    }

    /**
     * Meyer, P. and Bigaret, S., R package MCDA, the example of its TOPSIS function: Corsa, Clio and Fiesta
     * by purchase price (a cost), economy, aesthetics and boot capacity, weights 0.35, 0.25, 0.25, 0.15. The
     * documentation gives the weighted ideal (0.179573776, 0.171636015, 0.159499658, 0.087302767) and
     * anti-ideal (0.212610118, 0.124958799, 0.131352659, 0.085797547).
     */
    @Test
    void reproducesTheIdealPointsOfTheMcdaPackageCarExample() {
        double[][] x = {{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}};
        double[] w = {0.35, 0.25, 0.25, 0.15};

        Topsis.TopsisResult result = Topsis.rank(x, w, new CriterionType[] {C, B, B, B});

        assertClose(result.idealBest(), 0.179573776, 0.171636015, 0.159499658, 0.087302767);
        assertClose(result.idealWorst(), 0.212610118, 0.124958799, 0.131352659, 0.085797547);
        assertThat(result.ranking()).containsExactly(1, 0, 2);
    }

    private static void assertClose(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("value %d", i).isCloseTo(expected[i], within(TOLERANCE));
        }
    }
}
