package org.vietlao.linkage.energy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Energy over the API: the stateless price (the issue's two examples and bad input), contracts priced from
 * benchmark averages over the quotation period (a missing month named), rejection, who may record shipments,
 * the PPA price cap, deliveries, infrastructure projects with late milestones, and the all-or-nothing benchmark
 * import.
 */
@IntegrationTest
class EnergyApiTests {

    static final String CLAUSE_EXAMPLE = """
			{"formula": "CONTRACT", "basePrice": 100.0, "baseCv": 6000, "basis": "NAR",
			 "spec": {"tm": 10.0, "ash": 12.0, "ts": 0.8}, "limits": {"tm": 14.0, "ash": 16.0, "ts": 1.2},
			 "quality": {"basis": "NAR", "cv": 5900, "tm": 11.0, "ash": 13.0, "ts": 0.8}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;
    long vn;
    long laCoal;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
        vn = enterprise("3369006021"); // vn-enterprise's organisation owns it
        laCoal = enterprise("LA-834280454");
    }

    long enterprise(String registration) {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = :r")
                .param("r", registration)
                .query(Long.class)
                .single();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theStatelessPriceReproducesTheIssueExamples() {
        ApiClient.Response contract = client.post("/api/v1/energy/coal/price", "vn-enterprise", CLAUSE_EXAMPLE);
        assertThat(contract.status()).as(contract.body()).isEqualTo(200);
        assertThat(contract.json().get("price").decimalValue()).isEqualByComparingTo("96.3667");
        assertThat(contract.json().get("price").asText()).isEqualTo("96.3667");
        assertThat(contract.json().get("currency").asText()).isEqualTo("USD");
        assertThat(contract.json().get("unit").asText()).isEqualTo("t");
        assertThat(contract.json().get("rejected").asBoolean()).isFalse();
        assertThat(contract.json().get("terms").get("moistureDeduction").decimalValue())
                .isEqualByComparingTo("0.9833");

        ApiClient.Response hpb = client.post("/api/v1/energy/coal/price", "analyst", """
				{"formula": "HPB", "hba": 59.59, "quality": {"basis": "GAR", "cv": 7000, "tm": 10.0, "ts": 1.0, "ash": 15.0}}""");
        assertThat(hpb.status()).as(hpb.body()).isEqualTo(200);
        // 59.59 × 7000/6322 × 90/92 − (0.2 × 4) = 63.7463
        assertThat(hpb.json().get("price").decimalValue()).isEqualByComparingTo("63.7463");
        assertThat(hpb.json().get("terms").get("b").decimalValue()).isEqualByComparingTo("0.8");

        ApiClient.Response rejected = client.post(
                "/api/v1/energy/coal/price", "analyst", CLAUSE_EXAMPLE.replace("\"ash\": 13.0", "\"ash\": 16.5"));
        assertThat(rejected.json().get("rejected").asBoolean()).isTrue();
        assertThat(rejected.json().get("price").decimalValue()).isEqualByComparingTo("0");
        assertThat(rejected.json().get("rejectedBy").get(0).asText()).isEqualTo("ash");
    }

    @Test
    void badPricingInputIs422NamingTheField() {
        expect422(CLAUSE_EXAMPLE.replace("\"cv\": 5900", "\"cv\": -5900"), "ENR-001", "quality.cv");
        expect422(CLAUSE_EXAMPLE.replace("\"tm\": 11.0", "\"tm\": 100"), "ENR-001", "quality.tm");
        expect422(CLAUSE_EXAMPLE.replace("\"formula\": \"CONTRACT\"", "\"formula\": \"MAGIC\""), "ENR-001", "formula");
        expect422(
                CLAUSE_EXAMPLE.replace("\"quality\": {\"basis\": \"NAR\"", "\"quality\": {\"basis\": \"XYZ\""),
                "ENR-001",
                "quality.basis");
        // measured on GAR, contract on NAR: converting needs the hydrogen content, which the request lacks
        expect422(
                CLAUSE_EXAMPLE.replace("\"quality\": {\"basis\": \"NAR\"", "\"quality\": {\"basis\": \"GAR\""),
                "ENR-002",
                "quality.h");
        ApiClient.Response converted = client.post(
                "/api/v1/energy/coal/price",
                "analyst",
                CLAUSE_EXAMPLE
                        .replace("\"quality\": {\"basis\": \"NAR\"", "\"quality\": {\"basis\": \"GAR\", \"h\": 4.0")
                        .replace("\"cv\": 5900", "\"cv\": 6167.93"));
        // 6,167.93 GAR − 50.7 × 4 − 5.83 × 11 = 5,901 NAR
        assertThat(converted.status()).as(converted.body()).isEqualTo(200);
        assertThat(converted.json().get("terms").get("measuredCv").decimalValue())
                .isEqualByComparingTo("5901");
    }

    void expect422(String body, String code, String field) {
        ApiClient.Response answer = client.post("/api/v1/energy/coal/price", "analyst", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains(field);
    }

    String contractBody(String reference, String seriesA, String seriesB, int months) {
        return """
				{"reference": "%s", "sellerId": %d, "buyerId": %d, "startsOn": "2025-01-01", "endsOn": "2027-12-31",
				 "annualTonnes": 120000, "quarterlyTonnes": 30000, "tolerancePct": 10, "takeOrPayPct": 80,
				 "basis": "NAR", "baseCv": 6000, "spec": {"tm": 10.0, "ash": 12.0, "ts": 0.8},
				 "limits": {"minCv": 5500, "tm": 14.0, "ash": 16.0, "ts": 1.2}, "gatePairId": "VL-INT-06",
				 "incoterm": "DAP", "currency": "USD",
				 "formula": {"kind": "INDEXED", "components": [{"series": "%s", "weight": 0.5}, {"series": "%s", "weight": 0.5}],
				             "offsetMonths": 1, "months": %d, "premium": 2.0}}""".formatted(reference, laCoal, vn, seriesA, seriesB, months);
    }

    void benchmark(String series, String month, String value) {
        ApiClient.Response recorded =
                client.post("/api/v1/energy/benchmarks", "analyst", """
				{"series": "%s", "month": "%s", "value": %s, "currency": "USD", "source": "test fixture"}""".formatted(series, month, value));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }

    static String shipment(String lot, String loadedOn, String ash) {
        return """
				{"lot": "%s", "loadedOn": "%s", "tonnes": 5000,
				 "quality": {"basis": "NAR", "cv": 5900, "tm": 11.0, "ash": %s, "ts": 0.8}}""".formatted(lot, loadedOn, ash);
    }

    @Test
    void aShipmentIsPricedFromTheQuotationPeriodAverageAndAMissingMonthIsNamed() {
        String a = unique("TA");
        String b = unique("TB");
        benchmark(a, "2025-02", "96");
        benchmark(a, "2025-03", "100");
        benchmark(b, "2025-02", "94");
        benchmark(b, "2025-03", "98");
        ApiClient.Response byEnterprise =
                client.post("/api/v1/energy/coal/contracts", "vn-enterprise", contractBody(unique("C"), a, b, 2));
        assertThat(byEnterprise.status()).isEqualTo(403);
        ApiClient.Response created =
                client.post("/api/v1/energy/coal/contracts", "analyst", contractBody(unique("C"), a, b, 2));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        // loaded in April: the two months before (February, March) averaged: (96+100)/2 × ½ + (94+98)/2 × ½ = 97,
        // plus the premium of 2 = 99; × 5900/6000, less 1 % moisture and 1 % ash
        ApiClient.Response priced = client.post(
                "/api/v1/energy/coal/contracts/" + id + "/shipments",
                "vn-enterprise",
                shipment("L1", "2025-04-10", "13.0"));
        assertThat(priced.status()).as(priced.body()).isEqualTo(201);
        JsonNode terms = priced.json().get("terms");
        assertThat(terms.get("index." + a).decimalValue()).isEqualByComparingTo("98");
        assertThat(terms.get("indexAverage").decimalValue()).isEqualByComparingTo("97");
        assertThat(terms.get("quotationPeriod").asText()).isEqualTo("2025-02..2025-03");
        // 99 × 5900/6000 = 97.35; × (1 − 0.02) = 95.403
        assertThat(priced.json().get("price").decimalValue()).isEqualByComparingTo("95.4030");
        assertThat(priced.json().get("value").get("amount").decimalValue()).isEqualByComparingTo("477015.00");

        // loaded in May: March and April, and April has no value of either series
        ApiClient.Response missing = client.post(
                "/api/v1/energy/coal/contracts/" + id + "/shipments", "analyst", shipment("L2", "2025-05-10", "13.0"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().get("code").asText()).isEqualTo("ENR-003");
        assertThat(missing.json().get("detail").asText()).contains(a).contains("2025-04");

        ApiClient.Response rejected = client.post(
                "/api/v1/energy/coal/contracts/" + id + "/shipments", "analyst", shipment("L3", "2025-04-20", "16.5"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(201);
        assertThat(rejected.json().get("rejected").asBoolean()).isTrue();
        assertThat(rejected.json().get("price").decimalValue()).isEqualByComparingTo("0");

        ApiClient.Response again = client.post(
                "/api/v1/energy/coal/contracts/" + id + "/shipments", "analyst", shipment("L1", "2025-04-11", "13.0"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("ENR-016");

        // not a party: the contract does not exist for la-enterprise
        ApiClient.Response outsider = client.post(
                "/api/v1/energy/coal/contracts/" + id + "/shipments",
                "la-enterprise",
                shipment("L4", "2025-04-10", "13.0"));
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(client.get("/api/v1/energy/coal/contracts/" + id, "la-enterprise")
                        .status())
                .isEqualTo(404);

        ApiClient.Response view = client.get("/api/v1/energy/coal/contracts/" + id, "vn-enterprise");
        assertThat(view.status()).isEqualTo(200);
        JsonNode first = view.json().get("years").get(0);
        // 2025: 5,000 t accepted (the rejected lot does not count) against 96,000 t
        assertThat(first.get("delivered").decimalValue()).isEqualByComparingTo("5000");
        assertThat(first.get("shortfall").decimalValue()).isEqualByComparingTo("91000");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE entity_type = 'energy_coal_shipment' AND entity_id IN "
                                        + "(SELECT id::text FROM energy_coal_shipment WHERE contract_id = :c)")
                        .param("c", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aTariffAboveTheApplicableCapIsRefused() {
        String cod = LocalDate.now().plusYears(1).withDayOfYear(1).toString();
        String ppa = """
				{"plantName": "%s", "plantType": "WIND", "provinceCode": "LA-XE", "capacityMw": 100, "cod": "%s",
				 "buyer": "EVN", "startsOn": "%s", "termYears": %d, "tariffCents": 6.5, "escalationPct": 0,
				 "deliveryPoint": "Thanh My", "takeOrPayPct": 80, "annualContractedMwh": 250000}""";
        // 20 years: Decision 2647/QD-BCT's 6.4 ¢ applies
        ApiClient.Response refused =
                client.post("/api/v1/energy/power/ppas", "analyst", ppa.formatted(unique("W"), cod, cod, 20));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("ENR-010");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("tariffCents");
        assertThat(refused.json().get("detail").asText()).contains("2647/QD-BCT");
        // 25 years: the later Decision 1007/QD-BCT's 6.95 ¢ applies
        ApiClient.Response accepted =
                client.post("/api/v1/energy/power/ppas", "ministry", ppa.formatted(unique("W"), cod, cod, 25));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("cap").get("instrument").asText()).contains("1007/QD-BCT");

        // deliveries: a month of a PPA that started long enough ago, twice refused
        String past = YearMonth.now().minusMonths(2).toString();
        ApiClient.Response older = client.post(
                "/api/v1/energy/power/ppas",
                "analyst",
                ppa.formatted(unique("W"), "2025-01-01", "2025-01-01", 25).replace("6.5", "6.9"));
        assertThat(older.status()).as(older.body()).isEqualTo(201);
        long id = older.json().get("id").asLong();
        ApiClient.Response delivered = client.post(
                "/api/v1/energy/power/ppas/" + id + "/deliveries",
                "analyst",
                "{\"month\": \"" + past + "\", \"mwh\": 10000, \"source\": \"test meter\"}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        JsonNode year = delivered.json().get("years").get(0);
        // 250,000 × 80 % / 12 = 16,666.667 MWh for the month; 10,000 delivered
        assertThat(year.get("shortfallMwh").decimalValue()).isEqualByComparingTo("6666.667");
        ApiClient.Response twice = client.post(
                "/api/v1/energy/power/ppas/" + id + "/deliveries",
                "analyst",
                "{\"month\": \"" + past + "\", \"mwh\": 10000, \"source\": \"test meter\"}");
        assertThat(twice.status()).isEqualTo(409);
        ApiClient.Response tooMuch = client.post(
                "/api/v1/energy/power/ppas/" + id + "/deliveries",
                "analyst",
                "{\"month\": \"" + YearMonth.now().minusMonths(3) + "\", \"mwh\": 100000, \"source\": \"test meter\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asText()).isEqualTo("mwh");
    }

    @Test
    void lateMilestonesAreFlaggedAndOfficersSeeTheProjectsAtTheirGates() {
        String name = unique("Yard ");
        String body = """
				{"nameEn": "%s", "nameVi": "Bãi %s", "nameLo": "ລານ %s", "kind": "INSPECTION_YARD", "gatePairId": "%s",
				 "country": "VN", "owner": "Test board", "budget": 1000000, "currency": "USD", "progressPct": 20,
				 "status": "UNDER_WAY", "documents": ["https://example.org/plan.pdf"], "source": "test"}""";
        ApiClient.Response atLaoBao = client.post(
                "/api/v1/energy/infrastructure/projects", "ministry", body.formatted(name, name, name, "VL-INT-06"));
        assertThat(atLaoBao.status()).as(atLaoBao.body()).isEqualTo(201);
        long id = atLaoBao.json().get("id").asLong();
        assertThat(atLaoBao.json().get("late").asBoolean()).isFalse();
        ApiClient.Response milestone = client.post(
                "/api/v1/energy/infrastructure/projects/" + id + "/milestones",
                "analyst",
                "{\"name\": \"Scanner\", \"plannedOn\": \"" + LocalDate.now().minusDays(10) + "\"}");
        assertThat(milestone.status()).as(milestone.body()).isEqualTo(201);
        assertThat(milestone.json().get("late").asBoolean()).isTrue();
        assertThat(milestone.json().get("milestones").get(0).get("state").asText())
                .isEqualTo("LATE");

        ApiClient.Response elsewhere = client.post(
                "/api/v1/energy/infrastructure/projects", "analyst", body.formatted(name, name, name, "VL-INT-07"));
        assertThat(elsewhere.status()).isEqualTo(201);
        long other = elsewhere.json().get("id").asLong();

        // the demo officer is bound to VL-INT-06 and VL-INT-04, not to La Lay (VL-INT-07)
        assertThat(client.get("/api/v1/energy/infrastructure/projects/" + id, "officer")
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/api/v1/energy/infrastructure/projects/" + other, "officer")
                        .status())
                .isEqualTo(404);
        ApiClient.Response officerList = client.get("/api/v1/energy/infrastructure/projects", "officer");
        officerList
                .json()
                .forEach(p ->
                        assertThat(p.get("plan").get("gatePairId").asText()).isIn("VL-INT-06", "VL-INT-04"));
        assertThat(client.post(
                                "/api/v1/energy/infrastructure/projects",
                                "officer",
                                body.formatted(name, name, name, "VL-INT-06"))
                        .status())
                .isEqualTo(403);

        ApiClient.Response filtered = client.get(
                "/api/v1/energy/infrastructure/projects?kind=INSPECTION_YARD&gatePairId=VL-INT-07&status=UNDER_WAY",
                "analyst");
        assertThat(filtered.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        filtered.json().forEach(p -> ids.add(p.get("id").asLong()));
        assertThat(ids).contains(other).doesNotContain(id);
        ApiClient.Response badKind = client.get("/api/v1/energy/infrastructure/projects?kind=CASTLE", "analyst");
        assertThat(badKind.status()).isEqualTo(422);
    }

    ApiClient.Response upload(String csv, String key) {
        String boundary = "energy-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return client.send(client.builder("/api/v1/energy/benchmarks/import", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    @Test
    void theBenchmarkImportIsAllOrNothingAndSafeToRetry() {
        String s = unique("TI");
        String bad = "series,month,value,currency,source\n" + s + ",2025-01,101.5,USD,fixture\n" + s
                + ",2025-02,-4,USD,fixture\n" + s + ",2025-13,99,USD,\n";
        ApiClient.Response refused = upload(bad, UUID.randomUUID().toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("ENR-007");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("rows[2].value", "rows[3].month", "rows[3].source");
        assertThat(client.get("/api/v1/energy/benchmarks?series=" + s, "analyst")
                        .json())
                .isEmpty();

        String good = "series,month,value,currency,source\n" + s + ",2025-01,101.5,USD,fixture\n" + s
                + ",2025-02,99.25,USD,\"Argus/Coalindo, monthly\"\n";
        String key = UUID.randomUUID().toString();
        ApiClient.Response imported = upload(good, key);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("recorded").asInt()).isEqualTo(2);
        ApiClient.Response replayed = upload(good, key);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");
        JsonNode values =
                client.get("/api/v1/energy/benchmarks?series=" + s, "analyst").json();
        assertThat(values).hasSize(2);
        assertThat(values.get(0).get("source").asText()).isEqualTo("Argus/Coalindo, monthly");
        ApiClient.Response duplicate = upload(good, UUID.randomUUID().toString());
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(client.post("/api/v1/energy/benchmarks", "ministry", "{}").status())
                .isEqualTo(403);
    }
}
