package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class ExchangeRateApiTests {

    private static final String RATES = "/api/v1/reference/exchange-rates";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    private static String rate(String currency, int year, String rate, String source) {
        return """
				{"currency": "%s", "year": %d, "ratePerUsd": %s, "source": "%s", "sourceUrl": "https://www.bol.gov.la/"}""".formatted(currency, year, rate, source);
    }

    @Test
    void listsTheWorldBankRatesOfACurrency() {
        JsonNode rates = client.get(RATES + "?currency=VND", "vn-enterprise").json();

        assertThat(rates).allMatch(r -> r.get("currency").asText().equals("VND"));
        assertThat(rates).anySatisfy(r -> {
            assertThat(r.get("year").asInt()).isEqualTo(2021);
            assertThat(r.get("ratePerUsd").decimalValue()).isEqualByComparingTo("23159.78");
            assertThat(r.get("source").asText()).contains("PA.NUS.FCRF");
        });
    }

    @Test
    void recordsARateAndAuditsIt() {
        var response =
                client.post(RATES, "admin", rate("LAK", 2024, "21573.5", "Bank of the Lao PDR (annual average)"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        assertThat(created.get("ratePerUsd").decimalValue()).isEqualByComparingTo("21573.5");
        Map<String, Object> audit = jdbc.sql("SELECT actor, action, changes::text AS changes FROM audit_event "
                        + "WHERE entity_type = 'exchange_rate' AND entity_id = :id")
                .param("id", created.get("id").asText())
                .query()
                .singleRow();
        assertThat(audit.get("actor")).isEqualTo("admin");
        assertThat(audit.get("action")).isEqualTo("CREATED");
        assertThat((String) audit.get("changes")).contains("\"currency\": \"LAK\"", "\"year\": 2024", "21573.5");
        assertThat(client.get(RATES + "?currency=LAK", "analyst").json())
                .anySatisfy(r -> assertThat(r.get("id").asLong())
                        .isEqualTo(created.get("id").asLong()));
    }

    @Test
    void letsOnlyAdministratorsRecordRates() {
        var response = client.post(RATES, "analyst", rate("LAK", 2023, "17700", "Analyst's guess"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("AUT-002");
    }

    @Test
    void rejectsASecondRateFromTheSameSourceForTheSameYear() {
        String body = rate("LAK", 2022, "14000", "Bank of the Lao PDR (duplicate test)");
        assertThat(client.post(RATES, "admin", body).status()).isEqualTo(201);

        var duplicate = client.post(RATES, "admin", body);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asText()).isEqualTo("REF-008");
    }

    @Test
    void namesEveryInvalidField() {
        var response = client.post(RATES, "admin", """
				{"currency": "XYZ", "year": 1800, "ratePerUsd": -5, "source": " ", "sourceUrl": "ftp://example"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("REF-007");
        List<String> fields = response.json().get("errors").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("currency", "year", "ratePerUsd", "source", "sourceUrl");
    }

    @Test
    void explainsInvalidFieldsInTheCallersLanguage() {
        String body = rate("XYZ", 2020, "1", "Nowhere");
        Map<String, String> messages = new java.util.HashMap<>();
        for (String language : List.of("en", "vi", "lo")) {
            var request = client.builder(RATES, "admin")
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", language)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build();
            messages.put(
                    language,
                    client.send(request)
                            .json()
                            .get("errors")
                            .get(0)
                            .get("message")
                            .asText());
        }

        assertThat(messages.values()).doesNotHaveDuplicates().noneMatch(message -> message.startsWith("reference."));
    }

    @Test
    void refusesRatesOfTheDollarItselfAndOfFutureYears() {
        var dollar = client.post(RATES, "admin", rate("USD", 2020, "1", "Tautology"));
        var future = client.post(RATES, "admin", rate("VND", 2999, "25000", "Crystal ball"));

        assertThat(dollar.json().get("errors").get(0).get("field").asText()).isEqualTo("currency");
        assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("year");
    }
}
