package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Whatever a caller sends, the answer is a 4xx problem+json with a stable code (or a translated page),
 * never a stack trace or the name of an exception.
 */
@IntegrationTest
class ErrorHandlingTest {

    @LocalServerPort
    int port;

    @Value("${linkage.api.max-body-bytes}")
    int maxBodyBytes;

    @Autowired
    MessageSource messages;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiClient.Response response = client.post(ProbeController.ECHO, "analyst", "{\"colour\": \"RED\", ");

        assertProblem(response, 400, "PLT-001");
        assertThat(response.json().path("errors")).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        ApiClient.Response response =
                client.post("/api/v1/auth/token", null, "{\"username\": {}, \"password\": \"x\"}");

        assertProblem(response, 400, "PLT-002");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("username");
        assertThat(response.json().path("detail").asText()).contains("username");
    }

    @Test
    void anUnknownEnumValueNamesItsField() {
        ApiClient.Response response =
                client.post(ProbeController.ECHO, "analyst", "{\"colour\": \"PURPLE\", \"count\": 1, \"name\": \"x\"}");

        assertProblem(response, 400, "PLT-002");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("colour");
        assertThat(client.post(ProbeController.ECHO, "analyst", "{\"colour\": \"GREEN\", \"count\": 2}")
                        .status())
                .as("a known value is accepted")
                .isEqualTo(200);
    }

    @Test
    void aNumberThatIsNotANumberNamesItsField() {
        ApiClient.Response response =
                client.post(ProbeController.ECHO, "analyst", "{\"colour\": \"RED\", \"count\": \"many\"}");

        assertProblem(response, 400, "PLT-002");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("count");
    }

    @Test
    void aMissingBodyIsABadRequest() {
        ApiClient.Response response = client.send(client.builder(ProbeController.ECHO, "analyst")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertProblem(response, 400, "PLT-001");
    }

    @Test
    void invalidFieldsAreListed() {
        ApiClient.Response response =
                client.post("/api/v1/auth/token", null, "{\"username\": \"\", \"password\": \"x\"}");

        assertProblem(response, 400, "PLT-003");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("username");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .isNotBlank()
                .doesNotStartWith("validation.");
    }

    @Test
    void anOversizedBodyIsRefusedByItsDeclaredLength() {
        ApiClient.Response response = client.send(client.builder(ProbeController.ECHO, "analyst")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(oversizedJson()))
                .build());

        assertProblem(response, 413, "PLT-004");
    }

    @Test
    void anOversizedChunkedBodyIsRefusedWhileReading() {
        byte[] body = oversizedJson().getBytes(StandardCharsets.UTF_8);
        // A body of unknown length goes out chunked, with no Content-Length to check up front.
        ApiClient.Response response = client.send(client.builder(ProbeController.ECHO, "analyst")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertProblem(response, 413, "PLT-004");
    }

    @Test
    void aBodyJustUnderTheLimitIsAccepted() {
        String name = "x".repeat(maxBodyBytes - 100);
        ApiClient.Response response = client.post(
                ProbeController.ECHO, "analyst", "{\"colour\": \"RED\", \"count\": 1, \"name\": \"" + name + "\"}");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void anUnsupportedMediaTypeIsRefused() {
        ApiClient.Response response = client.send(client.builder("/api/v1/auth/token", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin"))
                .build());

        assertProblem(response, 415, "PLT-007");
    }

    @Test
    void anUnknownApiPathIsNotFound() {
        ApiClient.Response response = client.get("/api/v1/no-such-thing", "analyst");

        assertProblem(response, 404, "PLT-005");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void aMethodTheEndpointDoesNotTakeIsNotAllowed() {
        ApiClient.Response response = client.put("/api/v1/auth/token", "analyst", "{}");

        assertProblem(response, 405, "PLT-006");
    }

    @Test
    void anUnknownActuatorPathIsAProblemToo() {
        ApiClient.Response response = client.get("/actuator/no-such-endpoint", "admin");

        assertProblem(response, 404, "PLT-005");
    }

    @Test
    void aMissingRequiredHeaderIsABadRequest() {
        ApiClient.Response response = client.get(ProbeController.NEEDS_HEADER, "analyst");

        assertProblem(response, 400, "PLT-001");
    }

    @Test
    void anUnexpectedFailureSaysOnlyThatSomethingWentWrong() {
        ApiClient.Response response = client.get(ProbeController.FAILING, "analyst");

        assertProblem(response, 500, "PLT-008");
        assertThat(response.body()).doesNotContain("internal detail", "IllegalState");
    }

    @Test
    void problemsAreInTheCallersLanguage() {
        ApiClient.Response response = client.send(client.builder("/api/v1/no-such-thing", "analyst")
                .header("Accept-Language", "vi")
                .GET()
                .build());

        assertProblem(response, 404, "PLT-005");
        assertThat(response.json().path("title").asText())
                .isEqualTo(messages.getMessage("error.PLT-005", null, Locale.forLanguageTag("vi")))
                .isNotEqualTo(messages.getMessage("error.PLT-005", null, Locale.ENGLISH));
    }

    @Test
    void refusalsBeforeTheApiAreTranslatedToo() {
        ApiClient.Response response = client.send(client.builder("/api/v1/anything", null)
                .header("Accept-Language", "lo")
                .GET()
                .build());

        assertProblem(response, 401, "AUT-001");
        assertThat(response.json().path("detail").asText())
                .isEqualTo(messages.getMessage("error.AUT-001.detail", null, Locale.forLanguageTag("lo")))
                .isNotEqualTo(messages.getMessage("error.AUT-001.detail", null, Locale.ENGLISH));
    }

    @Test
    void anUnknownPageShowsATranslatedErrorPage() {
        Browser browser = new Browser(port);
        browser.signIn("analyst", "demo");

        var response = browser.get("/no-such-page?lang=vi");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        var page = Jsoup.parse(response.body());
        assertThat(page.select("#error-code").text()).isEqualTo("PLT-005");
        assertThat(page.select("#error-message").text())
                .isEqualTo(messages.getMessage("error.PLT-005.detail", null, Locale.forLanguageTag("vi")))
                .isNotEqualTo(messages.getMessage("error.PLT-005.detail", null, Locale.ENGLISH));
        assertNoInternals(response.body());
    }

    @Test
    void anAnonymousVisitorToAnUnknownPageIsAskedToSignIn() {
        var response = new Browser(port).get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private void assertProblem(ApiClient.Response response, int status, String code) {
        String body = response.body();
        assertThat(response.status())
                .as(body.length() > 500 ? body.substring(0, 500) + "…" : body)
                .isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().path("code").asText()).isEqualTo(code);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asText()).isNotBlank().isNotEqualTo(code);
        assertThat(response.json().path("detail").asText()).isNotBlank();
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "springframework", "jackson");
    }

    private String oversizedJson() {
        return "{\"colour\": \"RED\", \"count\": 1, \"name\": \"" + "x".repeat(maxBodyBytes + 1) + "\"}";
    }
}
