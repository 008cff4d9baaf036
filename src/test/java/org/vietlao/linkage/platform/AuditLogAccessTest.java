package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * Only administrators read the audit log, over the API and on its page.
 */
@IntegrationTest
class AuditLogAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    ApiClient client;

    /** A record type of this test's own, so that other tests' audit rows do not change the counts. */
    String entityType;

    @BeforeEach
    void recordThreeChanges() {
        client = new ApiClient(port);
        entityType = "test_" + UUID.randomUUID().toString().substring(0, 8);
        events.publishEvent(EntityChanged.created(entityType, 1, Map.of("name", "Cầu Treo")));
        events.publishEvent(EntityChanged.updated(entityType, 1, "name", "Cầu Treo", "Nậm Phao"));
        events.publishEvent(EntityChanged.deleted(entityType, 1));
    }

    @Test
    void adminPagesThroughTheLogNewestFirst() {
        var first = client.get("/api/v1/admin/audit?size=2&entityType=" + entityType, "admin");

        assertThat(first.status()).isEqualTo(200);
        JsonNode body = first.json();
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(2);
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("entries")).hasSize(2);
        assertThat(body.get("entries").get(0).get("action").asText()).isEqualTo("DELETED");
        JsonNode updated = body.get("entries").get(1);
        assertThat(updated.get("action").asText()).isEqualTo("UPDATED");
        assertThat(updated.get("entityType").asText()).isEqualTo(entityType);
        assertThat(updated.get("entityId").asText()).isEqualTo("1");
        assertThat(updated.get("actor").asText()).isEqualTo("system");
        assertThat(updated.get("occurredAt").asText()).isNotBlank();
        assertThat(updated.get("changes").get("name").get("to").asText()).isEqualTo("Nậm Phao");

        var second = client.get("/api/v1/admin/audit?page=1&size=2&entityType=" + entityType, "admin");
        assertThat(second.json().get("entries")).hasSize(1);
        assertThat(second.json().get("entries").get(0).get("action").asText()).isEqualTo("CREATED");
        assertThat(second.json()
                        .get("entries")
                        .get(0)
                        .get("changes")
                        .get("name")
                        .asText())
                .isEqualTo("Cầu Treo");
    }

    @Test
    void adminWithoutFilterSeesEveryType() {
        var response = client.get("/api/v1/admin/audit", "admin");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(response.json().get("size").asInt()).isEqualTo(AuditPageController.DEFAULT_PAGE_SIZE);
    }

    @Test
    void rejectsAPageSizeOverTheLimit() {
        var response = client.get("/api/v1/admin/audit?size=500", "admin");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("PLT-003");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("size");
    }

    @Test
    void analystIsForbiddenTheLog() {
        var response = client.get("/api/v1/admin/audit", "analyst");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("AUT-002");
    }

    @Test
    void anonymousCallerMustSignIn() {
        var response = client.get("/api/v1/admin/audit", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("AUT-001");
    }

    @Test
    void adminSeesTheLogPageFilteredByType() throws Exception {
        var browser = new FormBrowser(client.baseUrl());
        browser.signIn("admin");

        var page = browser.get("/admin/audit?lang=vi&entityType=" + entityType);

        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("#audit-table tbody tr")).hasSize(3);
        assertThat(html.select("#audit-table tbody tr").first().text()).contains(entityType);
        assertThat(html.select("#entityType option[selected]").val()).isEqualTo(entityType);
        assertThat(Jsoup.parse(browser.get("/").body()).select("#nav-audit")).hasSize(1);
    }

    @Test
    void thePageLabelsFieldsInTheReadersLanguageWithTheValueBeforeAndAfter() throws Exception {
        var browser = new FormBrowser(client.baseUrl());
        browser.signIn("admin");

        var html = Jsoup.parse(browser.get("/admin/audit?lang=vi&entityType=" + entityType + "&sort=OLDEST")
                .body());

        var rows = html.select("#audit-table tbody tr");
        assertThat(rows).hasSize(3);
        var updated = rows.get(1).select(".audit-changes li[data-field=name]");
        assertThat(updated.select(".audit-field").text()).isEqualTo("Tên");
        assertThat(updated.select(".audit-before").text()).isEqualTo("Cầu Treo");
        assertThat(updated.select(".audit-after").text()).isEqualTo("Nậm Phao");
        assertThat(rows.get(1).text()).doesNotContain("{", "\"from\"");
    }

    @Test
    void theLogFiltersByUserAndDaysAndSortsInTheDatabase() {
        var mine = client.get("/api/v1/admin/audit?entityType=" + entityType + "&user=system&sort=OLDEST", "admin");
        assertThat(mine.json().get("total").asLong()).isEqualTo(3);
        assertThat(mine.json().get("entries").get(0).get("action").asText()).isEqualTo("CREATED");

        var nobody = client.get("/api/v1/admin/audit?entityType=" + entityType + "&user=analyst", "admin");
        assertThat(nobody.json().get("total").asLong()).isZero();

        var longAgo = client.get("/api/v1/admin/audit?entityType=" + entityType + "&to=2020-01-01", "admin");
        assertThat(longAgo.json().get("total").asLong()).isZero();
        var today = java.time.LocalDate.now(AuditTrail.REGION);
        var recent = client.get(
                "/api/v1/admin/audit?entityType=" + entityType + "&from=" + today.minusDays(1) + "&to="
                        + today.plusDays(1),
                "admin");
        assertThat(recent.json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void analystIsForbiddenTheLogPage() throws Exception {
        var browser = new FormBrowser(client.baseUrl());
        browser.signIn("analyst");

        var page = browser.get("/admin/audit");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(page.body()).select("#error-code").text()).isEqualTo("AUT-002");
        var home = Jsoup.parse(browser.get("/").body());
        assertThat(home.select("#signed-in-as").text()).isEqualTo("Nguyễn Thị Thu Hà (demo)");
        assertThat(home.select("#nav-audit"))
                .as("the audit link is for administrators only")
                .isEmpty();
    }

    @Test
    void anonymousVisitorIsSentToSignIn() throws Exception {
        var page = new FormBrowser(client.baseUrl()).get("/admin/audit");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /** A cookie-keeping client that signs in through the login form, CSRF token and all. */
    static final class FormBrowser {

        private final String baseUrl;
        private final HttpClient http;

        FormBrowser(String baseUrl) {
            this.baseUrl = baseUrl;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        void signIn(String username) throws IOException, InterruptedException {
            String csrf = Jsoup.parse(get("/login").body())
                    .select("input[name=_csrf]")
                    .val();
            String form =
                    "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
