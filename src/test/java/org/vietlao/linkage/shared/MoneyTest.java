package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1500000   | vnd  | 1500000 | VND",
                "' 12.50 ' | USD  | 12.50   | USD",
                "-3.125    | lak  | -3.125  | LAK",
                "0         | ' THB '| 0     | THB",
            })
    void parsesPlainDecimalsAndIsoCurrencies(String amount, String currency, String expected, String code) {
        Money money = Money.parse(amount, currency);
        assertThat(money.amount()).isEqualByComparingTo(expected);
        assertThat(money.currency()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1e6     | VND | amount",
                "1,500   | VND | amount",
                "12.5.0  | USD | amount",
                "''      | USD | amount",
                "abc     | USD | amount",
                "10      | XYZ | currency",
                "10      | US  | currency",
                "10      | ''  | currency",
            })
    void refusesOtherInputWithRef010NamingTheField(String amount, String currency, String field) {
        assertThatThrownBy(() -> Money.parse(amount, currency)).isInstanceOfSatisfying(BusinessException.class, ex -> {
            assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_010);
            assertThat(ex.errors())
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo(field));
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2.5      | VND | 2",
                "3.5      | VND | 4",
                "12.345   | USD | 12.34",
                "12.355   | USD | 12.36",
                "1000.005 | LAK | 1000.00",
            })
    void roundsToTheMinorUnitHalfEven(String amount, String currency, String expected) {
        Money rounded = Money.of(new BigDecimal(amount), currency).rounded();
        assertThat(rounded.amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void addsOnlyTheSameCurrency() {
        assertThat(Money.parse("1.10", "USD").plus(Money.parse("2", "USD")).amount())
                .isEqualByComparingTo("3.10");
        assertThatThrownBy(() -> Money.parse("1", "USD").plus(Money.parse("1", "LAK")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
