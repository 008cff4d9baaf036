package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * The zone page forms (decision 0082): a park recorded and changed through the page with the API's rules, each
 * refusal next to its field in the reader's language and nothing saved until valid; a tenant added and removed on
 * the park's page with the occupancy computed again; the calculator page refusing unreadable amounts on their field
 * and computing the hand-checked case.
 */
@IntegrationTest
class ZonePageFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystRecordsAndChangesAParkThroughThePageAndSeesEachRefusalNextToItsField() throws Exception {
        PageSession session = PageSession.signIn(port, "analyst");
        Document blank = session.page("/zones/new?lang=lo");
        String csrf = blank.select("#zone-park-form input[name=_csrf]").val();
        String name = "Form park " + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("kind", "INDUSTRIAL_PARK");
        form.put("country", "VN");
        form.put("status", "PLANNED");
        form.put("nameEn", name);
        form.put("nameVi", "Khu " + name);
        form.put("nameLo", "");
        form.put("provinces", "44@2025-07-01");
        form.put("totalHa", "1,200.5");
        form.put("leasableHa", "1.300,0");
        form.put("latitude", "16.6");
        form.put("longitude", "106.6");
        form.put("isicCodes", "C; 29");
        form.put("hsCodes", "870899 854449");
        form.put("regimeScope", "VN_ECONOMIC_ZONE");
        form.put("source", "Test source");
        form.put("sourceDate", "2025-07-01");

        HttpResponse<String> refused = post(session, "/zones?lang=lo", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.select("#zone-form-leasableHa-error").text())
                .isEqualTo("ຕ້ອງເປັນຕົວເລກ, ຈັດກຸ່ມຕົວເລກດ້ວຍຈຸດ (,) ແລະ ໃຊ້ຈຸດ (.) ກ່ອນທົດສະນິຍົມ");
        assertThat(shown.select("#zone-form-nameLo-error").text()).isNotBlank();
        assertThat(shown.select("#zone-form-totalHa-error")).isEmpty();
        assertThat(shown.select("#zone-form-totalHa").val()).isEqualTo("1,200.5");
        assertThat(count(name)).isZero();

        form.put("nameLo", "ນິຄົມ " + name);
        form.put("leasableHa", "1,300");
        HttpResponse<String> tooMuchLand = post(session, "/zones?lang=vi", form);
        assertThat(tooMuchLand.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooMuchLand.body())
                        .select("#zone-form-leasableHa-error")
                        .text())
                .isEqualTo("không được vượt tổng diện tích");

        form.put("leasableHa", "300");
        HttpResponse<String> saved = post(session, "/zones", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM zone WHERE name_en = :n")
                .param("n", name)
                .query(Long.class)
                .single();
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/zones/" + id + "?saved");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'zone' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Document edit = session.page("/zones/" + id + "/edit?lang=en");
        Map<String, String> change = new LinkedHashMap<>();
        edit.select("#zone-park-form input[name], #zone-park-form select[name], #zone-park-form textarea[name]")
                .forEach(field -> {
                    if (field.tagName().equals("select")) {
                        change.put(
                                field.attr("name"),
                                field.select("option[selected]").val());
                    } else if (field.attr("type").equals("checkbox")) {
                        if (field.hasAttr("checked")) {
                            change.put(field.attr("name"), "on");
                        }
                    } else if (field.tagName().equals("textarea")) {
                        change.put(field.attr("name"), field.text());
                    } else {
                        change.put(field.attr("name"), field.val());
                    }
                });
        assertThat(change).containsEntry("provinces", "44@2025-07-01").containsEntry("leasableHa", "300.00");
        change.put("status", "UNDER_CONSTRUCTION");
        assertThat(post(session, "/zones/" + id, change).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT status FROM zone WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("UNDER_CONSTRUCTION");
        // The same form again is at an old version: refused, nothing changed.
        change.put("status", "OPERATING");
        HttpResponse<String> stale = post(session, "/zones/" + id, change);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.body()).select("#zone-form-invalid").text())
                .contains("open it again");

        // A tenant on the park's page: occupancy computed from the lease.
        long enterprise = jdbc.sql("SELECT id FROM enterprise WHERE demo ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        Document park = session.page("/zones/" + id);
        Map<String, String> tenant = new LinkedHashMap<>();
        tenant.put("_csrf", park.select("#zone-tenant-form input[name=_csrf]").val());
        tenant.put("enterpriseId", String.valueOf(enterprise));
        tenant.put("leasedHa", "400");
        HttpResponse<String> overLeased = post(session, "/zones/" + id + "/tenants", tenant);
        assertThat(overLeased.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(overLeased.body())
                        .select("#zone-tenant-leasedHa-error")
                        .text())
                .isNotBlank();
        tenant.put("leasedHa", "75");
        assertThat(post(session, "/zones/" + id + "/tenants", tenant).statusCode())
                .isEqualTo(302);
        Document withTenant = session.page("/zones/" + id);
        assertThat(withTenant.select("#zone-occupancy").text()).isEqualTo("25.0 %");
        String remove = withTenant.select("#zone-tenants form").attr("action");
        Map<String, String> csrfOnly = Map.of("_csrf", tenant.get("_csrf"));
        assertThat(post(session, remove, csrfOnly).statusCode()).isEqualTo(302);
        assertThat(session.page("/zones/" + id).select("#zone-occupancy").text())
                .isEqualTo("0.0 %");

        // Not the operator: the tenant form is refused before its content is read.
        PageSession outsider = PageSession.signIn(port, "vn-enterprise");
        assertThat(outsider.page("/zones/" + id).select("#zone-tenant-form")).isEmpty();
    }

    @Test
    void theCalculatorPageRefusesUnreadableAmountsOnTheirFieldAndComputesTheHandCheckedCase() throws Exception {
        PageSession session = PageSession.signIn(port, "vn-enterprise");
        long laoBao = jdbc.sql(
                        "SELECT id FROM zone WHERE demo AND name_en = 'Lao Bảo Special Economic-Commercial Zone'")
                .query(Long.class)
                .single();
        Document blank = session.page("/zones/calculator?lang=vi");
        assertThat(blank.select("#zone-calc-years").val()).isEqualTo("15");
        assertThat(blank.select(".zone-calc-candidate")).isEmpty();

        String query = "/zones/calculator?lang=vi&zoneIds=" + laoBao
                + "&startsOn=2020-01-01&years=15&revenue=5,000,000,000&profit=1.000.000.000&currency=VND"
                + "&discountRatePercent=8&jobs=100";
        HttpResponse<String> refused = session.get(query);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.select("#zone-calc-profit-error").text())
                .isEqualTo("phải là số, nhóm chữ số bằng dấu phẩy và dấu chấm trước phần thập phân");
        assertThat(shown.select("#zone-calc-revenue-error")).isEmpty();
        assertThat(shown.select(".zone-calc-candidate")).isEmpty();

        Document result = session.page(query.replace("1.000.000.000", "1,000,000,000"));
        assertThat(result.select(".zone-calc-candidate .zone-calc-total-tax").text())
                .isEqualTo("650,000,000.00");
        assertThat(result.select(".zone-calc-year")).hasSize(15);
        assertThat(result.select(".zone-calc-year[data-year=14] .zone-calc-basis")
                        .text())
                .contains("218/2013");
        assertThat(result.select("#zone-calc-assumptions li")).hasSize(7);

        HttpResponse<String> path = session.get("/zones/calculator?lang=en&zoneIds=" + laoBao
                + "&startsOn=2020-01-01&years=3&revenue=10&profit=1&profits=1%0A2&currency=VND&discountRatePercent=8");
        assertThat(path.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(path.body()).select("#zone-calc-profits-error").text())
                .isEqualTo("needs exactly 3 values, one a year");
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM zone WHERE name_en = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private static HttpResponse<String> post(PageSession session, String path, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
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
