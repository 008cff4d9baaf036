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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10's check that reference data is named in the reader's language: the registry, matching and pilot pages
 * (lists and details), rendered in Vietnamese and in Lao, contain no English name of a province or country that
 * has a name in that language. English names collected from the database; the same check on the English pages
 * finds them, so the test can fail.
 */
@IntegrationTest
class ReferenceNamesOnPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void vietnamesePagesNameNoProvinceOrCountryInEnglish() throws Exception {
        List<String> english = englishNamesWithATranslationIn("vi");
        assertThat(english)
                .as("English names of provinces with a Vietnamese name")
                .contains("Savannakhet Province");

        for (String user : List.of("analyst", "vn-enterprise", "la-enterprise")) {
            Session session = Session.signIn(port, user);
            for (String path : pages(user)) {
                String text = session.page(path + (path.contains("?") ? "&" : "?") + "lang=vi")
                        .text();
                assertThat(englishNamesIn(text, english))
                        .as("%s as %s in vi", path, user)
                        .isEmpty();
            }
        }
    }

    @Test
    void laoPagesNameNoProvinceOrCountryInEnglishWhereALaoNameExists() throws Exception {
        List<String> english = englishNamesWithATranslationIn("lo");
        assertThat(english).as("English names with a Lao name").contains("Savannakhet Province", "Hanoi");

        for (String user : List.of("analyst", "vn-enterprise", "la-enterprise")) {
            Session session = Session.signIn(port, user);
            for (String path : pages(user)) {
                String text = session.page(path + (path.contains("?") ? "&" : "?") + "lang=lo")
                        .text();
                assertThat(englishNamesIn(text, english))
                        .as("%s as %s in lo", path, user)
                        .isEmpty();
            }
        }
    }

    @Test
    void theCheckFindsEnglishNamesOnEnglishPagesAndFallbacksCarryTheirLanguage() throws Exception {
        Session session = Session.signIn(port, "analyst");

        String englishList = session.page("/enterprises?lang=en").text();
        assertThat(englishNamesIn(englishList, englishNamesWithATranslationIn("vi")))
                .as("the same check on an English page")
                .isNotEmpty();

        Document vietnamese = session.page("/enterprises/" + enterprise("LA") + "?lang=vi");
        assertThat(vietnamese.select("#enterprise-province .ref-name").text()).isEqualTo("Savannakhet");
        assertThat(vietnamese.select("#enterprise-province .name-fallback")).isEmpty();

        Document lao = session.page("/enterprises/" + enterprise("VN") + "?lang=lo");
        String province = jdbc.sql("SELECT p.name_lo FROM enterprise e JOIN province p ON p.country = 'VN' "
                        + "AND p.code = e.province_code AND p.valid_to IS NULL WHERE e.id = :id")
                .param("id", enterprise("VN"))
                .query(String.class)
                .optional()
                .orElse(null);
        if (province == null) {
            assertThat(lao.select("#enterprise-province .name-fallback").text())
                    .as("a Vietnamese province without a Lao name is marked")
                    .isEqualTo("en");
        } else {
            assertThat(lao.select("#enterprise-province .ref-name").text()).isEqualTo(province);
        }
    }

    @Test
    void gatesAreNamedInLaoOnLaoPagesWithoutTheFallbackMarker() throws Exception {
        Session session = Session.signIn(port, "analyst");
        String matches = "/matching?enterprise=" + enterprise("VN");
        List<String> laoGateNames = jdbc.sql("SELECT vn_gate_lo FROM border_gate_pair WHERE vn_gate_lo IS NOT NULL")
                .query(String.class)
                .list();

        Document lao = session.page(matches + "&lang=lo");
        Document vietnamese = session.page(matches + "&lang=vi");

        assertThat(laoGateNames).as("every pair (V171, V172)").hasSize(32);
        assertThat(lao.select(".match-gate:has(span)"))
                .as("gates named on the Lao page")
                .isNotEmpty()
                .allSatisfy(gate -> {
                    assertThat(laoGateNames.stream().anyMatch(gate.text()::contains))
                            .as(gate.text())
                            .isTrue();
                    assertThat(gate.select(".name-fallback")).as(gate.text()).isEmpty();
                });
        assertThat(vietnamese.select(".match-gate .name-fallback")).isEmpty();
    }

    /** The list and detail pages of the three modules that {@code user} may open, with the demo data's records. */
    private List<String> pages(String user) {
        if (user.endsWith("enterprise")) {
            return List.of("/enterprises", "/matching", "/matching/interests", "/pilot");
        }
        List<String> pages = new ArrayList<>(List.of(
                "/enterprises",
                "/enterprises?country=LA",
                "/enterprises/" + enterprise("VN"),
                "/enterprises/" + enterprise("LA"),
                "/matching?enterprise=" + enterprise("VN"),
                "/matching?enterprise=" + enterprise("LA"),
                "/matching/chains",
                "/pilot"));
        jdbc.sql("SELECT id FROM matching_chain ORDER BY id LIMIT 2")
                .query(Long.class)
                .list()
                .forEach(id -> pages.add("/matching/chains/" + id));
        jdbc.sql("SELECT id FROM pilot_evaluation ORDER BY id LIMIT 2")
                .query(Long.class)
                .list()
                .forEach(id -> {
                    pages.add("/pilot/evaluations/" + id);
                    pages.add("/pilot/evaluations/" + id + "/result");
                });
        return pages;
    }

    private long enterprise(String country) {
        return jdbc.sql("SELECT id FROM enterprise WHERE country = :country ORDER BY id LIMIT 1")
                .param("country", country)
                .query(Long.class)
                .single();
    }

    private List<String> englishNamesWithATranslationIn(String language) {
        return new EnglishReferenceNames(jdbc).withATranslationIn(language);
    }

    private List<String> englishNamesIn(String pageText, List<String> names) {
        return new EnglishReferenceNames(jdbc).in(pageText, names);
    }

    /** A cookie-keeping client signed in through the form. */
    record Session(HttpClient http, String baseUrl) {

        static Session signIn(int port, String username) throws IOException, InterruptedException {
            Session session = new Session(
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

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        Document page(String path) throws IOException, InterruptedException {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(response.body());
        }
    }
}
