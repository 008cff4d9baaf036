package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Figures recorded by analysts and administrators (audited, refused to everyone else), and imports: all or
 * nothing with every bad row reported, safe to retry with the same Idempotency-Key.
 */
@IntegrationTest
class TradeWritesAndImportsTests {

    static final String PLATFORM_HEADER =
            "period,flow,product,valueUsd,reportingSide,status,publishedGrowthPct,agency,publisher,url,published\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    /**
     * The figures these tests record are for 2030 and later; they are removed after each test so that the series
     * and target progress other tests read end at the real, shipped figures (they share the database).
     */
    @org.junit.jupiter.api.AfterEach
    void removeFutureFigures() {
        jdbc.sql("DELETE FROM trade_figure WHERE year >= 2030").update();
    }

    static String figure(String period, String value, String publisher) {
        return """
				{"period": "%s", "flow": "TOTAL", "product": "TOTAL", "valueUsd": %s, "reportingSide": "VN",
				 "status": "REPORTED", "agency": "General Department of Vietnam Customs", "publisher": "%s",
				 "url": "https://www.customs.gov.vn/", "published": "2026-01"}""".formatted(period, value, publisher);
    }

    ApiClient.Response upload(String user, String format, String csv, String key, Map<String, String> fields) {
        String boundary = "----trade-import-test";
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("format", format);
        all.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"trade.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(csv)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        HttpRequest.Builder request = client.builder("/api/v1/trade/imports", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return client.send(request.build());
    }

    long figures() {
        return jdbc.sql("SELECT count(*) FROM trade_figure").query(Long.class).single();
    }

    static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    // ---- figures --------------------------------------------------------------------------------------------

    @Test
    void anAnalystRecordsCorrectsAndRemovesAFigureAndEachChangeIsAudited() {
        var created = client.post("/api/v1/trade/figures", "analyst", figure("2030-Q3", "123456789", "Customs News"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("source").get("publisher").asText()).isEqualTo("Customs News");

        var corrected = client.put(
                "/api/v1/trade/figures/" + id,
                "admin",
                figure("2030-Q3", "123456000", "Customs News").replace("}", ", \"version\": 0}"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("version").asInt()).isEqualTo(1);

        var stale = client.put(
                "/api/v1/trade/figures/" + id,
                "analyst",
                figure("2030-Q3", "1", "Customs News").replace("}", ", \"version\": 0}"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("PLT-009");

        assertThat(client.delete("/api/v1/trade/figures/" + id, "analyst").status())
                .isEqualTo(204);
        assertThat(client.get("/api/v1/trade/figures/" + id, "analyst")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("TRD-002");

        List<String> actions = jdbc.sql("""
				SELECT action || ' ' || actor FROM audit_event WHERE entity_type = 'trade_figure' AND entity_id = :id
				ORDER BY id""")
                .param("id", String.valueOf(id))
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATED analyst", "UPDATED admin", "DELETED analyst");
        String change = jdbc.sql("""
				SELECT changes::text FROM audit_event WHERE entity_type = 'trade_figure' AND entity_id = :id
				AND action = 'UPDATED'""")
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(change).contains("valueUsd").contains("123456789").contains("123456000");
    }

    @Test
    void onlyAnalystsAndAdministratorsRecordFigures() {
        long before = figures();
        for (String user : List.of("ministry", "officer", "vn-enterprise", "la-enterprise")) {
            var refused = client.post("/api/v1/trade/figures", user, figure("2031", "5", "x"));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("code").asText()).isEqualTo("AUT-002");
        }
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void anInvalidFigureNamesEveryBadField() {
        var response = client.post("/api/v1/trade/figures", "analyst", """
				{"period": "2024-Q5", "flow": "SIDEWAYS", "product": "999998", "valueUsd": -1, "reportingSide": "VN",
				 "status": "REPORTED", "publisher": "", "url": "ftp://example.org", "published": "last year"}""");
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("TRD-001");
        assertThat(fields(response))
                .containsExactlyInAnyOrder("period", "flow", "product", "valueUsd", "publisher", "url", "published");
    }

    @Test
    void theSameFigureFromTheSameSourceIsRecordedOnce() {
        assertThat(client.post("/api/v1/trade/figures", "analyst", figure("2032", "777", "Once"))
                        .status())
                .isEqualTo(201);
        var again = client.post("/api/v1/trade/figures", "analyst", figure("2032", "777", "Once"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("TRD-004");
    }

    // ---- platform import --------------------------------------------------------------------------------------

    @Test
    void aFileWithBadRowsImportsNothingAndListsEveryBadRow() {
        long before = figures();
        String csv = PLATFORM_HEADER
                + "2033,TOTAL,TOTAL,1000,VN,REPORTED,,GDC,Import test,https://example.org/a,2034\n"
                + "2033,TOTAL,TOTAL,-5,VN,REPORTED,,GDC,Import test,https://example.org/b,2034\n"
                + "2033,VN_TO_LA,999998,10,VN,REPORTED,,GDC,Import test,https://example.org/c,2034\n"
                + "2033-13,LA_TO_VN,TOTAL,10,XX,REPORTED,,GDC,,https://example.org/d,2034\n";
        var response = upload("analyst", "platform", csv, null, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("TRD-003");
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "rows[3].valueUsd",
                        "rows[4].product",
                        "rows[5].period",
                        "rows[5].reportingSide",
                        "rows[5].publisher");
        assertThat(figures()).as("nothing imported, not even row 2").isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameKeyImportsNothingTwice() {
        long before = figures();
        String csv = PLATFORM_HEADER
                + "2034-H1,TOTAL,TOTAL,1500000000,VN,REPORTED,12.5,GDC,Retry test,https://example.org/r,2034-07\n"
                + "2034-H1,VN_TO_LA,TOTAL,600000000,VN,REPORTED,,GDC,Retry test,https://example.org/r,2034-07\n";
        String key = UUID.randomUUID().toString();
        var first = upload("analyst", "platform", csv, key, Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("rowsImported").asLong()).isEqualTo(2);

        var retry = upload("analyst", "platform", csv, key, Map.of());
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("importId").asLong())
                .isEqualTo(first.json().get("importId").asLong());
        assertThat(figures()).isEqualTo(before + 2);

        var otherFile = upload("analyst", "platform", csv.replace("1500000000", "1500000001"), key, Map.of());
        assertThat(otherFile.status()).isEqualTo(422);
        assertThat(otherFile.json().get("code").asText()).isEqualTo("IDM-001");

        var withoutKey = upload("analyst", "platform", csv, null, Map.of());
        assertThat(withoutKey.status())
                .as("the same figures again are refused, not doubled")
                .isEqualTo(422);
        assertThat(fields(withoutKey)).containsExactly("rows[2].valueUsd", "rows[3].valueUsd");
        assertThat(figures()).isEqualTo(before + 2);
    }

    @Test
    void onlyAnalystsImport() {
        for (String user : List.of("admin", "ministry", "officer", "vn-enterprise")) {
            var refused = upload(user, "platform", PLATFORM_HEADER, null, Map.of());
            assertThat(refused.status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void unknownFormatAndMissingYearAreRefusedBeforeTheFileIsRead() {
        assertThat(upload("analyst", "xml", "a", null, Map.of())
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("TRD-007");
        var noYear = upload("analyst", "exports", "country,product,value\n", null, Map.of("classification", "HS"));
        assertThat(noYear.json().get("code").asText()).isEqualTo("TRD-007");
        assertThat(fields(noYear)).containsExactly("year");
        var notCsv = upload("analyst", "baci", "hello,world\n1,2\n", null, Map.of());
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.json().get("code").asText()).isEqualTo("TRD-005");
    }

    @Test
    void comtradeRowsOfThePairBecomeFiguresAndOtherPartnersAreSkipped() {
        String csv = "refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,qty\n"
                + "2035,VNM,LAO,X,TOTAL,812345678,\n"
                + "2035,VNM,THA,X,TOTAL,99,\n"
                + "2035,LAO,VNM,X,TOTAL,1012345678,\n";
        var response = upload("analyst", "comtrade", csv, null, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("rowsImported").asLong()).isEqualTo(2);
        assertThat(response.json().get("rowsSkipped").asLong()).isEqualTo(1);
        JsonNode year = client.get("/api/v1/trade/turnover?from=2035&to=2035", "analyst")
                .json()
                .get(0);
        assertThat(year.get("exports").get("preferred").get("valueUsd").decimalValue())
                .isEqualByComparingTo("812345678");
        assertThat(year.get("imports").get("preferred").get("reportingSide").asText())
                .isEqualTo("LA");
        assertThat(year.get("imports")
                        .get("preferred")
                        .get("source")
                        .get("publisher")
                        .asText())
                .isEqualTo("UN Comtrade");
    }

    // ---- world files and indicators ---------------------------------------------------------------------------

    static final String BACI = "t,i,j,k,v,q\n"
            + "2022,704,418,271600,100,\n"
            + "2022,418,704,271600,300,1.5\n"
            + "2022,704,842,400101,500,NA\n"
            + "2022,418,764,400101,200,\n"
            + "2022,764,418,271600,50,\n"
            + "2022,842,704,400101,100,\n"
            + "2022,418,156,271600,400,\n"
            + "2022,156,704,271600,600,\n";

    @Test
    void aBaciYearFeedsIntensityComplementarityIntraIndustryAndPotential() {
        var imported = upload("analyst", "baci", BACI, null, Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("rowsRead").asLong()).isEqualTo(8);
        assertWorldRowIsTheSumOfTheCountries(2022, "HS");
        assertThat(jdbc.sql(
                                "SELECT exports_cents[1] FROM trade_world_year WHERE year = 2022 AND products[1] = '271600'")
                        .query(Long.class)
                        .single())
                .as("HS 271600: 100 + 300 + 50 + 400 + 600 thousand USD, in cents")
                .isEqualTo(1_450_000_00L);
        assertThat(jdbc.sql("SELECT value_usd FROM trade_bilateral WHERE year = 2022 AND exporter = 'LAO'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .as("thousand USD to USD")
                .isEqualByComparingTo("300000");

        // (100 / 600) / (150 / 2250) = 2.5
        assertThat(client.get("/api/v1/trade/indicators/intensity?exporter=VNM&importer=LAO&year=2022", "ministry")
                        .json()
                        .get("value")
                        .asDouble())
                .isCloseTo(2.5, within(1e-9));
        // VNM exports 1/6 + 5/6, LAO imports all 271600: 100·(1 - (5/6 + 5/6)/2) = 16.67
        assertThat(client.get("/api/v1/trade/indicators/tci?exporter=vnm&importer=LAO&year=2022", "ministry")
                        .json()
                        .get("value")
                        .asDouble())
                .isCloseTo(100 / 6.0, within(1e-9));
        JsonNode gl = client.get("/api/v1/trade/indicators/intra-industry?year=2022", "ministry")
                .json();
        assertThat(gl.get("aggregate").get("value").asDouble()).isCloseTo(0.5, within(1e-9));
        // LAO's 271600: RCA (700/900)/(1450/2250) = 1.207; min(700, VNM imports 900) - 300 already sold = 400
        JsonNode potential = client.get(
                        "/api/v1/trade/indicators/export-potential?exporter=LAO&importer=VNM&year=2022", "ministry")
                .json();
        assertThat(potential).hasSize(1);
        assertThat(potential.get(0).get("product").asText()).isEqualTo("271600");
        assertThat(potential.get(0).get("potential").asDouble()).isCloseTo(400_000, within(1e-6));
        assertThat(potential.get(0).get("rca").asDouble()).isCloseTo((700 / 900.0) / (1450 / 2250.0), within(1e-9));

        // Concentration over partners (hand-checked): VNM sells 100 to LAO and 500 to USA, (1/6)² + (5/6)² = 26/36;
        // LAO sells 300 to VNM, 200 to THA, 400 to CHN: (3² + 2² + 4²) / 9² = 29/81; LAO buys 100 from VNM and 50
        // from THA: (2/3)² + (1/3)² = 5/9; normalised over 3 partners: (√(29/81) − √(1/3)) / (1 − √(1/3)).
        assertThat(partnerHhi("VNM", "exports", false)).isCloseTo(26 / 36.0, within(1e-9));
        assertThat(partnerHhi("lao", "exports", false)).isCloseTo(29 / 81.0, within(1e-9));
        assertThat(partnerHhi("LAO", "imports", false)).isCloseTo(5 / 9.0, within(1e-9));
        double root = Math.sqrt(1 / 3.0);
        assertThat(partnerHhi("LAO", "exports", true))
                .isCloseTo((Math.sqrt(29 / 81.0) - root) / (1 - root), within(1e-9));
        var badFlow = client.get("/api/v1/trade/indicators/partner-hhi?country=LAO&year=2022&flow=both", "ministry");
        assertThat(badFlow.status()).isEqualTo(400);
        assertThat(fields(badFlow)).containsExactly("flow");
        assertThat(client.get("/api/v1/trade/indicators/partner-hhi?country=LAO&year=1999", "ministry")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("TRD-008");
    }

    double partnerHhi(String country, String flow, boolean normalised) {
        var response = client.get(
                "/api/v1/trade/indicators/partner-hhi?country=" + country + "&year=2022&flow=" + flow + "&normalised="
                        + normalised,
                "ministry");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("value").asDouble();
    }

    @Test
    void aBaciFileWithBadRowsChangesNothing() {
        String bad = "t,i,j,k,v,q\n"
                + "2021,704,418,271600,100,\n"
                + "2021,999,418,271600,100,\n"
                + "2021,704,418,27160,100,\n"
                + "2021,704,418,271600,-3,\n"
                + "2020,704,418,271600,3,\n";
        var response = upload("analyst", "baci", bad, null, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("rows[3].i", "rows[4].k", "rows[5].v", "rows[6].t");
        assertThat(jdbc.sql("SELECT count(*) FROM trade_country_product WHERE year = 2021")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void rcaAndConcentrationOnTheWorldExportsFixture() throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/trade/world_trade_avg_1998_to_2000_sitc2_4d.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var imported = upload("analyst", "exports", csv, null, Map.of("year", "2000", "classification", "SITC2"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("rowsRead").asLong()).isEqualTo(124_336);
        assertWorldRowIsTheSumOfTheCountries(2000, "SITC2");
        assertThat(jdbc.sql("SELECT imports_cents IS NULL FROM trade_world_year WHERE year = 2000")
                        .query(Boolean.class)
                        .single())
                .as("a world exports table has no imports")
                .isTrue();

        // Independent computation over the file: x_ik / X_i over x_wk / X_w.
        Map<String, Double> vnm = new LinkedHashMap<>();
        Map<String, Double> lao = new LinkedHashMap<>();
        Map<String, Double> world = new LinkedHashMap<>();
        double worldTotal = 0;
        for (String line : csv.split("\n")) {
            String[] c = line.split(",");
            if (c[0].equals("country")) {
                continue;
            }
            double v = Double.parseDouble(c[2]);
            world.merge(c[1], v, Double::sum);
            worldTotal += v;
            if (c[0].equals("vnm")) {
                vnm.merge(c[1], v, Double::sum);
            }
            if (c[0].equals("lao")) {
                lao.merge(c[1], v, Double::sum);
            }
        }
        double vnmTotal = vnm.values().stream().mapToDouble(Double::doubleValue).sum();
        String top = null;
        double topRca = -1;
        for (var e : vnm.entrySet()) {
            double rca = (e.getValue() / vnmTotal) / (world.get(e.getKey()) / worldTotal);
            if (rca > topRca) {
                topRca = rca;
                top = e.getKey();
            }
        }
        JsonNode rca = client.get("/api/v1/trade/indicators/rca?country=VNM&year=2000&classification=SITC2", "analyst")
                .json();
        assertThat(rca.get(0).get("product").asText()).isEqualTo(top);
        assertThat(rca.get(0).get("value").asDouble()).isCloseTo(topRca, within(topRca * 1e-6));
        for (int i = 1; i < rca.size(); i++) {
            assertThat(rca.get(i).get("value").asDouble())
                    .isLessThanOrEqualTo(rca.get(i - 1).get("value").asDouble());
        }

        double laoTotal = lao.values().stream().mapToDouble(Double::doubleValue).sum();
        double hhi = lao.values().stream()
                .mapToDouble(v -> (v / laoTotal) * (v / laoTotal))
                .sum();
        assertThat(client.get("/api/v1/trade/indicators/hhi?country=lao&year=2000&classification=SITC2", "analyst")
                        .json()
                        .get("value")
                        .asDouble())
                .isCloseTo(hhi, within(1e-9));

        // An exports table has no imports: complementarity is undefined, with the reason, never 0.
        JsonNode tci = client.get(
                        "/api/v1/trade/indicators/tci?exporter=VNM&importer=LAO&year=2000&classification=SITC2",
                        "analyst")
                .json();
        assertThat(tci.get("value").isNull()).isTrue();
        assertThat(tci.get("undefinedBecause").asText()).isEqualTo("importer imports nothing");
    }

    @Test
    void anExportsTableWithBadRowsListsThemAll() {
        String csv = "Country,Product,Value\nvnm,0011,10\nxxx,0011,5\nlao,0012,-1\nlao,AB12,2\n";
        var response = upload("analyst", "exports", csv, null, Map.of("year", "1999", "classification", "SITC2"));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("rows[3].country", "rows[4].value", "rows[5].product");
    }

    @Test
    void aTotalTooLargeToStoreIsRefusedAndChangesNothing() {
        // 90,001 rows of USD 1 trillion (the largest a row may carry) make USD 9.0001 × 10^16 for one cell, above
        // the largest total stored in cents (V204): refused with the field, never wrapped or half-written.
        StringBuilder csv = new StringBuilder("country,product,value\n");
        csv.append("vnm,0012,5\n".repeat(1));
        csv.append("vnm,0011,1000000000000\n".repeat(90_001));
        var response =
                upload("analyst", "exports", csv.toString(), null, Map.of("year", "1998", "classification", "SITC2"));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("TRD-010");
        assertThat(jdbc.sql("SELECT count(*) FROM trade_country_product WHERE year = 1998")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM trade_import WHERE year = 1998")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void indicatorsOfAYearWithoutDataAreNotFound() {
        var response = client.get("/api/v1/trade/indicators/rca?country=VNM&year=1960&classification=HS", "analyst");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asText()).isEqualTo("TRD-008");
    }

    /** The world row the import wrote (V205) holds, product by product, the sum of the countries' rows. */
    private void assertWorldRowIsTheSumOfTheCountries(int year, String classification) {
        String differences = jdbc.sql("""
				WITH countries AS (
				    SELECT c.product, sum(c.x) AS x, sum(c.m) AS m
				    FROM trade_country_year y
				    CROSS JOIN LATERAL unnest(y.products, y.exports_cents, y.imports_cents) AS c(product, x, m)
				    WHERE y.year = :y AND y.classification = :c GROUP BY c.product),
				     world AS (
				    SELECT w.product, w.x, w.m
				    FROM trade_world_year t
				    CROSS JOIN LATERAL unnest(t.products, t.exports_cents, t.imports_cents) AS w(product, x, m)
				    WHERE t.year = :y AND t.classification = :c)
				SELECT count(*) || ' of ' || (SELECT count(*) FROM countries)
				FROM countries FULL JOIN world USING (product)
				WHERE countries.x IS DISTINCT FROM world.x OR countries.m IS DISTINCT FROM world.m""")
                .param("y", year)
                .param("c", classification)
                .query(String.class)
                .single();
        assertThat(differences)
                .as("products whose world sums differ")
                .startsWith("0 of ")
                .doesNotEndWith(" 0");
    }
}
