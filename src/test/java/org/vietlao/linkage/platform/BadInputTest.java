package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
 * Regression tests for defects 1–3 of issue 9, as a hostile client found them: repeated JSON keys, trailing
 * content and coerced scalars; malformed multipart uploads; NUL and other control characters. Each answer is a
 * 4xx problem+json with a stable code naming the offending field, and a refused write changes nothing.
 */
@IntegrationTest
class BadInputTest {

    static final String TOKEN = "/api/v1/auth/token";
    static final String ENTERPRISES = "/api/v1/enterprises";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
        // Signing in is audited: do it before any test counts rows.
        client.tokenFor("analyst");
    }

    /** A registration the registry accepts, with {@code %s} for the name's JSON (quotes included). */
    static String enterprise(String nameJson) {
        return """
                {"country": "LA", "registrationNumber": "LA-%d", "name": %s, "provinceCode": "LA-SV",
                 "sector": "0113", "sizeClass": "SMALL", "contact": {"email": "a@example.la"}}
                """.formatted(System.nanoTime() % 1_000_000_000L, nameJson);
    }

    // --- defect 1: repeated keys, trailing content, coercion ---------------------------------------------

    @Test
    void rejectsRepeatedJsonKeysOnTheTokenEndpointInsteadOfFailing() {
        long tokens = count("api_token");

        ApiClient.Response response =
                client.post(TOKEN, null, "{\"username\":\"analyst\",\"password\":\"x\",\"password\":\"demo\"}");

        assertProblem(response, 400, "PLT-011", "password");
        assertThat(response.json().path("detail").asText()).contains("password");
        assertThat(count("api_token")).isEqualTo(tokens);
    }

    @Test
    void rejectsRepeatedJsonKeysInsteadOfLettingTheLastOneWin() {
        long tokens = count("api_token");
        long audit = count("audit_event");

        ApiClient.Response response =
                client.post(TOKEN, null, "{\"username\":\"analyst\",\"username\":\"admin\",\"password\":\"demo\"}");

        assertProblem(response, 400, "PLT-011", "username");
        assertThat(response.body()).doesNotContain("token\":");
        assertThat(count("api_token")).as("no token issued").isEqualTo(tokens);
        assertThat(count("audit_event")).isEqualTo(audit);
    }

    @Test
    void rejectsRepeatedJsonKeysInANestedObjectNamingItsPath() {
        long enterprises = count("enterprise");
        String body = enterprise("\"Repeated Key Co\"")
                .replace("{\"email\": \"a@example.la\"}", "{\"email\": \"a@example.la\", \"email\": \"b@example.la\"}");

        ApiClient.Response response = client.post(ENTERPRISES, "analyst", body);

        assertProblem(response, 400, "PLT-011", "contact.email");
        assertThat(count("enterprise")).isEqualTo(enterprises);
    }

    @Test
    void rejectsTrailingContentAfterTheJsonValue() {
        long tokens = count("api_token");

        assertProblem(client.post(TOKEN, null, "{\"username\":\"analyst\",\"password\":\"demo\"} x"), 400, "PLT-001");
        assertProblem(
                client.post(TOKEN, null, "{\"username\":\"analyst\",\"password\":\"demo\"}{\"username\":\"admin\"}"),
                400,
                "PLT-001");
        assertThat(count("api_token")).isEqualTo(tokens);
    }

    @Test
    void rejectsANumberWhereTextIsDeclaredNamingTheField() {
        long enterprises = count("enterprise");

        assertProblem(
                client.post(TOKEN, null, "{\"username\":\"analyst\",\"password\":1234}"), 400, "PLT-002", "password");
        assertProblem(client.post(ENTERPRISES, "analyst", enterprise("12345")), 400, "PLT-002", "name");
        assertThat(count("enterprise")).isEqualTo(enterprises);
    }

    @Test
    void rejectsTextWhereANumberOrABooleanIsDeclaredNamingTheField() {
        long enterprises = count("enterprise");

        assertProblem(
                client.post(
                        ENTERPRISES,
                        "analyst",
                        enterprise("\"Coerced Co\"").replace("\"sizeClass\"", "\"employees\": \"45\", \"sizeClass\"")),
                400,
                "PLT-002",
                "employees");
        assertProblem(
                client.post(
                        ENTERPRISES,
                        "analyst",
                        enterprise("\"Coerced Co\"").replace("\"sizeClass\"", "\"employees\": 4.5, \"sizeClass\"")),
                400,
                "PLT-002",
                "employees");
        assertThat(count("enterprise")).isEqualTo(enterprises);
    }

    // --- defect 2: malformed multipart ---------------------------------------------------------------------

    @Test
    void rejectsMalformedMultipartWithoutABoundary() {
        long enterprises = count("enterprise");

        ApiClient.Response response = client.send(client.builder(ENTERPRISES + "/import", "analyst")
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("country,name\nVN,x\n"))
                .build());

        assertProblem(response, 400, "PLT-014");
        assertThat(count("enterprise")).isEqualTo(enterprises);
    }

    @Test
    void rejectsMalformedMultipartCutShort() {
        long enterprises = count("enterprise");
        String truncated = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "country,registrationNumber,name,provinceCode,sector\r\nLA,LA-1,Cut Co,LA-SV,0113";

        ApiClient.Response response = client.send(client.builder(ENTERPRISES + "/import", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=XX")
                .POST(HttpRequest.BodyPublishers.ofString(truncated))
                .build());

        assertProblem(response, 400, "PLT-014");
        assertThat(count("enterprise")).isEqualTo(enterprises);
    }

    @Test
    void rejectsMultipartWithoutTheFilePartNamingIt() {
        String body = "--XX\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--XX--\r\n";

        ApiClient.Response response = client.send(client.builder(ENTERPRISES + "/import", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=XX")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());

        assertProblem(response, 400, "PLT-003", "file");
    }

    // --- defect 3: NUL and other control characters ------------------------------------------------------

    @Test
    void rejectsNulCharactersInAJsonTextBeforeTheDatabase() {
        long enterprises = count("enterprise");
        long audit = count("audit_event");

        ApiClient.Response response = client.post(ENTERPRISES, "analyst", enterprise("\"Nul\\u0000 Co\""));

        assertProblem(response, 400, "PLT-012", "name");
        assertThat(response.json().path("detail").asText()).contains("U+0000");
        assertThat(count("enterprise")).isEqualTo(enterprises);
        assertThat(count("audit_event")).isEqualTo(audit);
    }

    @Test
    void rejectsNulCharactersInNestedTextsAndListsNamingTheirPath() {
        assertProblem(
                client.post(
                        ENTERPRISES, "analyst", enterprise("\"Ok Co\"").replace("a@example.la", "a\\u0000@example.la")),
                400,
                "PLT-012",
                "contact.email");
        assertProblem(
                client.post(
                        ENTERPRISES,
                        "analyst",
                        enterprise("\"Ok Co\"")
                                .replace(
                                        "\"sizeClass\"",
                                        "\"certifications\": [\"HACCP\", \"\\u001b[2J\"], \"sizeClass\"")),
                400,
                "PLT-012",
                "certifications[1]");
    }

    @Test
    void rejectsNulCharactersInQueryParametersBeforeTheDatabase() {
        ApiClient.Response response = client.get(ENTERPRISES + "?q=tinh%00bot", "analyst");

        assertProblem(response, 400, "PLT-012", "q");
    }

    @Test
    void rejectsControlCharactersInPathVariables() {
        ApiClient.Response response = client.get("/api/v1/reference/hs/0714%0110", "analyst");

        assertProblem(response, 400, "PLT-012", "path");
    }

    @Test
    void acceptsTabsAndLineBreaksInTexts() {
        ApiClient.Response response = client.get(ENTERPRISES + "?q=tinh%09bot", "analyst");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void rejectsNulCharactersInFormFieldsWithATranslatedPage() {
        ApiClient.Response response = client.send(client.builder("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString("username=ana%00lyst&password=demo", StandardCharsets.UTF_8))
                .build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).contains("PLT-012").contains("ký tự U+0000");
        assertThat(count("sign_in_throttle where username like 'ana%'")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static void assertProblem(ApiClient.Response response, int status, String code, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).as(response.body()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
        assertThat(named).as(response.body()).contains(fields);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
