package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.HsCode;

/**
 * The trade module's export-potential shortlist fed to matching as suggested products (decision 0045): an
 * analyst feeds a BACI year, matching stores it per exporter and year, a second feed replaces the first, and the
 * matches page and the API show it with its source, product names in the reader's language.
 */
@IntegrationTest
class SuggestedProductsFeedTest {

    static final int YEAR = 2019;

    /**
     * Hand-checked (thousand USD): world total 2100; VNM exports 600, RCA of 100630 (500/600)/(700/2100) = 2.5 and
     * Laos buys 200 of it from Thailand, none from Viet Nam: potential min(500, 200) − 0 = 200. VNM's 271600 has
     * RCA 0.25. LAO's 271600: RCA 1.5, Viet Nam buys 900, 300 from Laos: potential min(700, 900) − 300 = 400.
     */
    static final String FIRST = "t,i,j,k,v,q\n"
            + "2019,704,764,100630,500,\n"
            + "2019,764,418,100630,200,\n"
            + "2019,418,704,271600,300,\n"
            + "2019,418,156,271600,400,\n"
            + "2019,156,704,271600,600,\n"
            + "2019,704,418,271600,100,\n";

    /** Laos no longer buys rice; Viet Nam sells coffee (090111) to Thailand, which sells some to Laos. */
    static final String SECOND = "t,i,j,k,v,q\n"
            + "2019,704,764,100630,500,\n"
            + "2019,704,764,090111,800,\n"
            + "2019,764,418,090111,100,\n"
            + "2019,418,704,271600,300,\n"
            + "2019,418,156,271600,400,\n"
            + "2019,156,704,271600,600,\n"
            + "2019,704,418,271600,100,\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ReferenceData reference;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    @AfterEach
    void removeWhatWasFed() {
        jdbc.sql("DELETE FROM matching_suggested_product WHERE year = :y")
                .param("y", YEAR)
                .update();
    }

    @Test
    void feedingStoresTheShortlistAndFeedingAgainReplacesIt() {
        long auditedBefore = audited();
        assertThat(upload(FIRST).status()).isEqualTo(201);
        ApiClient.Response fed = feed("analyst");
        assertThat(fed.status()).as(fed.body()).isEqualTo(200);
        assertThat(fed.json().get("source").asText()).startsWith("CEPII BACI 2019");
        assertThat(stored("VNM")).containsExactly("100630");
        assertThat(stored("LAO")).containsExactly("271600");
        assertThat(jdbc.sql("SELECT potential_usd FROM matching_suggested_product WHERE exporter = 'LAO' AND year = "
                                + YEAR)
                        .query(Double.class)
                        .single())
                .isCloseTo(400_000, within(1e-6));

        // the same data fed twice: the same rows, not twice as many
        assertThat(feed("analyst").status()).isEqualTo(200);
        assertThat(stored("VNM")).containsExactly("100630");

        // a new world file for the year, fed again: the old list is gone
        assertThat(upload(SECOND).status()).isEqualTo(201);
        assertThat(feed("analyst").status()).isEqualTo(200);
        assertThat(stored("VNM")).containsExactly("090111");
        assertThat(stored("LAO")).containsExactly("271600");

        assertThat(audited() - auditedBefore).as("every feed audited").isEqualTo(3);
    }

    @Test
    void onlyAnAnalystFeeds() {
        for (String user : List.of("ministry", "officer", "vn-enterprise", "admin")) {
            ApiClient.Response refused = feed(user);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(client.send(client.builder(
                                        "/api/v1/trade/indicators/export-potential/suggestions?year=" + YEAR, null)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .status())
                .isEqualTo(401);
        assertThat(feed("analyst", "year=1800").status()).isEqualTo(400);
    }

    @Test
    void theMatchesPageAndTheApiShowTheSuggestionsInViAndLoWithTheirSource() throws Exception {
        assertThat(upload(FIRST).status()).isEqualTo(201);
        assertThat(feed("analyst").status()).isEqualTo(200);
        // heading 1006 "Lúa gạo" and subheading "- Gạo đã xát toàn bộ …:" of the Vietnamese tariff
        String riceVi = "Lúa gạo — Gạo đã xát toàn bộ hoặc sơ bộ, đã hoặc chưa được đánh bóng hoặc hồ (glazed)";
        String riceEn = reference.hsCode(HsCode.parse("100630")).orElseThrow().descriptionEn();

        long own = jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
				WHERE u.username = 'vn-enterprise' AND e.country = 'VN' ORDER BY e.id LIMIT 1""").query(Long.class).single();
        PageSession session = PageSession.signIn(port, "vn-enterprise");
        for (String language : List.of("vi", "lo")) {
            Locale locale = Locale.forLanguageTag(language);
            Document page = session.page("/matching?enterprise=" + own + "&lang=" + language);
            assertThat(page.select("#suggested-heading").text())
                    .isEqualTo(messages.getMessage(
                            "matching.suggested.heading",
                            new Object[] {
                                messages.getMessage("matching.suggested.country.VNM", null, locale),
                                messages.getMessage("matching.suggested.country.LAO", null, locale),
                                "2019"
                            },
                            locale));
            assertThat(page.select("#suggested-source").text())
                    .contains("CEPII BACI 2019")
                    .isEqualTo(messages.getMessage(
                            "matching.suggested.source",
                            new Object[] {
                                jdbc.sql(
                                                "SELECT DISTINCT source FROM matching_suggested_product WHERE exporter = 'VNM'")
                                        .query(String.class)
                                        .single(),
                                "2019"
                            },
                            locale));
            assertThat(page.select("tr.suggested-product")).hasSize(1);
            String row = page.select("tr.suggested-product").text();
            assertThat(row).contains("100630");
            // Vietnamese descriptions; for Lao, the chapter's Lao name before the English text (decision 0100)
            assertThat(row).contains(language.equals("vi") ? riceVi : riceEn);
            if (language.equals("lo")) {
                assertThat(row).contains(org.vietlao.linkage.reference.ReferenceNames.LAO_CHAPTER_SEPARATOR + riceEn);
                assertThat(row).matches(".*[\\u0E80-\\u0EFF].*");
            }
        }
        assertThat(messages.getMessage(
                        "matching.suggested.heading", new Object[] {"a", "b", "c"}, Locale.forLanguageTag("lo")))
                .matches(".*[\\u0E80-\\u0EFF].*");

        ApiClient.Response api = client.send(
                client.builder("/api/v1/matching/suggested-products?exporter=LAO&year=" + YEAR, "vn-enterprise")
                        .header("Accept-Language", "vi")
                        .GET()
                        .build());
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        JsonNode body = api.json();
        assertThat(body.get("year").asInt()).isEqualTo(YEAR);
        assertThat(body.get("importer").asText()).isEqualTo("VNM");
        assertThat(body.get("source").asText()).startsWith("CEPII BACI 2019");
        assertThat(body.get("products").get(0).get("hsCode").asText()).isEqualTo("271600");
        assertThat(body.get("products").get(0).get("name").asText())
                .as("the tariff's text without its closing full stop")
                .isEqualTo("Năng lượng điện");
        assertThat(body.get("products").get(0).get("rca").asDouble()).isCloseTo(1.5, within(1e-9));

        ApiClient.Response bad = client.get("/api/v1/matching/suggested-products?exporter=THA", "analyst");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("exporter");
        ApiClient.Response none = client.get("/api/v1/matching/suggested-products?exporter=VNM&year=1990", "analyst");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("products")).isEmpty();
    }

    long audited() {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE entity_type = :t AND entity_id = :id AND actor = 'analyst'")
                .param("t", SuggestedProducts.ENTITY)
                .param("id", "VNM-LAO-" + YEAR)
                .query(Long.class)
                .single();
    }

    List<String> stored(String exporter) {
        return jdbc.sql(
                        "SELECT hs_code FROM matching_suggested_product WHERE exporter = :e AND year = :y ORDER BY rank")
                .param("e", exporter)
                .param("y", YEAR)
                .query(String.class)
                .list();
    }

    ApiClient.Response feed(String user) {
        return feed(user, "year=" + YEAR);
    }

    ApiClient.Response feed(String user, String query) {
        return client.send(client.builder("/api/v1/trade/indicators/export-potential/suggestions?" + query, user)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    ApiClient.Response upload(String csv) {
        String boundary = "----shortlist-feed-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nbaci\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"baci-2019.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return client.send(client.builder("/api/v1/trade/imports", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }
}
