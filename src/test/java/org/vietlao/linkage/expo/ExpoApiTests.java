package org.vietlao.linkage.expo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The Expo over the API: an event, booths under the quota and the hall capacity, requests from suggestions,
 * answers, "no thanks", quotas, schedule all with its proof, locks, and who sees what.
 */
@IntegrationTest
class ExpoApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;
    long vn;
    long la;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
        vn = enterprise("3369006021");
        la = enterprise("LA-0100234");
    }

    long enterprise(String registration) {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = :r")
                .param("r", registration)
                .query(Long.class)
                .single();
    }

    static String event(int quota, int hallCapacity, int tables, LocalDate day) {
        return """
				{"name": {"en": "Test Expo", "vi": "Hội chợ thử", "lo": "ງານທົດລອງ"}, "city": "Vientiane",
				 "country": "LA", "startsOn": "%s", "endsOn": "%s", "slotMinutes": 30, "tables": %d,
				 "provinceQuota": %d, "requestQuota": 2, "requestsCloseHours": 24,
				 "halls": [{"name": "Hall A", "capacity": %d}],
				 "meetingDays": [{"date": "%s", "blocks": [{"start": "09:00", "slots": 3}, {"start": "14:00", "slots": 2}]}]}
				""".formatted(day, day.plusDays(1), tables, quota, hallCapacity, day);
    }

    long createEvent(int quota, int hallCapacity, int tables) {
        ApiClient.Response created = client.post(
                "/api/v1/expo/events",
                "analyst",
                event(quota, hallCapacity, tables, LocalDate.now().plusDays(30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode slots = created.json().get("slots");
        assertThat(slots).hasSize(5);
        assertThat(slots.get(2).get("endsAt").asText()).isEqualTo("10:30:00");
        assertThat(slots.get(3).get("startsAt").asText()).isEqualTo("14:00:00");
        return created.json().get("id").asLong();
    }

    @Test
    void onlyOrganisersCreateEventsAndBadEventsNameTheField() {
        ApiClient.Response byEnterprise =
                client.post("/api/v1/expo/events", "vn-enterprise", event(1, 1, 1, LocalDate.now()));
        assertThat(byEnterprise.status()).isEqualTo(403);

        String noLao = event(1, 1, 1, LocalDate.now()).replace("\"lo\": \"ງານທົດລອງ\"", "\"lo\": \"\"");
        ApiClient.Response invalid = client.post("/api/v1/expo/events", "analyst", noLao);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("code").asText()).isEqualTo("EXP-001");
        assertThat(invalid.json().get("errors").get(0).get("field").asText()).isEqualTo("name");

        String tooShort = event(1, 1, 1, LocalDate.now()).replace("\"slotMinutes\": 30", "\"slotMinutes\": 10");
        ApiClient.Response shortSlots = client.post("/api/v1/expo/events", "analyst", tooShort);
        assertThat(shortSlots.status()).isEqualTo(422);
        assertThat(shortSlots.body()).contains("slotMinutes");
    }

    @Test
    void boothsFollowTheQuotaAndTheCapacityAndTheRefusalNamesTheRule() {
        long event = createEvent(1, 1, 2);
        // Another organisation's enterprise: refused before anything is read.
        ApiClient.Response foreign = client.post(
                "/api/v1/expo/events/" + event + "/booths", "la-enterprise", "{\"enterpriseId\": " + vn + "}");
        assertThat(foreign.status()).isEqualTo(403);

        ApiClient.Response notOffered = client.post(
                "/api/v1/expo/events/" + event + "/booths",
                "vn-enterprise",
                "{\"enterpriseId\": " + vn + ", \"products\": [\"071410\"]}");
        assertThat(notOffered.status()).isEqualTo(422);
        assertThat(notOffered.json().get("code").asText()).isEqualTo("EXP-007");
        assertThat(notOffered.json().get("errors").get(0).get("field").asText()).isEqualTo("products[0]");

        ApiClient.Response applied = client.post(
                "/api/v1/expo/events/" + event + "/booths",
                "vn-enterprise",
                "{\"enterpriseId\": " + vn + ", \"products\": [\"1108.14\"]}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("status").asText()).isEqualTo("APPLIED");
        assertThat(applied.json().get("products").get(0).asText()).isEqualTo("110814");
        long vnBooth = applied.json().get("id").asLong();

        ApiClient.Response again = client.post(
                "/api/v1/expo/events/" + event + "/booths", "vn-enterprise", "{\"enterpriseId\": " + vn + "}");
        assertThat(again.json().get("code").asText()).isEqualTo("EXP-008");

        ApiClient.Response byEnterprise =
                client.post("/api/v1/expo/events/" + event + "/booths/" + vnBooth + "/approve", "vn-enterprise", "{}");
        assertThat(byEnterprise.status()).isEqualTo(403);

        ApiClient.Response approved =
                client.post("/api/v1/expo/events/" + event + "/booths/" + vnBooth + "/approve", "analyst", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("number").asInt()).isEqualTo(1);

        // A second Nghệ An enterprise: the province quota (1) refuses it and says so.
        long nghean2 = jdbc.sql("""
				SELECT id FROM enterprise WHERE province_code = '40' AND verification_status = 'VERIFIED' AND id <> :vn
				ORDER BY id LIMIT 1""").param("vn", vn).query(Long.class).single();
        long booth2 = insertApplication(event, nghean2, "40");
        ApiClient.Response quota =
                client.post("/api/v1/expo/events/" + event + "/booths/" + booth2 + "/approve", "analyst", "{}");
        assertThat(quota.status()).isEqualTo(409);
        assertThat(quota.json().get("code").asText()).isEqualTo("EXP-004");
        assertThat(quota.json().get("detail").asText()).contains("40").contains("1");

        // The Lao cooperative: its province has room, the hall (capacity 1) does not.
        ApiClient.Response laoApplied = client.post(
                "/api/v1/expo/events/" + event + "/booths", "la-enterprise", "{\"enterpriseId\": " + la + "}");
        long laBooth = laoApplied.json().get("id").asLong();
        ApiClient.Response full =
                client.post("/api/v1/expo/events/" + event + "/booths/" + laBooth + "/approve", "analyst", "{}");
        assertThat(full.json().get("code").asText()).isEqualTo("EXP-005");

        ApiClient.Response noReason = client.post(
                "/api/v1/expo/events/" + event + "/booths/" + laBooth + "/decline", "analyst", "{\"reason\": \" \"}");
        assertThat(noReason.json().get("code").asText()).isEqualTo("EXP-010");
        ApiClient.Response declined = client.post(
                "/api/v1/expo/events/" + event + "/booths/" + laBooth + "/decline",
                "analyst",
                "{\"reason\": \"The hall is full.\"}");
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");

        // The Lao user sees approved booths and its own application, not the other refused one.
        ApiClient.Response seen = client.get("/api/v1/expo/events/" + event + "/booths", "la-enterprise");
        List<Long> ids = new ArrayList<>();
        seen.json().forEach(b -> ids.add(b.get("id").asLong()));
        assertThat(ids).containsExactlyInAnyOrder(vnBooth, laBooth);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'expo_booth'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    long insertApplication(long event, long enterprise, String province) {
        return jdbc.sql("""
				INSERT INTO expo_booth (event_id, enterprise_id, country, province_code, status, applied_by, applied_at)
				VALUES (:e, :x, 'VN', :p, 'APPLIED', 'test', now()) RETURNING id""")
                .param("e", event)
                .param("x", enterprise)
                .param("p", province)
                .query(Long.class)
                .single();
    }

    @Test
    void aSuggestedPartnerIsRequestedAcceptedScheduledAndBothAgendasAgree() {
        long event = createEvent(10, 10, 1);
        register(event, "vn-enterprise", vn);
        register(event, "la-enterprise", la);

        ApiClient.Response suggestions =
                client.get("/api/v1/expo/events/" + event + "/suggestions?enterpriseId=" + la, "la-enterprise");
        assertThat(suggestions.status()).as(suggestions.body()).isEqualTo(200);
        assertThat(suggestions.json().get(0).get("enterpriseId").asLong()).isEqualTo(vn);
        assertThat(suggestions.json().get(0).get("reasons")).isNotEmpty();
        ApiClient.Response othersSuggestions =
                client.get("/api/v1/expo/events/" + event + "/suggestions?enterpriseId=" + la, "vn-enterprise");
        assertThat(othersSuggestions.status()).isEqualTo(403);

        ApiClient.Response requested = client.post(
                "/api/v1/expo/events/" + event + "/meetings",
                "la-enterprise",
                "{\"fromEnterpriseId\": " + la + ", \"toEnterpriseId\": " + vn + ", \"message\": \"Cassava 2027\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        long meeting = requested.json().get("id").asLong();
        assertThat(requested.json().get("score").asDouble()).isGreaterThan(0);

        ApiClient.Response twice = client.post(
                "/api/v1/expo/events/" + event + "/meetings",
                "la-enterprise",
                "{\"fromEnterpriseId\": " + la + ", \"toEnterpriseId\": " + vn + "}");
        assertThat(twice.json().get("code").asText()).isEqualTo("EXP-022");

        ApiClient.Response bySender = client.post("/api/v1/expo/meetings/" + meeting + "/accept", "la-enterprise", "");
        assertThat(bySender.status()).isEqualTo(403);
        assertThat(bySender.json().get("code").asText()).isEqualTo("EXP-021");
        ApiClient.Response accepted = client.post(
                "/api/v1/expo/meetings/" + meeting + "/accept", "vn-enterprise", "{\"message\": \"Hẹn gặp\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        ApiClient.Response answeredTwice =
                client.post("/api/v1/expo/meetings/" + meeting + "/decline", "vn-enterprise", "");
        assertThat(answeredTwice.json().get("code").asText()).isEqualTo("EXP-017");

        // The Lao side cannot meet in slots 1 and 2.
        ApiClient.Response blocked = client.put(
                "/api/v1/expo/events/" + event + "/blocked-slots",
                "la-enterprise",
                "{\"enterpriseId\": " + la + ", \"slots\": [1, 2]}");
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(200);

        ApiClient.Response byEnterprise =
                client.post("/api/v1/expo/events/" + event + "/schedule", "vn-enterprise", "");
        assertThat(byEnterprise.status()).isEqualTo(403);
        ApiClient.Response run = client.post("/api/v1/expo/events/" + event + "/schedule", "analyst", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(run.json().get("scheduled").asInt()).isEqualTo(1);

        JsonNode laAgenda = only(client.get("/api/v1/expo/events/" + event + "/meetings", "la-enterprise"));
        JsonNode vnAgenda = only(client.get("/api/v1/expo/events/" + event + "/meetings", "vn-enterprise"));
        assertThat(laAgenda.get("slot").asInt()).isEqualTo(3);
        assertThat(laAgenda.get("table").asInt()).isEqualTo(1);
        assertThat(vnAgenda.get("slot")).isEqualTo(laAgenda.get("slot"));
        assertThat(vnAgenda.get("table")).isEqualTo(laAgenda.get("table"));

        // Locked, it stays where it is even when the Lao side later blocks that slot too.
        assertThat(client.post("/api/v1/expo/events/" + event + "/meetings/" + meeting + "/lock", "analyst", "")
                        .status())
                .isEqualTo(200);
        client.put(
                "/api/v1/expo/events/" + event + "/blocked-slots",
                "la-enterprise",
                "{\"enterpriseId\": " + la + ", \"slots\": [1, 2, 3]}");
        ApiClient.Response rerun = client.post("/api/v1/expo/events/" + event + "/schedule", "analyst", "");
        assertThat(rerun.json().get("moved").asInt()).isZero();
        assertThat(only(client.get("/api/v1/expo/events/" + event + "/meetings", "la-enterprise"))
                        .get("slot")
                        .asInt())
                .isEqualTo(3);

        // Another enterprise user sees none of it.
        assertThat(client.get("/api/v1/expo/events/" + event + "/meetings", "officer")
                        .json())
                .isEmpty();
    }

    @Test
    void noThanksForbidsThePairAndTheQuotaCountsRequests() {
        long event = createEvent(10, 10, 1);
        register(event, "vn-enterprise", vn);
        register(event, "la-enterprise", la);
        ApiClient.Response no = client.post(
                "/api/v1/expo/events/" + event + "/no-thanks",
                "vn-enterprise",
                "{\"enterpriseId\": " + vn + ", \"otherEnterpriseId\": " + la + "}");
        assertThat(no.status()).as(no.body()).isEqualTo(204);
        ApiClient.Response refused = client.post(
                "/api/v1/expo/events/" + event + "/meetings",
                "la-enterprise",
                "{\"fromEnterpriseId\": " + la + ", \"toEnterpriseId\": " + vn + "}");
        assertThat(refused.json().get("code").asText()).isEqualTo("EXP-020");

        // Quota 2: two other Vietnamese participants take it.
        List<Long> others = jdbc.sql("""
				SELECT id FROM enterprise WHERE country = 'VN' AND id <> :vn ORDER BY id LIMIT 3""").param("vn", vn).query(Long.class).list();
        for (long other : others) {
            jdbc.sql("""
					INSERT INTO expo_participant (event_id, enterprise_id, country, province_code, registered_by,
					  registered_at) VALUES (:e, :x, 'VN', '40', 'test', now())""").param("e", event).param("x", other).update();
        }
        for (int i = 0; i < 2; i++) {
            ApiClient.Response sent = client.post(
                    "/api/v1/expo/events/" + event + "/meetings",
                    "la-enterprise",
                    "{\"fromEnterpriseId\": " + la + ", \"toEnterpriseId\": " + others.get(i) + "}");
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        }
        ApiClient.Response third = client.post(
                "/api/v1/expo/events/" + event + "/meetings",
                "la-enterprise",
                "{\"fromEnterpriseId\": " + la + ", \"toEnterpriseId\": " + others.get(2) + "}");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("code").asText()).isEqualTo("EXP-019");
    }

    @Test
    void openRequestsExpireWhenRequestsClose() {
        // The event starts tomorrow at 09:00 and requests close 48 hours before: already closed.
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String body = event(10, 10, 1, tomorrow).replace("\"requestsCloseHours\": 24", "\"requestsCloseHours\": 48");
        long event = client.post("/api/v1/expo/events", "analyst", body)
                .json()
                .get("id")
                .asLong();
        register(event, "vn-enterprise", vn);
        register(event, "la-enterprise", la);
        long open = jdbc.sql("""
				INSERT INTO expo_meeting (event_id, from_enterprise_id, to_enterprise_id, score, status, sent_by, sent_at)
				VALUES (:e, :from, :to, 0.5, 'REQUESTED', 'la-enterprise', now()) RETURNING id""")
                .param("e", event)
                .param("from", la)
                .param("to", vn)
                .query(Long.class)
                .single();
        ApiClient.Response late = client.post(
                "/api/v1/expo/events/" + event + "/meetings",
                "la-enterprise",
                "{\"fromEnterpriseId\": " + la + ", \"toEnterpriseId\": " + vn + "}");
        assertThat(late.json().get("code").asText()).isEqualTo("EXP-023");
        ApiClient.Response accept = client.post("/api/v1/expo/meetings/" + open + "/accept", "vn-enterprise", "");
        assertThat(accept.json().get("code").asText()).isEqualTo("EXP-017");
        assertThat(jdbc.sql("SELECT status FROM expo_meeting WHERE id = :id")
                        .param("id", open)
                        .query(String.class)
                        .single())
                .isEqualTo("EXPIRED");
    }

    @Test
    void anAgreementSignedAtTheFairBecomesALinkageInMatching() {
        long event = createEvent(10, 10, 1);
        String path = "/api/v1/expo/events/" + event + "/agreements";
        String day = LocalDate.now().plusDays(30).toString();
        ApiClient.Response byEnterprise = client.post(path, "vn-enterprise", "{}");
        assertThat(byEnterprise.status()).isEqualTo(403);

        ApiClient.Response invalid = client.post(
                path,
                "analyst",
                "{\"vnEnterpriseId\": " + vn + ", \"laEnterpriseId\": " + la + ", \"kind\": \"DEAL\", "
                        + "\"hsCodes\": [\"071410\"], \"amount\": 1000, \"signedOn\": \"" + day + "\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("code").asText()).isEqualTo("EXP-025");
        assertThat(invalid.body()).contains("\"kind\"").contains("\"currency\"");

        // The pair may already be linked (another test's interest): then the agreement keeps that linkage.
        ApiClient.Response signed = client.post(
                path,
                "analyst",
                "{\"vnEnterpriseId\": " + vn + ", \"laEnterpriseId\": " + la + ", \"kind\": \"CONTRACT\", "
                        + "\"hsCodes\": [\"0714.10\"], \"amount\": 250000.00, \"currency\": \"USD\", "
                        + "\"signedOn\": \"" + day + "\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        long linkage = signed.json().get("linkageId").asLong();
        assertThat(jdbc.sql("SELECT count(*) FROM matching_linkage WHERE id = :id AND vn_enterprise_id = :vn "
                                + "AND la_enterprise_id = :la")
                        .param("id", linkage)
                        .param("vn", vn)
                        .param("la", la)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // A second agreement of the same pair keeps the one linkage.
        ApiClient.Response again = client.post(
                path,
                "analyst",
                "{\"vnEnterpriseId\": " + vn + ", \"laEnterpriseId\": " + la + ", \"kind\": \"MOU\", "
                        + "\"hsCodes\": [\"110814\"], \"signedOn\": \"" + day + "\"}");
        assertThat(again.json().get("linkageId").asLong()).isEqualTo(linkage);
    }

    @Test
    void anOrganiserProposesAnAgreementAsAPilotCandidateOnce() {
        long event = createEvent(10, 10, 1);
        String day = LocalDate.now().plusDays(30).toString();
        ApiClient.Response signed = client.post(
                "/api/v1/expo/events/" + event + "/agreements",
                "analyst",
                "{\"vnEnterpriseId\": " + vn + ", \"laEnterpriseId\": " + la + ", \"kind\": \"MOU\", "
                        + "\"hsCodes\": [\"071410\"], \"signedOn\": \"" + day + "\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        long agreement = signed.json().get("id").asLong();
        ApiClient.Response evaluation = client.post("/api/v1/pilot/evaluations", "analyst", """
				{"title": {"en": "Expo proposals", "vi": "Đề xuất từ Hội chợ", "lo": "ຂໍ້ສະເໜີຈາກງານວາງສະແດງ"}, "method": "AIJ"}""");
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(201);
        long evaluationId = evaluation.json().get("id").asLong();
        String path = "/api/v1/expo/events/" + event + "/agreements/" + agreement + "/pilot-proposals/" + evaluationId;

        assertThat(client.post(path, "vn-enterprise", "{\"sector\": \"AGRICULTURE\"}")
                        .status())
                .isEqualTo(403);
        // An invited evaluator sees the evaluation but only its owner shapes it.
        assertThat(client.post(
                                "/api/v1/pilot/evaluations/" + evaluationId + "/evaluators",
                                "analyst",
                                "{\"username\": \"iice-analyst\"}")
                        .status())
                .isLessThan(300);
        ApiClient.Response notOwner = client.post(path, "iice-analyst", "{}");
        assertThat(notOwner.status()).as(notOwner.body()).isEqualTo(403);
        assertThat(notOwner.json().get("code").asText()).isEqualTo("PIL-016");
        ApiClient.Response unknown = client.post(
                "/api/v1/expo/events/" + event + "/agreements/" + (agreement + 100000) + "/pilot-proposals/"
                        + evaluationId,
                "analyst",
                "{}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("EXP-026");
        ApiClient.Response badSector = client.post(path, "analyst", "{\"sector\": \"MINING\"}");
        assertThat(badSector.status()).as(badSector.body()).isEqualTo(422);
        assertThat(badSector.json().get("code").asText()).isEqualTo("PIL-025");

        ApiClient.Response proposed = client.post(path, "analyst", "{\"sector\": \"AGRICULTURE\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("created").asBoolean()).isTrue();
        long candidate = proposed.json().get("candidateId").asLong();
        ApiClient.Response onThePilotSide = client.get("/api/v1/pilot/evaluations/" + evaluationId, "analyst");
        assertThat(onThePilotSide.status()).isEqualTo(200);
        assertThat(onThePilotSide.body())
                .contains("Memorandum of understanding: ")
                .contains("\"AGRICULTURE\"");
        var stored = jdbc.sql("SELECT evaluation_id, source_ref, name_vi, name_lo FROM pilot_candidate WHERE id = :id")
                .param("id", candidate)
                .query((rs, n) -> List.of(
                        rs.getString("evaluation_id"),
                        rs.getString("source_ref"),
                        rs.getString("name_vi"),
                        rs.getString("name_lo")))
                .single();
        assertThat(stored.get(0)).isEqualTo(String.valueOf(evaluationId));
        assertThat(stored.get(1)).isEqualTo("expo-agreement:" + agreement);
        assertThat(stored.get(2)).startsWith("Biên bản ghi nhớ: ").contains("ký kết tại");
        assertThat(stored.get(3)).startsWith("ບົດບັນທຶກຄວາມເຂົ້າໃຈ: ").contains("ລົງນາມທີ່");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE entity_type = 'pilot_candidate' AND entity_id = :id")
                        .param("id", String.valueOf(candidate))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // An administrator organises the Expo but does not see another's draft evaluation.
        ApiClient.Response byAdmin = client.post(path, "admin", "{}");
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(404);
        assertThat(byAdmin.json().get("code").asText()).isEqualTo("PIL-015");
        ApiClient.Response twice = client.post(path, "analyst", "{\"sector\": \"OTHER\"}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(200);
        assertThat(twice.json().get("created").asBoolean()).isFalse();
        assertThat(twice.json().get("candidateId").asLong()).isEqualTo(candidate);
        assertThat(jdbc.sql("SELECT count(*) FROM pilot_candidate WHERE evaluation_id = :e")
                        .param("e", evaluationId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theStatelessSolverAnswersAndRefusesBadInputByField() {
        ApiClient.Response solved = client.post("/api/v1/expo/schedule/solve", "vn-enterprise", """
				{"slots": 8, "tables": 3, "meetings": [["L1","V1"],["L1","V2"],["L2","V1"]],
				 "availability": {"L1": [1,2,3,4]}, "bipartite": true, "timeLimitSeconds": 5}""");
        assertThat(solved.status()).as(solved.body()).isEqualTo(200);
        assertThat(solved.json().get("status").asText()).isEqualTo("OPTIMAL");
        assertThat(solved.json().get("scheduled").asInt()).isEqualTo(3);
        assertThat(solved.json().get("assignments")).hasSize(3);
        for (JsonNode a : solved.json().get("assignments")) {
            assertThat(a.get("slot").asInt()).isBetween(1, 8);
            if (a.get("meeting").get(0).asText().equals("L1")) {
                assertThat(a.get("slot").asInt()).isBetween(1, 4);
            }
        }

        ApiClient.Response fewest = client.post(
                "/api/v1/expo/schedule/solve",
                "analyst",
                "{\"tables\": 1, \"meetings\": [[\"a\",\"x\"],[\"a\",\"y\"],[\"b\",\"x\"]], \"bipartite\": true}");
        assertThat(fewest.json().get("slotsUsed").asInt()).isEqualTo(3);
        assertThat(fewest.json().get("lowerBound").asInt()).isEqualTo(3);

        assertRefused("{\"tables\": 1, \"meetings\": [[\"a\"]]}", "EXP-012", "meetings[0]");
        assertRefused("{\"tables\": 1, \"meetings\": [[\"a\",\"a\"]]}", "EXP-012", "meetings[0]");
        assertRefused("{\"tables\": 1, \"meetings\": [[\"a\",\"b\"],[\"b\",\"a\"]]}", "EXP-013", "meetings[1]");
        assertRefused("{\"slots\": 0, \"tables\": 1, \"meetings\": [[\"a\",\"b\"]]}", "EXP-011", "slots");
        assertRefused(
                "{\"tables\": 1, \"bipartite\": true, \"meetings\": [[\"a\",\"b\"],[\"b\",\"c\"],[\"c\",\"a\"]]}",
                "EXP-015",
                "bipartite");
        StringBuilder many = new StringBuilder("{\"tables\": 1, \"meetings\": [");
        for (int i = 0; i <= 50_000; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("[\"a")
                    .append(i)
                    .append("\",\"b")
                    .append(i)
                    .append("\"]");
        }
        assertRefused(many.append("]}").toString(), "EXP-014", "meetings");
    }

    void assertRefused(String body, String code, String field) {
        ApiClient.Response answer = client.post("/api/v1/expo/schedule/solve", "analyst", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    void register(long event, String user, long enterprise) {
        ApiClient.Response registered = client.post(
                "/api/v1/expo/events/" + event + "/participants", user, "{\"enterpriseId\": " + enterprise + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    static JsonNode only(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        return response.json().get(0);
    }
}
