package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 13, maintenance of the selectivity rules and trader blocks by an administrator: a rule added forces its
 * channel and is named as the reason, a deactivated rule no longer decides, a block refuses registration with its
 * reason until it is lifted; invalid input is problem+json with every field; only ADMIN may change them; audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskSettingsTests {

    static final String LAO_BAO = "VL-INT-06";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    BorderFixtures fixtures;
    long vnTrader;
    long laTrader;

    @BeforeAll
    void setUp() {
        api = new ApiClient(port);
        fixtures = new BorderFixtures(jdbc, api);
        vnTrader = fixtures.traderOf("vn-enterprise");
        laTrader = fixtures.traderOf("la-enterprise");
    }

    JsonNode registered(String user, long trader, String hs) {
        long id = fixtures.lodged(user, BorderFixtures.declaration(trader, LAO_BAO, "74C-55501", hs, "VN", null));
        ApiClient.Response response = fixtures.act(id, "register", user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    long audited(String entity, String id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = :t AND entity_id = :id")
                .param("t", entity)
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void aRuleAddedForcesItsChannelAndADeactivatedOneNoLongerDecides() {
        ApiClient.Response created = api.post("/api/v1/selectivity-rules", "admin", """
				{"name": "test: chapter 9604 red", "channel": "red", "hsPrefix": "9604", "gatePairId": "vl-int-06"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long rule = created.json().get("id").asLong();
        assertThat(created.json().get("channel").asText()).isEqualTo("RED");
        assertThat(created.json().get("gatePairId").asText()).isEqualTo(LAO_BAO);
        assertThat(created.json().get("active").asBoolean()).isTrue();

        JsonNode red = registered("vn-enterprise", vnTrader, "960400");
        assertThat(red.get("channel").asText()).isEqualTo("RED");
        assertThat(red.toString()).contains("test: chapter 9604 red");

        ApiClient.Response off = api.put("/api/v1/selectivity-rules/" + rule, "admin", """
				{"name": "test: chapter 9604 red", "channel": "RED", "hsPrefix": "9604", "gatePairId": "VL-INT-06",
				 "active": false}""");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        JsonNode after = registered("vn-enterprise", vnTrader, "960400");
        assertThat(after.toString()).doesNotContain("test: chapter 9604 red");

        assertThat(audited("border_selectivity_rule", String.valueOf(rule))).isEqualTo(2);
        ApiClient.Response listed = api.get("/api/v1/selectivity-rules", "admin");
        assertThat(listed.json().findValuesAsText("name")).contains("test: chapter 9604 red");
    }

    @Test
    void invalidRulesAreRefusedWithEveryField() {
        ApiClient.Response none = api.post("/api/v1/selectivity-rules", "admin", """
				{"name": "everything", "channel": "RED"}""");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("code").asText()).isEqualTo("BRD-030");
        assertThat(none.json().get("errors").findValuesAsText("field")).containsExactly("hsPrefix");

        ApiClient.Response bad = api.post("/api/v1/selectivity-rules", "admin", """
				{"channel": "PURPLE", "hsPrefix": "96x", "valueThreshold": 5, "gatePairId": "VL-INT-99",
				 "traderId": 999999999, "maxPriorReleases": 0}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .contains("name", "channel", "hsPrefix", "valueCurrency", "gatePairId", "traderId", "maxPriorReleases");

        ApiClient.Response unknown = api.put("/api/v1/selectivity-rules/999999999", "admin", """
				{"name": "x", "channel": "RED", "hsPrefix": "96"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("BRD-029");
    }

    @Test
    void onlyAnAdministratorMaintainsRulesAndBlocks() {
        String rule = """
				{"name": "test: officer", "channel": "RED", "hsPrefix": "9605"}""";
        assertThat(api.post("/api/v1/selectivity-rules", "vn-enterprise", rule).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/selectivity-rules", "ministry", rule).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/trader-blocks", "vn-enterprise").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/trader-blocks", "analyst", "{}").status()).isEqualTo(403);
    }

    @Test
    void aBlockRefusesRegistrationWithItsReasonUntilLifted() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String block = """
				{"traderId": %d, "reason": "tax_overdue_90_days", "date": "%s"}""".formatted(laTrader, today);
        ApiClient.Response blocked = api.post("/api/v1/trader-blocks", "admin", block);
        try {
            assertThat(blocked.status()).as(blocked.body()).isEqualTo(201);
            ApiClient.Response again = api.post("/api/v1/trader-blocks", "admin", block);
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.json().get("code").asText()).isEqualTo("BRD-030");

            long id = fixtures.lodged(
                    "la-enterprise", BorderFixtures.declaration(laTrader, LAO_BAO, "LA-77001", "071410", "LA", "S"));
            ApiClient.Response refused = fixtures.act(id, "register", "la-enterprise");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asText()).isEqualTo("BRD-005");
            assertThat(refused.body()).contains("TAX_OVERDUE_90_DAYS");
        } finally {
            ApiClient.Response lifted = api.post("/api/v1/trader-blocks/lift", "admin", block);
            assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
            assertThat(lifted.json().get("liftedOn").asText()).isEqualTo(today);
        }
        assertThat(registered("la-enterprise", laTrader, "071410").get("status").asText())
                .isEqualTo("CHANNEL_ASSIGNED");
        ApiClient.Response none = api.post("/api/v1/trader-blocks/lift", "admin", block);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("code").asText()).isEqualTo("BRD-029");
        assertThat(api.post("/api/v1/trader-blocks", "admin", """
				{"traderId": 0, "reason": "LATE", "date": "07/12/2026"}""")
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactlyInAnyOrder("traderId", "reason", "date");
        assertThat(audited("border_trader_block", laTrader + "/TAX_OVERDUE_90_DAYS/" + today))
                .isEqualTo(2);
    }
}
