package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.session.JdbcSessionDataSourceScriptDatabaseInitializer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The page door: form sign-in with CSRF, sessions kept in PostgreSQL, security headers; and the API door
 * beside it, which reads no cookies.
 */
@IntegrationTest
class PageSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void keepsTheRequestedLanguageThroughTheRedirectToSignIn() {
        Browser browser = new Browser(port);

        var refused = browser.get("/enterprises?lang=lo");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(browser.cookie("lang")).contains("lo");
        var signIn = browser.get("/login");
        assertThat(Jsoup.parse(signIn.body()).select("html").attr("lang")).isEqualTo("lo");
        assertThat(Jsoup.parse(signIn.body()).select("#login-submit").text())
                .isEqualTo(context.getMessage("login.submit", null, java.util.Locale.forLanguageTag("lo")));
    }

    @Test
    void ignoresALanguageThePlatformDoesNotSpeak() {
        Browser browser = new Browser(port);

        browser.get("/?lang=fr");

        assertThat(browser.cookie("lang")).isEmpty();
    }

    @Test
    void theSignInFormCarriesACsrfToken() {
        var page = new Browser(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        var form = Jsoup.parse(page.body()).selectFirst("form[action=/login][method=post]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
    }

    @Test
    void refusesASignInWithoutTheCsrfToken() {
        Browser browser = new Browser(port);
        browser.get("/login");

        var response = browser.postForm("/login", Map.of("username", "analyst", "password", "demo"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("#error-code").text()).isEqualTo("AUT-002");
        assertThat(browser.get("/").body()).doesNotContain("signed-in-as");
    }

    @Test
    void refusesASignOutWithoutTheCsrfToken() {
        Browser browser = new Browser(port);
        assertThat(browser.signIn("ministry", "demo").statusCode()).isEqualTo(302);

        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").body()).as("still signed in").contains("id=\"signed-in-as\"");

        String token = Browser.csrfTokenOf(browser.get("/").body());
        var signedOut = browser.postForm("/logout", Map.of("_csrf", token));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(browser.get("/").body()).doesNotContain("id=\"signed-in-as\"");
    }

    @Test
    void keepsTheSessionOfASignedInUserInPostgresql() {
        Browser browser = new Browser(port);
        var signedIn = browser.signIn("officer", "demo");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
        String sessionCookie = browser.cookie("SESSION").orElseThrow();
        String sessionId = new String(Base64.getDecoder().decode(sessionCookie), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id")
                        .param("id", sessionId)
                        .query(String.class)
                        .optional())
                .contains("officer");
        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("#signed-in-as").text()).isEqualTo("Lê Văn Thắng (demo)");
    }

    @Test
    void leavesTheSessionSchemaToFlyway() {
        assertThat(context.getBeanNamesForType(JdbcSessionDataSourceScriptDatabaseInitializer.class))
                .isEmpty();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM flyway_schema_history WHERE script = 'V2__http_sessions.sql' AND success")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theApiReadsNoSessionCookie() {
        Browser browser = new Browser(port);
        browser.signIn("admin", "demo");

        var response = browser.get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void sendsSecurityHeadersWithPages() {
        HttpHeaders headers = new Browser(port).get("/").headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "script-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'")
                        .doesNotContain("unsafe-eval"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void sendsSecurityHeadersWithTheApi() {
        ApiClient client = new ApiClient(port);
        for (HttpRequest request : new HttpRequest[] {
            client.builder("/actuator/health", null).GET().build(),
            client.builder("/api/v1/nothing-here", null).GET().build()
        }) {
            HttpHeaders headers = new Browser(port).send(request).headers();

            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(request.uri().toString())
                    .contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Set-Cookie")).as("stateless").isEmpty();
        }
    }
}
