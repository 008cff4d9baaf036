package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Every transition of a case and every refusal, through the API with the demo accounts: la-enterprise files an
 * obstacle met on the Vietnamese side of Lao Bảo–Densavanh, the coordinators review, return, accept and route it, the
 * Quảng Trị customs answers in Vietnamese, the filer accepts, the ministry escalates, a coordinator closes.
 */
@IntegrationTest
class CaseWorkflowTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String obstacle(String title, String topic, String country, String gate, String language) {
        return """
				{"kind": "OBSTACLE", "topic": "%s", "homeCountry": "LA", "country": "%s", "gatePairId": %s,
				 "hsCodes": ["071410"], "title": "%s",
				 "description": "ລົດບັນທຸກມັນຕົ້ນຕ້ອງລໍຖ້າສອງມື້ຢູ່ດ່ານລາວບາວ ເພາະເອກະສານກວດກາພືດບໍ່ຖືກຮັບຮູ້.",
				 "language": "%s", "publishable": true}""".formatted(topic, country, gate == null ? "null" : "\"" + gate + "\"", title, language);
    }

    long file(String user, String json) {
        ApiClient.Response filed = api.post("/api/v1/casework/cases", user, json);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    ApiClient.Response act(long id, String user, String json) {
        return api.post("/api/v1/casework/cases/" + id + "/actions", user, json);
    }

    void expect(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    String status(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("status").asText();
    }

    @Test
    void anObstacleGoesFromFilingToClosingThroughEveryPartyAndEachWrongStepIsRefused() {
        long id = file("la-enterprise", obstacle("ລົດບັນທຸກລໍຖ້າຢູ່ລາວບາວ", "CUSTOMS", "VN", "VL-INT-06", "lo"));
        JsonNode filed =
                api.get("/api/v1/casework/cases/" + id, "la-enterprise").json();
        assertThat(filed.get("reference").asText()).matches("VLC-\\d{4}-\\d{5}");
        assertThat(filed.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(filed.get("step").asText()).isEqualTo("ADMISSIBILITY");
        assertThat(filed.get("stepDeadline").asText()).isNotBlank();

        // Who does not see it, sees nothing: another enterprise, a body it is not routed to.
        expect(api.get("/api/v1/casework/cases/" + id, "vn-enterprise"), 404, "CAS-001");
        expect(api.get("/api/v1/casework/cases/" + id, "vn-customs"), 404, "CAS-001");
        expect(act(id, "vn-enterprise", "{\"action\": \"ACCEPT\"}"), 404, "CAS-001");
        // The filer does not accept its own case; an unknown action is refused as content.
        expect(act(id, "la-enterprise", "{\"action\": \"ACCEPT\"}"), 403, "CAS-004");
        expect(act(id, "analyst", "{\"action\": \"DANCE\"}"), 422, "CAS-007");
        // Steps out of order.
        expect(act(id, "analyst", "{\"action\": \"ROUTE\"}"), 409, "CAS-003");
        expect(act(id, "iice-analyst", "{\"action\": \"CLOSE\"}"), 409, "CAS-003");
        expect(act(id, "ministry", "{\"action\": \"ESCALATE\", \"reason\": \"early\"}"), 409, "CAS-003");
        expect(act(id, "la-enterprise", "{\"action\": \"RESUBMIT\", \"reason\": \"x\"}"), 409, "CAS-003");

        assertThat(status(act(id, "iice-analyst", "{\"action\": \"START_REVIEW\"}")))
                .isEqualTo("IN_REVIEW");
        expect(act(id, "iice-analyst", "{\"action\": \"START_REVIEW\"}"), 409, "CAS-003");
        expect(act(id, "iice-analyst", "{\"action\": \"RETURN\"}"), 422, "CAS-005");
        assertThat(status(act(
                        id,
                        "iice-analyst",
                        "{\"action\": \"RETURN\", \"reason\": \"Attach the phytosanitary " + "certificate\"}")))
                .isEqualTo("RETURNED");
        expect(act(id, "la-enterprise", "{\"action\": \"RESUBMIT\"}"), 422, "CAS-005");
        assertThat(status(act(id, "la-enterprise", "{\"action\": \"RESUBMIT\", \"reason\": \"ຄັດຕິດໃບຢັ້ງຢືນແລ້ວ\"}")))
                .isEqualTo("SUBMITTED");
        ApiClient.Response accepted = act(id, "iice-analyst", "{\"action\": \"ACCEPT\"}");
        assertThat(status(accepted)).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("proposedBodyId").asText())
                .as("customs of the gate's Vietnamese province")
                .isEqualTo("VN-CUS-QT");

        // Routing: a body of the other country is refused; the proposal is taken when none is named.
        expect(act(id, "analyst", "{\"action\": \"ROUTE\", \"bodyId\": \"LA-CUSTOMS\"}"), 422, "CAS-006");
        expect(act(id, "analyst", "{\"action\": \"ROUTE\", \"bodyId\": \"NO-SUCH\"}"), 422, "CAS-006");
        ApiClient.Response routed = act(id, "analyst", "{\"action\": \"ROUTE\"}");
        assertThat(status(routed)).isEqualTo("WITH_BODY");
        assertThat(routed.json().get("bodyId").asText()).isEqualTo("VN-CUS-QT");
        assertThat(routed.json().get("step").asText()).isEqualTo("ANSWER");

        // The body answers, in Vietnamese; nobody else does.
        assertThat(api.get("/api/v1/casework/cases/" + id, "vn-customs").status())
                .isEqualTo(200);
        expect(
                act(id, "analyst", "{\"action\": \"ANSWER\", \"answer\": \"x\", \"answerLanguage\": \"vi\"}"),
                403,
                "CAS-004");
        expect(
                act(id, "la-customs", "{\"action\": \"ANSWER\", \"answer\": \"x\", \"answerLanguage\": \"vi\"}"),
                404,
                "CAS-001");
        expect(act(id, "vn-customs", "{\"action\": \"ANSWER\", \"answerLanguage\": \"vi\"}"), 422, "CAS-007");
        expect(
                act(id, "vn-customs", "{\"action\": \"ANSWER\", \"answer\": \"x\", \"answerLanguage\": \"fr\"}"),
                422,
                "CAS-007");
        ApiClient.Response answered = act(id, "vn-customs", """
				{"action": "ANSWER", "answerLanguage": "vi",
				 "answer": "Từ ngày 1/1/2027, Chi cục Hải quan cửa khẩu Lao Bảo chấp nhận giấy chứng nhận kiểm dịch điện tử."}""");
        assertThat(status(answered)).isEqualTo("ANSWER_PROPOSED");
        assertThat(answered.json().get("step").asText()).isEqualTo("FILER_REPLY");

        expect(act(id, "analyst", "{\"action\": \"ACCEPT_ANSWER\"}"), 403, "CAS-004");
        expect(act(id, "la-enterprise", "{\"action\": \"REFUSE_ANSWER\"}"), 422, "CAS-005");
        assertThat(status(act(id, "la-enterprise", "{\"action\": \"ACCEPT_ANSWER\"}")))
                .isEqualTo("ANSWER_ACCEPTED");

        expect(act(id, "officer", "{\"action\": \"ESCALATE\", \"reason\": \"x\"}"), 403, "AUT-002");
        expect(act(id, "ministry", "{\"action\": \"ESCALATE\"}"), 422, "CAS-005");
        ApiClient.Response escalated =
                act(id, "ministry", "{\"action\": \"ESCALATE\", \"reason\": \"Joint decision on e-certificates\"}");
        assertThat(escalated.json().get("escalated").asBoolean()).isTrue();
        assertThat(escalated.json().get("needsGovernment").asBoolean()).isTrue();
        assertThat(status(escalated)).isEqualTo("ANSWER_ACCEPTED");
        expect(act(id, "ministry", "{\"action\": \"ESCALATE\", \"reason\": \"again\"}"), 409, "CAS-003");
        expect(act(id, "ministry", "{\"action\": \"CLOSE\"}"), 403, "CAS-004");
        expect(act(id, "analyst", "{\"action\": \"CLOSE\"}"), 403, "CAS-017");
        assertThat(status(act(id, "iice-analyst", "{\"action\": \"CLOSE\"}"))).isEqualTo("CLOSED");
        expect(act(id, "iice-analyst", "{\"action\": \"ACCEPT\"}"), 409, "CAS-003");

        JsonNode closed =
                api.get("/api/v1/casework/cases/" + id, "la-enterprise").json();
        List<String> actions = new ArrayList<>();
        closed.get("history")
                .forEach(e -> actions.add(
                        e.get("action").asText() + ":" + e.get("username").asText()));
        assertThat(actions)
                .containsExactly(
                        "FILE:la-enterprise",
                        "START_REVIEW:iice-analyst",
                        "RETURN:iice-analyst",
                        "RESUBMIT:la-enterprise",
                        "ACCEPT:iice-analyst",
                        "ROUTE:analyst",
                        "ANSWER:vn-customs",
                        "ACCEPT_ANSWER:la-enterprise",
                        "ESCALATE:ministry",
                        "CLOSE:iice-analyst");
        assertThat(closed.get("history").get(2).get("reason").asText()).contains("phytosanitary");
        assertThat(closed.get("steps")).hasSize(5);
        assertThat(closed.get("trafficLight").asText()).isEqualTo("GREEN");
        assertThat(closed.get("closedOn").asText()).isNotBlank();

        // It is published without who filed it.
        String published = api.get("/api/v1/casework/public-cases", null).body();
        assertThat(published).contains(closed.get("reference").asText()).doesNotContain("la-enterprise");
    }

    @Test
    void aRejectedCaseStopsAndARefusedAnswerGoesBackToABodyOrCloses() {
        long rejected = file("la-enterprise", obstacle("Reject me", "OTHER", "LA", null, "en"));
        expect(act(rejected, "iice-analyst", "{\"action\": \"REJECT\"}"), 422, "CAS-005");
        assertThat(status(act(
                        rejected,
                        "iice-analyst",
                        "{\"action\": \"REJECT\", \"reason\": \"A dispute between " + "two firms is out of scope\"}")))
                .isEqualTo("REJECTED");
        expect(act(rejected, "iice-analyst", "{\"action\": \"ACCEPT\"}"), 409, "CAS-003");
        expect(api.post("/api/v1/casework/cases/" + rejected + "/support", "vn-enterprise", ""), 409, "CAS-003");

        long refused = file("la-enterprise", obstacle("Refuse the answer", "PAYMENTS", "VN", null, "en"));
        act(refused, "iice-analyst", "{\"action\": \"ACCEPT\"}");
        ApiClient.Response routed = act(refused, "analyst", "{\"action\": \"ROUTE\", \"bodyId\": \"VN-CUS-QT\"}");
        assertThat(routed.json().get("bodyId").asText()).isEqualTo("VN-CUS-QT");
        act(refused, "vn-customs", "{\"action\": \"ANSWER\", \"answer\": \"Không\", \"answerLanguage\": \"vi\"}");
        ApiClient.Response notAccepted = act(
                refused,
                "la-enterprise",
                "{\"action\": \"REFUSE_ANSWER\", " + "\"reason\": \"The answer does not address payments in kip\"}");
        assertThat(status(notAccepted)).isEqualTo("ANSWER_NOT_ACCEPTED");
        assertThat(status(act(refused, "analyst", "{\"action\": \"ROUTE\", \"bodyId\": \"VN-SBV\"}")))
                .isEqualTo("WITH_BODY");
        // vn-customs no longer sees it: it is routed to the State Bank now.
        expect(api.get("/api/v1/casework/cases/" + refused, "vn-customs"), 404, "CAS-001");
        expect(act(refused, "iice-analyst", "{\"action\": \"CLOSE\"}"), 409, "CAS-003");

        long closedUnaccepted = file("la-enterprise", obstacle("Close unaccepted", "CUSTOMS", "VN", "VL-INT-06", "en"));
        act(closedUnaccepted, "iice-analyst", "{\"action\": \"ACCEPT\"}");
        act(closedUnaccepted, "analyst", "{\"action\": \"ROUTE\"}");
        act(
                closedUnaccepted,
                "vn-customs",
                "{\"action\": \"ANSWER\", \"answer\": \"Không\", \"answerLanguage\": \"vi\"}");
        act(closedUnaccepted, "la-enterprise", "{\"action\": \"REFUSE_ANSWER\", \"reason\": \"no\"}");
        assertThat(status(act(closedUnaccepted, "iice-analyst", "{\"action\": \"CLOSE\"}")))
                .isEqualTo("CLOSED");
    }

    @Test
    void filingIsForFilersAndEveryBadFieldIsNamed() {
        expect(
                api.post("/api/v1/casework/cases", "analyst", obstacle("x", "CUSTOMS", "VN", null, "en")),
                403,
                "AUT-002");
        expect(
                api.post("/api/v1/casework/cases", "officer", obstacle("x", "CUSTOMS", "VN", null, "en")),
                403,
                "AUT-002");
        ApiClient.Response bad = api.post("/api/v1/casework/cases", "la-enterprise", """
				{"kind": "RANT", "topic": "WEATHER", "homeCountry": "TH", "country": "KH", "gatePairId": "VL-INT-99",
				 "hsCodes": ["12"], "title": "", "description": "", "language": "fr", "members": ["A"]}""");
        expect(bad, 422, "CAS-002");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields)
                .contains(
                        "kind",
                        "topic",
                        "homeCountry",
                        "country",
                        "gatePairId",
                        "title",
                        "description",
                        "language",
                        "members");
        assertThat(api.get("/api/v1/casework/cases", "vn-enterprise").body()).doesNotContain("ລົດບັນທຸກລໍຖ້າຢູ່ລາວບາວ");
    }

    @Test
    void messagesReachTheOtherParties() {
        long id = file("la-enterprise", obstacle("Messages", "CUSTOMS", "VN", "VL-INT-06", "en"));
        expect(
                api.post("/api/v1/casework/cases/" + id + "/messages", "vn-enterprise", "{\"text\": \"hi\"}"),
                404,
                "CAS-001");
        expect(api.post("/api/v1/casework/cases/" + id + "/messages", "analyst", "{\"text\": \"\"}"), 422, "CAS-007");
        ApiClient.Response sent =
                api.post("/api/v1/casework/cases/" + id + "/messages", "analyst", "{\"text\": \"Which truck?\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode view = api.get("/api/v1/casework/cases/" + id, "la-enterprise").json();
        assertThat(view.get("messages").get(0).get("text").asText()).isEqualTo("Which truck?");
        String inbox = api.get("/api/v1/notifications", "la-enterprise").body();
        assertThat(inbox).contains(view.get("reference").asText());
    }

    /**
     * Decision 0075: the filer's home country's coordinators review admissibility and close, those of the country
     * where the obstacle arose route; the other country's coordinator is refused with CAS-017 (problem+json, nothing
     * changed), and the history records which contact point took each step.
     */
    @Test
    void onlyTheHomeCountrysCoordinatorReviewsAndOnlyTheDestinationsRoutes() {
        // Filed by a Vietnamese enterprise about Laos: VIOIT (analyst) reviews, IICE (iice-analyst) routes.
        long id = file("vn-enterprise", """
				{"kind": "OBSTACLE", "topic": "CUSTOMS", "homeCountry": "VN", "country": "LA", "gatePairId": "VL-INT-06",
				 "title": "Phí lưu kho hai lần ở Đen Sạ Vẳn", "description": "Xe tải bị thu phí lưu kho hai lần.",
				 "language": "vi"}""");
        for (String action : List.of("START_REVIEW", "ACCEPT")) {
            ApiClient.Response refused = act(id, "iice-analyst", "{\"action\": \"" + action + "\"}");
            expect(refused, 403, "CAS-017");
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        expect(act(id, "iice-analyst", "{\"action\": \"REJECT\", \"reason\": \"not ours\"}"), 403, "CAS-017");
        expect(act(id, "iice-analyst", "{\"action\": \"RETURN\", \"reason\": \"not ours\"}"), 403, "CAS-017");
        assertThat(api.get("/api/v1/casework/cases/" + id, "analyst")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("SUBMITTED");
        assertThat(status(act(id, "analyst", "{\"action\": \"ACCEPT\"}"))).isEqualTo("ACCEPTED");

        expect(act(id, "analyst", "{\"action\": \"ROUTE\"}"), 403, "CAS-017");
        assertThat(status(act(id, "iice-analyst", "{\"action\": \"ROUTE\"}"))).isEqualTo("WITH_BODY");
        // Escalating is either country's coordinators' (or the ministry's).
        assertThat(act(id, "iice-analyst", "{\"action\": \"ESCALATE\", \"reason\": \"both sides\"}")
                        .status())
                .isEqualTo(200);

        JsonNode history =
                api.get("/api/v1/casework/cases/" + id, "vn-enterprise").json().get("history");
        List<String> taken = new ArrayList<>();
        history.forEach(e -> taken.add(
                e.get("action").asText() + ":" + e.get("coordinatorCountry").asText("-")));
        assertThat(taken).containsExactly("FILE:-", "ACCEPT:VN", "ROUTE:LA", "ESCALATE:LA");
    }
}
