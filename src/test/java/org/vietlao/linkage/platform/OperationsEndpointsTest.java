package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * What developers and operators reach: the OpenAPI description and Swagger UI without signing in, health
 * for everyone, metrics for ADMIN.
 */
@IntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void describesTheApiWithABearerScheme() {
        ApiClient.Response response = client.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode api = response.json();
        assertThat(api.path("info").path("title").asText()).contains("Linkage Platform");
        assertThat(api.path("info").path("version").asText()).isNotBlank().doesNotContain("@");
        assertThat(api.path("info").path("description").asText()).contains("/api/v1/auth/token");
        JsonNode scheme = api.path("components").path("securitySchemes").path(ApiDocumentation.BEARER);
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(api.path("security").get(0).has(ApiDocumentation.BEARER))
                .as("applies to every operation")
                .isTrue();
        JsonNode token = api.path("paths").path("/api/v1/auth/token");
        assertThat(token.path("post").path("security").isArray())
                .as("issuing a token needs none")
                .isTrue();
        assertThat(token.path("post").path("security")).isEmpty();
        assertThat(token.path("delete").has("security"))
                .as("revoking inherits the bearer requirement")
                .isFalse();
        api.path("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void servesSwaggerUi() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + "/swagger-ui.html"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("swagger-ui");
        assertThat(http.send(
                                HttpRequest.newBuilder(
                                                URI.create(client.baseUrl() + "/swagger-ui/swagger-initializer.js"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("/v3/api-docs");
    }

    @Test
    void healthIsPublicAndUp() {
        ApiClient.Response response = client.get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("UP");
        assertThat(response.json().has("components"))
                .as("no details for anonymous callers")
                .isFalse();
    }

    @Test
    void metricsAreForAdminsInPrometheusFormat() {
        ApiClient.Response response = client.get("/actuator/prometheus", "admin");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge", "http_server_requests_seconds");
    }
}
