package org.vietlao.linkage.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class PilotWorkflowTest {

    private static final String BASE = "/api/v1/pilot/evaluations";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void opensAnEvaluationWithTheFiveMouCriteriaInThreeLanguages() {
        JsonNode evaluation = create("analyst");

        JsonNode criteria = evaluation.get("criteria");
        assertThat(criteria).hasSize(5);
        int subs = 0;
        for (JsonNode criterion : criteria) {
            subs += criterion.get("subcriteria").size();
            assertThat(criterion.get("name").get("vi").asText())
                    .isNotEqualTo(criterion.get("name").get("en").asText());
            assertThat(criterion.get("name").get("lo").asText())
                    .isNotEqualTo(criterion.get("name").get("en").asText());
        }
        assertThat(subs).isEqualTo(17);
        assertThat(evaluation.get("state").asText()).isEqualTo("DRAFT");
        assertThat(auditRows("pilot_evaluation", evaluation.get("id").asText())).isPositive();
    }

    @Test
    void aCandidateNamesOnlyALinkageChainMatchingHas() {
        long id = create("analyst").get("id").asLong();
        long unknown = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM matching_chain")
                .query(Long.class)
                .single();

        var refused = client.post(BASE + "/" + id + "/candidates", "analyst", candidate("X", "AGRICULTURE", unknown));

        assertCode(refused, 422, "PIL-027");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("chainRef");
    }

    @Test
    void onlyAnalystsOpenEvaluations() {
        ApiClient.Response response = client.post(BASE, "ministry", newEvaluation());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void runsTheWholeWorkflowAndFreezesTheResult() {
        long id = create("analyst").get("id").asLong();
        long chain =
                jdbc.sql("SELECT min(id) FROM matching_chain").query(Long.class).single();
        addCandidate(id, "A", "AGRICULTURE", chain);
        addCandidate(id, "B", "ELECTRONICS", null);
        assertThat(client.post(BASE + "/" + id + "/evaluators", "analyst", "{\"username\": \"iice-analyst\"}")
                        .status())
                .isEqualTo(204);
        assertCode(
                client.post(BASE + "/" + id + "/evaluators", "analyst", "{\"username\": \"officer\"}"), 422, "PIL-021");
        assertThat(client.post(BASE + "/" + id + "/open", "analyst", "").status())
                .isEqualTo(200);

        assertCode(client.post(BASE + "/" + id + "/close", "iice-analyst", ""), 403, "PIL-016");
        assertCode(client.post(BASE + "/" + id + "/close", "analyst", ""), 409, "PIL-018");
        assertCode(
                client.post(BASE + "/" + id + "/candidates", "analyst", candidate("C", "OTHER", null)), 409, "PIL-017");
        assertCode(client.put(BASE + "/" + id + "/matrices/C", "analyst", consistent(5)), 403, "PIL-020");

        fillAll(id, "iice-analyst");
        ApiClient.Response closed = client.post(BASE + "/" + id + "/close", "analyst", "");

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode result = closed.json();
        assertThat(result.get("topsisRanking")).hasSize(2);
        assertThat(result.get("candidates").get(0).get("chainRef").asLong()).isEqualTo(chain);
        assertThat(result.get("matrices").get(0).get("groupCr").asDouble()).isZero();
        assertThat(result.get("sensitivity")).hasSize(5);

        // closed is immutable
        assertCode(client.put(BASE + "/" + id + "/matrices/C", "iice-analyst", consistent(5)), 409, "PIL-017");
        assertCode(client.post(BASE + "/" + id + "/close", "analyst", ""), 409, "PIL-017");
        assertCode(client.post(BASE + "/" + id + "/open", "analyst", ""), 409, "PIL-017");
        assertCode(client.delete(BASE + "/" + id + "/evaluators/iice-analyst", "analyst"), 409, "PIL-017");

        // the stored result is what is served, whatever happens to the judgements afterwards
        jdbc.sql("UPDATE pilot_judgement SET value = 9 WHERE evaluation_id = :id")
                .param("id", id)
                .update();
        ApiClient.Response again = client.get(BASE + "/" + id + "/result", "iice-analyst");
        assertThat(again.json()).isEqualTo(result);

        assertThat(auditRows("pilot_candidate", null)).isGreaterThanOrEqualTo(2);
        assertThat(auditRows("pilot_evaluator", id + ":iice-analyst")).isEqualTo(1);
        assertThat(auditRows("pilot_judgements", null)).isPositive();
        assertThat(auditRows("pilot_result", String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE entity_type = 'pilot_evaluation' AND entity_id = :id
				AND changes -> 'state' ->> 'to' = 'CLOSED' AND actor = 'analyst'""")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesToCloseWhileAMatrixIsTooInconsistent() {
        long id = create("analyst").get("id").asLong();
        addCandidate(id, "A", "AGRICULTURE", null);
        addCandidate(id, "B", "ELECTRONICS", null);
        addCandidate(id, "C", "RENEWABLE_ENERGY", null);
        client.post(BASE + "/" + id + "/evaluators", "analyst", "{\"username\": \"analyst\"}");
        client.post(BASE + "/" + id + "/open", "analyst", "");
        fillAll(id, "analyst");
        ApiClient.Response saved = client.put(
                BASE + "/" + id + "/matrices/A1.1",
                "analyst",
                "{\"matrix\": [[1, 9, 0.111], [0.111, 1, 9], [9, 0.111, 1]]}");
        assertThat(saved.json().get("consistent").asBoolean()).isFalse();
        assertThat(saved.json().get("mostInconsistent")).isNotNull();

        assertCode(client.post(BASE + "/" + id + "/close", "analyst", ""), 409, "PIL-019");
    }

    @Test
    void refusesToOpenWithoutCandidatesOrEvaluators() {
        long id = create("analyst").get("id").asLong();
        addCandidate(id, "A", "AGRICULTURE", null);

        assertCode(client.post(BASE + "/" + id + "/open", "analyst", ""), 409, "PIL-022");
    }

    @Test
    void keepsAtLeastOneSubcriterionPerCriterion() {
        JsonNode evaluation = create("analyst");
        long id = evaluation.get("id").asLong();
        JsonNode needs = evaluation.get("criteria").get(0).get("subcriteria");

        assertThat(client.delete(
                                BASE + "/" + id + "/subcriteria/"
                                        + needs.get(0).get("id").asLong(),
                                "analyst")
                        .status())
                .isEqualTo(204);
        assertCode(
                client.delete(
                        BASE + "/" + id + "/subcriteria/"
                                + needs.get(1).get("id").asLong(),
                        "analyst"),
                409,
                "PIL-024");
        assertThat(auditRows("pilot_subcriterion", needs.get(0).get("id").asText()))
                .isEqualTo(1);
    }

    @Test
    void showsEvaluationsOnlyToTheirOwnerAndEvaluatorsAndClosedOnesToTheMinistry() {
        long draft = create("analyst").get("id").asLong();
        long demo = demoId();

        assertCode(client.get(BASE + "/" + draft, "iice-analyst"), 404, "PIL-015");
        assertCode(client.get(BASE + "/" + draft, "ministry"), 404, "PIL-015");
        assertCode(client.get(BASE + "/" + demo + "/result", "vn-enterprise"), 404, "PIL-015");
        assertThat(client.get(BASE + "/" + demo + "/result", "ministry").status())
                .isEqualTo(200);
        assertThat(client.get(BASE + "/" + demo + "/result", "admin").status()).isEqualTo(200);
        assertThat(client.get(BASE + "/" + demo + "/result", "iice-analyst").status())
                .isEqualTo(200);
        assertThat(ids(client.get(BASE, "ministry").json())).contains(demo).doesNotContain(draft);
        assertThat(ids(client.get(BASE, "analyst").json())).contains(demo, draft);
        assertThat(ids(client.get(BASE, "la-enterprise").json())).isEmpty();
    }

    @Test
    void theDemoEvaluationIsClosedWithBothInstitutesJudging() {
        JsonNode result =
                client.get(BASE + "/" + demoId() + "/result", "analyst").json();

        assertThat(result.get("evaluators").toString()).isEqualTo("[\"analyst\",\"iice-analyst\"]");
        assertThat(result.get("candidates")).hasSize(3);
        assertThat(result.get("matrices")).hasSize(23);
        for (JsonNode matrix : result.get("matrices")) {
            for (JsonNode cr : matrix.get("individualCr")) {
                assertThat(cr.asDouble()).isLessThanOrEqualTo(0.10);
            }
        }
        double sum = 0;
        for (JsonNode criterion : result.get("criteria")) {
            sum += criterion.get("weight").asDouble();
        }
        assertThat(sum).isBetween(1 - 1e-9, 1 + 1e-9);
    }

    long demoId() {
        return jdbc.sql("SELECT id FROM pilot_evaluation WHERE demo")
                .query(Long.class)
                .single();
    }

    private JsonNode create(String user) {
        ApiClient.Response response = client.post(BASE, user, newEvaluation());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String newEvaluation() {
        return """
				{"title": {"en": "Test evaluation", "vi": "Đánh giá thử", "lo": "ການປະເມີນທົດລອງ"}, "method": "AIJ"}""";
    }

    private void addCandidate(long id, String name, String sector, Long chainRef) {
        ApiClient.Response response =
                client.post(BASE + "/" + id + "/candidates", "analyst", candidate(name, sector, chainRef));
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private static String candidate(String name, String sector, Long chainRef) {
        return "{\"name\": {\"en\": \"" + name + "\", \"vi\": \"" + name + " vi\", \"lo\": \"" + name
                + " ລາວ\"}, \"sector\": \"" + sector + "\", \"chainRef\": " + chainRef + "}";
    }

    private void fillAll(long id, String user) {
        for (JsonNode matrix : client.get(BASE + "/" + id + "/matrices", user).json()) {
            ApiClient.Response saved = client.put(
                    BASE + "/" + id + "/matrices/" + matrix.get("key").asText(),
                    user,
                    consistent(matrix.get("size").asInt()));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.json().get("complete").asBoolean()).isTrue();
        }
    }

    /** A consistent matrix with weights n, n−1, …, 1. */
    static String consistent(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                cells.add(String.valueOf((double) (n - i) / (n - j)));
            }
            rows.add("[" + String.join(",", cells) + "]");
        }
        return "{\"matrix\": [" + String.join(",", rows) + "]}";
    }

    private long auditRows(String type, String entityId) {
        String filter = entityId == null ? "" : " AND entity_id = :id";
        var query = jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = :type" + filter)
                .param("type", type);
        if (entityId != null) {
            query = query.param("id", entityId);
        }
        return query.query(Long.class).single();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }

    private static void assertCode(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }
}
