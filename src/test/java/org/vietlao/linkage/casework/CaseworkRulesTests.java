package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * Working days across Tết, Lao New Year and weekends; a deadline changed from a future date; the anonymity of an
 * association's members (API, page, compilation export); duplicate suggestions and "me too".
 */
@IntegrationTest
class CaseworkRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Clock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @ParameterizedTest(name = "{0}: {2} working days after {1} is {3}")
    @CsvSource({
        // Tết 2026: 16-20 Feb are days off in Viet Nam, not in Laos.
        "VN, 2026-02-13, 1, 2026-02-23",
        "LA, 2026-02-13, 1, 2026-02-16",
        // ASSIST's 10 working days from the Thursday before Tết 2026.
        "VN, 2026-02-12, 10, 2026-03-05",
        "LA, 2026-02-12, 10, 2026-02-26",
        // Lao New Year 2026: 14-16 Apr are days off in Laos, not in Viet Nam.
        "LA, 2026-04-10, 3, 2026-04-20",
        "VN, 2026-04-10, 3, 2026-04-15",
        // Weekends; Lao National Day (2 Dec); Tết 2025 (27-31 Jan).
        "VN, 2026-12-04, 1, 2026-12-07",
        "LA, 2026-12-01, 1, 2026-12-03",
        "VN, 2025-01-24, 1, 2025-02-03",
        "VN, 2026-12-07, 0, 2026-12-07"
    })
    void workingDaysSkipWeekendsAndEachCountrysHolidays(String country, String from, int days, String expected) {
        ApiClient.Response answer = api.get(
                "/api/v1/casework/working-days?country=" + country + "&from=" + from + "&days=" + days,
                "vn-enterprise");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("deadline").asText()).isEqualTo(expected);
    }

    @Test
    void workingDayQueriesAndHolidaysRefuseBadInput() {
        assertThat(api.get("/api/v1/casework/working-days?country=TH&from=2026-01-01&days=1", "analyst")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/casework/working-days?country=VN&from=tomorrow&days=1", "analyst")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/casework/working-days?country=VN&from=2026-01-01&days=-3", "analyst")
                        .status())
                .isEqualTo(400);
        JsonNode lao = api.get("/api/v1/casework/holidays?country=LA&year=2027", "analyst")
                .json();
        List<String> days = new ArrayList<>();
        lao.forEach(h -> days.add(h.get("day").asText()));
        assertThat(days).contains("2027-04-14", "2027-04-15", "2027-04-16");
        assertThat(lao.get(0).get("source").asText()).contains("Labour Law");
    }

    @Test
    void aDeadlineChangedFromAFutureDateLeavesStepsStartedBeforeItAlone() {
        LocalDate today = Cases.today(clock);
        LocalDate later = today.plusDays(40);
        int before = deadlines.on(Step.ROUTING, today).workingDays();
        assertThat(api.put(
                                "/api/v1/casework/deadlines/ROUTING",
                                "analyst",
                                "{\"workingDays\": 7, \"effectiveFrom\": \"" + later + "\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Response past = api.put(
                "/api/v1/casework/deadlines/ROUTING",
                "admin",
                "{\"workingDays\": 7, \"effectiveFrom\": \"" + today.minusDays(1) + "\"}");
        assertThat(past.status()).as(past.body()).isEqualTo(422);
        assertThat(past.json().get("code").asText()).isEqualTo("CAS-010");
        assertThat(api.put(
                                "/api/v1/casework/deadlines/ROUTING",
                                "admin",
                                "{\"workingDays\": 0, \"effectiveFrom\": \"" + later + "\"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.put(
                                "/api/v1/casework/deadlines/NAPPING",
                                "admin",
                                "{\"workingDays\": 3, \"effectiveFrom\": \"" + later + "\"}")
                        .status())
                .isEqualTo(404);
        ApiClient.Response set = api.put(
                "/api/v1/casework/deadlines/ROUTING",
                "admin",
                "{\"workingDays\": 7, \"effectiveFrom\": \"" + later + "\", \"source\": \"2026 conference\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        assertThat(deadlines.on(Step.ROUTING, today).workingDays()).isEqualTo(before);
        assertThat(deadlines.on(Step.ROUTING, later.minusDays(1)).workingDays()).isEqualTo(before);
        assertThat(deadlines.on(Step.ROUTING, later).workingDays()).isEqualTo(7);
        assertThat(deadlines.on(Step.ROUTING, later.plusYears(1)).source()).isEqualTo("2026 conference");
        JsonNode history =
                api.get("/api/v1/casework/deadlines/ROUTING", "vn-enterprise").json();
        assertThat(history.get(history.size() - 1).get("effectiveFrom").asText())
                .isEqualTo(later.toString());
        // A step started today takes today's value, counted in the country's working days.
        assertThat(deadlines.deadline(Step.ROUTING, LocalDate.parse("2026-02-13"), "VN"))
                .isEqualTo(LocalDate.parse("2026-02-27"));
    }

    @Test
    void theMembersBehindAnAssociationsCaseAreSeenByTheAssociationOnly() throws Exception {
        ApiClient.Response filed = api.post("/api/v1/casework/cases", "vn-association", """
				{"kind": "OBSTACLE", "topic": "CUSTOMS", "homeCountry": "VN", "country": "LA", "gatePairId": "VL-INT-06",
				 "title": "Phí kiểm dịch thu hai lần tại Đen Sạ Vẳn", "description": "Các hội viên bị thu phí hai lần.",
				 "language": "vi", "publishable": true,
				 "members": ["Công ty TNHH Hội Viên Bí Mật A", "HTX Hội Viên Bí Mật B"]}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        assertThat(filed.json().get("memberCount").asInt()).isEqualTo(2);
        assertThat(api.post("/api/v1/casework/cases", "vn-enterprise", """
				{"kind": "OBSTACLE", "topic": "CUSTOMS", "homeCountry": "VN", "country": "LA", "title": "t",
				 "description": "d", "language": "vi", "members": ["X"]}""").status())
                .as("only an association names members")
                .isEqualTo(422);
        api.post("/api/v1/casework/cases/" + id + "/actions", "analyst", "{\"action\": \"ACCEPT\"}");
        ApiClient.Response routed =
                api.post("/api/v1/casework/cases/" + id + "/actions", "iice-analyst", "{\"action\": \"ROUTE\"}");
        assertThat(routed.json().get("bodyId").asText()).isEqualTo("LA-CUS-SVK");

        for (String reader : List.of("analyst", "iice-analyst", "ministry", "admin", "la-customs")) {
            ApiClient.Response seen = api.get("/api/v1/casework/cases/" + id, reader);
            assertThat(seen.status()).as(reader).isEqualTo(200);
            assertThat(seen.json().get("members").isNull()).as(reader).isTrue();
            assertThat(seen.json().get("memberCount").isNull()).as(reader).isTrue();
            assertThat(seen.body()).as(reader).doesNotContain("Bí Mật");
            assertThat(api.get("/api/v1/casework/cases", reader).body())
                    .as(reader)
                    .doesNotContain("Bí Mật");
            PageSession page = PageSession.signIn(port, reader);
            assertThat(page.get("/casework/cases/" + id).body()).as(reader).doesNotContain("Bí Mật");
        }
        ApiClient.Response own = api.get("/api/v1/casework/cases/" + id, "vn-association");
        assertThat(own.json().get("members")).hasSize(2);
        assertThat(PageSession.signIn(port, "vn-association")
                        .get("/casework/cases/" + id)
                        .body())
                .contains("Công ty TNHH Hội Viên Bí Mật A");
        var export = java.net.http.HttpClient.newHttpClient()
                .send(
                        api.builder(
                                        "/api/v1/casework/compilation.xlsx?year="
                                                + Cases.today(clock).getYear(),
                                        "ministry")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        String sheet = cellsOf(export.body());
        assertThat(sheet).contains(filed.json().get("reference").asText()).doesNotContain("Bí Mật");
        api.post(
                "/api/v1/casework/cases/" + id + "/actions",
                "la-customs",
                "{\"action\": \"ANSWER\", \"answer\": \"ຈະເກັບຄັ້ງດຽວ\", \"answerLanguage\": \"lo\"}");
        api.post("/api/v1/casework/cases/" + id + "/actions", "vn-association", "{\"action\": \"ACCEPT_ANSWER\"}");
        api.post("/api/v1/casework/cases/" + id + "/actions", "analyst", "{\"action\": \"CLOSE\"}");
        String published = api.get("/api/v1/casework/public-cases?q=" + "kiểm dịch".replace(" ", "%20"), null)
                .body();
        assertThat(published)
                .contains(filed.json().get("reference").asText())
                .doesNotContain("Bí Mật")
                .doesNotContain("Hiệp hội");
    }

    @Test
    void aNewCaseLikeAnOpenOneIsShownItAndMayJoinIt() {
        ApiClient.Response first = api.post("/api/v1/casework/cases", "la-enterprise", """
				{"kind": "OBSTACLE", "topic": "TRANSPORT", "homeCountry": "LA", "country": "VN", "gatePairId": "VL-INT-04",
				 "hsCodes": ["071410"], "title": "Xe tải chở sắn phải chờ hai ngày ở Cầu Treo",
				 "description": "Xe tải Lào chở sắn lát khô phải chờ hai ngày ở bãi xe Cầu Treo vì thiếu chỗ đỗ.",
				 "language": "vi"}""");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String reference = first.json().get("reference").asText();
        String like = """
				{"topic": "TRANSPORT", "gatePairId": "VL-INT-04", "hsCodes": ["07141011"],
				 "text": "Xe tải chở sắn lát khô phải chờ hai ngày ở bãi xe Cầu Treo"}""";
        ApiClient.Response similar = api.post("/api/v1/casework/cases/similar", "vn-enterprise", like);
        assertThat(similar.status()).as(similar.body()).isEqualTo(200);
        assertThat(similar.body()).contains(reference);
        assertThat(similar.json().get(0).get("similarity").asDouble()).isGreaterThan(0.25);
        assertThat(api.post("/api/v1/casework/cases/similar", "vn-enterprise", like.replace("TRANSPORT", "PAYMENTS"))
                        .body())
                .doesNotContain(reference);
        assertThat(api.post("/api/v1/casework/cases/similar", "vn-enterprise", like.replace("VL-INT-04", "VL-INT-06"))
                        .body())
                .doesNotContain(reference);
        assertThat(api.post("/api/v1/casework/cases/similar", "vn-enterprise", like.replace("07141011", "2710"))
                        .body())
                .as("no product in common")
                .doesNotContain(reference);
        assertThat(api.post(
                                "/api/v1/casework/cases/similar",
                                "vn-enterprise",
                                like.replace(
                                        "Xe tải chở sắn lát khô phải chờ hai ngày ở bãi xe Cầu Treo",
                                        "Electricity tariff for the Nam Theun line"))
                        .body())
                .doesNotContain(reference);
        assertThat(api.post("/api/v1/casework/cases/similar", "vn-enterprise", "{\"topic\": \"RAIN\"}")
                        .status())
                .isEqualTo(422);

        long id = first.json().get("id").asLong();
        ApiClient.Response joined = api.post("/api/v1/casework/cases/" + id + "/support", "vn-enterprise", "");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("supporters").asLong()).isEqualTo(1);
        assertThat(api.post("/api/v1/casework/cases/" + id + "/support", "vn-enterprise", "")
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/casework/cases/" + id + "/support", "la-enterprise", "")
                        .status())
                .as("not one's own case")
                .isEqualTo(409);
        assertThat(api.post("/api/v1/casework/cases/" + id + "/support", "analyst", "")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/casework/cases/" + id, "la-enterprise")
                        .json()
                        .get("supporters")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theScoreboardCountsAnswersDueAndOnTimePerBody() {
        JsonNode board = api.get("/api/v1/casework/scoreboard", "ministry").json();
        assertThat(board).isNotEmpty();
        board.forEach(line -> {
            long due = line.get("due").asLong();
            long onTime = line.get("onTime").asLong();
            assertThat(onTime).isLessThanOrEqualTo(due);
            assertThat(line.get("light").asText())
                    .isEqualTo(TrafficLight.of(onTime, due).name());
        });
        assertThat(api.get("/api/v1/casework/scoreboard", "vn-enterprise").status())
                .isEqualTo(403);
    }

    /** Every cell of every sheet of a workbook, as text. */
    static String cellsOf(byte[] xlsx) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
                    cell -> text.append(formatter.formatCellValue(cell)).append('\t'))));
        }
        return text.toString();
    }
}
