package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Money;

/** The one currency conversion, as a service and as {@code GET /api/v1/reference/convert}. */
@IntegrationTest
class ConversionApiTests {

    private static final String CONVERT = "/api/v1/reference/convert";

    @LocalServerPort
    int port;

    @Autowired
    CurrencyConverter converter;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void convertsDongToDollarsWithTheRateOfTheYearAndItsSource() {
        JsonNode answer = client.get(CONVERT + "?amount=1000000&currency=vnd&date=2021-06-30", "vn-enterprise")
                .json();

        // 1,000,000 / 23,159.78 (WDI 2021) = 43.1783..., rounded half-even to cents.
        assertThat(answer.get("to").get("amount").decimalValue()).isEqualByComparingTo("43.18");
        assertThat(answer.get("to").get("currency").asText()).isEqualTo("USD");
        JsonNode rate = answer.get("rates").get(0);
        assertThat(rate.get("currency").asText()).isEqualTo("VND");
        assertThat(rate.get("unitsPerUsd").decimalValue()).isEqualByComparingTo("23159.78");
        assertThat(rate.get("basis").asText()).isEqualTo("YEARLY_AVERAGE");
        assertThat(rate.get("earlierThanDate").asBoolean()).isFalse();
        assertThat(rate.get("source").asText()).contains("PA.NUS.FCRF");
    }

    @Test
    void usesTheLatestEarlierRateWhenTheYearHasNoneAndSaysSo() {
        var conversion = converter.toUsd(Money.parse("23159.78", "VND"), LocalDate.of(2024, 3, 1));

        assertThat(conversion.to().amount()).isEqualByComparingTo("1.00");
        assertThat(conversion.usesEarlierRate()).isTrue();
        assertThat(conversion.rates().get(0).validTo()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void convertsBetweenDongAndKipThroughTheDollarWithBothRates() {
        var conversion = converter.convert(Money.parse("16302.25", "VND"), "LAK", LocalDate.of(2008, 7, 1));

        assertThat(conversion.rates())
                .extracting(CurrencyConverter.AppliedRate::currency)
                .containsExactly("VND", "LAK");
        BigDecimal kipPerDollar = conversion.rates().get(1).unitsPerUsd();
        // One dollar's worth of dong (the 2008 VND rate) is one dollar's worth of kip, to the kip's minor unit.
        assertThat(conversion.to().amount()).isEqualByComparingTo(kipPerDollar.setScale(2, Money.ROUNDING));
        assertThat(conversion.to().amount().scale()).isEqualTo(2);
    }

    @Test
    void leavesTheSameCurrencyAloneAndRoundsIt() {
        var conversion = converter.convert(Money.parse("10.005", "USD"), "usd", LocalDate.of(2020, 1, 1));
        assertThat(conversion.rates()).isEmpty();
        assertThat(conversion.to().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void refusesBadInputWithCodesAndFields() {
        var amount = client.get(CONVERT + "?amount=1e6&currency=VND", "analyst");
        assertThat(amount.status()).isEqualTo(400);
        assertThat(amount.json().get("code").asText()).isEqualTo("REF-010");
        assertThat(amount.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");

        var target = client.get(CONVERT + "?amount=1&currency=VND&to=XX", "analyst");
        assertThat(target.json().get("code").asText()).isEqualTo("REF-010");
        assertThat(target.json().get("errors").get(0).get("field").asText()).isEqualTo("to");

        var date = client.get(CONVERT + "?amount=1&currency=VND&date=yesterday", "analyst");
        assertThat(date.json().get("code").asText()).isEqualTo("REF-004");

        var noRate = client.get(CONVERT + "?amount=1&currency=VND&date=1950-01-01", "analyst");
        assertThat(noRate.status()).isEqualTo(404);
        assertThat(noRate.json().get("code").asText()).isEqualTo("REF-011");

        try {
            converter.convert(Money.parse("1", "EUR"), "USD", LocalDate.of(2020, 1, 1));
        } catch (BusinessException ex) {
            assertThat(ex.errorCode()).isEqualTo(ErrorCode.REF_011);
        }
    }

    @Test
    void needsASignedInCaller() {
        var response = client.get(CONVERT + "?amount=1&currency=VND", null);
        assertThat(response.status()).isEqualTo(401);
    }
}
