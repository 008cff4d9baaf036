package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "07            | 07       | 2 | 07",
                "0714          | 0714     | 4 | 0714",
                "071410        | 071410   | 6 | 0714.10",
                "0714.10       | 071410   | 6 | 0714.10",
                "0714 10       | 071410   | 6 | 0714.10",
                "' 0714.10.11 '| 07141011 | 8 | 0714.10.11",
                "07.14.10.11   | 07141011 | 8 | 0714.10.11",
                "0714 . 10     | 071410   | 6 | 0714.10",
            })
    void acceptsTwoFourSixOrEightDigitsWithDotsAndSpaces(String input, String digits, int level, String printed) {
        HsCode code = HsCode.parse(input, "hs");
        assertThat(code.digits()).isEqualTo(digits);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.edition()).isEqualTo(HsCode.Edition.HS2022);
        assertThat(code.toString()).isEqualTo(digits);
        if (level > 2) {
            assertThat(code.formatted()).isEqualTo(printed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "7", "071", "07141", "0714101", "071410111", "07a4", "TOTAL", "07-14", "０７"})
    void refusesOtherInputWithRef001NamingTheField(String input) {
        assertThatThrownBy(() -> HsCode.parse(input, "offers[0].hsCode"))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_001);
                    assertThat(ex.errors())
                            .singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("offers[0].hsCode"));
                });
        assertThat(HsCode.tryParse(input)).isEmpty();
    }

    @Test
    void refusesNullAndEchoesAtMostTwentyCharacters() {
        assertThatThrownBy(() -> HsCode.parse(null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> HsCode.parse("9".repeat(500)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat((String) ex.args()[0]).hasSize(21));
    }

    @Test
    void knowsItsChapterHeadingSubheadingAndParent() {
        HsCode line = HsCode.parse("0714.10.11");
        assertThat(line.chapter().digits()).isEqualTo("07");
        assertThat(line.heading()).map(HsCode::digits).contains("0714");
        assertThat(line.subheading()).map(HsCode::digits).contains("071410");
        assertThat(line.parent()).map(HsCode::digits).contains("071410");
        assertThat(line.isProductLevel()).isTrue();
        HsCode chapter = HsCode.parse("07");
        assertThat(chapter.heading()).isEmpty();
        assertThat(chapter.parent()).isEmpty();
        assertThat(chapter.chapter()).isSameAs(chapter);
        assertThat(chapter.isProductLevel()).isFalse();
    }

    @Test
    void isWithinItsPrefixesOnlyInTheSameEdition() {
        HsCode cassava = HsCode.parse("071410");
        assertThat(cassava.isWithin("07")).isTrue();
        assertThat(cassava.isWithin("0714")).isTrue();
        assertThat(cassava.isWithin("0714.10")).isTrue();
        assertThat(cassava.isWithin("0715")).isFalse();
        assertThat(cassava.isWithin("07141011")).isFalse();
        assertThat(cassava.isWithin("x")).isFalse();
        assertThat(cassava.isWithin(HsCode.parse("07", HsCode.Edition.HS2017, "hs")))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0714|true", "0714.1|true", "07 14|true", "ca phe|false", ". .|false", "07a|false", "' '|false"})
    void tellsACodePrefixFromWords(String query, boolean code) {
        assertThat(HsCode.looksLikeCode(query)).isEqualTo(code);
    }
}
