package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Exports of matches and linkages (API and pages), their role rules, and the matches page's answers to what a
 * person types: a name instead of an enterprise number, a filter, a page.
 */
@IntegrationTest
class MatchingExportsTest {

    static final Locale LAO = Locale.forLanguageTag("lo");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    long ownEnterpriseOf(String username) {
        return jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
				WHERE u.username = :user ORDER BY e.id LIMIT 1""").param("user", username).query(Long.class).single();
    }

    HttpResponse<byte[]> download(String path, String user, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + new ApiClient(port).tokenFor(user))
                                .header("Accept-Language", language)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anEnterpriseExportsItsOwnMatchesInLaoAndNobodyElses() throws Exception {
        long own = ownEnterpriseOf("la-enterprise");
        long other = ownEnterpriseOf("vn-enterprise");

        HttpResponse<byte[]> file =
                download("/api/v1/enterprises/" + own + "/matches/export?format=xlsx", "la-enterprise", "lo");
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(messages.getMessage("matching.export.partner", null, LAO));
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue())
                        .isEqualTo(messages.getMessage("reference.country.VN", null, LAO));
            }
        }

        assertThat(download("/api/v1/enterprises/" + other + "/matches/export", "la-enterprise", "lo")
                        .statusCode())
                .isEqualTo(403);
        assertThat(download("/api/v1/enterprises/" + other + "/matches/export", "officer", "en")
                        .statusCode())
                .isEqualTo(403);
        assertThat(download("/api/v1/enterprises/" + other + "/matches/export?format=csv", "analyst", "vi")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void linkageExportsFollowTheRoleRulesAndStartWithAByteOrderMark() throws Exception {
        HttpResponse<byte[]> csv = download("/api/v1/matching/linkages/export?format=csv", "ministry", "vi");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains(messages.getMessage("matching.linkages.vietnamese", null, VIETNAMESE));

        assertThat(download("/api/v1/matching/linkages/export", "officer", "en").statusCode())
                .isEqualTo(403);
        assertThat(download("/api/v1/matching/linkages/export?year=20x6", "analyst", "en")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aNameWhereTheEnterpriseNumberGoesIsAnsweredOnThePageNotWithAnErrorPage() throws Exception {
        Session analyst = Session.signIn(port, "analyst");

        HttpResponse<String> typed = analyst.get("/matching?enterprise=abc&lang=vi");
        assertThat(typed.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(typed.body());
        assertThat(page.select("#matches-heading")).hasSize(1);
        assertThat(page.select("#matching-problem").text())
                .isEqualTo(messages.getMessage("matching.matches.badEnterprise", null, VIETNAMESE));

        Document found = Jsoup.parse(
                analyst.get("/matching?q=" + enc("la-0100234") + "&lang=vi").body());
        assertThat(found.select("#partners-heading").text()).contains("Savan");
        assertThat(found.select(".match-card")).isNotEmpty();

        Document options = Jsoup.parse(
                analyst.get("/matching/enterprise-options?q=" + enc("sắn")).body());
        assertThat(options.select("li[role=option][data-value]")).isNotEmpty();
        assertThat(options.select("li[role=option]").eachAttr("data-label")).allMatch(label -> !label.isBlank());
    }

    @Test
    void theMatchesPageFiltersByProvinceAndOffersTheExportOfWhatItShows() throws Exception {
        long own = ownEnterpriseOf("vn-enterprise");
        Session enterprise = Session.signIn(port, "vn-enterprise");
        Document all = Jsoup.parse(
                enterprise.get("/matching?enterprise=" + own + "&lang=lo").body());
        String province =
                all.select("#filter-province option[value~=.+]").first().attr("value");

        Document filtered = Jsoup.parse(enterprise
                .get("/matching?enterprise=" + own + "&province=" + enc(province) + "&lang=lo")
                .body());
        assertThat(filtered.select(".match-card")).isNotEmpty();
        assertThat(filtered.select(".match-card").eachAttr("data-partner-province"))
                .containsOnly(province);
        assertThat(filtered.select("#matches-export-xlsx").attr("href"))
                .contains("enterprise=" + own, "province=" + province, "format=xlsx");

        HttpResponse<String> bad = enterprise.get("/matching?enterprise=" + own + "&minScore=2");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A cookie-keeping client signed in through the form. */
    record Session(HttpClient http, String baseUrl) {

        static Session signIn(int port, String username) throws Exception {
            Session session = new Session(
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build(),
                    "http://localhost:" + port);
            String csrf = Jsoup.parse(session.get("/login").body())
                    .select("input[name=_csrf]")
                    .val();
            String body = "username=" + username + "&password=demo&_csrf=" + enc(csrf);
            var response = session.http.send(
                    HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
