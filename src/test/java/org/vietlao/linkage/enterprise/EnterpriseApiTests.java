package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The registry's API end to end: the rules on what an enterprise may say, who may change it, duplicates,
 * search, verification, optimistic locking and the audit trail, on the demo data.
 */
@IntegrationTest
class EnterpriseApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseDirectory directory;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    /** A valid Vietnamese tax code nobody else in this test run uses. */
    static String newTaxCode() {
        while (true) {
            String nine = "97" + String.format("%07d", SEQUENCE.incrementAndGet());
            Integer check = VietnameseTaxCode.checkDigit(nine);
            if (check != null) {
                return nine + check;
            }
        }
    }

    static Map<String, Object> vietnameseStarchFactory(String taxCode, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("country", "VN");
        body.put("registrationNumber", taxCode);
        body.put("name", name);
        body.put("names", Map.of("en", "Test Starch JSC", "lo", "ບໍລິສັດ ແປ້ງມັນຕົ້ນ ທົດສອບ"));
        body.put("provinceCode", "42");
        body.put("sector", "1062");
        body.put("sizeClass", "MEDIUM");
        body.put("certifications", List.of("HACCP", "ISO 22000"));
        body.put(
                "offers",
                new ArrayList<>(List.of(Map.of(
                        "hsCode", "110814", "description", "tinh bột sắn", "annualCapacity", 30000, "unit", "t"))));
        body.put(
                "needs",
                new ArrayList<>(List.of(Map.of(
                        "hsCode",
                        "0714.10",
                        "annualVolume",
                        60000,
                        "unit",
                        "t",
                        "requiredCertifications",
                        List.of("LAOGAP")))));
        return body;
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    ApiClient.Response register(String user, Map<String, Object> body) {
        return client.post("/api/v1/enterprises", user, json(body));
    }

    long registered(String user, Map<String, Object> body) {
        var response = register(user, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static void assertProblem(ApiClient.Response response, int status, String code, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        List<String> named = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> named.add(error.get("field").asText()));
        assertThat(named).contains(fields);
    }

    @Test
    void registersTheIssueExampleAndDerivesNothingItWasNotGiven() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("country", "LA");
        body.put("registrationNumber", "LA-" + SEQUENCE.incrementAndGet());
        body.put("name", "ສະຫະກອນມັນຕົ້ນ ທົດສອບ");
        body.put("names", Map.of("en", "Test Cassava Cooperative", "vi", "Hợp tác xã sắn thử nghiệm"));
        body.put("provinceCode", "LA-SV");
        body.put("sector", "0113");
        body.put("sizeClass", "SMALL");
        body.put("certifications", List.of("GLOBALGAP"));
        body.put(
                "offers",
                List.of(Map.of(
                        "hsCode",
                        "071410",
                        "description",
                        "fresh cassava roots",
                        "annualCapacity",
                        20000,
                        "unit",
                        "t")));
        body.put(
                "needs",
                List.of(Map.of(
                        "hsCode", "310420", "annualVolume", 500, "unit", "t", "requiredCertifications", List.of())));

        var response = register("analyst", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode saved = response.json();
        assertThat(saved.get("sizeClass").asText()).isEqualTo("SMALL");
        assertThat(saved.get("verificationStatus").asText()).isEqualTo("UNVERIFIED");
        assertThat(saved.get("demo").asBoolean()).isFalse();
        assertThat(saved.get("revenueCurrency").asText()).isEqualTo("LAK");
        assertThat(saved.get("offers").get(0).get("annualCapacity").asInt()).isEqualTo(20000);
        assertThat(saved.get("needs").get(0).get("hsCode").asText()).isEqualTo("310420");
        assertThat(saved.get("warnings")).isEmpty();
    }

    @Test
    void normalisesCodesAndDerivesTheSizeClassFromEmployeesAndRevenue() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty CP Tinh bột sắn Cẩm Xuyên");
        body.remove("sizeClass");
        body.put("employees", 150);
        body.put("annualRevenue", 120_000_000_000L);

        JsonNode saved = register("analyst", body).json();

        assertThat(saved.get("sizeClass").asText())
                .as("150 people and 120 bn VND in industry")
                .isEqualTo("MEDIUM");
        assertThat(saved.get("certifications")).extracting(JsonNode::asText).containsExactly("HACCP", "ISO22000");
        assertThat(saved.get("needs").get(0).get("hsCode").asText()).isEqualTo("071410");
    }

    @Test
    void refusesASizeClassThatContradictsTheFigures() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty CP Tinh bột sắn Kỳ Anh");
        body.put("employees", 8);
        body.put("sizeClass", "LARGE");

        assertProblem(register("analyst", body), 422, "ENT-009", "sizeClass");
    }

    @Test
    void refusesAWrongTaxCodeCheckDigit() {
        assertProblem(
                register("analyst", vietnameseStarchFactory("0100233480", "Công ty kiểm tra mã số thuế")),
                422,
                "ENT-002",
                "registrationNumber");
    }

    @Test
    void refusesASecondEnterpriseWithTheSameRegistrationNumber() {
        String taxCode = newTaxCode();
        registered("analyst", vietnameseStarchFactory(taxCode, "Công ty CP Tinh bột sắn Hương Sơn"));

        var again = register("analyst", vietnameseStarchFactory(taxCode, "Công ty CP Tinh bột sắn Đức Thọ"));

        assertProblem(again, 409, "ENT-003", "registrationNumber");
    }

    @Test
    void warnsButRegistersANearIdenticalNameInTheSameProvince() {
        long first = registered("analyst", vietnameseStarchFactory(newTaxCode(), "Công ty CP Tinh bột sắn Vũ Quang"));

        var response = register("analyst", vietnameseStarchFactory(newTaxCode(), "CÔNG TY CP TINH BỘT SẮN VŨ QUANG."));

        assertThat(response.status()).isEqualTo(201);
        JsonNode warning = response.json().get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("SIMILAR_NAME");
        assertThat(warning.get("enterpriseId").asLong()).isEqualTo(first);
        assertThat(warning.get("message").asText()).isNotBlank();
    }

    @Test
    void refusesUnknownAndMalformedHsCodesNamingEachField() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty mã HS sai");
        body.put(
                "offers",
                List.of(
                        Map.of("hsCode", "000000", "annualCapacity", 1, "unit", "t"),
                        Map.of("hsCode", "0714", "annualCapacity", 1, "unit", "t")));
        body.put("needs", List.of(Map.of("hsCode", "abc")));

        assertProblem(
                register("analyst", body), 422, "ENT-006", "offers[0].hsCode", "offers[1].hsCode", "needs[0].hsCode");
    }

    @Test
    void namesTheProvinceInTheCallersLanguageAndMarksAMissingTranslation() {
        long lao = client.get("/api/v1/enterprises/mine", "la-enterprise")
                .json()
                .get(0)
                .get("id")
                .asLong();
        long vietnamese = client.get("/api/v1/enterprises/mine", "vn-enterprise")
                .json()
                .get(0)
                .get("id")
                .asLong();

        JsonNode inVietnamese = client.send(client.builder("/api/v1/enterprises/" + lao, "analyst")
                        .header("Accept-Language", "vi")
                        .GET()
                        .build())
                .json();
        assertThat(inVietnamese.get("provinceName").get("text").asText()).isEqualTo("Savannakhet");
        assertThat(inVietnamese.get("provinceName").get("fallback").asBoolean()).isFalse();

        JsonNode inLao = client.send(client.builder("/api/v1/enterprises/" + vietnamese, "analyst")
                        .header("Accept-Language", "lo")
                        .GET()
                        .build())
                .json();
        // Nghệ An in Lao script (V170, the project's rendering; decision 0032), not a fallback.
        assertThat(inLao.get("provinceName").get("text").asText()).isEqualTo("ເງ້ອານ");
        assertThat(inLao.get("provinceName").get("language").asText()).isEqualTo("lo");
        assertThat(inLao.get("provinceName").get("fallback").asBoolean()).isFalse();
    }

    @Test
    void acceptsHsCodesWrittenWithDotsAndSpaces() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty mã HS có dấu chấm");
        body.put("offers", List.of(Map.of("hsCode", "1108.14", "annualCapacity", 1, "unit", "t")));

        var response = register("analyst", body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("offers").get(0).get("hsCode").asText()).isEqualTo("110814");
    }

    @Test
    void refusesAProvinceThatNoLongerExists() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty tỉnh cũ");
        body.put("provinceCode", "02");

        assertProblem(register("analyst", body), 422, "ENT-004", "provinceCode");
    }

    @Test
    void refusesUnknownCertificationsAndUnits() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty chứng nhận lạ");
        body.put("certifications", List.of("ISO9001", "MADE-UP"));
        body.put("offers", List.of(Map.of("hsCode", "110814", "annualCapacity", 10, "unit", "barrels")));

        var response = register("analyst", body);

        assertProblem(response, 422, "ENT-001", "certifications[1]", "offers[0].unit");
    }

    @Test
    void refusesMoreThanFiftyOffers() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty nhiều sản phẩm");
        List<Map<String, Object>> offers = new ArrayList<>();
        for (int i = 0; i <= Profile.MAX_ITEMS; i++) {
            offers.add(Map.of("hsCode", "110814"));
        }
        body.put("offers", offers);

        assertProblem(register("analyst", body), 422, "ENT-010", "offers");
    }

    @Test
    void refusesOversizedTextWithItsLimit() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty mô tả dài");
        body.put("offers", List.of(Map.of("hsCode", "110814", "description", "x".repeat(Profile.MAX_DESCRIPTION + 1))));

        assertProblem(register("analyst", body), 422, "PLT-013", "offers[0].description");
    }

    @Test
    void ministryMayReadButNotRegister() {
        assertThat(client.get("/api/v1/enterprises?size=1", "ministry").status())
                .isEqualTo(200);

        var response = register("ministry", vietnameseStarchFactory(newTaxCode(), "Công ty của bộ"));

        assertProblem(response, 403, "AUT-002");
    }

    @Test
    void anEnterpriseUserEditsTheirOwnEnterpriseButNotAnotherOrganisations() {
        JsonNode mine =
                client.get("/api/v1/enterprises/mine", "vn-enterprise").json().get(0);
        JsonNode laos =
                client.get("/api/v1/enterprises/mine", "la-enterprise").json().get(0);
        assertThat(mine.get("name").asText()).isEqualTo("Công ty CP Tinh bột sắn Nghệ An");
        assertThat(laos.get("registrationNumber").asText()).isEqualTo("LA-0100234");

        var foreign = client.put("/api/v1/enterprises/" + laos.get("id").asLong(), "vn-enterprise", json(asBody(laos)));
        assertProblem(foreign, 403, "AUT-002");

        Map<String, Object> body = asBody(mine);
        body.put("contact", Map.of("phone", "+84 238 3 123 456"));
        var own = client.put("/api/v1/enterprises/" + mine.get("id").asLong(), "vn-enterprise", json(body));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("contact").get("phone").asText()).isEqualTo("+84 238 3 123 456");
        assertThat(own.json().get("version").asInt())
                .isEqualTo(mine.get("version").asInt() + 1);
        assertThat(own.json().get("ownerOrganisationId").asLong())
                .isEqualTo(mine.get("ownerOrganisationId").asLong());
    }

    @Test
    void refusesAStaleVersionWithAConflict() {
        long id = registered("analyst", vietnameseStarchFactory(newTaxCode(), "Công ty CP Tinh bột sắn Thạch Hà"));
        JsonNode read = client.get("/api/v1/enterprises/" + id, "analyst").json();
        Map<String, Object> first = asBody(read);
        first.put("name", "Công ty CP Tinh bột sắn Thạch Hà Mới");
        assertThat(client.put("/api/v1/enterprises/" + id, "analyst", json(first))
                        .status())
                .isEqualTo(200);

        Map<String, Object> stale = asBody(read);
        stale.put("name", "Công ty CP Tinh bột sắn Thạch Hà Cũ");
        assertProblem(client.put("/api/v1/enterprises/" + id, "analyst", json(stale)), 409, "PLT-009");
    }

    @Test
    void onlyAnAnalystVerifiesAndTheChangeIsAudited() {
        long id = registered("analyst", vietnameseStarchFactory(newTaxCode(), "Công ty CP Tinh bột sắn Can Lộc"));

        assertProblem(
                client.post(
                        "/api/v1/enterprises/" + id + "/verification", "vn-enterprise", "{\"status\":\"VERIFIED\"}"),
                403,
                "AUT-002");
        assertProblem(
                client.post("/api/v1/enterprises/" + id + "/verification", "analyst", "{\"status\":\"MAYBE\"}"),
                422,
                "ENT-014",
                "status");
        var verified =
                client.post("/api/v1/enterprises/" + id + "/verification", "analyst", "{\"status\":\"VERIFIED\"}");

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("verificationStatus").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().get("verifiedBy").asText()).isEqualTo("analyst");
        assertThat(directory.find(new EnterpriseId(id)).orElseThrow().verified())
                .isTrue();
        String change = jdbc.sql("""
				SELECT changes->'verificationStatus'->>'to' FROM audit_event
				WHERE entity_type = 'enterprise' AND entity_id = :id AND action = 'UPDATED' AND actor = 'analyst'""")
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(change).isEqualTo("VERIFIED");
    }

    @Test
    void everyChangeIsAuditedAndReachesTheDirectory() {
        Map<String, Object> body = vietnameseStarchFactory(newTaxCode(), "Công ty CP Tinh bột sắn Hồng Lĩnh Mới");
        long id = registered("analyst", body);
        assertThat(directory.find(new EnterpriseId(id))).hasValueSatisfying(profile -> {
            assertThat(profile.needs())
                    .extracting(EnterpriseProfile.Need::hsCode)
                    .containsExactly("071410");
            assertThat(profile.needs().get(0).requiredCertifications()).containsExactly("LAOGAP");
            assertThat(profile.names()).containsEntry("en", "Test Starch JSC");
        });

        Map<String, Object> changed =
                asBody(client.get("/api/v1/enterprises/" + id, "analyst").json());
        changed.put("provinceCode", "40");
        assertThat(client.put("/api/v1/enterprises/" + id, "analyst", json(changed))
                        .status())
                .isEqualTo(200);
        assertThat(client.delete("/api/v1/enterprises/" + id, "analyst").status())
                .isEqualTo(204);

        List<String> actions = jdbc.sql(
                        "SELECT action FROM audit_event WHERE entity_type = 'enterprise' AND entity_id = :id "
                                + "ORDER BY id")
                .param("id", String.valueOf(id))
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATED", "UPDATED", "DELETED");
        String provinceChange = jdbc.sql(
                        "SELECT changes->'provinceCode'->>'from' || '>' || (changes->'provinceCode'->>'to') "
                                + "FROM audit_event WHERE entity_type = 'enterprise' AND entity_id = :id AND action = 'UPDATED'")
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(provinceChange).isEqualTo("42>40");
        assertThat(directory.find(new EnterpriseId(id))).isEmpty();
        assertProblem(client.get("/api/v1/enterprises/" + id, "analyst"), 404, "ENT-011");
    }

    @Test
    void searchesByHsPrefixProvinceAndAccentFreeText() {
        JsonNode cassava = client.get("/api/v1/enterprises?hs=0714&country=LA&province=LA-SV&size=100", "ministry")
                .json();
        assertThat(cassava.get("total").asLong()).isPositive();
        cassava.get("items").forEach(item -> {
            assertThat(item.get("provinceCode").asText()).isEqualTo("LA-SV");
            List<String> codes = new ArrayList<>();
            item.get("offerCodes").forEach(code -> codes.add(code.asText()));
            item.get("needCodes").forEach(code -> codes.add(code.asText()));
            assertThat(codes).anyMatch(code -> code.startsWith("0714"));
        });
        assertThat(cassava.get("items").findValuesAsText("registrationNumber")).contains("LA-0100234");

        JsonNode starch = client.get("/api/v1/enterprises?q=tinh%20bot%20san%20nghe%20an", "officer")
                .json();
        assertThat(starch.get("items").findValuesAsText("name")).contains("Công ty CP Tinh bột sắn Nghệ An");

        JsonNode lao = client.get(
                        "/api/v1/enterprises?q="
                                + java.net.URLEncoder.encode(
                                        "ສະຫະກອນມັນຕົ້ນສະຫວັນ", java.nio.charset.StandardCharsets.UTF_8),
                        "officer")
                .json();
        assertThat(lao.get("items").findValuesAsText("registrationNumber")).contains("LA-0100234");

        JsonNode paged = client.get("/api/v1/enterprises?country=VN&page=1&size=5", "officer")
                .json();
        assertThat(paged.get("items")).hasSize(5);
        assertThat(paged.get("page").asInt()).isEqualTo(1);
        assertThat(paged.get("total").asLong()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void refusesMalformedFiltersAndOversizedPages() {
        assertProblem(client.get("/api/v1/enterprises?hs=07x", "officer"), 400, "PLT-002", "hs");
        assertProblem(client.get("/api/v1/enterprises?country=TH", "officer"), 400, "PLT-002", "country");
        assertProblem(client.get("/api/v1/enterprises?size=101", "officer"), 400, "PLT-003", "size");
    }

    /** The body of a PUT that sends back what was read. */
    static Map<String, Object> asBody(JsonNode read) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.convertValue(read, LinkedHashMap.class);
        for (String field : List.of(
                "id",
                "revenueCurrency",
                "verificationStatus",
                "verifiedAt",
                "verifiedBy",
                "demo",
                "ownerOrganisationId",
                "warnings")) {
            body.remove(field);
        }
        return body;
    }
}
