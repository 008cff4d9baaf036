package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * The zone API and pages on the whole application with the demo data: who may change what (decision 0058), the
 * demo parks' occupancy computed from their demo tenants, the comparison as JSON, the map data without signing in,
 * and the pages in the three languages.
 */
@IntegrationTest
class ZoneApiAndPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long zone(String englishName) {
        return jdbc.sql("SELECT id FROM zone WHERE demo AND name_en = :n")
                .param("n", englishName)
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoParkShowsOccupancyComputedFromItsTenants() {
        ApiClient api = new ApiClient(port);
        long laoBao = zone("Lao Bảo Special Economic-Commercial Zone");

        JsonNode park = api.get("/api/v1/zones/" + laoBao, "vn-enterprise").json();
        // Demo leases 12.50 + 8.00 + 20.25 = 40.75 ha of 120 ha: 34.0 %.
        assertThat(park.at("/occupancy/leasedHa").decimalValue()).isEqualByComparingTo("40.75");
        assertThat(park.at("/occupancy/ratePercent").decimalValue()).isEqualByComparingTo("34.0");
        assertThat(park.get("tenants")).hasSize(3);
        assertThat(park.at("/zone/provinces")).hasSize(2);
    }

    @Test
    void onlyTheOperatorAnalystsAndMinistryTouchTenantsAndOnlyAnalystsAndMinistryTouchTerms() {
        ApiClient api = new ApiClient(port);
        long savanSeno = zone("Savan-Seno Special Economic Zone");
        long enterprise = jdbc.sql("SELECT id FROM enterprise WHERE demo AND country = 'LA' ORDER BY id DESC LIMIT 1")
                .query(Long.class)
                .single();
        String lease = "{\"enterpriseId\": " + enterprise + ", \"leasedHa\": 5.5, \"jobs\": 12}";

        ApiClient.Response refused = api.post("/api/v1/zones/" + savanSeno + "/tenants", "la-enterprise", lease);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asText()).isEqualTo("AUT-002");

        ApiClient.Response added = api.post("/api/v1/zones/" + savanSeno + "/tenants", "ministry", lease);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long tenant = added.json().get("id").asLong();
        ApiClient.Response tooMuch = api.put(
                "/api/v1/zones/" + savanSeno + "/tenants/" + tenant,
                "analyst",
                "{\"enterpriseId\": " + enterprise + ", \"leasedHa\": 1000}");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("code").asText()).isEqualTo("ZON-006");
        assertThat(api.delete("/api/v1/zones/" + savanSeno + "/tenants/" + tenant, "analyst")
                        .status())
                .isEqualTo(204);

        ApiClient.Response invalid =
                api.post("/api/v1/zones", "analyst", "{\"kind\": \"CASTLE\", \"country\": \"TH\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("code").asText()).isEqualTo("ZON-001");
        assertThat(invalid.body()).contains("kind").contains("country").contains("provinces");

        long regime = jdbc.sql("SELECT id FROM zone_incentive_regime WHERE code = 'LA-IPL-2016-Z1'")
                .query(Long.class)
                .single();
        String term = "{\"amount\": 10, \"source\": \"test\", \"sourceDate\": \"2016-11-17\", \"confirmed\": true}";
        assertThat(api.put("/api/v1/incentive-regimes/" + regime + "/terms/CIT_EXEMPT_YEARS", "vn-enterprise", term)
                        .status())
                .isEqualTo(403);
        ApiClient.Response badTerm = api.put(
                "/api/v1/incentive-regimes/" + regime + "/terms/CIT_EXEMPT_YEARS", "ministry", "{\"amount\": -3}");
        assertThat(badTerm.status()).isEqualTo(422);
        assertThat(badTerm.json().get("code").asText()).isEqualTo("ZON-008");
    }

    @Test
    void theComparisonAsJsonAndAsXlsxAndTheMapWithoutSigningIn() throws Exception {
        ApiClient api = new ApiClient(port);
        long vietnamSide = zone("Lao Bảo – Densavanh cross-border economic and commercial zone (Viet Nam side)");
        long laoSide = zone("Lao Bảo – Densavanh cross-border economic and commercial zone (Lao side)");

        JsonNode comparison = api.get("/api/v1/zones/compare?left=" + vietnamSide + "&right=" + laoSide, "analyst")
                .json();
        assertThat(comparison.get("rows").size()).isGreaterThan(20);
        // The joint park's Lao side has no regime of its own: the convergence gap shows as differing rows.
        List<String> differing = new java.util.ArrayList<>();
        comparison.get("rows").forEach(row -> {
            if (row.get("differs").asBoolean()) {
                differing.add(row.get("key").asText());
            }
        });
        assertThat(differing)
                .contains("country", "regime", "term.CIT_PREFERENTIAL_RATE")
                .doesNotContain("kind");

        ApiClient.Response xlsx = api.send(api.builder(
                        "/api/v1/zones/compare/export?left=" + vietnamSide + "&right=" + laoSide + "&format=xlsx",
                        "analyst")
                .GET()
                .build());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
        assertThat(api.get("/api/v1/zones/compare?left=" + laoSide + "&right=" + laoSide, "analyst")
                        .status())
                .isEqualTo(422);

        java.net.http.HttpClient anonymous = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> geo = anonymous.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + "/geo/zones.geojson"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(geo.body())
                .contains("\"FeatureCollection\"")
                .contains("Savan-Seno")
                .contains("VL-INT-06");

        // The home map's layer (shared.MapLayers): points named in the reader's language, without signing in.
        HttpResponse<String> layer = anonymous.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(api.baseUrl() + "/geo/zones/layer.geojson?lang=lo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(layer.statusCode()).isEqualTo(200);
        JsonNode points = new com.fasterxml.jackson.databind.ObjectMapper().readTree(layer.body());
        assertThat(points.get("features")).hasSizeGreaterThanOrEqualTo(6).allSatisfy(feature -> {
            assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
            assertThat(feature.at("/properties/href").asText()).startsWith("/zones/");
        });
        List<String> names = new java.util.ArrayList<>();
        points.get("features").forEach(f -> names.add(f.at("/properties/name").asText()));
        assertThat(names).contains("ເຂດເສດຖະກິດພິເສດ ສະຫວັນ-ເຊໂນ");
        assertThat(points.toString()).contains("ຂໍ້ມູນຕົວຢ່າງ");
        HttpResponse<String> home = anonymous.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + "/?lang=vi"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        Document homePage = org.jsoup.Jsoup.parse(home.body());
        assertThat(homePage.select("#legend-layers .map-layer[data-layer-id=zones]")
                        .text())
                .contains("Khu công nghiệp và khu kinh tế");
        assertThat(homePage.select("#legend-layers .map-layer[data-layer-id=zones]")
                        .attr("data-layer-url"))
                .isEqualTo("/geo/zones/layer.geojson");
    }

    @Test
    void thePagesReadInEveryLanguage() throws Exception {
        PageSession session = PageSession.signIn(port, "la-enterprise");
        long laoBao = zone("Lao Bảo Special Economic-Commercial Zone");
        long savanSeno = zone("Savan-Seno Special Economic Zone");
        for (String language : List.of("vi", "lo", "en")) {
            Document list = session.page("/zones?lang=" + language);
            assertThat(list.select("#zone-table .zone-row").size()).isGreaterThanOrEqualTo(6);
            Document park = session.page("/zones/" + laoBao + "?lang=" + language);
            assertThat(park.select("#zone-occupancy").text()).isEqualTo("34.0 %");
            assertThat(park.select("#zone-tenants tbody tr")).hasSize(3);
            Document compare =
                    session.page("/zones/compare?left=" + savanSeno + "&right=" + laoBao + "&lang=" + language);
            assertThat(compare.select("#zone-compare-table tr.zone-differs")).isNotEmpty();
            assertThat(compare.select("#zone-compare-pdf").attr("href")).contains("format=pdf");
            assertThat(compare.html()).doesNotContain("??");
        }
        Document filtered = session.page("/zones?country=LA&lang=lo");
        assertThat(filtered.select("#zone-table .zone-row"))
                .allSatisfy(row -> assertThat(row.text()).contains("ລາວ"));
    }
}
