package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;

/**
 * Expressions of interest in a park (decision 0082) on the whole application: who may send (an ENTERPRISE user for
 * its own enterprise), who reads them (the park's operator, analysts and ministry officials all; the sender its own;
 * others none), the states and who takes each step, the notices to the operator, the park's analyst and the sender,
 * the audit, the count of leads; and the page form, whose errors are shown next to their fields in the reader's
 * language.
 */
@IntegrationTest
class ZoneInterestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Zones zones;

    long enterpriseOf(String username) {
        return jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
				WHERE u.username = :u ORDER BY e.id LIMIT 1""").param("u", username).query(Long.class).single();
    }

    /** A park recorded by the analyst whose operator is the Lao demo enterprise user's enterprise. */
    long parkOperatedByLaoEnterprise(String name) {
        return zones.create(
                        ZoneModuleTest.draft(
                                name, "VN", "44@2025-07-01", "VN_ECONOMIC_ZONE", "100", enterpriseOf("la-enterprise")),
                        Actor.onBehalfOf("analyst", Role.ANALYST))
                .id();
    }

    long notices(String recipient, String kind) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = :r AND kind = :k")
                .param("r", recipient)
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    @Test
    void anEnterpriseTellsTheOperatorWhoAnswersAndEverySideSeesOnlyWhatItMay() {
        ApiClient api = new ApiClient(port);
        long park = parkOperatedByLaoEnterprise("Interest park " + System.nanoTime());
        long vnEnterprise = enterpriseOf("vn-enterprise");
        long operatorNoticesBefore = notices("la-enterprise", "zone-interest-sent");
        long analystNoticesBefore = notices("analyst", "zone-interest-sent");
        String body = "{\"enterpriseId\": " + vnEnterprise + ", \"isic\": \"c\", \"landHa\": 12.5, \"investment\": "
                + "2500000, \"currency\": \"USD\", \"jobs\": 180, \"message\": \"  We assemble bicycles.  \"}";

        ApiClient.Response foreign = api.post(
                "/api/v1/zones/" + park + "/interests", "la-enterprise", body.replace("\"jobs\": 180", "\"jobs\": -5"));
        assertThat(foreign.status())
                .as("another organisation's enterprise, before validation")
                .isEqualTo(403);
        assertThat(foreign.json().get("code").asText()).isEqualTo("AUT-002");
        assertThat(api.post("/api/v1/zones/" + park + "/interests", "analyst", body)
                        .status())
                .isEqualTo(403);

        ApiClient.Response sent = api.post("/api/v1/zones/" + park + "/interests", "vn-enterprise", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode interest = sent.json();
        long id = interest.get("id").asLong();
        assertThat(interest.get("status").asText()).isEqualTo("SENT");
        assertThat(interest.get("isic").asText()).isEqualTo("C");
        assertThat(interest.get("message").asText()).isEqualTo("We assemble bicycles.");
        assertThat(notices("la-enterprise", "zone-interest-sent")).isEqualTo(operatorNoticesBefore + 1);
        assertThat(notices("analyst", "zone-interest-sent")).isEqualTo(analystNoticesBefore + 1);

        ApiClient.Response again = api.post("/api/v1/zones/" + park + "/interests", "vn-enterprise", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("ZON-013");
        ApiClient.Response invalid = api.post(
                "/api/v1/zones/" + park + "/interests",
                "vn-enterprise",
                "{\"enterpriseId\": " + vnEnterprise + ", \"landHa\": 0, \"investment\": 5, \"jobs\": -2, "
                        + "\"startYear\": 1999, \"isic\": \"ZZ\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("code").asText()).isEqualTo("ZON-011");
        assertThat(invalid.body()).contains("landHa", "currency", "jobs", "startYear", "isic", "message");

        assertThat(api.get("/api/v1/zones/" + park + "/interests", "la-enterprise")
                        .json())
                .as("the operator")
                .hasSize(1);
        assertThat(api.get("/api/v1/zones/" + park + "/interests", "ministry").json())
                .hasSize(1);
        assertThat(api.get("/api/v1/zones/" + park + "/interests", "vn-enterprise")
                        .json())
                .as("the sender")
                .hasSize(1);
        assertThat(api.get("/api/v1/zones/" + park + "/interests", "officer").json())
                .as("a border officer")
                .isEmpty();
        assertThat(api.get("/api/v1/zones/" + park + "/interests", "admin").json())
                .isEmpty();

        String step = "/api/v1/zones/" + park + "/interests/" + id + "/";
        assertThat(api.post(step + "acknowledge", "vn-enterprise", "{}").status())
                .as("the sender does not answer itself")
                .isEqualTo(403);
        assertThat(api.post(step + "withdraw", "la-enterprise", "{}").status())
                .as("the operator does not withdraw for the sender")
                .isEqualTo(403);
        assertThat(api.post(step + "jump", "la-enterprise", "{}").status()).isEqualTo(400);
        ApiClient.Response acknowledged = api.post(step + "acknowledge", "la-enterprise", "{\"answer\": \"Welcome\"}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(notices("vn-enterprise", "zone-interest-acknowledged")).isPositive();
        assertThat(api.post(step + "acknowledge", "analyst", "{}")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("ZON-014");
        ApiClient.Response noReason = api.post(step + "decline", "analyst", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("answer");
        ApiClient.Response notYet = api.post(step + "convert", "ministry", "{}");
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.body()).contains("enterpriseId").contains("tenant");

        ApiClient.Response withdrawn = api.post(step + "withdraw", "vn-enterprise", "{}");
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.post(step + "decline", "analyst", "{\"answer\": \"late\"}")
                        .status())
                .isEqualTo(409);

        JsonNode detail = api.get("/api/v1/zones/" + park, "officer").json();
        assertThat(detail.at("/leads/total").asLong()).isEqualTo(1);
        assertThat(detail.at("/leads/open").asLong()).isZero();
        assertThat(jdbc.sql("""
						SELECT string_agg(action || ':' || coalesce(changes -> 'status' ->> 'to', changes ->> 'status'), ',' ORDER BY id)
						FROM audit_event WHERE entity_type = 'zone_interest' AND entity_id = :id""")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo("CREATED:SENT,UPDATED:ACKNOWLEDGED,UPDATED:WITHDRAWN");

        // Once a tenant, a new expression can be marked as converted.
        ApiClient.Response second = api.post("/api/v1/zones/" + park + "/interests", "vn-enterprise", body);
        assertThat(second.status()).isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/zones/" + park + "/tenants",
                                "la-enterprise",
                                "{\"enterpriseId\": " + vnEnterprise + ", \"leasedHa\": 12.5}")
                        .status())
                .isEqualTo(201);
        ApiClient.Response converted = api.post(
                "/api/v1/zones/" + park + "/interests/"
                        + second.json().get("id").asLong() + "/convert",
                "la-enterprise",
                "{}");
        assertThat(converted.json().get("status").asText()).isEqualTo("BECAME_TENANT");
        assertThat(api.get("/api/v1/zones/" + park, "officer")
                        .json()
                        .at("/leads/becameTenants")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void thePageFormShowsEachErrorNextToItsFieldInTheReadersLanguageAndSavesNothingUntilValid() throws Exception {
        long park = parkOperatedByLaoEnterprise("Interest form park " + System.nanoTime());
        PageSession session = PageSession.signIn(port, "vn-enterprise");
        Document page = session.page("/zones/" + park + "?lang=vi");
        assertThat(page.select("#zone-interest-form")).hasSize(1);
        assertThat(page.select("#zone-leads").text()).startsWith("Khách hàng tiềm năng: 0");
        String csrf = page.select("#zone-interest-form input[name=_csrf]").val();
        String enterprise =
                page.select("#zone-interest-enterprise option").first().val();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("enterpriseId", enterprise);
        form.put("landHa", "12,5");
        form.put("investment", "1,250,000.50");
        form.put("currency", "");
        form.put("jobs", "40");
        form.put("message", "");
        HttpResponse<String> refused = post(session, "/zones/" + park + "/interests?lang=vi", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.select("#zone-interest-land-error").text())
                .isEqualTo("phải là số, nhóm chữ số bằng dấu phẩy và dấu chấm trước phần thập phân");
        assertThat(shown.select("#zone-interest-land").hasClass("is-invalid")).isTrue();
        assertThat(shown.select("#zone-interest-message-error").text()).isNotBlank();
        assertThat(shown.select("#zone-interest-currency-error").text()).isNotBlank();
        assertThat(shown.select("#zone-interest-investment-error")).isEmpty();
        assertThat(shown.select("#zone-interest-investment").val()).isEqualTo("1,250,000.50");
        assertThat(jdbc.sql("SELECT count(*) FROM zone_interest WHERE zone_id = :z")
                        .param("z", park)
                        .query(Long.class)
                        .single())
                .isZero();

        form.put("landHa", "12.5");
        form.put("currency", "usd");
        form.put("message", "Chúng tôi lắp ráp xe đạp.");
        HttpResponse<String> saved = post(session, "/zones/" + park + "/interests", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        Document after = session.page("/zones/" + park + "?interestSent&lang=lo");
        assertThat(after.select("#zone-interest-sent")).hasSize(1);
        assertThat(after.select("#zone-interest-table .zone-interest-row")).hasSize(1);
        assertThat(after.select(".zone-interest-status").text()).isEqualTo("ສົ່ງແລ້ວ");
        assertThat(after.select("#zone-interest-table").text()).contains("1,250,000 USD");

        // Another ENTERPRISE user that is not the operator sees the count only.
        PageSession operator = PageSession.signIn(port, "la-enterprise");
        Document operatorPage = operator.page("/zones/" + park + "?lang=en");
        assertThat(operatorPage.select(".zone-interest-acknowledge")).hasSize(1);
        PageSession officer = PageSession.signIn(port, "officer");
        Document officerPage = officer.page("/zones/" + park + "?lang=en");
        assertThat(officerPage.select("#zone-interest-table")).isEmpty();
        assertThat(officerPage.select("#zone-leads").text()).contains("1 expressions of interest, 1 open");
    }

    private static HttpResponse<String> post(PageSession session, String path, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
