package org.vietlao.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A cookie-keeping HTTP client signed in through the sign-in form, for tests that read rendered pages. */
public record PageSession(HttpClient http, String baseUrl) {

    public static PageSession signIn(int port, String username) throws IOException, InterruptedException {
        PageSession session = new PageSession(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                "http://localhost:" + port);
        String csrf = Jsoup.parse(session.get("/login").body())
                .select("input[name=_csrf]")
                .val();
        String body = Map.of("username", username, "password", "demo", "_csrf", csrf).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = session.http.send(
                HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page at {@code path}, which must answer 200. */
    public Document page(String path) throws IOException, InterruptedException {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), baseUrl + path);
    }

    /** Posts the form fields to {@code action} with the CSRF token of the page at {@code from}. */
    public HttpResponse<String> postForm(String from, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", page(from).select("input[name=_csrf]").first().val());
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
