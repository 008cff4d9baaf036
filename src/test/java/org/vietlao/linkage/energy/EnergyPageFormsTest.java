package org.vietlao.linkage.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * The energy page forms over HTTP (the browser walk is EnergyShipmentBrowserTest): a PPA with a tariff above its cap
 * refused beside the tariff in the reader's language and nothing saved, then recorded with a month of deliveries; an
 * infrastructure project with a bad link refused beside the row it was typed in, then recorded with a late
 * milestone and its progress; the conference-report section as page, XLSX and PDF; role rules and CSRF as the API's.
 */
@IntegrationTest
class EnergyPageFormsTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale LO = Locale.forLanguageTag("lo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Posts the form fields with the CSRF token of the page at {@code from}. */
    static HttpResponse<String> post(PageSession session, String from, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", session.page(from).select("input[name=_csrf]").first().val());
        return send(session, action, all);
    }

    static HttpResponse<String> send(PageSession session, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + action))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static long idFrom(HttpResponse<String> response, String prefix) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(prefix);
        return Long.parseLong(location.replaceAll(".*" + prefix + "(\\d+).*", "$1"));
    }

    @Test
    void aPpaAboveItsCapIsRefusedBesideTheTariffThenRecordedWithAMonthOfDeliveries() throws Exception {
        PageSession analyst = PageSession.signIn(port, "analyst");
        analyst.page("/energy/power/new?lang=vi");
        String plant = unique("Sekong Wind ");
        Map<String, String> ppa = new LinkedHashMap<>();
        ppa.put("plantName", plant);
        ppa.put("plantType", "WIND");
        ppa.put("provinceCode", "LA-XE");
        ppa.put("capacityMw", "150");
        ppa.put("cod", "2026-06-01");
        ppa.put("buyer", "EVN");
        ppa.put("startsOn", "2026-06-01");
        ppa.put("termYears", "20");
        ppa.put("tariffCents", "7,5");
        ppa.put("escalationPct", "0");
        ppa.put("deliveryPoint", "Thanh My 500 kV");
        ppa.put("takeOrPayPct", "80");
        ppa.put("annualContractedMwh", "400000");
        HttpResponse<String> refused = post(analyst, "/energy/power/new", "/energy/power/ppas", ppa);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("#f-tariffCents").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#f-tariffCents").val()).isEqualTo("7,5");
        String besideTariff = page.select("#f-tariffCents-error").text();
        assertThat(besideTariff).contains("7,5").contains("6,4").contains("2647");
        assertThat(page.select("#form-errors").text()).contains(messages.getMessage("error.ENR-010", null, VI));
        assertThat(page.select(".field-error")).hasSize(1);
        assertThat(count("SELECT count(*) FROM energy_ppa WHERE plant_name = '" + plant + "'"))
                .isZero();

        ppa.put("tariffCents", "6,2");
        long id = idFrom(post(analyst, "/energy/power/new", "/energy/power/ppas", ppa), "/energy/power/");
        assertThat(analyst.page("/energy/power/" + id).select("#ppa-heading").text())
                .isEqualTo(plant);

        Map<String, String> month = new LinkedHashMap<>(Map.of("month", "2026-13", "mwh", "30000", "source", "EVN"));
        HttpResponse<String> badMonth =
                post(analyst, "/energy/power/" + id, "/energy/power/" + id + "/deliveries", month);
        assertThat(badMonth.statusCode()).isEqualTo(422);
        Document again = Jsoup.parse(badMonth.body());
        assertThat(again.select("#f-month-error").text()).isEqualTo(messages.getMessage(EnergyForm.INVALID, null, VI));
        assertThat(again.select("#f-mwh-error")).isEmpty();
        month.put("month", "2026-07");
        month.put("mwh", "30 000");
        HttpResponse<String> recorded =
                post(analyst, "/energy/power/" + id, "/energy/power/" + id + "/deliveries", month);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM energy_ppa_delivery WHERE ppa_id = " + id + " AND mwh = 30000"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE entity_type = 'energy_ppa' AND entity_id = '" + id
                        + "' AND actor = 'analyst'"))
                .isEqualTo(1);
    }

    @Test
    void aProjectIsRecordedThroughItsPagesWithALateMilestoneAndShowsInTheConferenceReport() throws Exception {
        PageSession ministry = PageSession.signIn(port, "ministry");
        ministry.page("/energy/infrastructure/new?lang=lo");
        String name = unique("Cau Treo yard ");
        Map<String, String> project = new LinkedHashMap<>();
        project.put("nameEn", name);
        project.put("nameVi", name + " vi");
        project.put("nameLo", name + " ລາວ");
        project.put("kind", "INSPECTION_YARD");
        project.put("gatePairId", "VL-INT-06");
        project.put("country", "VN");
        project.put("owner", "Quang Tri PPC");
        project.put("budget", "120000000000");
        project.put("currency", "VND");
        project.put("fundingSource", "Provincial budget");
        project.put("progressPct", "10");
        project.put("status", "UNDER_WAY");
        project.put("documents[0]", "");
        project.put("documents[1]", "ftp://not-a-web-link");
        project.put("source", "Quang Tri PPC plan, test");
        HttpResponse<String> refused =
                post(ministry, "/energy/infrastructure/new", "/energy/infrastructure/projects", project);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        // the bad link is shown beside the row it was typed in, in Lao
        assertThat(page.select("#f-documents-1-error").text())
                .isEqualTo(messages.getMessage(EnergyForm.INVALID, null, LO));
        assertThat(page.select("#f-documents-0-error")).isEmpty();
        assertThat(count("SELECT count(*) FROM energy_infra_project WHERE name_en = '" + name + "'"))
                .isZero();

        project.put("documents[1]", "https://example.org/plan.pdf");
        long id = idFrom(
                post(ministry, "/energy/infrastructure/new", "/energy/infrastructure/projects", project),
                "/energy/infrastructure/");
        String at = "/energy/infrastructure/" + id;
        HttpResponse<String> milestone = post(
                ministry,
                at,
                at + "/milestones",
                Map.of("name", "Yard paved", "plannedOn", "2026-01-15", "actualOn", ""));
        assertThat(milestone.statusCode()).isEqualTo(302);
        Document shown = ministry.page(at);
        assertThat(shown.select("#milestone-list li.milestone-LATE").text()).contains("Yard paved");
        assertThat(shown.select(".project-late")).isNotEmpty();

        HttpResponse<String> badProgress =
                post(ministry, at, at + "/progress", Map.of("progressPct", "150", "status", "UNDER_WAY"));
        assertThat(badProgress.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(badProgress.body())
                        .select("#progress-form #f-progressPct-error")
                        .text())
                .isEqualTo(messages.getMessage(EnergyForm.INVALID, null, LO));
        assertThat(post(ministry, at, at + "/progress", Map.of("progressPct", "45", "status", "UNDER_WAY"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(count("SELECT count(*) FROM energy_infra_project WHERE id = " + id + " AND progress_pct = 45"))
                .isEqualTo(1);

        // the conference-report section: the late milestone with the days it is late, every figure with its source
        Document report = ministry.page("/energy/infrastructure/report?year=2026");
        assertThat(report.select("#report-heading").text())
                .as("the year is a year, not a number with a thousands separator")
                .contains("2026")
                .doesNotContain("2,026")
                .doesNotContain("2.026");
        assertThat(report.select("#report-year-heading").text()).contains("2026");
        assertThat(report.select("#report-late .late-milestone").text())
                .contains(name + " ລາວ")
                .contains("Yard paved");
        assertThat(report.select(".report-source").text())
                .contains(messages.getMessage("energy.report.source.register", new Object[] {"", ""}, LO)
                        .substring(0, 10));
        assertThat(report.select("#report-projects").text()).contains("Quang Tri PPC plan, test");
        int underWay = Integer.parseInt(report.select("#report-status tr[data-status=UNDER_WAY] .status-projects")
                .text());
        assertThat(underWay).isEqualTo(count("SELECT count(*) FROM energy_infra_project WHERE status = 'UNDER_WAY'"));

        HttpResponse<byte[]> xlsx = ministry.http()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(ministry.baseUrl() + "/energy/infrastructure/report.xlsx?year=2026"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo(messages.getMessage("energy.report.col.source", null, LO));
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().contains("Yard paved")) {
                    found = true;
                    assertThat(row.getCell(3).getStringCellValue()).contains("Quang Tri PPC plan, test");
                }
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(3).getStringCellValue())
                            .as("row %d has a source", row.getRowNum())
                            .isNotBlank();
                }
            }
            assertThat(found).isTrue();
        }
        HttpResponse<byte[]> pdf = ministry.http()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(ministry.baseUrl() + "/energy/infrastructure/report.pdf?year=2026"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(ministry.get("/energy/infrastructure/report?year=1999").statusCode())
                .isEqualTo(422);

        // the home map's layer: the project beside the Vietnamese gate of its pair, named in Lao, with its source
        Document home = ministry.page("/");
        assertThat(home.select("#legend-layers .map-layer[data-layer-id=energy-projects]")
                        .text())
                .contains(messages.getMessage("energy.map.layer", null, LO));
        assertThat(home.select("#legend-layers .map-layer[data-layer-id=energy-projects]")
                        .attr("data-layer-url"))
                .isEqualTo(InfrastructureMap.URL);
        HttpResponse<String> layer = ministry.http()
                .send(
                        HttpRequest.newBuilder(URI.create(ministry.baseUrl() + InfrastructureMap.URL))
                                .header("Accept", "application/geo+json, application/json;q=0.9")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(layer.statusCode()).as(layer.body()).isEqualTo(200);
        var geo = new com.fasterxml.jackson.databind.ObjectMapper().readTree(layer.body());
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        com.fasterxml.jackson.databind.JsonNode feature = null;
        for (var f : geo.get("features")) {
            if (f.get("id").asLong() == id) {
                feature = f;
            }
        }
        assertThat(feature).as("project %d on the map", id).isNotNull();
        assertThat(feature.at("/properties/name").asText()).isEqualTo(name + " ລາວ");
        assertThat(feature.at("/properties/detail").asText())
                .contains("Quang Tri PPC plan, test")
                .contains(messages.getMessage("energy.infra.kind.INSPECTION_YARD", null, LO));
        assertThat(feature.at("/properties/href").asText()).isEqualTo(at);
        double lon = feature.at("/geometry/coordinates/0").asDouble();
        double lat = feature.at("/geometry/coordinates/1").asDouble();
        // Lao Bảo (VL-INT-06) is at about 16.6 N, 106.6 E
        assertThat(lat).isBetween(16.0, 17.5);
        assertThat(lon).isBetween(106.0, 107.0);
        PageSession enterprise = PageSession.signIn(port, "vn-enterprise");
        assertThat(enterprise.get(InfrastructureMap.URL).statusCode()).isEqualTo(403);
        assertThat(enterprise.page("/").select(".map-layer[data-layer-id=energy-projects]"))
                .isEmpty();
    }

    @Test
    void theFormsFollowTheApisRoleRulesAndNeedTheirCsrfToken() throws Exception {
        PageSession enterprise = PageSession.signIn(port, "vn-enterprise");
        for (String page : List.of("/energy/contracts/new", "/energy/power/new")) {
            assertThat(enterprise.get(page).statusCode()).as(page).isEqualTo(403);
        }
        PageSession officer = PageSession.signIn(port, "officer");
        assertThat(officer.get("/energy/infrastructure/new").statusCode()).isEqualTo(403);
        assertThat(officer.get("/energy/infrastructure/report").statusCode()).isEqualTo(200);
        PageSession analyst = PageSession.signIn(port, "analyst");
        HttpResponse<String> forged = send(analyst, "/energy/infrastructure/projects", Map.of("nameEn", "x"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
