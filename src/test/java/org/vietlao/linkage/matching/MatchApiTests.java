package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * {@code GET /api/v1/enterprises/{id}/matches} over HTTP: the answer's shape, who may ask, bad input, the
 * explanation's language and the index following the registry's events.
 */
@IntegrationTest
class MatchApiTests extends MatchingApiTest {

    @Autowired
    MessageSource messages;

    long laoBuyer;
    long vietnameseSupplier;
    long vietnameseNeighbour;

    @BeforeAll
    void enterprises() {
        laoBuyer = fixtures.lao("LA-SV")
                .named("Savan Art Supplies", null, "ຮ້ານອຸປະກອນສິລະປະສະຫວັນ")
                .ownedBy("la-enterprise")
                .needs("970191", 100, "pcs")
                .offers("960310", 5000, "pcs")
                .create();
        vietnameseSupplier = fixtures.vietnamese("44")
                .named("Quang Tri Paintings", "Tranh Quảng Trị", null)
                .ownedBy("vn-enterprise")
                .offers("970191", 50, "pcs")
                .create();
        vietnameseNeighbour = fixtures.vietnamese("44")
                .named("Quang Tri Brushes", "Bàn chải Quảng Trị", null)
                .offers("970191", 500, "pcs")
                .needs("960310", 1000, "pcs")
                .create();
    }

    @Test
    void answersRankedPartnersAcrossTheBorderWithTheirReasons() {
        ApiClient.Response response = client.get(matches(laoBuyer, 50), "analyst");

        assertThat(response.status()).isEqualTo(200);
        JsonNode first = response.json().get(0);
        assertThat(first.at("/partner/id").asLong()).isEqualTo(vietnameseNeighbour);
        assertThat(first.at("/partner/country").asText()).isEqualTo("VN");
        assertThat(first.at("/partner/province").asText()).isEqualTo("44");
        assertThat(first.at("/partner/name").asText()).isEqualTo("Quang Tri Brushes");
        assertThat(first.get("direction").asText()).isEqualTo("MUTUAL");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.at("/components/productFit").asDouble()).isEqualTo(1.0);
        assertThat(first.at("/components/mutuality").asDouble()).isEqualTo(1.0);
        assertThat(first.at("/components/volumeFit").asDouble()).isEqualTo(1.0);
        assertThat(first.at("/gate/pairId").asText()).startsWith("VL-");
        assertThat(first.get("distanceKm").asLong()).isPositive();
        assertThat(first.get("products")).anySatisfy(product -> {
            assertThat(product.get("yourHsCode").asText()).isEqualTo("970191");
            assertThat(product.get("partnerHsCode").asText()).isEqualTo("970191");
            assertThat(product.get("kind").asText()).isEqualTo("SAME_SUBHEADING");
            assertThat(product.get("direction").asText()).isEqualTo("SUPPLIES_YOU");
        });
        assertThat(first.get("explanation").asText()).isNotBlank();

        JsonNode second = response.json().get(1);
        assertThat(second.at("/partner/id").asLong()).isEqualTo(vietnameseSupplier);
        assertThat(second.get("direction").asText()).isEqualTo("SUPPLIES_YOU");
        assertThat(second.at("/components/volumeFit").asDouble()).isEqualTo(0.5);
        for (JsonNode match : response.json()) {
            assertThat(match.at("/partner/country").asText()).isEqualTo("VN");
        }
    }

    @Test
    void routesFromSavannakhetToQuangTriThroughLaoBao() {
        JsonNode first = client.get(matches(laoBuyer, 1), "analyst").json().get(0);
        assertThat(first.at("/gate/pairId").asText()).isEqualTo("VL-INT-06");
        assertThat(first.at("/gate/vnGate").asText()).isEqualTo("Lao Bảo");
    }

    @Test
    void anEnterpriseUserSeesTheMatchesOfTheirOwnEnterprisesOnly() {
        assertThat(client.get(matches(laoBuyer, 5), "la-enterprise").status()).isEqualTo(200);

        ApiClient.Response other = client.get(matches(laoBuyer, 5), "vn-enterprise");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("code").asText()).isEqualTo("AUT-002");
        assertThat(client.get(matches(vietnameseNeighbour, 5), "vn-enterprise").status())
                .as("an enterprise no organisation owns")
                .isEqualTo(403);
        assertThat(client.get(matches(laoBuyer, 5), "officer")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("AUT-002");
        assertThat(client.get(matches(laoBuyer, 5), "ministry").status()).isEqualTo(200);
        assertThat(client.get(matches(laoBuyer, 5), "admin").status()).isEqualTo(200);
        assertThat(client.get(matches(laoBuyer, 5), null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownEnterpriseIsNotFound() {
        ApiClient.Response response = client.get(matches(987_654_321L, 10), "analyst");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asText()).isEqualTo("MAT-001");
        assertThat(client.get(matches(987_654_321L, 10), "vn-enterprise").status())
                .as("an enterprise user learns nothing about ids they do not own")
                .isEqualTo(403);
    }

    @Test
    void refusesALimitOutsideOneToFifty() {
        for (String limit : new String[] {"0", "51", "-3"}) {
            ApiClient.Response response =
                    client.get("/api/v1/enterprises/" + laoBuyer + "/matches?limit=" + limit, "analyst");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("code").asText()).isEqualTo("MAT-002");
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("limit");
        }
        ApiClient.Response notANumber = client.get("/api/v1/enterprises/" + laoBuyer + "/matches?limit=ten", "analyst");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("code").asText()).isEqualTo("PLT-002");
        assertThat(client.get(matches(laoBuyer, 50), "analyst").status()).isEqualTo(200);
        assertThat(client.get("/api/v1/enterprises/" + laoBuyer + "/matches", "analyst")
                        .json()
                        .size())
                .isLessThanOrEqualTo(10);
    }

    @Test
    void explainsInTheLanguageOfTheRequest() {
        for (String language : new String[] {"en", "vi", "lo"}) {
            Locale locale = Locale.forLanguageTag(language);
            HttpRequest request = client.builder(matches(laoBuyer, 2), "analyst")
                    .header("Accept-Language", language)
                    .GET()
                    .build();
            JsonNode supplier = client.send(request).json().get(1);
            String partnerName = "vi".equals(language) ? "Tranh Quảng Trị" : "Quang Tri Paintings";
            String expected = messages.getMessage(
                    "matching.explain.SUPPLIES_YOU.SAME_SUBHEADING",
                    new Object[] {partnerName, "970191", "970191"},
                    locale);
            assertThat(supplier.get("explanation").asText()).as(language).startsWith(expected);
            assertThat(supplier.get("explanation").asText()).contains("Lao Bảo");
            assertThat(supplier.at("/partner/displayName").asText()).isEqualTo(partnerName);
        }
    }

    @Test
    void followsTheRegistryWhenAnEnterpriseChanges() {
        long buyer = fixtures.lao("LA-CH").needs("970290", null, null).create();
        long seller = fixtures.vietnamese("48").offers("970390", null, null).create();
        assertThat(client.get(matches(buyer, 5), "analyst")
                        .json()
                        .get(0)
                        .at("/components/productFit")
                        .asDouble())
                .isEqualTo(0.3);

        fixtures.replaceOffers(seller, "970290");

        JsonNode first = client.get(matches(buyer, 5), "analyst").json().get(0);
        assertThat(first.at("/partner/id").asLong()).isEqualTo(seller);
        assertThat(first.at("/components/productFit").asDouble()).isEqualTo(1.0);
    }

    @Test
    void followsEnterprisesRegisteredChangedAndRemovedThroughTheRegistry() {
        String body = """
				{"country": "LA", "registrationNumber": "LA-%s", "name": "Vientiane Gallery", "provinceCode": "LA-VT",
				 "sector": "4773", "sizeClass": "SMALL", "certifications": [],
				 "offers": [], "needs": [{"hsCode": "%s", "annualVolume": 40, "unit": "pcs", "requiredCertifications": []}]
				 %s}""";
        String number = String.valueOf(System.nanoTime() % 1_000_000_000L);
        ApiClient.Response registered =
                client.post("/api/v1/enterprises", "analyst", body.formatted(number, "970191", ""));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long gallery = registered.json().get("id").asLong();
        assertThat(client.get(matches(gallery, 50), "analyst").json())
                .extracting(match -> match.at("/partner/id").asLong())
                .contains(vietnameseSupplier, vietnameseNeighbour);

        ApiClient.Response changed = client.put(
                "/api/v1/enterprises/" + gallery,
                "analyst",
                body.formatted(
                        number,
                        "930700",
                        ", \"version\": " + registered.json().get("version").asInt()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(client.get(matches(gallery, 50), "analyst").json())
                .extracting(match -> match.at("/partner/id").asLong())
                .doesNotContain(vietnameseSupplier, vietnameseNeighbour);

        assertThat(client.delete("/api/v1/enterprises/" + gallery, "analyst").status())
                .isIn(200, 204);
        assertThat(client.get(matches(gallery, 5), "analyst").json().get("code").asText())
                .isEqualTo("MAT-001");
    }

    @Test
    void describesTheMatchingApiInTheOpenApiDocument() {
        ApiClient.Response docs = client.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/enterprises/{id}/matches",
                        "/api/v1/matching/interests",
                        "/api/v1/matching/interests/{id}/accept",
                        "/api/v1/matching/linkages/summary",
                        "/api/v1/matching/chains/{id}/view",
                        "/api/v1/matching/value-chain-links/{id}");
    }

    private static String matches(long id, int limit) {
        return "/api/v1/enterprises/" + id + "/matches?limit=" + limit;
    }
}
