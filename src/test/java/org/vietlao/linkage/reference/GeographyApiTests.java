package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class GeographyApiTests {

    @LocalServerPort
    int port;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    private Map<String, JsonNode> gatesById(String query) {
        var response = client.get("/api/v1/reference/border-gates" + query, "officer");
        assertThat(response.status()).isEqualTo(200);
        Map<String, JsonNode> gates = new HashMap<>();
        response.json().forEach(gate -> gates.put(gate.get("pairId").asText(), gate));
        return gates;
    }

    private List<JsonNode> provinces(String query) {
        var response = client.get("/api/v1/reference/provinces" + query, "analyst");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    private static List<String> shortNames(List<JsonNode> provinces) {
        return provinces.stream().map(p -> p.get("shortName").asText()).toList();
    }

    @Test
    void namesProvincesInTheCallersLanguageWithTheFallbackMarked() {
        JsonNode provinces = client.send(client.builder("/api/v1/reference/provinces", "analyst")
                        .header("Accept-Language", "vi")
                        .GET()
                        .build())
                .json();
        JsonNode savannakhet = null;
        for (JsonNode province : provinces) {
            if (province.get("code").asText().equals("LA-SV")) {
                savannakhet = province;
            }
        }
        assertThat(savannakhet).isNotNull();
        assertThat(savannakhet.get("displayName").get("text").asText()).isEqualTo("Savannakhet");
        assertThat(savannakhet.get("displayName").get("fallback").asBoolean()).isFalse();
        assertThat(savannakhet.get("names").get("lo").asText()).isEqualTo("ສະຫວັນນະເຂດ");

        JsonNode inLao = client.send(client.builder("/api/v1/reference/provinces?country=VN", "analyst")
                        .header("Accept-Language", "lo")
                        .GET()
                        .build())
                .json();
        for (JsonNode province : inLao) {
            boolean hasLao = province.get("names").has("lo")
                    && !province.get("names").get("lo").isNull();
            assertThat(province.get("displayName").get("fallback").asBoolean())
                    .as(province.get("code").asText())
                    .isEqualTo(!hasLao);
        }
    }

    @Test
    void listsTheBorderGatePairsWithBothNames() {
        Map<String, JsonNode> gates = gatesById("");

        assertThat(gates).hasSizeGreaterThanOrEqualTo(30);
        JsonNode laoBao = gates.get("VL-INT-06");
        assertThat(laoBao.get("vnGate").asText()).isEqualTo("Lao Bảo");
        assertThat(laoBao.get("laoGate").asText()).contains("Densavanh");
        assertThat(laoBao.get("type").asText()).isEqualTo("international");
        assertThat(laoBao.get("laoProvince").get("code").asText()).isEqualTo("LA-SV");
        assertThat(laoBao.get("vnSide").get("precision").asText()).isEqualTo("town");
        assertThat(laoBao.get("laoSide").get("precision").asText()).isEqualTo("town");
        JsonNode cauTreo = gates.get("VL-INT-04");
        assertThat(cauTreo.get("vnGate").asText()).isEqualTo("Cầu Treo");
        assertThat(cauTreo.get("laoGate").asText()).contains("Nậm Phao");
        assertThat(cauTreo.get("vnProvince").get("shortName").asText()).isEqualTo("Hà Tĩnh");
        assertThat(cauTreo.get("vnSide").get("precision").asText()).isEqualTo("exact");
        assertThat(cauTreo.get("vnSide").get("latitude").asDouble()).isBetween(18.3, 18.5);
        assertThat(cauTreo.get("sources").size()).isGreaterThan(1);
    }

    @Test
    void resolvesTheVietnameseProvinceOfAGateByDate() {
        JsonNode before = gatesById("?date=2025-06-30").get("VL-INT-05");
        JsonNode after = gatesById("?date=2025-07-01").get("VL-INT-05");

        assertThat(before.get("vnProvince").get("shortName").asText()).isEqualTo("Quảng Bình");
        assertThat(after.get("vnProvince").get("shortName").asText()).isEqualTo("Quảng Trị");
        assertThat(before.get("vnProvince").get("code").asText())
                .isEqualTo(after.get("vnProvince").get("code").asText());
        assertThat(after.get("vnProvinceBeforeMerger").get("shortName").asText())
                .isEqualTo("Quảng Bình");
    }

    @Test
    void normalisesGateTypesAndKeepsTheSourceText() {
        Map<String, JsonNode> gates = gatesById("");

        assertThat(gates.values())
                .extracting(g -> g.get("type").asText())
                .containsOnly("international", "main", "secondary", "planned");
        assertThat(gates.get("VL-MAIN-03").get("type").asText()).isEqualTo("international");
        assertThat(gates.get("VL-SEC-14").get("type").asText()).isEqualTo("secondary");
        assertThat(gates.get("VL-SEC-14").get("typeUncertain").asBoolean()).isTrue();
        assertThat(gates.get("VL-SEC-14").get("typeText").asText()).isEqualTo("UNCONFIRMED");
        assertThat(gates.get("VL-PLAN-01").get("type").asText()).isEqualTo("planned");
        assertThat(gates.get("VL-SEC-12").get("laoProvince").isNull()).isTrue();
    }

    @Test
    void listsSixtyThreeVietnameseProvincesBeforeTheMergerAndThirtyFourAfter() {
        List<JsonNode> before = provinces("?country=VN&date=2025-06-30");
        List<JsonNode> after = provinces("?country=VN&date=2025-07-01");

        assertThat(before).hasSize(63);
        assertThat(after).hasSize(34);
        assertThat(shortNames(before)).contains("Quảng Bình", "Quảng Trị", "Kon Tum");
        assertThat(shortNames(after)).contains("Quảng Trị").doesNotContain("Quảng Bình", "Kon Tum");
    }

    @Test
    void showsWhichOldProvincesFormedEachNewOne() {
        JsonNode quangTri = provinces("?country=VN&date=2025-07-01").stream()
                .filter(p -> p.get("shortName").asText().equals("Quảng Trị"))
                .findFirst()
                .orElseThrow();
        JsonNode quangBinh = provinces("?country=VN&date=2025-06-30").stream()
                .filter(p -> p.get("shortName").asText().equals("Quảng Bình"))
                .findFirst()
                .orElseThrow();

        assertThat(StreamSupport.stream(quangTri.get("mergedFrom").spliterator(), false)
                        .map(p -> p.get("shortName").asText()))
                .containsExactlyInAnyOrder("Quảng Bình", "Quảng Trị");
        assertThat(quangTri.get("mergedInto").isNull()).isTrue();
        assertThat(quangBinh.get("mergedInto").get("shortName").asText()).isEqualTo("Quảng Trị");
        assertThat(quangBinh.get("mergedInto").get("validFrom").asText()).isEqualTo("2025-07-01");
        assertThat(quangBinh.get("validTo").asText()).isEqualTo("2025-06-30");
    }

    @Test
    void listsEighteenLaoProvinces() {
        List<JsonNode> lao = provinces("?country=LA&date=2025-07-01");

        assertThat(lao).hasSize(18);
        assertThat(lao)
                .allMatch(p ->
                        p.get("mergedFrom").isEmpty() && p.get("mergedInto").isNull());
        assertThat(provinces("?date=2025-07-01")).hasSize(34 + 18);
    }

    @Test
    void rejectsAnUnknownCountryOrAMalformedDate() {
        var country = client.get("/api/v1/reference/provinces?country=TH", "analyst");
        var date = client.get("/api/v1/reference/provinces?country=VN&date=2025-13-01", "analyst");
        var gateDate = client.get("/api/v1/reference/border-gates?date=1.7.2025", "analyst");

        assertThat(country.status()).isEqualTo(400);
        assertThat(country.json().get("code").asText()).isEqualTo("REF-003");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().get("code").asText()).isEqualTo("REF-004");
        assertThat(gateDate.json().get("code").asText()).isEqualTo("REF-004");
    }

    @Test
    void servesGatesWithAPointAsPublicGeoJson() {
        var response = client.get("/geo/border-gates.geojson", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        JsonNode collection = response.json();
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        long withPoint = gatesById("").values().stream()
                .filter(g -> !g.get("vnSide").get("precision").asText().equals("none")
                        || !g.get("laoSide").get("precision").asText().equals("none"))
                .count();
        assertThat(collection.get("features").size()).isEqualTo((int) withPoint).isGreaterThan(20);
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            JsonNode geometry = feature.get("geometry");
            assertThat(geometry.get("type").asText()).isEqualTo("Point");
            assertThat(geometry.get("coordinates").get(0).asDouble())
                    .as("longitude")
                    .isBetween(100.0, 110.0);
            assertThat(geometry.get("coordinates").get(1).asDouble())
                    .as("latitude")
                    .isBetween(13.0, 23.5);
            JsonNode properties = feature.get("properties");
            assertThat(properties.fieldNames())
                    .toIterable()
                    .contains("pairId", "vnGate", "laoGate", "vnProvince", "laoProvince", "type", "precision");
            assertThat(properties.get("precision").asText()).isIn(Set.of("exact", "town", "district"));
        }
        // What the map leaves out, so that the page can say why it shows fewer markers than pairs.
        assertThat(collection.get("pairCount").asInt()).isEqualTo(gatesById("").size());
        assertThat(collection.get("unplaced").size())
                .isEqualTo(gatesById("").size() - collection.get("features").size());
        assertThat(collection.get("unplaced"))
                .extracting(gap -> gap.get("pairId").asText())
                .contains("VL-SEC-02", "VL-PLAN-01");
    }

    @Test
    void listsCountriesAndCurrencies() {
        JsonNode countries =
                client.get("/api/v1/reference/countries", "analyst").json();
        JsonNode currencies =
                client.get("/api/v1/reference/currencies", "analyst").json();

        assertThat(countries.size()).isEqualTo(249);
        assertThat(countries).anySatisfy(c -> {
            assertThat(c.get("alpha2").asText()).isEqualTo("LA");
            assertThat(c.get("numericCode").asText()).isEqualTo("418");
            assertThat(c.get("currencies").get(0).asText()).isEqualTo("LAK");
        });
        assertThat(currencies).anySatisfy(c -> {
            assertThat(c.get("code").asText()).isEqualTo("VND");
            assertThat(c.get("minorUnit").asInt()).isZero();
        });
        assertThat(currencies).allMatch(c -> c.get("current").asBoolean());
    }
}
