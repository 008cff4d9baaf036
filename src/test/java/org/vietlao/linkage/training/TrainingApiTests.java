package org.vietlao.linkage.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * Training over the API and its pages: certificate verification (a forged, altered or superseded code is refused;
 * the answer holds the name, the course and the date only), the output rule for closing a course (the configured
 * minimum and the kinds the course plans), a park-comparison output checked against zone, changing a course, who
 * reads a trainee's personal data, the openings of outputs by kind of reader, and the yearly figures on a
 * hand-checked set.
 */
@IntegrationTest
class TrainingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    /** A course of {@code year} with {@code sessions} sessions on consecutive days from 2 March. */
    static String course(int year, String topic, String audience, int sessions) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            list.add("{\"heldOn\": \"%d-03-%02d\", \"title\": \"Session %d\"}".formatted(year, 2 + i, i + 1));
        }
        return """
				{"title": {"en": "Test course %s", "vi": "Khóa thử %s", "lo": "ຫຼັກສູດທົດລອງ %s"},
				 "topic": "%s", "audience": "%s", "language": "en", "place": "Vientiane", "capacity": 20,
				 "startsOn": "%d-03-02", "endsOn": "%d-03-%02d", "sessions": [%s]}
				""".formatted(topic, topic, topic, topic, audience, year, year, 1 + sessions, String.join(",", list));
    }

    JsonNode createCourse(int year, String topic, String audience, int sessions) {
        ApiClient.Response created =
                api.post("/api/v1/training/courses", "analyst", course(year, topic, audience, sessions));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    long trainee(String name, String country, String province) {
        ApiClient.Response created = api.post(
                "/api/v1/training/trainees",
                "analyst",
                "{\"fullName\": \"%s\", \"organisation\": \"Org\", \"country\": \"%s\", \"province\": \"%s\"}"
                        .formatted(name, country, province));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long demoTrainee(String username) {
        return jdbc.sql("SELECT id FROM training_trainee WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    long enrol(long course, long trainee) {
        ApiClient.Response enrolled = api.post(
                "/api/v1/training/courses/" + course + "/enrolments", "analyst", "{\"traineeId\": " + trainee + "}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.json().get("id").asLong();
    }

    /** Attends every session, scores 80 and completes; answers the certificate code. */
    String complete(JsonNode course, long enrolment) {
        long id = course.get("id").asLong();
        String base = "/api/v1/training/courses/" + id + "/enrolments/" + enrolment;
        for (JsonNode session : course.get("sessions")) {
            ApiClient.Response attended = api.put(
                    base + "/attendance",
                    "analyst",
                    "{\"sessionId\": " + session.get("id").asLong() + ", \"present\": true}");
            assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        }
        assertThat(api.put(base + "/assessment", "analyst", "{\"score\": 80}").status())
                .isEqualTo(200);
        ApiClient.Response completed = api.post(base + "/completion", "analyst", "{}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return completed.json().get("certificateCode").asText();
    }

    JsonNode verify(String code) {
        ApiClient.Response answer = api.get(
                "/api/v1/training/certificates/verification?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                "ministry");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aForgedOrAlteredOrSupersededCodeIsRefusedAndAValidOneShowsNameCourseAndDateOnly() throws Exception {
        JsonNode course = createCourse(2030, "BORDER_ECONOMIC_ZONE", "GOVERNMENT", 2);
        long enrolment = enrol(course.get("id").asLong(), trainee("Vũ Thị Mai", "VN", "44"));
        String code = complete(course, enrolment);

        JsonNode valid = verify(code);
        assertThat(valid.get("valid").asBoolean()).isTrue();
        List<String> fields = new ArrayList<>();
        valid.get("certificate").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("name", "course", "completedOn");
        assertThat(valid.get("certificate").get("name").asText()).isEqualTo("Vũ Thị Mai");

        // A code of the right form that nobody issued, one character changed, and something else altogether.
        String forged = "ABCDE-FGHJK-MNPQR-STVWX";
        String altered = (code.charAt(0) == '7' ? '8' : '7') + code.substring(1);
        for (String refused : List.of(forged, altered, code.substring(0, 22), "x' OR 1=1 --", "")) {
            assertThat(verify(refused).get("valid").asBoolean()).as(refused).isFalse();
        }

        // The public page says the same without signing in.
        PageSession anonymous = new PageSession(java.net.http.HttpClient.newHttpClient(), "http://localhost:" + port);
        Document page = anonymous.page("/training/verify?code=" + code);
        assertThat(page.select("#training-verified-name").text()).isEqualTo("Vũ Thị Mai");
        assertThat(page.select("#training-verified-course").text()).isEqualTo("Test course BORDER_ECONOMIC_ZONE");
        assertThat(page.select("#training-verified").text()).doesNotContain("Org", "44");
        Document forgedPage = anonymous.page("/training/verify?code=" + forged);
        assertThat(forgedPage.select("#training-verified")).isEmpty();
        assertThat(forgedPage.select("#training-not-verified")).hasSize(1);

        // Completing again re-issues the certificate: the earlier code is refused from then on.
        ApiClient.Response again = api.post(
                "/api/v1/training/courses/" + course.get("id").asLong() + "/enrolments/" + enrolment + "/completion",
                "analyst",
                "{}");
        String reissued = again.json().get("certificateCode").asText();
        assertThat(reissued).isNotEqualTo(code);
        assertThat(verify(code).get("valid").asBoolean()).isFalse();
        assertThat(verify(reissued).get("valid").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM training_enrolment WHERE encode(certificate_hash, 'escape') LIKE :c")
                        .param("c", "%" + reissued.replace("-", "") + "%")
                        .query(Long.class)
                        .single())
                .as("the code is not stored in clear")
                .isZero();
    }

    @Test
    void aCourseIsClosedOnlyWithAnOutputAndAChainOutputMustExist() {
        long course =
                createCourse(2030, "SUPPLY_CHAIN", "BUSINESS", 1).get("id").asLong();
        ApiClient.Response early = api.post("/api/v1/training/courses/" + course + "/close", "analyst", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("TRN-009");

        ApiClient.Response noChain = api.post(
                "/api/v1/training/courses/" + course + "/outputs",
                "analyst",
                "{\"kind\": \"LINKAGE_CHAIN\", \"refId\": \"999999\"}");
        assertThat(noChain.status()).isEqualTo(422);
        assertThat(noChain.json().get("code").asText()).isEqualTo("TRN-010");
        assertThat(noChain.json().get("errors").get(0).get("field").asText()).isEqualTo("refId");

        ApiClient.Response badLink = api.post(
                "/api/v1/training/courses/" + course + "/outputs",
                "analyst",
                "{\"kind\": \"REPORT\", \"title\": \"R\", \"url\": \"javascript:alert(1)\"}");
        assertThat(badLink.status()).isEqualTo(422);
        assertThat(badLink.body()).contains("\"url\"");

        long chain =
                jdbc.sql("SELECT min(id) FROM matching_chain").query(Long.class).single();
        String chainName = jdbc.sql("SELECT name FROM matching_chain WHERE id = :id")
                .param("id", chain)
                .query(String.class)
                .single();
        ApiClient.Response byMinistry = api.post(
                "/api/v1/training/courses/" + course + "/outputs",
                "ministry",
                "{\"kind\": \"LINKAGE_CHAIN\", \"refId\": \"" + chain + "\"}");
        assertThat(byMinistry.status()).isEqualTo(403);
        ApiClient.Response output = api.post(
                "/api/v1/training/courses/" + course + "/outputs",
                "analyst",
                "{\"kind\": \"LINKAGE_CHAIN\", \"refId\": \"" + chain + "\"}");
        assertThat(output.status()).as(output.body()).isEqualTo(201);
        assertThat(output.json().get("title").asText()).isEqualTo(chainName);
        assertThat(output.json().get("url").asText()).isEqualTo("/matching/chains/" + chain);

        ApiClient.Response closed = api.post("/api/v1/training/courses/" + course + "/close", "analyst", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        ApiClient.Response afterwards = api.post(
                "/api/v1/training/courses/" + course + "/outputs",
                "analyst",
                "{\"kind\": \"REPORT\", \"title\": \"Late\", \"url\": \"/late.pdf\"}");
        assertThat(afterwards.json().get("code").asText()).isEqualTo("TRN-008");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE entity_type = 'training_course' AND entity_id = :id")
                        .param("id", String.valueOf(course))
                        .query(Long.class)
                        .single())
                .as("created and closed, both audited")
                .isEqualTo(2);
    }

    @Test
    void aParkComparisonOutputMustNameTwoParksThatExist() {
        long course =
                createCourse(2033, "PARK_MANAGEMENT", "GOVERNMENT", 1).get("id").asLong();
        List<Long> parks = jdbc.sql("SELECT id FROM zone ORDER BY id LIMIT 2")
                .query(Long.class)
                .list();
        assertThat(parks).as("the demo parks").hasSize(2);
        long missing =
                jdbc.sql("SELECT max(id) + 1000 FROM zone").query(Long.class).single();
        String path = "/api/v1/training/courses/" + course + "/outputs";
        for (String refId : List.of(
                parks.get(0) + "-" + missing, // a forged park
                missing + "-" + parks.get(1),
                parks.get(0) + "-" + parks.get(0), // a park compared with itself
                "", // none
                "4 - 7", // not left-right
                "-1-2")) {
            ApiClient.Response refused = api.post(path, "analyst", """
					{"kind": "PARK_COMPARISON", "refId": "%s", "title": "Forged", "url": "/zones/compare?left=1&right=2"}""".formatted(refId));
            assertThat(refused.status()).as(refId + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asText()).isEqualTo("TRN-010");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("refId");
        }
        ApiClient.Response withoutRef = api.post(path, "analyst", "{\"kind\": \"PARK_COMPARISON\"}");
        assertThat(withoutRef.status()).isEqualTo(422);
        assertThat(withoutRef.json().get("errors").get(0).get("field").asText()).isEqualTo("refId");
        assertThat(jdbc.sql("SELECT count(*) FROM training_output WHERE course_id = :c")
                        .param("c", course)
                        .query(Long.class)
                        .single())
                .as("nothing recorded")
                .isZero();

        String names = jdbc.sql("SELECT string_agg(name_en, ' ↔ ' ORDER BY array_position(:ids, id)) FROM zone "
                        + "WHERE id = ANY(:ids)")
                .param("ids", parks.toArray(Long[]::new))
                .query(String.class)
                .single();
        ApiClient.Response recorded = api.post(
                path,
                "analyst",
                "{\"kind\": \"PARK_COMPARISON\", \"refId\": \"" + parks.get(0) + "-" + parks.get(1) + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("title").asText())
                .as("the comparison's title from zone")
                .isEqualTo(names);
        assertThat(recorded.json().get("url").asText())
                .isEqualTo("/zones/compare?left=" + parks.get(0) + "&right=" + parks.get(1));
    }

    @Test
    void aCourseClosesOnlyWithItsPlannedOutputsAndAChangeKeepsAttendedSessions() {
        String body = course(2033, "SUPPLY_CHAIN", "BUSINESS", 2)
                .replace("\"capacity\": 20", "\"capacity\": 20, \"plannedOutputs\": [\"DATASET\", \"REPORT\"]");
        ApiClient.Response created = api.post("/api/v1/training/courses", "analyst", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode course = created.json();
        long id = course.get("id").asLong();
        assertThat(course.get("plannedOutputs").toString()).isEqualTo("[\"DATASET\",\"REPORT\"]");
        ApiClient.Response unknownKind =
                api.post("/api/v1/training/courses", "analyst", body.replace("\"REPORT\"]", "\"SPEECH\"]"));
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(unknownKind.json().get("errors").get(0).get("field").asText())
                .isEqualTo("plannedOutputs");

        api.post(
                "/api/v1/training/courses/" + id + "/outputs",
                "analyst",
                "{\"kind\": \"REPORT\", \"title\": \"Report\", \"url\": \"/reports/r.pdf\"}");
        ApiClient.Response early = api.post("/api/v1/training/courses/" + id + "/close", "analyst", "{}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("TRN-016");
        assertThat(early.json().get("errors").get(0).get("field").asText()).isEqualTo("plannedOutputs");
        assertThat(early.body()).contains("DATASET").doesNotContain("REPORT");

        // a trainee attends the first session; then the course is changed
        long enrolment = enrol(id, trainee("Change Trainee", "VN", "44"));
        long first = course.get("sessions").get(0).get("id").asLong();
        long second = course.get("sessions").get(1).get("id").asLong();
        api.put(
                "/api/v1/training/courses/" + id + "/enrolments/" + enrolment + "/attendance",
                "analyst",
                "{\"sessionId\": " + first + ", \"present\": true}");
        String dropFirst = body.replaceAll(
                "\"sessions\": \\[.*]",
                "\"sessions\": [{\"id\": " + second + ", \"heldOn\": \"2033-03-03\", \"title\": \"Second\"}]");
        ApiClient.Response refused = api.put(
                "/api/v1/training/courses/" + id, "analyst", dropFirst.replace("\"capacity\": 20", "\"capacity\": 0"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("TRN-001");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("sessions", "capacity");
        ApiClient.Response foreign = api.put(
                "/api/v1/training/courses/" + id,
                "analyst",
                body.replaceAll(
                        "\"sessions\": \\[.*]",
                        "\"sessions\": [{\"id\": 1, \"heldOn\": \"2033-03-02\", \"title\": \"A\"}]"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains("sessions[0].id");
        assertThat(api.put("/api/v1/training/courses/" + id, "ministry", dropFirst)
                        .status())
                .isEqualTo(403);

        String keepFirstRenameAndAdd = body.replace("Test course SUPPLY_CHAIN", "Renamed course")
                .replaceAll(
                        "\"sessions\": \\[.*]",
                        "\"sessions\": [{\"id\": " + first
                                + ", \"heldOn\": \"2033-03-02\", \"title\": \"Opening\"}, {\"heldOn\": \"2033-03-03\", \"title\": \"Added\"}]");
        ApiClient.Response changed = api.put("/api/v1/training/courses/" + id, "analyst", keepFirstRenameAndAdd);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("title").get("en").asText()).isEqualTo("Renamed course");
        JsonNode sessions = changed.json().get("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).get("id").asLong())
                .as("the attended session is kept")
                .isEqualTo(first);
        assertThat(sessions.get(1).get("id").asLong()).isNotIn(first, second);
        assertThat(jdbc.sql("SELECT count(*) FROM training_attendance WHERE session_id = :s")
                        .param("s", first)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String diff = jdbc.sql("SELECT changes::text FROM audit_event WHERE entity_type = 'training_course' "
                        + "AND entity_id = :id AND action = 'UPDATED'")
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(diff).contains("Renamed course", "Opening", "Added").doesNotContain("\"topic\"");
    }

    @Autowired
    Outputs outputs;

    @Autowired
    TrainingKpis kpis;

    @Test
    void openingsAreLoggedByKindOfReaderAndAnOutputOpenedByBothAtOnceCounts() throws Exception {
        long course = createCourse(2034, "TRADE_FACILITATION", "BUSINESS", 1)
                .get("id")
                .asLong();
        long used = api.post(
                        "/api/v1/training/courses/" + course + "/outputs",
                        "analyst",
                        "{\"kind\": \"REPORT\", \"title\": \"Used\", \"url\": \"/training\"}")
                .json()
                .get("id")
                .asLong();
        long half = api.post(
                        "/api/v1/training/courses/" + course + "/outputs",
                        "analyst",
                        "{\"kind\": \"DATASET\", \"title\": \"Half\", \"url\": \"/training\"}")
                .json()
                .get("id")
                .asLong();
        for (String reader : List.of("vn-enterprise", "ministry", "analyst")) {
            var opened = PageSession.signIn(port, reader).get("/training/outputs/" + used + "/open");
            assertThat(opened.statusCode()).isEqualTo(302);
            assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/training");
        }
        PageSession.signIn(port, "la-enterprise").get("/training/outputs/" + half + "/open");

        ApiClient.Response listed = api.get("/api/v1/training/courses/" + course + "/outputs", "ministry");
        JsonNode first = listed.json().get(0);
        assertThat(first.get("views").asLong()).isEqualTo(3);
        assertThat(first.get("businessViews").asLong()).isEqualTo(1);
        assertThat(first.get("regulatorViews").asLong()).isEqualTo(1);
        assertThat(first.get("daysToBothUses").asLong()).isZero();
        JsonNode second = listed.json().get(1);
        assertThat(second.get("businessViews").asLong()).isEqualTo(1);
        assertThat(second.get("daysToBothUses").isNull())
                .as("no regulator opened it")
                .isTrue();

        assertThat(outputs.openings(course, 20))
                .extracting(o -> o.viewedBy() + "/" + o.reader())
                .containsExactlyInAnyOrder(
                        "vn-enterprise/BUSINESS", "ministry/REGULATOR", "analyst/ORGANISER", "la-enterprise/BUSINESS");

        TrainingKpis.Year year = kpis.of(2034);
        assertThat(year.outputs()).isEqualTo(2);
        assertThat(year.businessViews()).isEqualTo(2);
        assertThat(year.regulatorViews()).isEqualTo(1);
        assertThat(year.usedAtOnce()).as("only the output both opened").isEqualTo(1);

        // a business and a regulator opening it 40 days after it was recorded is not "at once" (30 days)
        jdbc.sql("UPDATE training_output SET recorded_at = recorded_at - INTERVAL '40 days' WHERE id = :id")
                .param("id", used)
                .update();
        assertThat(kpis.of(2034).usedAtOnce()).isZero();

        Document page = PageSession.signIn(port, "analyst").page("/training/courses/" + course);
        assertThat(page.select("#training-openings tr.training-opening")).hasSize(4);
        assertThat(page.select("#training-outputs-use-source").text()).isNotBlank();
        Document notOrganiser = PageSession.signIn(port, "ministry").page("/training/courses/" + course);
        assertThat(notOrganiser.select("#training-openings"))
                .as("who opened what: organisers only")
                .isEmpty();
    }

    @Test
    void personalDataIsReadOnlyByOrganisersAndTheTraineeThemself() throws Exception {
        JsonNode course = createCourse(2030, "PRODUCTION_LINES", "BUSINESS", 1);
        long id = course.get("id").asLong();
        long lao = demoTrainee("la-enterprise");
        long enrolment = enrol(id, lao);
        complete(course, enrolment);

        assertThat(api.get("/api/v1/training/trainees/" + lao, "analyst").status())
                .isEqualTo(200);
        ApiClient.Response own = api.get("/api/v1/training/trainees/" + lao, "la-enterprise");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("trainee").get("email").asText()).isEqualTo("somsak.demo@example.org");
        assertThat(api.get("/api/v1/training/me", "la-enterprise")
                        .json()
                        .get("trainee")
                        .get("id")
                        .asLong())
                .isEqualTo(lao);
        for (String outsider : List.of("vn-enterprise", "ministry", "officer")) {
            ApiClient.Response refused = api.get("/api/v1/training/trainees/" + lao, outsider);
            assertThat(refused.status()).as(outsider).isEqualTo(404);
            assertThat(refused.json().get("code").asText()).isEqualTo("TRN-004");
            assertThat(refused.body()).doesNotContain("somsak");
            ApiClient.Response pdf = api.get(
                    "/api/v1/training/courses/" + id + "/enrolments/" + enrolment + "/certificate.pdf", outsider);
            assertThat(pdf.status()).as(outsider).isEqualTo(404);
            assertThat(api.get("/api/v1/training/courses/" + id + "/enrolments", outsider)
                            .status())
                    .as(outsider)
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/v1/training/me", "officer").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/training/trainees", "ministry").status()).isEqualTo(403);
        ApiClient.Response ownPdf = api.get(
                "/api/v1/training/courses/" + id + "/enrolments/" + enrolment + "/certificate.pdf", "la-enterprise");
        assertThat(ownPdf.status()).isEqualTo(200);
        assertThat(ownPdf.body()).startsWith("%PDF");

        // The course page: organisers see the trainees, a ministry official the course without them.
        String name = jdbc.sql("SELECT full_name FROM training_trainee WHERE id = :id")
                .param("id", lao)
                .query(String.class)
                .single();
        Document organiserPage = PageSession.signIn(port, "analyst").page("/training/courses/" + id);
        assertThat(organiserPage.select("#training-enrolments").text()).contains(name);
        Document ministryPage = PageSession.signIn(port, "ministry").page("/training/courses/" + id);
        assertThat(ministryPage.select("#training-enrolments")).isEmpty();
        assertThat(ministryPage.text()).doesNotContain(name);
        Document ownPage = PageSession.signIn(port, "la-enterprise").page("/training/me");
        assertThat(ownPage.select("#training-me-name").text()).isEqualTo(name);
        assertThat(ownPage.select("a.training-certificate")).isNotEmpty();
    }

    /**
     * Hand-checked: in 2031, course A (supply chain, business) has trainees t1 (VN, 44), t2 (LA, LA-SV) and t3 (LA,
     * LA-BL), t1 and t2 completing; course B (park management, government) has t1 and t3, t3 completing. So 5
     * enrolments, 3 completed: 60.0 %; VN 2, LA 3; 44: 2, LA-BL: 2, LA-SV: 1; business 3, government 2. Outputs: A
     * records a chain no course had recorded and a report, then B the same chain: 3 outputs, A's chain referenced
     * once since (by B; B's own chain has no later reference); A's report is opened twice (2 views).
     */
    @Test
    void theYearlyFiguresMatchAHandCheckedSet() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonNode a = createCourse(2031, "SUPPLY_CHAIN", "BUSINESS", 1);
        JsonNode b = createCourse(2031, "PARK_MANAGEMENT", "GOVERNMENT", 1);
        long t1 = trainee("t1 " + tag, "VN", "44");
        long t2 = trainee("t2 " + tag, "LA", "LA-SV");
        long t3 = trainee("t3 " + tag, "LA", "LA-BL");
        long a1 = enrol(a.get("id").asLong(), t1);
        long a2 = enrol(a.get("id").asLong(), t2);
        enrol(a.get("id").asLong(), t3);
        enrol(b.get("id").asLong(), t1);
        long b3 = enrol(b.get("id").asLong(), t3);
        complete(a, a1);
        complete(a, a2);
        complete(b, b3);
        long chain = jdbc.sql("SELECT max(id) FROM matching_chain WHERE CAST(id AS VARCHAR) NOT IN "
                        + "(SELECT ref_id FROM training_output WHERE kind = 'LINKAGE_CHAIN')")
                .query(Long.class)
                .single();
        for (JsonNode course : List.of(a, b)) {
            assertThat(api.post(
                                    "/api/v1/training/courses/"
                                            + course.get("id").asLong() + "/outputs",
                                    "analyst",
                                    "{\"kind\": \"LINKAGE_CHAIN\", \"refId\": \"" + chain + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        long report = api.post(
                        "/api/v1/training/courses/" + a.get("id").asLong() + "/outputs",
                        "analyst",
                        "{\"kind\": \"REPORT\", \"title\": \"Course report\", \"url\": \"/training\"}")
                .json()
                .get("id")
                .asLong();
        PageSession reader = PageSession.signIn(port, "ministry");
        for (int i = 0; i < 2; i++) {
            var opened = reader.get("/training/outputs/" + report + "/open");
            assertThat(opened.statusCode()).isEqualTo(302);
            assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/training");
        }

        ApiClient.Response answer = api.get("/api/v1/training/kpis/2031", "ministry");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode kpis = answer.json();
        assertThat(kpis.get("courses").asLong()).isEqualTo(2);
        assertThat(kpis.get("enrolments").asLong()).isEqualTo(5);
        assertThat(kpis.get("completed").asLong()).isEqualTo(3);
        assertThat(kpis.get("completionRate").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(map(kpis.get("byCountry"))).isEqualTo(Map.of("VN", 2L, "LA", 3L));
        assertThat(map(kpis.get("byProvince"))).isEqualTo(Map.of("44", 2L, "LA-BL", 2L, "LA-SV", 1L));
        assertThat(map(kpis.get("byAudience"))).isEqualTo(Map.of("BUSINESS", 3L, "GOVERNMENT", 2L));
        assertThat(map(kpis.get("byTopic"))).isEqualTo(Map.of("SUPPLY_CHAIN", 3L, "PARK_MANAGEMENT", 2L));
        assertThat(map(kpis.get("outputsByKind"))).isEqualTo(Map.of("LINKAGE_CHAIN", 2L, "REPORT", 1L));
        assertThat(kpis.get("outputs").asLong()).isEqualTo(3);
        assertThat(kpis.get("outputReferences").asLong()).isEqualTo(1);
        assertThat(kpis.get("outputViews").asLong()).isEqualTo(2);

        Document page = reader.page("/training/kpis?year=2031");
        assertThat(page.select("#kpi-completion-rate").text()).isEqualTo("60.0 %");
        assertThat(page.select("#training-kpis-source").text()).isNotBlank();
        assertThat(api.get("/api/v1/training/kpis/1999", "ministry")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("TRN-015");
    }

    @Test
    void aMissingChoiceIsRefusedAsContentNamingTheField() {
        ApiClient.Response need = api.post(
                "/api/v1/training/needs",
                "la-enterprise",
                "{\"organisation\": \"Org\", \"topic\": \"SUPPLY_CHAIN\", \"people\": 3}");
        assertThat(need.status()).as(need.body()).isEqualTo(422);
        assertThat(need.json().get("code").asText()).isEqualTo("TRN-014");
        assertThat(need.body()).contains("\"country\"", "\"audience\"");
        ApiClient.Response trainee = api.post(
                "/api/v1/training/trainees",
                "analyst",
                "{\"fullName\": \"N\", \"organisation\": \"O\", \"province\": \"44\"}");
        assertThat(trainee.status()).as(trainee.body()).isEqualTo(422);
        assertThat(trainee.json().get("code").asText()).isEqualTo("TRN-003");
        assertThat(api.post("/api/v1/training/needs", "officer", "{}").status())
                .as("border officers' needs come through their ministry")
                .isEqualTo(403);
    }

    static Map<String, Long> map(JsonNode node) {
        Map<String, Long> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().asLong());
        }
        return map;
    }
}
