package org.vietlao.linkage.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class McdaApiTest {

    @LocalServerPort
    int port;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void computesPrioritiesAndConsistencyOfAMatrix() {
        ApiClient.Response response = client.post("/api/v1/mcda/ahp", "analyst", """
				{"matrix": [[1, 3, 5], [0.333, 1, 2], [0.2, 0.5, 1]]}""");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        double sum = 0;
        for (JsonNode w : body.get("weights")) {
            sum += w.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        assertThat(body.get("weights").get(0).asDouble()).isCloseTo(0.648, within(1e-3));
        assertThat(body.get("riTable").asText()).isEqualTo("saaty1980");
        assertThat(body.get("ri").asDouble()).isEqualTo(0.58);
        assertThat(body.get("consistent").asBoolean()).isTrue();
        assertThat(body.get("cr").asDouble()).isLessThan(0.01);
    }

    @Test
    void namesTheRandomIndexTableAskedFor() {
        ApiClient.Response response = client.post("/api/v1/mcda/ahp", "ministry", """
				{"matrix": [[1, 3, 5], [0.333, 1, 2], [0.2, 0.5, 1]], "riTable": "doneganDodd1991"}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("ri").asDouble()).isEqualTo(0.4914);
        assertThat(response.json().get("riTable").asText()).isEqualTo("doneganDodd1991");
    }

    @Test
    void pointsAtTheMostInconsistentJudgement() {
        ApiClient.Response response = client.post("/api/v1/mcda/ahp", "analyst", """
				{"matrix": [[1, 9, 1], [0.111, 1, 9], [1, 0.111, 1]]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("consistent").asBoolean()).isFalse();
        assertThat(response.json().get("mostInconsistent").get("row").asInt()).isNotNegative();
    }

    @Test
    void aggregatesAGroupByJudgementsAndByPriorities() {
        String matrices = "[[[1, 3], [0.333, 1]], [[1, 1], [1, 1]]]";
        ApiClient.Response aij = client.post(
                "/api/v1/mcda/ahp/group", "analyst", "{\"matrices\": " + matrices + ", \"method\": \"AIJ\"}");
        ApiClient.Response aip = client.post(
                "/api/v1/mcda/ahp/group",
                "analyst",
                "{\"matrices\": " + matrices + ", \"method\": \"AIP\", \"evaluatorWeights\": [0.5, 0.5]}");

        assertThat(aij.status()).isEqualTo(200);
        // geometric mean of 3 and 1 is √3, so w = √3/(1 + √3)
        assertThat(aij.json().get("weights").get(0).asDouble())
                .isCloseTo(Math.sqrt(3) / (1 + Math.sqrt(3)), within(1e-9));
        assertThat(aij.json().get("cr").asDouble()).isZero();
        assertThat(aip.status()).isEqualTo(200);
        assertThat(aip.json().get("cr").isNull()).isTrue();
        assertThat(aip.json().get("individual")).hasSize(2);
    }

    @Test
    void ranksWithTopsisAsHwangAndYoon() {
        ApiClient.Response response = client.post("/api/v1/mcda/topsis", "officer", """
				{"matrix": [[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
				            [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]],
				 "weights": [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
				 "criteria": ["benefit", "benefit", "benefit", "cost", "benefit", "benefit"]}""");

        assertThat(response.status()).isEqualTo(200);
        JsonNode closeness = response.json().get("closeness");
        assertThat(closeness.get(0).asDouble()).isCloseTo(0.643, within(1e-3));
        assertThat(closeness.get(1).asDouble()).isCloseTo(0.268, within(1e-3));
        assertThat(response.json().get("ranking").toString()).isEqualTo("[0,2,3,1]");
    }

    @Test
    void givesTheStableWeightIntervalOfEachCriterion() {
        ApiClient.Response response = client.post("/api/v1/mcda/sensitivity", "analyst", """
				{"matrix": [[5490, 51.4, 8.5, 285], [6500, 70.6, 7, 288], [6489, 54.3, 7.5, 290]],
				 "weights": [0.35, 0.25, 0.25, 0.15], "criteria": ["cost", "benefit", "benefit", "benefit"]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("top").asInt()).isEqualTo(1);
        JsonNode first = response.json().get("criteria").get(0);
        assertThat(first.get("lower").asDouble()).isZero();
        assertThat(first.get("upper").asDouble()).isCloseTo(0.3778, within(1e-4));
    }

    @Test
    void acceptsAMatrixAsPublishedWithRoundedReciprocalsAndFractions() {
        // The matrix as a paper prints it: 1/3 as 0.33, 1/7 as 0.14 (PIL-005 before issue 11) ...
        ApiClient.Response rounded = client.post("/api/v1/mcda/ahp", "analyst", """
				{"matrix": [[1, 3, 7], [0.33, 1, 3], [0.14, 0.33, 1]]}""");
        // ... and the same matrix with the reciprocals written as fractions.
        ApiClient.Response fractions = client.post("/api/v1/mcda/ahp", "analyst", """
				{"matrix": [[1, 3, 7], ["1/3", 1, 3], ["1 / 7", "1/3", 1]]}""");

        assertThat(rounded.status()).as(rounded.body()).isEqualTo(200);
        assertThat(fractions.status()).as(fractions.body()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(rounded.json().get("weights").get(i).asDouble())
                    .isEqualTo(fractions.json().get("weights").get(i).asDouble());
        }
        assertThat(rounded.json().get("roundedReciprocals").toString())
                .isEqualTo("[\"matrix[1][0]\",\"matrix[2][0]\",\"matrix[2][1]\"]");
        assertThat(fractions.json().get("roundedReciprocals")).isEmpty();
    }

    @Test
    void rejectsAJudgementThatIsNeitherANumberNorAFraction() {
        ApiClient.Response response = client.post("/api/v1/mcda/ahp", "analyst", """
				{"matrix": [[1, 3], ["one third", 1]]}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).contains("matrix[1][0]");
    }

    @Test
    void rejectsANonSquareMatrix() {
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": [[1, 2], [0.5]]}", "PIL-003", "matrix[1]");
    }

    @Test
    void rejectsADiagonalOtherThanOne() {
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": [[1, 2], [0.5, 3]]}", "PIL-004", "matrix[1][1]");
    }

    @Test
    void rejectsACellThatIsNotTheReciprocalOfItsMirror() {
        assertRejected(
                "/api/v1/mcda/ahp", "{\"matrix\": [[1, 2, 1], [0.4, 1, 1], [1, 1, 1]]}", "PIL-005", "matrix[1][0]");
    }

    @Test
    void rejectsAJudgementOutsideTheScale() {
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": [[1, 12], [0.0833, 1]]}", "PIL-006", "matrix[0][1]");
    }

    @Test
    void rejectsEmptyMatricesAndMissingCells() {
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": []}", "PIL-001", "matrix");
        assertRejected("/api/v1/mcda/ahp", "{}", "PIL-001", "matrix");
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": [[1, null], [1, 1]]}", "PIL-002", "matrix[0][1]");
    }

    @Test
    void rejectsMatricesLargerThanTheLimitOrTheTable() {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 16; i++) {
            big.append(i == 0 ? "" : ",").append("[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]");
        }
        big.append("]");
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": " + big + "}", "PIL-011", "matrix");
        assertRejected("/api/v1/mcda/ahp", "{\"matrix\": [[1]], \"riTable\": \"saaty1990\"}", "PIL-012", "riTable");
    }

    @Test
    void rejectsBadGroupInput() {
        assertRejected(
                "/api/v1/mcda/ahp/group", "{\"matrices\": [[[1, 2], [0.5, 1]], [[1]]]}", "PIL-009", "matrices[1]");
        assertRejected(
                "/api/v1/mcda/ahp/group",
                "{\"matrices\": [[[1, 2], [0.5, 1]]], \"method\": \"MEAN\"}",
                "PIL-013",
                "method");
        assertRejected(
                "/api/v1/mcda/ahp/group",
                "{\"matrices\": [[[1, 2], [0.5, 1]], [[1, 2], [0.5, 1]]], \"evaluatorWeights\": [0.5, 0.6]}",
                "PIL-007",
                "evaluatorWeights");
        assertRejected("/api/v1/mcda/ahp/group", "{\"matrices\": [[[1, 2], [2, 1]]]}", "PIL-005", "matrices[0][1][0]");
    }

    @Test
    void rejectsWeightsThatDoNotSumToOne() {
        assertRejected(
                "/api/v1/mcda/topsis",
                "{\"matrix\": [[1, 2], [3, 4]], \"weights\": [0.5, 0.4], \"criteria\": [\"benefit\", \"cost\"]}",
                "PIL-007",
                "weights");
    }

    @Test
    void rejectsAMatrixAndWeightsOfDifferentSizes() {
        assertRejected(
                "/api/v1/mcda/topsis",
                "{\"matrix\": [[1, 2], [3, 4]], \"weights\": [0.5, 0.25, 0.25], \"criteria\": [\"benefit\", \"cost\"]}",
                "PIL-009",
                "weights");
        assertRejected(
                "/api/v1/mcda/sensitivity",
                "{\"matrix\": [[1, 2], [3]], \"weights\": [0.5, 0.5], \"criteria\": [\"benefit\", \"cost\"]}",
                "PIL-009",
                "matrix[1]");
    }

    @Test
    void rejectsUnknownCriterionTypes() {
        assertRejected(
                "/api/v1/mcda/topsis",
                "{\"matrix\": [[1, 2], [3, 4]], \"weights\": [0.5, 0.5], \"criteria\": [\"benefit\", \"max\"]}",
                "PIL-010",
                "criteria[1]");
    }

    @Test
    void rejectsNegativeWeightsAndZeroColumns() {
        assertRejected(
                "/api/v1/mcda/topsis",
                "{\"matrix\": [[1, 2], [3, 4]], \"weights\": [1.5, -0.5], \"criteria\": [\"benefit\", \"cost\"]}",
                "PIL-008",
                "weights[1]");
        assertRejected(
                "/api/v1/mcda/topsis",
                "{\"matrix\": [[1, 0], [3, 0]], \"weights\": [0.5, 0.5], \"criteria\": [\"benefit\", \"cost\"]}",
                "PIL-014",
                "matrix[*][1]");
    }

    @Test
    void leavesMalformedJsonAndAnonymousCallersToThePlatform() {
        assertThat(client.post("/api/v1/mcda/ahp", "analyst", "{\"matrix\": [[1, \"x\"]]}")
                        .status())
                .isEqualTo(400);
        assertThat(client.post("/api/v1/mcda/ahp", null, "{\"matrix\": [[1]]}").status())
                .isEqualTo(401);
    }

    private void assertRejected(String path, String body, String code, String field) {
        ApiClient.Response response = client.post(path, "analyst", body);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
