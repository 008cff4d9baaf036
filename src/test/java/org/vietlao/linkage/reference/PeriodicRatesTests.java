package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Daily and monthly rates (issue 15): the analyst's CSV import, all or nothing with every bad row named, a
 * correction that keeps the old value in history, and the converter's fallbacks (the day's rate, a rate of the
 * days before, the month's, the year's), each answer naming its rate and source.
 */
@IntegrationTest
class PeriodicRatesTests {

    static final String HEADER = "currency,basis,date,rate_per_usd,source,source_url,correction_reason\n";
    static final String SBV = "State Bank of Viet Nam central rate (test)";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    ApiClient.Response upload(String user, String csv, String key) {
        String boundary = "----rates" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rates.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = api.builder("/api/v1/reference/exchange-rates/periodic/import", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request.build());
    }

    JsonNode convert(String amount, String currency, String date) {
        ApiClient.Response answer = api.get(
                "/api/v1/reference/convert?amount=" + amount + "&currency=" + currency + "&date=" + date, "analyst");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void importedRatesAnswerFirstAndFallBackToTheMonthAndTheYear() {
        String file = HEADER
                + "VND,DAILY,2026-11-02,25300," + SBV + ",https://www.sbv.gov.vn/,\n"
                + "VND,MONTHLY,2026-10,25250," + SBV + ",,\n"
                + "LAK,DAILY,2026-11-02,21800,Bank of the Lao PDR reference rate (test),https://www.bol.gov.la/,\n";
        String key = UUID.randomUUID().toString();
        ApiClient.Response imported = upload("analyst", file, key);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("added").asInt()).isEqualTo(3);
        ApiClient.Response replayed = upload("analyst", file, key);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.json().get("added").asInt()).isEqualTo(3);

        JsonNode daily = convert("2530000", "VND", "2026-11-02");
        assertThat(daily.at("/to/amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(daily.at("/rates/0/basis").asText()).isEqualTo("DAILY");
        assertThat(daily.at("/rates/0/source").asText()).isEqualTo(SBV);
        assertThat(daily.at("/rates/0/earlierThanDate").asBoolean()).isFalse();

        JsonNode weekend = convert("2530000", "VND", "2026-11-04");
        assertThat(weekend.at("/rates/0/basis").asText()).isEqualTo("DAILY");
        assertThat(weekend.at("/rates/0/validFrom").asText()).isEqualTo("2026-11-02");
        assertThat(weekend.at("/rates/0/earlierThanDate").asBoolean()).isTrue();

        JsonNode monthly = convert("2525000", "VND", "2026-10-15");
        assertThat(monthly.at("/rates/0/basis").asText()).isEqualTo("MONTHLY");
        assertThat(monthly.at("/to/amount").decimalValue()).isEqualByComparingTo("100.00");

        JsonNode yearly = convert("1000000", "VND", "2026-09-15");
        assertThat(yearly.at("/rates/0/basis").asText()).isEqualTo("YEARLY_AVERAGE");

        JsonNode between = api.get(
                        "/api/v1/reference/convert?amount=218000&currency=LAK&date=2026-11-02&to=VND", "analyst")
                .json();
        assertThat(between.at("/to/amount").decimalValue()).isEqualByComparingTo("253000");
        assertThat(between.get("rates")).hasSize(2);

        // The same file again changes nothing.
        ApiClient.Response again = upload("analyst", file, null);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aDifferentValueNeedsAReasonAndKeepsTheOldOneInHistory() {
        upload("analyst", HEADER + "VND,DAILY,2026-08-03,25310," + SBV + ",,\n", null);
        ApiClient.Response silent = upload(
                "analyst",
                HEADER + "VND,DAILY,2026-08-05,25320," + SBV + ",,\n" + "VND,DAILY,2026-08-03,25400," + SBV + ",,\n",
                null);
        assertThat(silent.status()).as(silent.body()).isEqualTo(422);
        assertThat(silent.json().get("code").asText()).isEqualTo("REF-015");
        assertThat(silent.json().at("/errors/0/field").asText()).isEqualTo("rows[3].rate_per_usd");
        assertThat(convert("25320", "VND", "2026-08-05")
                        .at("/rates/0/validFrom")
                        .asText())
                .as("nothing of the refused file was recorded")
                .isEqualTo("2026-08-03");

        ApiClient.Response corrected = upload(
                "analyst", HEADER + "VND,DAILY,2026-08-03,25400," + SBV + ",,typing error in the first file\n", null);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("corrected").asInt()).isEqualTo(1);
        assertThat(convert("25400", "VND", "2026-08-03").at("/to/amount").decimalValue())
                .isEqualByComparingTo("1.00");

        JsonNode list = api.get(
                        "/api/v1/reference/exchange-rates/periodic?currency=VND&from=2026-08-03&to=2026-08-03",
                        "vn-enterprise")
                .json();
        long id = list.get(0).get("id").asLong();
        JsonNode history = api.get("/api/v1/reference/exchange-rates/periodic/" + id, "vn-enterprise")
                .json();
        assertThat(history.at("/rate/ratePerUsd").decimalValue()).isEqualByComparingTo("25400");
        assertThat(history.at("/corrections/0/oldRate").decimalValue()).isEqualByComparingTo("25310");
        assertThat(history.at("/corrections/0/newRate").decimalValue()).isEqualByComparingTo("25400");
        assertThat(history.at("/corrections/0/reason").asText()).isEqualTo("typing error in the first file");
        assertThat(history.at("/corrections/0/correctedBy").asText()).isEqualTo("analyst");
        assertThat(api.get("/api/v1/reference/exchange-rates/periodic/999999999", "analyst")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void everyBadRowIsNamedAndOnlyAnalystsImport() {
        ApiClient.Response bad = upload(
                "analyst",
                HEADER
                        + "USD,DAILY,2026-11-02,1,x,,\n"
                        + "VND,WEEKLY,2026-11-02,25000,x,,\n"
                        + "VND,DAILY,2999-01-01,25000,x,,\n"
                        + "VND,DAILY,2026-11-02,-5,x,,\n"
                        + "VND,MONTHLY,2026-13,25000,x,,\n"
                        + "VND,DAILY,2026-11-02,25000,,ftp://x,\n",
                null);
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields)
                .contains(
                        "rows[2].currency",
                        "rows[3].basis",
                        "rows[4].date",
                        "rows[5].rate_per_usd",
                        "rows[6].date",
                        "rows[7].source",
                        "rows[7].source_url");
        ApiClient.Response columns = upload("analyst", "not,a,rate\n1,2,3\n", null);
        assertThat(columns.status()).isEqualTo(400);
        assertThat(columns.json().get("code").asText()).isEqualTo("REF-016");
        assertThat(upload("vn-enterprise", HEADER + "VND,DAILY,2026-11-02,25000,x,,\n", null)
                        .status())
                .isEqualTo(403);
        assertThat(upload("admin", HEADER + "VND,DAILY,2026-11-02,25000,x,,\n", null)
                        .status())
                .isEqualTo(403);
    }
}
