package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

class HsCodeInputTest {

    @Test
    void acceptsTwoFourSixOrEightDigitsWithOrWithoutDots() {
        assertThat(HsNomenclature.normalise("07")).isEqualTo("07");
        assertThat(HsNomenclature.normalise("0714.10")).isEqualTo("071410");
        assertThat(HsNomenclature.normalise("0714.10.11")).isEqualTo("07141011");
    }

    @Test
    void rejectsOtherLengthsAndLettersWithRef001() {
        for (String malformed : new String[] {"7", "071", "07141", "071410111", "07a4", "", "TOTAL"}) {
            assertThatThrownBy(() -> HsNomenclature.normalise(malformed))
                    .as(malformed)
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_001));
        }
    }

    @Test
    void echoesAtMostTwentyCharactersOfAMalformedCode() {
        assertThatThrownBy(() -> HsNomenclature.normalise("9".repeat(500)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat((String) ex.args()[0]).hasSize(21));
    }

    @Test
    void treatsDigitsAsACodePrefixAndWordsAsText() {
        assertThat(HsNomenclature.isCodePrefix("0714")).isTrue();
        assertThat(HsNomenclature.isCodePrefix("0714.1")).isTrue();
        assertThat(HsNomenclature.isCodePrefix("ca phe")).isFalse();
        assertThat(HsNomenclature.isCodePrefix(". .")).isFalse();
    }

    @Test
    void writesRatesWithoutTrailingZerosOrExponents() {
        assertThat(ExchangeRates.plain(new BigDecimal("80.00")).toString()).isEqualTo("80");
        assertThat(ExchangeRates.plain(new BigDecimal("23159.780000")).toString())
                .isEqualTo("23159.78");
    }
}
