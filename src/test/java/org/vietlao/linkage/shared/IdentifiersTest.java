package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed ids of the reference data: countries, provinces and border-gate pairs. */
class IdentifiersTest {

    @ParameterizedTest
    @CsvSource({"VN,VN,VNM", "vn,VN,VNM", "VNM,VN,VNM", "lao,LA,LAO", "' LA ',LA,LAO", "THA,TH,THA"})
    void acceptsAlpha2AndAlpha3Countries(String input, String alpha2, String alpha3) {
        CountryCode country = CountryCode.parse(input);
        assertThat(country.alpha2()).isEqualTo(alpha2);
        assertThat(country.alpha3()).isEqualTo(alpha3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "V", "VNMM", "XX", "ZZZ", "Việt Nam"})
    void refusesUnknownCountriesWithRef014(String input) {
        assertThatThrownBy(() -> CountryCode.parse(input, "country"))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_014);
                    assertThat(ex.errors().get(0).field()).isEqualTo("country");
                });
    }

    @ParameterizedTest
    @CsvSource({"40,VN,40", "' 01 ',VN,01", "LA-SV,LA,LA-SV", "la-sv,LA,LA-SV"})
    void readsProvinceCodesOfBothCountries(String input, String country, String code) {
        ProvinceCode province = ProvinceCode.parse(input);
        assertThat(province.country().alpha2()).isEqualTo(country);
        assertThat(province.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "400", "LA-S", "LA-SVX", "LA-1V", "TH-10", "4a"})
    void refusesMalformedProvinceCodesWithRef012(String input) {
        assertThatThrownBy(() -> ProvinceCode.parse(input, "provinceCode"))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_012));
    }

    @ParameterizedTest
    @CsvSource({"VL-INT-06,VL-INT-06", "vl-main-01,VL-MAIN-01", "' VL-SEC-12 ',VL-SEC-12", "VL-PLAN-03,VL-PLAN-03"})
    void readsGatePairIds(String input, String id) {
        assertThat(GatePairId.parse(input).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "VL-INT-6", "VL-XXX-01", "LV-INT-01", "VL-INT-01-2", "VL--01"})
    void refusesMalformedGatePairIdsWithRef013(String input) {
        assertThatThrownBy(() -> GatePairId.parse(input))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_013));
    }
}
