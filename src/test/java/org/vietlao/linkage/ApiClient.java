package org.vietlao.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain HTTP client for integration tests: signs in demo accounts through {@code POST /api/v1/auth/token}
 * and sends real requests, so that the whole security chain runs.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A bearer token for a demo account (password "demo"), cached per user. */
    public String tokenFor(String username) {
        return tokens.computeIfAbsent(username, user -> {
            Response response =
                    post("/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"demo\"}");
            if (response.status() != 200) {
                throw new IllegalStateException("sign-in of " + user + " failed: " + response.body());
            }
            return response.json().get("token").asText();
        });
    }

    public Response get(String path, String asUser) {
        return send(builder(path, asUser).GET().build());
    }

    public Response post(String path, String asUser, String jsonBody) {
        return send(builder(path, asUser)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build());
    }

    public Response put(String path, String asUser, String jsonBody) {
        return send(builder(path, asUser)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build());
    }

    public Response delete(String path, String asUser) {
        return send(builder(path, asUser).DELETE().build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public HttpRequest.Builder builder(String path, String asUser) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (asUser != null) {
            builder.header("Authorization", "Bearer " + tokenFor(asUser));
        }
        return builder;
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public Response(int status, String contentType, String body) {
            this(status, contentType, body, java.net.http.HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException ex) {
                throw new IllegalStateException("not JSON: " + body, ex);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
