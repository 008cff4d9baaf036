package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 13: declarations lodged once per key, moved through the guarded status machine by the right people,
 * with the channel and its reason recorded. Channels are forced by rules on HS chapter 96/97 prefixes (random
 * rates are set to zero while these tests run, and restored after).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationWorkflowTests {

    static final String LAO_BAO = "VL-INT-06";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Declarations declarations;

    @Autowired
    Selectivity selectivity;

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
        setRates("0", "0");
        jdbc.sql("""
				INSERT INTO border_selectivity_rule (name, channel, hs_prefix) VALUES
				    ('test: chapter 9601 red', 'RED', '9601'), ('test: chapter 9602 yellow', 'YELLOW', '9602'),
				    ('test: 9603 from TH red', 'RED', '9603')""").update();
        jdbc.sql("UPDATE border_selectivity_rule SET origin_country = 'TH' WHERE hs_prefix = '9603'")
                .update();
    }

    @AfterAll
    void tearDown() {
        setRates("0.02", "0.08");
        jdbc.sql("DELETE FROM border_selectivity_rule WHERE name LIKE 'test:%'").update();
    }

    void setRates(String red, String yellow) {
        jdbc.sql("UPDATE border_parameter SET value = CAST(:v AS numeric) WHERE name = 'random.red.rate'")
                .param("v", red)
                .update();
        jdbc.sql("UPDATE border_parameter SET value = CAST(:v AS numeric) WHERE name = 'random.yellow.rate'")
                .param("v", yellow)
                .update();
    }

    String body(String hs) {
        return BorderFixtures.declaration(vnTrader, LAO_BAO, "74C-123.45", hs, "VN", null);
    }

    @Test
    void theSameKeyAnswersTheSameDeclarationAndNeverASecond() {
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = fixtures.lodge("vn-enterprise", key, body("960510"));
        ApiClient.Response again = fixtures.lodge("vn-enterprise", key, body("960510"));
        // An officer lodging for the same trader with the same key gets the same one too.
        ApiClient.Response byOfficer = fixtures.lodge("officer", key, body("960510"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asText()).isEqualTo("STORED");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(byOfficer.status()).as(byOfficer.body()).isEqualTo(200);
        long id = first.json().get("id").asLong();
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(byOfficer.json().get("id").asLong()).isEqualTo(id);
        assertThat(count("SELECT count(*) FROM border_declaration WHERE client_key = '" + key + "'"))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithOtherContentIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(fixtures.lodge("vn-enterprise", key, body("960510")).status())
                .isEqualTo(201);
        ApiClient.Response other = fixtures.lodge("vn-enterprise", key, body("960520"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asText()).isEqualTo("IDM-001");
    }

    @Test
    void concurrentRepeatsOfOneKeyMakeOneDeclaration() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> fixtures.lodge("vn-enterprise", key, body("960510")));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<ApiClient.Response> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get().status());
                ids.add(answer.get().json().get("id").asLong());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(15);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(count("SELECT count(*) FROM border_declaration WHERE client_key = '" + key + "'"))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyIsRequiredAndEveryBadFieldIsListed() {
        ApiClient.Response noKey = fixtures.lodge("vn-enterprise", null, body("960510"));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().get("code").asText()).isEqualTo("IDM-002");

        String bad = """
				{"traderId": %d, "gatePairId": "VL-INT-06", "direction": "SIDEWAYS",
				 "vehicle": {"plate": "7", "country": "ZZ"}, "driver": {"name": " "},
				 "items": [{"hsCode": "96", "description": "x", "quantity": -1, "unit": "kilograms",
				            "value": 1.5, "currency": "VND", "originCountry": "VN", "certificateOfOrigin": "Q"}]}""".formatted(vnTrader);
        ApiClient.Response invalid =
                fixtures.lodge("vn-enterprise", UUID.randomUUID().toString(), bad);
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.json().get("code").asText()).isEqualTo("BRD-006");
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields)
                .contains(
                        "direction",
                        "vehicle.plate",
                        "vehicle.country",
                        "driver.name",
                        "driver.document",
                        "items[0].hsCode",
                        "items[0].quantity",
                        "items[0].unit",
                        "items[0].value",
                        "items[0].certificateOfOrigin");

        ApiClient.Response unknownGate = fixtures.lodge(
                "vn-enterprise",
                UUID.randomUUID().toString(),
                BorderFixtures.declaration(vnTrader, "VL-SEC-99", "74C12345", "960510", "VN", null));
        assertThat(unknownGate.json().get("code").asText()).isEqualTo("BRD-007");
    }

    @Test
    void formSGoodsOfVietnameseOrLaoOriginAreMarkedZeroPercent() {
        ApiClient.Response laoWithS = fixtures.lodge(
                "vn-enterprise",
                UUID.randomUUID().toString(),
                BorderFixtures.declaration(vnTrader, LAO_BAO, "74C12345", "071410", "LA", "S"));
        ApiClient.Response thaiWithS = fixtures.lodge(
                "vn-enterprise",
                UUID.randomUUID().toString(),
                BorderFixtures.declaration(vnTrader, LAO_BAO, "74C12345", "071410", "TH", "S"));
        ApiClient.Response laoWithD = fixtures.lodge(
                "vn-enterprise",
                UUID.randomUUID().toString(),
                BorderFixtures.declaration(vnTrader, LAO_BAO, "74C12345", "071410", "LA", "D"));
        assertThat(item(laoWithS).get("preference").asText()).isEqualTo("VN_LA_BORDER_TRADE_0");
        assertThat(item(thaiWithS).get("preference").isNull()).isTrue();
        assertThat(item(laoWithD).get("preference").isNull()).isTrue();
    }

    static JsonNode item(ApiClient.Response response) {
        return response.json().get("items").get(0);
    }

    @Test
    void aRedDeclarationIsReleasedOnlyAfterItsInspection() {
        long id = fixtures.lodged("vn-enterprise", body("960110"));
        assertThat(fixtures.act(id, "release", "officer").json().get("code").asText())
                .isEqualTo("BRD-002");
        ApiClient.Response registered = fixtures.act(id, "register", "vn-enterprise");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("status").asText()).isEqualTo("CHANNEL_ASSIGNED");
        assertThat(registered.json().get("channel").asText()).isEqualTo("RED");
        JsonNode reason = registered.json().get("channelReason");
        assertThat(reason.get("basis").asText()).isEqualTo("RULE");
        assertThat(reason.get("ruleName").asText()).isEqualTo("test: chapter 9601 red");

        ApiClient.Response early = fixtures.act(id, "release", "officer");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("BRD-003");
        ApiClient.Response exitEarly = fixtures.act(id, "exit", "officer");
        assertThat(exitEarly.json().get("code").asText()).isEqualTo("BRD-004");
        assertThat(fixtures.act(id, "register", "officer").json().get("code").asText())
                .isEqualTo("BRD-002");

        assertThat(fixtures.act(id, "start-inspection", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("PHYSICAL_INSPECTION");
        assertThat(fixtures.act(id, "release", "officer").json().get("code").asText())
                .isEqualTo("BRD-003");
        assertThat(fixtures.act(id, "complete-inspection", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("INSPECTED");
        assertThat(fixtures.act(id, "release", "officer").json().get("status").asText())
                .isEqualTo("RELEASED");
        ApiClient.Response lateCancel = fixtures.act(id, "cancel", "vn-enterprise");
        assertThat(lateCancel.status()).isEqualTo(409);
        assertThat(lateCancel.json().get("code").asText()).isEqualTo("BRD-009");
        ApiClient.Response exited = fixtures.act(id, "exit", "officer");
        assertThat(exited.json().get("status").asText()).isEqualTo("EXITED");

        List<String> path = new ArrayList<>();
        exited.json()
                .get("history")
                .forEach(h -> path.add(
                        h.get("toStatus").asText() + " by " + h.get("actor").asText()));
        assertThat(path)
                .containsExactly(
                        "STORED by vn-enterprise",
                        "REGISTERED by vn-enterprise",
                        "CHANNEL_ASSIGNED by vn-enterprise",
                        "PHYSICAL_INSPECTION by officer",
                        "INSPECTED by officer",
                        "RELEASED by officer",
                        "EXITED by officer");
        assertThat(count("SELECT count(*) FROM audit_event WHERE entity_type = 'border_declaration' AND entity_id = '"
                        + id + "'"))
                .isEqualTo(7);
    }

    @Test
    void aYellowDeclarationHasADocumentCheckAndAGreenOneNone() {
        long yellow = fixtures.lodged("vn-enterprise", body("960210"));
        assertThat(fixtures.act(yellow, "register", "officer")
                        .json()
                        .get("channel")
                        .asText())
                .isEqualTo("YELLOW");
        assertThat(fixtures.act(yellow, "release", "officer").json().get("code").asText())
                .isEqualTo("BRD-003");
        assertThat(fixtures.act(yellow, "start-inspection", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DOCUMENT_CHECK");
        assertThat(fixtures.act(yellow, "complete-inspection", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("INSPECTED");
        assertThat(fixtures.act(yellow, "release", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RELEASED");

        long green = fixtures.lodged("vn-enterprise", body("960510"));
        ApiClient.Response registered = fixtures.act(green, "register", "officer");
        assertThat(registered.json().get("channel").asText()).isEqualTo("GREEN");
        assertThat(registered.json().get("channelReason").get("basis").asText()).isEqualTo("DEFAULT");
        assertThat(fixtures.act(green, "start-inspection", "officer")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("BRD-010");
        assertThat(fixtures.act(green, "complete-inspection", "officer")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("BRD-002");
        assertThat(fixtures.act(green, "release", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RELEASED");
    }

    @Test
    void cancellingWorksBeforeReleaseOnlyAndOnlyOnce() {
        long id = fixtures.lodged("vn-enterprise", body("960510"));
        assertThat(fixtures.act(id, "cancel", "vn-enterprise")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
        assertThat(fixtures.act(id, "cancel", "vn-enterprise")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("BRD-002");
        assertThat(fixtures.act(id, "register", "vn-enterprise")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("BRD-002");
    }

    @Test
    void aBlockedTraderIsRefusedRegistrationWithTheReason() {
        long id = fixtures.lodged("vn-enterprise", body("960510"));
        jdbc.sql("INSERT INTO border_trader_block (trader_id, reason, since) VALUES (:t, 'TAX_OVERDUE_90_DAYS', "
                        + "CURRENT_DATE - 1)")
                .param("t", vnTrader)
                .update();
        try {
            ApiClient.Response refused = fixtures.act(id, "register", "officer");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asText()).isEqualTo("BRD-005");
            assertThat(refused.json().get("detail").asText()).contains("TAX_OVERDUE_90_DAYS");
            assertThat(api.get("/api/v1/declarations/" + id, "officer")
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("STORED");
        } finally {
            jdbc.sql("DELETE FROM border_trader_block WHERE trader_id = :t")
                    .param("t", vnTrader)
                    .update();
        }
        assertThat(fixtures.act(id, "register", "officer").json().get("status").asText())
                .isEqualTo("CHANNEL_ASSIGNED");
    }

    @Test
    void eachSideSeesOnlyItsOwnAndOfficersOnlyTheirGates() {
        long id = fixtures.lodged("vn-enterprise", body("960510"));
        String elsewhere = fixtures.officerAt(encoder, "VL-INT-01");

        assertThat(api.get("/api/v1/declarations/" + id, "vn-enterprise").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/declarations/" + id, "officer").status()).isEqualTo(200);
        ApiClient.Response otherTrader = api.get("/api/v1/declarations/" + id, "la-enterprise");
        assertThat(otherTrader.status()).isEqualTo(404);
        assertThat(otherTrader.json().get("code").asText()).isEqualTo("BRD-001");
        assertThat(api.get("/api/v1/declarations/" + id, elsewhere).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/declarations/" + id, "analyst").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/declarations/" + id, "ministry").status()).isEqualTo(403);

        assertThat(fixtures.act(id, "register", elsewhere).status()).isEqualTo(404);
        assertThat(fixtures.act(id, "register", "la-enterprise").status()).isEqualTo(404);
        fixtures.act(id, "register", "vn-enterprise");
        ApiClient.Response declarantReleases = fixtures.act(id, "release", "vn-enterprise");
        assertThat(declarantReleases.status()).isEqualTo(403);
        assertThat(declarantReleases.json().get("code").asText()).isEqualTo("AUT-002");

        // Lodging: for another organisation's enterprise, or at a gate not one's own.
        ApiClient.Response forOther = fixtures.lodge(
                "la-enterprise",
                UUID.randomUUID().toString(),
                BorderFixtures.declaration(vnTrader, LAO_BAO, "74C12345", "960510", "VN", null));
        assertThat(forOther.status()).isEqualTo(403);
        ApiClient.Response atOtherGate = fixtures.lodge(
                "officer",
                UUID.randomUUID().toString(),
                BorderFixtures.declaration(vnTrader, "VL-INT-01", "74C12345", "960510", "VN", null));
        assertThat(atOtherGate.status()).isEqualTo(403);

        List<Long> laQueue = new ArrayList<>();
        api.get("/api/v1/declarations", "la-enterprise")
                .json()
                .forEach(l -> laQueue.add(l.get("id").asLong()));
        assertThat(laQueue).doesNotContain(id);
        List<Long> officerQueue = new ArrayList<>();
        api.get("/api/v1/declarations", "officer")
                .json()
                .forEach(l -> officerQueue.add(l.get("id").asLong()));
        assertThat(officerQueue).contains(id);
        List<Long> elsewhereQueue = new ArrayList<>();
        api.get("/api/v1/declarations", elsewhere)
                .json()
                .forEach(l -> elsewhereQueue.add(l.get("id").asLong()));
        assertThat(elsewhereQueue).doesNotContain(id);
    }

    @Test
    void theMostSevereRuleWinsAndOriginNarrowsARule() {
        // 9603 is RED only for Thai origin: Vietnamese goods under it stay GREEN.
        long vietnamese = fixtures.lodged("vn-enterprise", body("960310"));
        assertThat(fixtures.act(vietnamese, "register", "officer")
                        .json()
                        .get("channel")
                        .asText())
                .isEqualTo("GREEN");
        long thai = fixtures.lodged(
                "vn-enterprise", BorderFixtures.declaration(vnTrader, LAO_BAO, "74C12345", "960310", "TH", null));
        assertThat(fixtures.act(thai, "register", "officer")
                        .json()
                        .get("channel")
                        .asText())
                .isEqualTo("RED");

        // A trader-history rule (fewer than 1,000,000 earlier releases: every trader) for YELLOW and the 9601 RED
        // rule both hold: RED wins.
        jdbc.sql("INSERT INTO border_selectivity_rule (name, channel, max_prior_releases) VALUES "
                        + "('test: new traders yellow', 'YELLOW', 1000000)")
                .update();
        try {
            long both = fixtures.lodged("vn-enterprise", body("960110"));
            ApiClient.Response red = fixtures.act(both, "register", "officer");
            assertThat(red.json().get("channel").asText()).isEqualTo("RED");
            assertThat(red.json().get("channelReason").get("ruleName").asText()).isEqualTo("test: chapter 9601 red");
            long plain = fixtures.lodged("vn-enterprise", body("960510"));
            ApiClient.Response yellow = fixtures.act(plain, "register", "officer");
            assertThat(yellow.json().get("channel").asText()).isEqualTo("YELLOW");
            assertThat(yellow.json().get("channelReason").get("ruleName").asText())
                    .isEqualTo("test: new traders yellow");
        } finally {
            jdbc.sql("DELETE FROM border_selectivity_rule WHERE name = 'test: new traders yellow'")
                    .update();
        }
    }

    @Test
    void aValueThresholdRuleComparesTheDeclaredValue() {
        jdbc.sql("INSERT INTO border_selectivity_rule (name, channel, hs_prefix, value_threshold, value_currency) "
                        + "VALUES ('test: 9604 over VND 50 million', 'RED', '9604', 50000000, 'VND')")
                .update();
        try {
            // The fixture declares VND 60,000,000.
            long over = fixtures.lodged("vn-enterprise", body("960410"));
            assertThat(fixtures.act(over, "register", "officer")
                            .json()
                            .get("channel")
                            .asText())
                    .isEqualTo("RED");
            jdbc.sql("UPDATE border_selectivity_rule SET value_threshold = 60000001 WHERE name LIKE 'test: 9604%'")
                    .update();
            long under = fixtures.lodged("vn-enterprise", body("960410"));
            assertThat(fixtures.act(under, "register", "officer")
                            .json()
                            .get("channel")
                            .asText())
                    .isEqualTo("GREEN");
        } finally {
            jdbc.sql("DELETE FROM border_selectivity_rule WHERE name LIKE 'test: 9604%'")
                    .update();
        }
    }

    @Test
    void theRandomDrawIsRecordedAndReproducibleFromTheSeed() {
        setRates("1", "0");
        try {
            long id = fixtures.lodged("vn-enterprise", body("960510"));
            ApiClient.Response red = fixtures.act(id, "register", "officer");
            JsonNode reason = red.json().get("channelReason");
            assertThat(red.json().get("channel").asText()).isEqualTo("RED");
            assertThat(reason.get("basis").asText()).isEqualTo("RANDOM");
            assertThat(reason.get("seed").asLong()).isEqualTo(selectivity.seed());
            assertThat(reason.get("draw").decimalValue()).isEqualByComparingTo(selectivity.draw(id));
        } finally {
            setRates("0", "0");
        }
        // Draws are spread over [0, 1): of 2,000 ids about 2 % fall under a 2 % rate.
        long under = 0;
        for (long i = 1; i <= 2000; i++) {
            if (selectivity.draw(i).doubleValue() < 0.02) {
                under++;
            }
        }
        assertThat(under).isBetween(20L, 65L);
    }

    @Test
    void anUntouchedYellowIsReroutedToBlueAfterTheDelay() {
        long stale = fixtures.lodged("vn-enterprise", body("960210"));
        fixtures.act(stale, "register", "officer");
        long fresh = fixtures.lodged("vn-enterprise", body("960210"));
        fixtures.act(fresh, "register", "officer");
        jdbc.sql("UPDATE border_declaration SET channel_at = now() - interval '49 hours' WHERE id = :id")
                .param("id", stale)
                .update();

        declarations.rerouteUntouchedYellow();

        JsonNode moved = api.get("/api/v1/declarations/" + stale, "officer").json();
        assertThat(moved.get("channel").asText()).isEqualTo("BLUE");
        assertThat(moved.get("channelReason").get("basis").asText()).isEqualTo("REROUTE");
        JsonNode last = moved.get("history").get(moved.get("history").size() - 1);
        assertThat(last.get("actor").asText()).isEqualTo("system");
        assertThat(last.get("note").asText()).isEqualTo("YELLOW->BLUE REROUTE");
        assertThat(api.get("/api/v1/declarations/" + fresh, "officer")
                        .json()
                        .get("channel")
                        .asText())
                .isEqualTo("YELLOW");
        // BLUE is released without a check.
        assertThat(fixtures.act(stale, "release", "officer")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("RELEASED");
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
