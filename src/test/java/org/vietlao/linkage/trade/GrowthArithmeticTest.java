package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The target arithmetic of the domain note on the shipped figures, against values computed by hand: 2025's
 * chosen total USD 2,980 million (MoIT via SGGP), the series 2021–2025 1,370 / 1,696.4 / 1,600 / 2,250 / 2,980.
 */
class GrowthArithmeticTest {

    @Test
    void growthIsTheRatioLessOneAndUndefinedOnAZeroBase() {
        assertThat(GrowthArithmetic.growth(2250, 2980).getAsDouble()).isCloseTo(0.324444, within(1e-6));
        assertThat(GrowthArithmetic.growth(0, 2980)).isEmpty();
    }

    @Test
    void progressToFiveBillionFromTwentyTwentyFive() {
        assertThat(GrowthArithmetic.progress(2980, 5000).getAsDouble()).isCloseTo(0.596, within(1e-9));
        assertThat(GrowthArithmetic.progress(2980, 0)).isEmpty();
    }

    @Test
    void growthNeededForFiveBillionInThreeYears() {
        // (5000 / 2980)^(1/3) - 1 = 1.188278 - 1
        assertThat(GrowthArithmetic.requiredGrowth(2980, 5000, 3).getAsDouble()).isCloseTo(0.188278, within(1e-6));
        assertThat(GrowthArithmetic.requiredGrowth(2980, 5000, 0)).isEmpty();
    }

    @Test
    void yearsToReachAtTenAndFifteenPercent() {
        // ln(5000/2980) / ln(1.10) = 5.43 -> 6 years; / ln(1.15) = 3.70 -> 4 years
        assertThat(GrowthArithmetic.yearsToReach(2980, 5000, 0.10).getAsInt()).isEqualTo(6);
        assertThat(GrowthArithmetic.yearsToReach(2980, 5000, 0.15).getAsInt()).isEqualTo(4);
        // ln(10000/2980) / ln(1.10) = 12.70 -> 13; / ln(1.15) = 8.66 -> 9
        assertThat(GrowthArithmetic.yearsToReach(2980, 10000, 0.10).getAsInt()).isEqualTo(13);
        assertThat(GrowthArithmetic.yearsToReach(2980, 10000, 0.15).getAsInt()).isEqualTo(9);
        assertThat(GrowthArithmetic.yearsToReach(5000, 5000, 0.10).getAsInt()).isZero();
        assertThat(GrowthArithmetic.yearsToReach(2980, 5000, -0.05)).isEmpty();
        // exactly on a whole year: 100 * 1.1^2 = 121
        assertThat(GrowthArithmetic.yearsToReach(100, 121, 0.10).getAsInt()).isEqualTo(2);
    }

    @Test
    void trendGrowthIsTheLogLinearLeastSquaresSlope() {
        // Σ(t - 2023)·ln V = 1.836647 over Σ(t - 2023)² = 10: b = 0.183665, e^b - 1 = 0.201613
        assertThat(GrowthArithmetic.trendGrowth(
                                List.of(2021, 2022, 2023, 2024, 2025), List.of(1370.0, 1696.4, 1600.0, 2250.0, 2980.0))
                        .getAsDouble())
                .isCloseTo(0.201613, within(1e-6));
        // A constant 10 % a year comes back as 10 %.
        assertThat(GrowthArithmetic.trendGrowth(List.of(1, 2, 3, 4), List.of(100.0, 110.0, 121.0, 133.1))
                        .getAsDouble())
                .isCloseTo(0.10, within(1e-9));
    }

    @Test
    void noTrendUnderFourYearsOrOnANonPositiveValue() {
        assertThat(GrowthArithmetic.trendGrowth(List.of(2023, 2024, 2025), List.of(1600.0, 2250.0, 2980.0)))
                .isEmpty();
        assertThat(GrowthArithmetic.trendGrowth(List.of(1, 2, 3, 4), List.of(1.0, 0.0, 2.0, 3.0)))
                .isEmpty();
    }

    @Test
    void bandTestBelowWithinAbove() {
        assertThat(GrowthArithmetic.band(32.44, 10, 15.0)).isEqualTo(GrowthArithmetic.Band.ABOVE);
        assertThat(GrowthArithmetic.band(12.6, 10, 15.0)).isEqualTo(GrowthArithmetic.Band.WITHIN);
        assertThat(GrowthArithmetic.band(10, 10, 15.0)).isEqualTo(GrowthArithmetic.Band.WITHIN);
        assertThat(GrowthArithmetic.band(-13.04, 10, 15.0)).isEqualTo(GrowthArithmetic.Band.BELOW);
        assertThat(GrowthArithmetic.band(40.6, 10, null)).isEqualTo(GrowthArithmetic.Band.WITHIN);
    }
}
