package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The border residents' allowance ledger over the API: VND 2,000,000 a day on at most 4 days a month, across
 * days and months, the three refusal reasons, and a change of the cap that applies from its date only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentAllowanceTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeAll
    void setUp() {
        api = new ApiClient(port);
        jdbc.sql("INSERT INTO border_permitted_good (hs_prefix, note) VALUES ('0714', 'test: cassava') "
                        + "ON CONFLICT DO NOTHING")
                .update();
    }

    @AfterAll
    void tearDown() {
        jdbc.sql("DELETE FROM border_permitted_good WHERE note LIKE 'test:%'").update();
        jdbc.sql("DELETE FROM border_parameter WHERE name = 'resident.daily.allowance.vnd' AND effective_from >= :d")
                .param("d", java.sql.Date.valueOf(today))
                .update();
    }

    long resident(boolean borderResident) {
        ApiClient.Response created =
                api.post("/api/v1/residents", "officer", """
				{"fullName": "Hồ Văn Lâm", "idDocument": "%s", "nationality": "VN", "commune": "Lao Bảo",
				 "borderResident": %s, "gatePairId": "VL-INT-06"}""".formatted(UUID.randomUUID(), borderResident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    JsonNode buy(long resident, LocalDate date, String hs, long valueVnd) {
        ApiClient.Response answer =
                api.post("/api/v1/residents/" + resident + "/purchases", "officer", """
				{"date": "%s", "gatePairId": "VL-INT-06", "items": [{"hsCode": "%s", "description": "x"}],
				 "valueVnd": %d}""".formatted(date, hs, valueVnd));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    static void split(JsonNode entry, long exempt, long taxable, String reason) {
        assertThat(entry.get("exemptVnd").asLong()).isEqualTo(exempt);
        assertThat(entry.get("taxableVnd").asLong()).isEqualTo(taxable);
        if (reason == null) {
            assertThat(entry.get("reason").isNull()).isTrue();
        } else {
            assertThat(entry.get("reason").asText()).isEqualTo(reason);
        }
    }

    @Test
    void theLedgerAppliesTheDailyCapAndFourDaysAMonth() {
        long lam = resident(true);
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        split(buy(lam, month.withDayOfMonth(3), "071410", 1_500_000), 1_500_000, 0, null);
        split(buy(lam, month.withDayOfMonth(3), "071410", 1_000_000), 500_000, 500_000, "DAILY_LIMIT_EXCEEDED");
        split(buy(lam, month.withDayOfMonth(5), "071410", 2_000_000), 2_000_000, 0, null);
        split(buy(lam, month.withDayOfMonth(9), "071410", 500_000), 500_000, 0, null);
        split(buy(lam, month.withDayOfMonth(12), "071410", 3_000_000), 2_000_000, 1_000_000, "DAILY_LIMIT_EXCEEDED");
        // A fifth day in the month: nothing exempt.
        split(buy(lam, month.withDayOfMonth(20), "071410", 100_000), 0, 100_000, "MONTHLY_LIMIT_REACHED");
        // Back on a day already counted, whose cap is used up.
        split(buy(lam, month.withDayOfMonth(3), "071410", 100_000), 0, 100_000, "DAILY_LIMIT_EXCEEDED");
        // The next month starts afresh.
        split(buy(lam, month.plusMonths(1), "071410", 1_000_000), 1_000_000, 0, null);

        JsonNode ledger = api.get("/api/v1/residents/" + lam + "?month=" + month, "officer")
                .json()
                .get("ledger");
        assertThat(ledger.size()).isEqualTo(7);
        long exempt = 0;
        for (JsonNode entry : ledger) {
            exempt += entry.get("exemptVnd").asLong();
        }
        assertThat(exempt).isEqualTo(1_500_000 + 500_000 + 2_000_000 + 500_000 + 2_000_000);
    }

    @Test
    void outsidersAndGoodsOffTheListPayOnEverything() {
        split(buy(resident(false), today, "071410", 500_000), 0, 500_000, "NOT_BORDER_RESIDENT");
        split(buy(resident(true), today, "870323", 500_000), 0, 500_000, "GOODS_NOT_ON_LIST");
    }

    @Test
    void aChangedCapAppliesFromItsDateOnly() {
        ApiClient.Response past = api.put(
                "/api/v1/parameters/resident.daily.allowance.vnd",
                "admin",
                "{\"value\": 3000000, \"effectiveFrom\": \"" + today.minusDays(1) + "\"}");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("code").asText()).isEqualTo("BRD-019");
        assertThat(api.put(
                                "/api/v1/parameters/resident.daily.allowance.vnd",
                                "officer",
                                "{\"value\": 3000000, \"effectiveFrom\": \"" + today + "\"}")
                        .status())
                .isEqualTo(403);

        ApiClient.Response set = api.put(
                "/api/v1/parameters/resident.daily.allowance.vnd",
                "admin",
                "{\"value\": 3000000, \"effectiveFrom\": \"" + today + "\", \"source\": \"test\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        ApiClient.Response later = api.put(
                "/api/v1/parameters/resident.daily.allowance.vnd",
                "admin",
                "{\"value\": 1000000, \"effectiveFrom\": \"" + today.plusDays(10) + "\"}");
        assertThat(later.status()).isEqualTo(200);

        long lam = resident(true);
        split(buy(lam, today.minusDays(1), "071410", 2_500_000), 2_000_000, 500_000, "DAILY_LIMIT_EXCEEDED");
        JsonNode todays = buy(lam, today, "071410", 2_500_000);
        split(todays, 2_500_000, 0, null);
        assertThat(todays.get("capVnd").asLong()).isEqualTo(3_000_000);

        ApiClient.Response unknown = api.put("/api/v1/parameters/no.such", "admin", "{\"value\": 1}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("BRD-018");
    }

    @Test
    void purchasesAreRefusedOutsideTheOfficersGates() {
        long lam = resident(true);
        ApiClient.Response enterprise = api.post("/api/v1/residents/" + lam + "/purchases", "vn-enterprise", "{}");
        assertThat(enterprise.status()).isEqualTo(403);
        ApiClient.Response future = api.post(
                "/api/v1/residents/" + lam + "/purchases",
                "officer",
                "{\"date\": \"" + today.plusDays(2) + "\", \"gatePairId\": \"VL-INT-06\", "
                        + "\"items\": [{\"hsCode\": \"071410\"}], \"valueVnd\": 1000}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("code").asText()).isEqualTo("BRD-017");
    }
}
