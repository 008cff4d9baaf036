package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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
 * Issue 13, transit to seaports: Lao potash from Cha Lo (VL-INT-05) to Vũng Áng under seals and a guarantee.
 * Each path the issue names: released → arrived → discharged with the guarantee restored; not enough balance →
 * not released; a multiple-journey balance reserved and restored; a single-journey guarantee used once; late
 * arrival only with a reason; a broken seal → discrepancy, not discharged; no arrival → overdue (alert) →
 * enquiry → recovery from the guarantee. Time passes by moving the movement's recorded times back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitTests {

    static final String CHA_LO = "VL-INT-05";
    static final String LAO_BAO = "VL-INT-06";
    static final String VUNG_ANG = "SEA-VUNG-ANG";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Transits transits;

    ApiClient api;
    BorderFixtures fixtures;
    long laTrader;
    long vnTrader;
    String departureOfficer;
    String portOfficer;
    String otherOfficer;

    @BeforeAll
    void setUp() {
        api = new ApiClient(port);
        fixtures = new BorderFixtures(jdbc, api);
        laTrader = fixtures.traderOf("la-enterprise");
        vnTrader = fixtures.traderOf("vn-enterprise");
        departureOfficer = fixtures.officerAt(encoder, CHA_LO);
        portOfficer = fixtures.officerAt(encoder, VUNG_ANG);
        otherOfficer = fixtures.officerAt(encoder, LAO_BAO);
    }

    long guarantee(String journey, String amount) {
        ApiClient.Response response = api.post(
                "/api/v1/guarantees", "la-enterprise", """
				{"traderId": %d, "journey": "%s", "reference": "GTE-%s", "amount": %s, "currency": "VND"}""".formatted(laTrader, journey, UUID.randomUUID(), amount));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static String movement(long trader, long guarantee, String departure, String destination, String vn, String la) {
        return """
				{"traderId": %d, "departureOffice": "%s", "destinationOffice": "%s",
				 "vehicle": {"plate": "KM-%s", "country": "LA"}, "currency": "VND",
				 "dutyExposure": [{"country": "VN", "amount": %s}, {"country": "LA", "amount": %s}],
				 "guaranteeId": %d, "seals": ["S-1", "S-2"],
				 "items": [{"hsCode": "310420", "description": "Potassium chloride", "quantity": 30000, "unit": "KGM",
				            "value": 450000000}]}""".formatted(trader, departure, destination, (int) (Math.random() * 9000) + 1000, vn, la, guarantee);
    }

    long declared(long guarantee, String vn, String la) {
        ApiClient.Response response =
                api.post("/api/v1/transits", "la-enterprise", movement(laTrader, guarantee, CHA_LO, VUNG_ANG, vn, la));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("DECLARED");
        return response.json().get("id").asLong();
    }

    ApiClient.Response act(long id, String action, String user) {
        return api.post("/api/v1/transits/" + id + "/" + action, user, "");
    }

    ApiClient.Response arrive(long id, OffsetDateTime at, boolean secondIntact, String lateReason) {
        return api.post("/api/v1/transits/" + id + "/arrive", portOfficer, """
				{"at": "%s", "seals": [{"id": "S-1", "intact": true}, {"id": "S-2", "intact": %s}]%s}""".formatted(
                        at, secondIntact, lateReason == null ? "" : ", \"lateReason\": \"" + lateReason + "\""));
    }

    BigDecimal balance(long guarantee) {
        return jdbc.sql("SELECT balance FROM border_guarantee WHERE id = :id")
                .param("id", guarantee)
                .query(BigDecimal.class)
                .single();
    }

    JsonNode view(long id, String user) {
        ApiClient.Response response = api.get("/api/v1/transits/" + id, user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
    }

    void moveBack(long id, String column, String interval) {
        jdbc.sql("UPDATE border_transit SET " + column + " = " + column + " - CAST(:i AS interval) WHERE id = :id")
                .param("i", interval)
                .param("id", id)
                .update();
    }

    JsonNode route(String user, String departure, String destination) {
        ApiClient.Response response = api.get("/api/v1/transits/figures", user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("source").asText()).isEqualTo("platform transit records");
        for (JsonNode route : response.json().get("routes")) {
            if (route.get("departureOffice").asText().equals(departure)
                    && route.get("destinationOffice").asText().equals(destination)) {
                return route;
            }
        }
        return null;
    }

    static long count(JsonNode route, String field) {
        return route == null ? 0 : route.get(field).asLong();
    }

    static long status(JsonNode route, String status) {
        return route == null || !route.get("byStatus").has(status)
                ? 0
                : route.get("byStatus").get(status).asLong();
    }

    @Test
    void ministryAndAnalystSeeTransitByRouteAndNoTrader() {
        JsonNode before = route("ministry", CHA_LO, VUNG_ANG);
        long guarantee = guarantee("MULTIPLE", "500000000");
        long waiting = declared(guarantee, "1000", "1000");
        long arrived = declared(guarantee, "1000", "1000");
        assertThat(act(arrived, "release", departureOfficer).status()).isEqualTo(200);
        moveBack(arrived, "released_at", "10 hours");
        assertThat(arrive(arrived, now(), true, null).status()).isEqualTo(200);

        JsonNode after = route("analyst", CHA_LO, VUNG_ANG);

        assertThat(after).isNotNull();
        assertThat(count(after, "movements") - count(before, "movements")).isEqualTo(2);
        assertThat(status(after, "DECLARED") - status(before, "DECLARED")).isEqualTo(1);
        assertThat(status(after, "ARRIVED") - status(before, "ARRIVED")).isEqualTo(1);
        assertThat(count(after, "arrivals") - count(before, "arrivals")).isEqualTo(1);
        assertThat(after.get("medianHoursToArrival").isNumber()).isTrue();
        assertThat(after.toString()).doesNotContain("traderId").doesNotContain("KM-");
        assertThat(waiting).isPositive();

        assertThat(api.get("/api/v1/transits/figures", "la-enterprise").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/transits/figures", departureOfficer).status())
                .isEqualTo(403);
        ApiClient.Response reversed = api.get("/api/v1/transits/figures?from=2026-12-07&to=2026-01-01", "ministry");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("code").asText()).isEqualTo("BRD-015");
    }

    @Test
    void releasedArrivedOnTimeAndDischargedRestoresTheGuarantee() {
        long guarantee = guarantee("MULTIPLE", "500000000");
        long id = declared(guarantee, "180000000", "120000000");
        assertThat(new BigDecimal(
                        view(id, "la-enterprise").get("guaranteeRequired").asText()))
                .isEqualByComparingTo("180000000");

        ApiClient.Response released = act(id, "release", departureOfficer);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.json().get("timeLimitHours").asInt()).isEqualTo(72);
        assertThat(balance(guarantee)).isEqualByComparingTo("320000000");

        ApiClient.Response arrived = arrive(id, now(), true, null);
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(arrived.json().get("status").asText()).isEqualTo("ARRIVED");
        assertThat(arrived.json().get("late").asBoolean()).isFalse();
        assertThat(arrived.json().get("seals").findValues("intact")).allMatch(JsonNode::asBoolean);

        ApiClient.Response discharged = act(id, "discharge", portOfficer);
        assertThat(discharged.status()).as(discharged.body()).isEqualTo(200);
        assertThat(discharged.json().get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(balance(guarantee)).isEqualByComparingTo("500000000");
        assertThat(discharged.json().get("history").findValuesAsText("to"))
                .containsExactly("DECLARED", "RELEASED", "ARRIVED", "DISCHARGED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'border_transit' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void notEnoughBalanceIsNotReleased() {
        long guarantee = guarantee("MULTIPLE", "100000000");
        long id = declared(guarantee, "180000000", "120000000");

        ApiClient.Response refused = act(id, "release", departureOfficer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-024");
        assertThat(view(id, "la-enterprise").get("status").asText()).isEqualTo("DECLARED");
        assertThat(balance(guarantee)).isEqualByComparingTo("100000000");
    }

    @Test
    void aMultipleJourneyBalanceIsReservedAtReleaseAndRestoredOnDischarge() {
        long guarantee = guarantee("MULTIPLE", "400000000");
        long first = declared(guarantee, "180000000", "0");
        long second = declared(guarantee, "100000000", "180000000");
        long third = declared(guarantee, "180000000", "0");
        assertThat(act(first, "release", departureOfficer).status()).isEqualTo(200);
        assertThat(act(second, "release", departureOfficer).status()).isEqualTo(200);
        assertThat(balance(guarantee)).isEqualByComparingTo("40000000");

        ApiClient.Response refused = act(third, "release", departureOfficer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-024");

        assertThat(arrive(first, now(), true, null).status()).isEqualTo(200);
        assertThat(act(first, "discharge", portOfficer).status()).isEqualTo(200);
        assertThat(balance(guarantee)).isEqualByComparingTo("220000000");
        assertThat(act(third, "release", departureOfficer).status()).isEqualTo(200);
        assertThat(balance(guarantee)).isEqualByComparingTo("40000000");
    }

    @Test
    void aSingleJourneyGuaranteeCoversOneMovementOnly() {
        long guarantee = guarantee("SINGLE", "200000000");
        long first = declared(guarantee, "150000000", "0");
        long second = declared(guarantee, "10000000", "0");
        assertThat(act(first, "release", departureOfficer).status()).isEqualTo(200);
        assertThat(arrive(first, now(), true, null).status()).isEqualTo(200);
        assertThat(act(first, "discharge", portOfficer).status()).isEqualTo(200);

        ApiClient.Response refused = act(second, "release", departureOfficer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-024");
    }

    @Test
    void aLateArrivalNeedsARecordedReason() {
        long id = declared(guarantee("MULTIPLE", "500000000"), "180000000", "0");
        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);
        moveBack(id, "released_at", "80 hours");
        moveBack(id, "deadline", "80 hours");

        ApiClient.Response refused = arrive(id, now(), true, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-025");
        assertThat(refused.body()).contains("lateReason");
        assertThat(view(id, portOfficer).get("status").asText()).isEqualTo("RELEASED");

        ApiClient.Response arrived = arrive(id, now(), true, "Landslide on road 12, closed 10 hours");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(arrived.json().get("status").asText()).isEqualTo("ARRIVED");
        assertThat(arrived.json().get("late").asBoolean()).isTrue();
        assertThat(arrived.json().get("lateReason").asText()).isEqualTo("Landslide on road 12, closed 10 hours");
        assertThat(act(id, "discharge", portOfficer).status()).isEqualTo(200);
    }

    @Test
    void anArrivalBeforeTheLimitNeedsNoReasonAndKeepsNone() {
        long id = declared(guarantee("MULTIPLE", "500000000"), "180000000", "0");
        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);
        ApiClient.Response arrived = arrive(id, now(), true, "not needed");
        assertThat(arrived.json().get("late").asBoolean()).isFalse();
        assertThat(arrived.json().get("lateReason").isNull()).isTrue();
    }

    @Test
    void aBrokenSealIsADiscrepancyAndIsNotDischarged() {
        long guarantee = guarantee("MULTIPLE", "500000000");
        long id = declared(guarantee, "180000000", "0");
        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);

        ApiClient.Response arrived = arrive(id, now(), false, null);
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(arrived.json().get("status").asText()).isEqualTo("DISCREPANCY");

        ApiClient.Response refused = act(id, "discharge", portOfficer);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-026");
        assertThat(balance(guarantee)).isEqualByComparingTo("320000000");
    }

    @Test
    void noArrivalGoesOverdueWithAnAlertThenEnquiryThenRecoveryFromTheGuarantee() {
        long guarantee = guarantee("MULTIPLE", "500000000");
        long id = declared(guarantee, "180000000", "90000000");
        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);

        transits.sweep();
        assertThat(view(id, portOfficer).get("status").asText()).isEqualTo("RELEASED");

        moveBack(id, "deadline", "73 hours");
        transits.sweep();
        JsonNode overdue = view(id, "la-enterprise");
        assertThat(overdue.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.get("history").findValuesAsText("note")).anyMatch(note -> note.startsWith("ALERT"));

        moveBack(id, "overdue_at", "6 days");
        transits.sweep();
        assertThat(view(id, portOfficer).get("status").asText())
                .as("before the 7-day enquiry period")
                .isEqualTo("OVERDUE");
        moveBack(id, "overdue_at", "2 days");
        transits.sweep();
        assertThat(view(id, portOfficer).get("status").asText()).isEqualTo("ENQUIRY");

        moveBack(id, "enquiry_at", "29 days");
        transits.sweep();
        JsonNode recovered = view(id, "la-enterprise");
        assertThat(recovered.get("status").asText()).isEqualTo("RECOVERED");
        assertThat(new BigDecimal(recovered.get("recoveredAmount").asText())).isEqualByComparingTo("180000000");
        assertThat(new BigDecimal(recovered.get("guarantee").get("recovered").asText()))
                .isEqualByComparingTo("180000000");
        assertThat(balance(guarantee))
                .as("the recovered amount is not restored")
                .isEqualByComparingTo("320000000");
        assertThat(recovered.get("history").findValuesAsText("to"))
                .containsExactly("DECLARED", "RELEASED", "OVERDUE", "ENQUIRY", "RECOVERED");

        ApiClient.Response refused = arrive(id, now(), true, "too late");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-023");
    }

    @Test
    void anOverdueMovementMayStillArriveWithAReason() {
        long id = declared(guarantee("MULTIPLE", "500000000"), "180000000", "0");
        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);
        moveBack(id, "released_at", "100 hours");
        moveBack(id, "deadline", "100 hours");
        transits.sweep();
        assertThat(view(id, portOfficer).get("status").asText()).isEqualTo("OVERDUE");

        ApiClient.Response arrived = arrive(id, now(), true, "Truck broke down at km 140");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(arrived.json().get("status").asText()).isEqualTo("ARRIVED");
        assertThat(arrived.json().get("late").asBoolean()).isTrue();
    }

    @Test
    void refusalsOfTheStatusMachineAndOfWhoMayAct() {
        long id = declared(guarantee("MULTIPLE", "500000000"), "180000000", "0");
        ApiClient.Response early = arrive(id, now(), true, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("BRD-023");
        assertThat(act(id, "discharge", portOfficer).json().get("code").asText())
                .isEqualTo("BRD-023");
        assertThat(act(id, "release", portOfficer).status())
                .as("not the office of departure")
                .isEqualTo(403);
        assertThat(act(id, "release", otherOfficer).status())
                .as("not one of its offices")
                .isEqualTo(404);
        assertThat(act(id, "release", "la-enterprise").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/transits/" + id, "vn-enterprise").status()).isEqualTo(404);

        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);
        ApiClient.Response twice = act(id, "release", departureOfficer);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("BRD-023");
        assertThat(act(id, "cancel", "la-enterprise").json().get("code").asText())
                .isEqualTo("BRD-023");
        ApiClient.Response byDeparture = api.post("/api/v1/transits/" + id + "/arrive", departureOfficer, "{}");
        assertThat(byDeparture.status())
                .as("only the office of destination records the arrival")
                .isEqualTo(403);

        long cancelled = declared(guarantee("MULTIPLE", "500000000"), "1", "0");
        ApiClient.Response cancel = act(cancelled, "cancel", "la-enterprise");
        assertThat(cancel.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(act(cancelled, "release", departureOfficer)
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("BRD-023");
    }

    @Test
    void theRouteAndTheSealsAreChecked() {
        long guarantee = guarantee("MULTIPLE", "500000000");
        ApiClient.Response mainGate = api.post(
                "/api/v1/transits",
                "la-enterprise",
                movement(laTrader, guarantee, "VL-MAIN-01", "SEA-NOWHERE", "1", "0"));
        assertThat(mainGate.status()).isEqualTo(422);
        assertThat(mainGate.json().get("code").asText()).isEqualTo("BRD-022");
        assertThat(mainGate.body()).contains("departureOffice").contains("destinationOffice");

        ApiClient.Response toGate =
                api.post("/api/v1/transits", "la-enterprise", movement(laTrader, guarantee, CHA_LO, LAO_BAO, "1", "0"));
        assertThat(toGate.status()).as("out through another international gate").isEqualTo(201);

        ApiClient.Response sameGate =
                api.post("/api/v1/transits", "la-enterprise", movement(laTrader, guarantee, CHA_LO, CHA_LO, "1", "0"));
        assertThat(sameGate.status()).isEqualTo(422);

        ApiClient.Response othersGuarantee = api.post(
                "/api/v1/transits", "vn-enterprise", movement(vnTrader, guarantee, CHA_LO, VUNG_ANG, "1", "0"));
        assertThat(othersGuarantee.status()).isEqualTo(422);
        assertThat(othersGuarantee.body()).contains("guaranteeId");

        long id = declared(guarantee, "1", "0");
        assertThat(act(id, "release", departureOfficer).status()).isEqualTo(200);
        ApiClient.Response missingSeal =
                api.post("/api/v1/transits/" + id + "/arrive", portOfficer, """
				{"at": "%s", "seals": [{"id": "S-1", "intact": true}]}""".formatted(now()));
        assertThat(missingSeal.status()).isEqualTo(422);
        assertThat(missingSeal.body()).contains("seals");
        ApiClient.Response future = arrive(id, now().plusHours(2), true, null);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("\"at\"");
    }
}
