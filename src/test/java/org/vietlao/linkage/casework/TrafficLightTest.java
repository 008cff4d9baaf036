package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SOLVIT's scoreboard rule: green from 75 %, yellow from 55 % to under 75 %, red under 55 %, grey for none. */
class TrafficLightTest {

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource({
        "4, 4, GREEN",
        "3, 4, GREEN",
        "74, 100, YELLOW",
        "11, 20, YELLOW",
        "549, 1000, RED",
        "27, 50, RED",
        "0, 3, RED",
        "0, 0, GREY"
    })
    void lightOfTheShareOnTime(long onTime, long due, TrafficLight expected) {
        assertThat(TrafficLight.of(onTime, due)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "'Xe tải chờ hai ngày ở Cầu Treo', 'xe tai cho hai ngay o cau treo', 1.0",
        "'ລົດບັນທຸກລໍຖ້າຢູ່ດ່ານ', 'ລົດບັນທຸກລໍຖ້າຢູ່ດ່ານ', 1.0",
        "'abc', 'xyz', 0.0"
    })
    void textsCompareByTrigramsWithoutDiacritics(String a, String b, double expected) {
        assertThat(CaseQueries.jaccard(CaseQueries.trigrams(a), CaseQueries.trigrams(b)))
                .isEqualTo(expected);
    }
}
