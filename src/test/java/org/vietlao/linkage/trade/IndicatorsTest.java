package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each indicator on a case small enough to check by hand. */
class IndicatorsTest {

    @Test
    void balassaRcaIsTheCountryShareOverTheWorldShare() {
        // The country exports A 30 of 100, the world A 100 of 1,000: 0.3 / 0.1 = 3.
        assertThat(Indicators.rca(30, 100, 100, 1000).value()).isCloseTo(3.0, within(1e-12));
        assertThat(Indicators.rca(70, 100, 900, 1000).value()).isCloseTo(0.7 / 0.9, within(1e-12));
        assertThat(Indicators.rca(0, 0, 100, 1000).defined()).isFalse();
        assertThat(Indicators.rca(1, 10, 0, 1000).undefinedBecause()).isNotBlank();
    }

    @Test
    void complementarityOverTheUnionOfProducts() {
        // Exporter shares A .5 B .5; importer A .2 B .3 C .5: Σ|m - x| = .3 + .2 + .5 = 1; 100·(1 - 1/2) = 50.
        var r = Indicators.tci(Map.of("A", 5.0, "B", 5.0), Map.of("A", 2.0, "B", 3.0, "C", 5.0));
        assertThat(r.value()).isCloseTo(50.0, within(1e-9));
        assertThat(Indicators.tci(Map.of("A", 1.0), Map.of("A", 7.0)).value()).isCloseTo(100.0, within(1e-9));
        assertThat(Indicators.tci(Map.of("A", 1.0), Map.of("B", 7.0)).value()).isCloseTo(0.0, within(1e-9));
        assertThat(Indicators.tci(Map.of(), Map.of("B", 7.0)).defined()).isFalse();
    }

    @Test
    void tradeIntensity() {
        // 10 of 100 to the partner, which takes 50 of the world's 1,000: 0.1 / 0.05 = 2.
        assertThat(Indicators.tii(10, 100, 50, 1000).value()).isCloseTo(2.0, within(1e-12));
        assertThat(Indicators.tii(10, 100, 0, 1000).defined()).isFalse();
    }

    @Test
    void herfindahlAndItsNormalisedForm() {
        assertThat(Indicators.hhi(Map.of("A", 50.0, "B", 50.0)).value()).isCloseTo(0.5, within(1e-12));
        assertThat(Indicators.hhiNormalised(Map.of("A", 50.0, "B", 50.0)).value())
                .isCloseTo(0.0, within(1e-12));
        // Shares .6 .2 .2: Σ s² = .44; (sqrt(.44) - sqrt(1/3)) / (1 - sqrt(1/3)) = 0.2045
        assertThat(Indicators.hhi(Map.of("A", 6.0, "B", 2.0, "C", 2.0)).value()).isCloseTo(0.44, within(1e-12));
        assertThat(Indicators.hhiNormalised(Map.of("A", 6.0, "B", 2.0, "C", 2.0))
                        .value())
                .isCloseTo((Math.sqrt(0.44) - Math.sqrt(1 / 3.0)) / (1 - Math.sqrt(1 / 3.0)), within(1e-12));
        assertThat(Indicators.hhi(Map.of("A", 9.0)).value()).isEqualTo(1.0);
        assertThat(Indicators.hhiNormalised(Map.of("A", 9.0)).defined()).isFalse();
    }

    @Test
    void grubelLloydByProductAndWeighted() {
        assertThat(Indicators.grubelLloyd(30, 10).value()).isCloseTo(0.5, within(1e-12));
        assertThat(Indicators.grubelLloyd(10, 10).value()).isEqualTo(1.0);
        assertThat(Indicators.grubelLloyd(0, 0).defined()).isFalse();
        // A (30, 10) and B (0, 20): ((40 - 20) + (20 - 20)) / 60 = 1/3
        assertThat(Indicators.grubelLloyd(Map.of("A", 30.0), Map.of("A", 10.0, "B", 20.0))
                        .value())
                .isCloseTo(1 / 3.0, within(1e-12));
    }
}
