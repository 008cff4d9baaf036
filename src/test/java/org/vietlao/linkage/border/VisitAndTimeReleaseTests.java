package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
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
 * Vehicle visits over the API at Cầu Treo (VL-INT-04): the one-open-visit rule, gate-in refused and recorded without
 * a pre-declaration, and the Time Release Study figures of the hand-checked morning of {@link TimeReleaseTest}
 * recorded event by event.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitAndTimeReleaseTests {

    static final String CAU_TREO = "VL-INT-04";
    /** A day of 2025 of its own per run: the test database keeps earlier runs' visits. */
    static final java.time.LocalDate FIRST =
            java.time.LocalDate.of(2025, 1, 1).plusDays(new java.util.Random().nextInt(360));

    static final String DAY = FIRST.toString();
    static final String OTHER_DAY = FIRST.plusDays(1).toString();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    ApiClient api;
    BorderFixtures fixtures;
    long trader;
    String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "");

    @BeforeAll
    void setUp() {
        api = new ApiClient(port);
        fixtures = new BorderFixtures(jdbc, api);
        trader = fixtures.traderOf("vn-enterprise");
        jdbc.sql("INSERT INTO border_selectivity_rule (name, channel, hs_prefix, gate_pair_id) VALUES "
                        + "('test-visits: red', 'RED', '9701', 'VL-INT-04'), "
                        + "('test-visits: yellow', 'YELLOW', '9702', 'VL-INT-04'), "
                        + "('test-visits: green', 'GREEN', '9703', 'VL-INT-04')")
                .update();
    }

    @AfterAll
    void tearDown() {
        jdbc.sql("DELETE FROM border_selectivity_rule WHERE name LIKE 'test-visits:%'")
                .update();
    }

    String plate(int n) {
        return "TRS" + run + n;
    }

    /** A registered declaration for the plate at Cầu Treo in the channel the HS code's rule forces. */
    void declared(String plate, String hs) {
        long id = fixtures.lodged("vn-enterprise", BorderFixtures.declaration(trader, CAU_TREO, plate, hs, "VN", null));
        assertThat(fixtures.act(id, "register", "officer").status()).isEqualTo(200);
    }

    long arrive(String plate, String side, String hhmm) {
        return arriveOn(DAY, plate, side, hhmm);
    }

    long arriveOn(String day, String plate, String side, String hhmm) {
        ApiClient.Response opened =
                api.post("/api/v1/visits", "officer", """
				{"gatePairId": "%s", "side": "%s", "plate": "%s", "vehicleCountry": "VN",
				 "arrivedAt": "%sT%s:00+07:00", "source": "CAMERA"}""".formatted(CAU_TREO, side, plate, day, hhmm));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asLong();
    }

    ApiClient.Response event(long visit, String type, String hhmm) {
        return eventOn(DAY, visit, type, hhmm);
    }

    ApiClient.Response eventOn(String day, long visit, String type, String hhmm) {
        return api.post(
                "/api/v1/visits/" + visit + "/events",
                "officer",
                "{\"type\": \"%s\", \"at\": \"%sT%s:00+07:00\"}".formatted(type, day, hhmm));
    }

    void events(long visit, String... typeAndTime) {
        eventsOn(DAY, visit, typeAndTime);
    }

    void eventsOn(String day, long visit, String... typeAndTime) {
        for (int i = 0; i < typeAndTime.length; i += 2) {
            ApiClient.Response answer = eventOn(day, visit, typeAndTime[i], typeAndTime[i + 1]);
            assertThat(answer.status()).as(typeAndTime[i] + " " + answer.body()).isEqualTo(201);
        }
    }

    @Test
    void theMorningGivesTheHandCheckedFigures() {
        declared(plate(1), "970310");
        declared(plate(2), "970110");
        declared(plate(3), "970310");
        declared(plate(4), "970210");
        declared(plate(5), "970310");
        long v1 = arrive(plate(1), "VN", "08:00");
        long v2 = arrive(plate(2), "VN", "08:10");
        long v3 = arrive(plate(3), "LA", "09:00");
        long v4 = arrive(plate(4), "LA", "09:30");
        arrive(plate(5), "VN", "10:00");
        events(v1, "GATE_IN", "08:30", "RELEASED", "08:50", "GATE_OUT", "09:00");
        events(
                v2,
                "GATE_IN",
                "08:20",
                "INSPECTION_START",
                "08:30",
                "INSPECTION_END",
                "09:30",
                "RELEASED",
                "09:40",
                "GATE_OUT",
                "10:10");
        events(
                v3,
                "PARKED",
                "09:05",
                "CALLED_TO_GATE",
                "09:40",
                "GATE_IN",
                "09:45",
                "RELEASED",
                "10:00",
                "GATE_OUT",
                "10:05");
        events(v4, "GATE_IN", "10:30", "RELEASED", "11:00");

        ApiClient.Response kpis = api.get("/api/v1/gates/" + CAU_TREO + "/kpis?from=" + DAY + "&to=" + DAY, "ministry");
        assertThat(kpis.status()).as(kpis.body()).isEqualTo(200);
        JsonNode overall = kpis.json().get("overall");
        assertThat(overall.get("visits").asInt()).isEqualTo(5);
        assertThat(overall.get("completed").asInt()).isEqualTo(3);
        assertThat(overall.get("completionRate").decimalValue()).isEqualByComparingTo("0.6");
        stat(overall.get("queue"), 4, "36.25", "37.5", "55.5");
        stat(overall.get("processing"), 4, "36.25", "25", "65");
        stat(overall.get("inspection"), 1, "60", "60", "60");
        stat(overall.get("release"), 4, "72.5", "75", "90");
        stat(overall.get("dwell"), 3, "81.67", "65", "109");
        assertThat(kpis.json().get("throughputPerDay").decimalValue()).isEqualByComparingTo("3");
        assertThat(kpis.json().get("bySide").get("LA").get("completionRate").decimalValue())
                .isEqualByComparingTo("0.5");
        assertThat(kpis.json().get("byChannel").get("GREEN").get("visits").asInt())
                .isEqualTo(3);
        assertThat(kpis.json().get("byChannel").get("RED").get("visits").asInt())
                .isEqualTo(1);
        assertThat(kpis.json().get("byHour").get("08").get("visits").asInt()).isEqualTo(2);
        assertThat(kpis.json().get("source").asText()).contains("WCO");
    }

    static void stat(JsonNode stat, int n, String mean, String median, String p90) {
        assertThat(stat.get("n").asInt()).isEqualTo(n);
        assertThat(stat.get("meanMinutes").decimalValue()).isEqualByComparingTo(mean);
        assertThat(stat.get("medianMinutes").decimalValue()).isEqualByComparingTo(median);
        assertThat(stat.get("p90Minutes").decimalValue()).isEqualByComparingTo(p90);
    }

    @Test
    void aVehicleWithoutAPreDeclarationIsRefusedAtGateInAndTheRefusalIsRecorded() {
        long visit = arriveOn(OTHER_DAY, plate(7), "VN", "07:00");
        ApiClient.Response refused = eventOn(OTHER_DAY, visit, "GATE_IN", "07:10");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BRD-013");
        JsonNode view = api.get("/api/v1/visits/" + visit, "officer").json();
        JsonNode last = view.get("events").get(view.get("events").size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("GATE_IN");
        assertThat(last.get("refused").asText()).isEqualTo("BRD-013");

        // Declared afterwards: the next gate-in is accepted and links the declaration.
        declared(plate(7), "970310");
        assertThat(eventOn(OTHER_DAY, visit, "GATE_IN", "07:40").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/visits/" + visit, "officer")
                        .json()
                        .get("declarations")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void onePlateHasOneOpenVisitAndAClosedVisitTakesNoEvents() {
        declared(plate(8), "970310");
        long visit = arriveOn(OTHER_DAY, plate(8), "VN", "06:00");
        ApiClient.Response second = api.post(
                "/api/v1/visits",
                "officer",
                "{\"gatePairId\": \"%s\", \"side\": \"LA\", \"plate\": \"%s\", \"vehicleCountry\": \"VN\"}"
                        .formatted(CAU_TREO, plate(8).toLowerCase()));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("BRD-012");
        ApiClient.Response early = eventOn(OTHER_DAY, visit, "GATE_IN", "05:00");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("code").asText()).isEqualTo("BRD-014");
        eventsOn(OTHER_DAY, visit, "GATE_IN", "06:10", "GATE_OUT", "06:30");
        ApiClient.Response afterwards = eventOn(OTHER_DAY, visit, "RELEASED", "06:40");
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("code").asText()).isEqualTo("BRD-020");
        // Closed: the plate may open a new visit.
        arriveOn(OTHER_DAY, plate(8), "VN", "07:00");
    }

    @Test
    void visitsAndFiguresFollowTheGates() {
        declared(plate(9), "970310");
        long visit = arriveOn(OTHER_DAY, plate(9), "VN", "05:00");
        String elsewhere = fixtures.officerAt(encoder, "VL-INT-01");
        assertThat(api.get("/api/v1/visits/" + visit, elsewhere).status()).isEqualTo(404);
        assertThat(eventOn(OTHER_DAY, visit, "GATE_IN", "05:10").status()).isEqualTo(201);
        ApiClient.Response foreign =
                api.post("/api/v1/visits/" + visit + "/events", elsewhere, "{\"type\": \"GATE_OUT\", \"at\": \"x\"}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/gates/" + CAU_TREO + "/kpis", elsewhere).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/gates/" + CAU_TREO + "/kpis", "analyst").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/gates/" + CAU_TREO + "/kpis", "vn-enterprise")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/gates/" + CAU_TREO + "/queue", "officer").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/gates/" + CAU_TREO + "/queue", "ministry").status())
                .isEqualTo(403);
        ApiClient.Response badPeriod =
                api.get("/api/v1/gates/" + CAU_TREO + "/kpis?from=2026-12-02&to=2026-12-01", "ministry");
        assertThat(badPeriod.json().get("code").asText()).isEqualTo("BRD-015");
    }
}
