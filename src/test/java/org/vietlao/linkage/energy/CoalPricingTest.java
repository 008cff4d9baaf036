package org.vietlao.linkage.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The pricing formulas against published figures: Indonesia's HPB markers of two months from their month's HBA,
 * and the contract clause example of issue 16 to four decimals.
 */
class CoalPricingTest {

    static CoalPricing.Quality gar(String cv, String tm, String ts, String ash) {
        return new CoalPricing.Quality(
                CalorificBasis.GAR,
                new BigDecimal(cv),
                new BigDecimal(tm),
                new BigDecimal(ash),
                new BigDecimal(ts),
                null,
                null);
    }

    /**
     * HPB markers published by the Directorate General of Minerals and Coal (minerba.esdm.go.id), as reported by
     * detik.com (17 Mar 2016: HBA March 2016 US$51.62) and liputan6.com (8 May 2015: HBA April 2015 US$64.48),
     * with the markers' typical quality from the Directorate's list (CV GAR, TM, TS, ash). Published to 2
     * decimals; our price rounded half-up to 2 decimals must be the same.
     */
    @ParameterizedTest(name = "{0} {1}: HPB {6}")
    @CsvSource({
        "2016-03, Gunung Bayan I, 51.62, 7000, 10.0, 1.0, 15.0, 55.11",
        "2016-03, Prima Coal, 51.62, 6700, 12.0, 0.6, 5.0, 57.13",
        "2016-03, Pinang 6150, 51.62, 6200, 14.5, 0.6, 5.5, 51.65",
        "2016-03, Melawan Coal, 51.62, 5400, 22.5, 0.4, 5.0, 42.74",
        "2016-03, Envirocoal, 51.62, 5000, 26.0, 0.1, 1.2, 41.16",
        "2015-04, Gunung Bayan I, 64.48, 7000, 10.0, 1.0, 15.0, 69.04",
        "2015-04, Prima Coal, 64.48, 6700, 12.0, 0.6, 5.0, 70.16",
        "2015-04, Pinang 6150, 64.48, 6200, 14.5, 0.6, 5.5, 63.37",
        "2015-04, Melawan Coal, 64.48, 5400, 22.5, 0.4, 5.0, 52.00"
    })
    void hpbReproducesThePublishedMarkerPrices(
            String month, String brand, String hba, String cv, String tm, String ts, String ash, String published) {
        CoalPricing.Result result = CoalPricing.hpb(new BigDecimal(hba), gar(cv, tm, ts, ash));
        assertThat(result.price().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(published);
        assertThat(result.terms()).containsKeys("k", "a", "b", "u");
    }

    @Test
    void hpbOfTheReferenceQualityIsTheHba() {
        CoalPricing.Result result = CoalPricing.hpb(new BigDecimal("59.59"), gar("6322", "8", "0.8", "15"));
        assertThat(result.price()).isEqualByComparingTo("59.5900");
    }

    @Test
    void theContractClauseExampleToFourDecimals() {
        CoalPricing.Result result = contract(new CoalPricing.Quality(
                CalorificBasis.NAR,
                new BigDecimal("5900"),
                new BigDecimal("11.0"),
                new BigDecimal("13.0"),
                new BigDecimal("0.8"),
                null,
                null));
        assertThat(result.price()).isEqualByComparingTo("96.3667");
        assertThat(result.price().scale()).isEqualTo(4);
        assertThat(result.terms().get("basePrice").toString()).isEqualTo("100");
        assertThat(result.rejected()).isFalse();
        assertThat(result.terms())
                .containsEntry("priceAfterCv", new BigDecimal("98.3333"))
                .containsEntry("moistureDeduction", new BigDecimal("0.9833"))
                .containsEntry("ashDeduction", new BigDecimal("0.9833"))
                .containsEntry("sulphurDeduction", new BigDecimal("0.0000"));
    }

    static CoalPricing.Result contract(CoalPricing.Quality quality) {
        return CoalPricing.contract(
                new BigDecimal("100.0"),
                new BigDecimal("6000"),
                CalorificBasis.NAR,
                new CoalPricing.Spec(new BigDecimal("10.0"), new BigDecimal("12.0"), new BigDecimal("0.8")),
                new CoalPricing.Limits(null, new BigDecimal("14.0"), new BigDecimal("16.0"), new BigDecimal("1.2")),
                quality,
                Map.of());
    }

    @Test
    void aValueBeyondItsRejectionLimitPricesTheLotAtZeroAndFlagsIt() {
        CoalPricing.Result result = contract(new CoalPricing.Quality(
                CalorificBasis.NAR,
                new BigDecimal("5900"),
                new BigDecimal("14.5"),
                new BigDecimal("13.0"),
                new BigDecimal("1.3"),
                null,
                null));
        assertThat(result.rejected()).isTrue();
        assertThat(result.rejectedBy()).containsExactly("tm", "ts");
        assertThat(result.price()).isEqualByComparingTo("0");
        // at the limit is not beyond it
        CoalPricing.Result atLimit = contract(new CoalPricing.Quality(
                CalorificBasis.NAR,
                new BigDecimal("5900"),
                new BigDecimal("14.0"),
                new BigDecimal("16.0"),
                new BigDecimal("1.2"),
                null,
                null));
        assertThat(atLimit.rejected()).isFalse();
        // 98.3333 × (1 − (4 + 4 + 0.4)/100)
        assertThat(atLimit.price()).isEqualByComparingTo("90.0733");
    }

    @Test
    void basisConversionsFollowTheDocumentedFormulasBothWays() {
        // ADB → GAR: 6,000 × (100 − 12)/(100 − 4) = 5,500
        CoalPricing.Quality adb = new CoalPricing.Quality(
                CalorificBasis.ADB,
                new BigDecimal("6000"),
                new BigDecimal("12"),
                new BigDecimal("10"),
                new BigDecimal("0.5"),
                new BigDecimal("4"),
                new BigDecimal("4"));
        assertThat(CoalPricing.cvOn(adb, CalorificBasis.GAR, "q")).isEqualByComparingTo("5500");
        // GAR → NAR: 5,500 − 50.7 × 4 − 5.83 × 12 = 5,227.24
        assertThat(CoalPricing.cvOn(adb, CalorificBasis.NAR, "q")).isEqualByComparingTo("5227.24");
        CoalPricing.Quality nar = new CoalPricing.Quality(
                CalorificBasis.NAR,
                new BigDecimal("5227.24"),
                new BigDecimal("12"),
                new BigDecimal("10"),
                new BigDecimal("0.5"),
                new BigDecimal("4"),
                new BigDecimal("4"));
        assertThat(CoalPricing.cvOn(nar, CalorificBasis.GAR, "q")).isEqualByComparingTo("5500");
        assertThat(CoalPricing.cvOn(nar, CalorificBasis.ADB, "q")).isEqualByComparingTo("6000");
    }

    @Test
    void aConversionThatNeedsAMissingValueIsRefusedNamingIt() {
        CoalPricing.Quality noHydrogen = gar("6000", "10", "0.8", "12");
        assertThatThrownBy(() -> CoalPricing.cvOn(noHydrogen, CalorificBasis.NAR, "quality"))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.ENR_002);
                    assertThat(ex.errors())
                            .extracting(BusinessException.FieldError::field)
                            .containsExactly("quality.h");
                });
        CoalPricing.Quality adbWithoutIm = new CoalPricing.Quality(
                CalorificBasis.ADB,
                new BigDecimal("6000"),
                new BigDecimal("12"),
                new BigDecimal("10"),
                new BigDecimal("0.5"),
                null,
                null);
        assertThatThrownBy(() -> CoalPricing.hpb(new BigDecimal("60"), adbWithoutIm))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errors())
                                .extracting(BusinessException.FieldError::field)
                                .containsExactly("quality.im"));
    }

    @Test
    void impossibleAnalysesAreRefusedFieldByField() {
        assertThatThrownBy(() -> CoalPricing.hpb(new BigDecimal("60"), gar("-1", "100", "0.8", "15")))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.ENR_001);
                    assertThat(ex.errors())
                            .extracting(BusinessException.FieldError::field)
                            .containsExactlyInAnyOrder("quality.cv", "quality.tm");
                });
        // 999 kcal/kg is no coal (a value in MJ/kg, say): refused rather than priced at a sixth
        assertThatThrownBy(() -> CoalPricing.hpb(new BigDecimal("60"), gar("25", "10", "0.8", "15")))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errors())
                                .extracting(BusinessException.FieldError::field)
                                .containsExactly("quality.cv"));
    }
}
