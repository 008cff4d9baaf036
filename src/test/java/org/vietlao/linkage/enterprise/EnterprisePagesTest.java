package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
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

/**
 * The registry's pages as a signed-in browser sees them, without a browser: list and filters, the profile
 * with translated province and HS names and the demo badge, the form's messages next to their fields and the
 * import report.
 */
@IntegrationTest
class EnterprisePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long savanCooperative() {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = 'LA-0100234'")
                .query(Long.class)
                .single();
    }

    @Test
    void listsAndFiltersEnterprisesInVietnamese() throws Exception {
        Session session = Session.signIn(port, "ministry");

        Document page = session.page("/enterprises?lang=vi&hs=0714&country=LA&q=la-0100234");

        assertThat(page.select("#enterprise-list-heading").text()).isEqualTo("Danh bạ doanh nghiệp");
        assertThat(page.select("#enterprise-table tbody tr")).hasSize(1);
        assertThat(page.select("#enterprise-table tbody tr").text())
                .contains("ສະຫະກອນມັນຕົ້ນສະຫວັນ", "Hợp tác xã sắn Savan", "071410");
        assertThat(page.select("#enterprise-table .demo-badge").text()).isEqualTo("dữ liệu mẫu");
        assertThat(page.select("#enterprise-new")).as("the ministry reads only").isEmpty();
        assertThat(session.page("/?lang=vi").select("#nav-enterprises").attr("href"))
                .isEqualTo("/enterprises");
    }

    @Test
    void showsAProfileWithNamesOfItsProvinceAndProductsInTheReadersLanguage() throws Exception {
        Session session = Session.signIn(port, "vn-enterprise");

        Document page = session.page("/enterprises/" + savanCooperative() + "?lang=vi");

        assertThat(page.select("#enterprise-name").text()).isEqualTo("ສະຫະກອນມັນຕົ້ນສະຫວັນ");
        assertThat(page.select("#enterprise-province").text()).isEqualTo("Savannakhet Province");
        assertThat(page.select("#enterprise-demo")).hasSize(1);
        assertThat(page.select("#enterprise-offers .hs-description").text()).containsIgnoringCase("sắn");
        assertThat(page.select("#enterprise-edit"))
                .as("another organisation's enterprise")
                .isEmpty();
        assertThat(session.get("/enterprises/" + savanCooperative() + "/edit").statusCode())
                .isEqualTo(403);
    }

    @Test
    void showsEachFormErrorNextToItsFieldInLao() throws Exception {
        Session session = Session.signIn(port, "la-enterprise");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("country", "LA");
        form.put("registrationNumber", "12");
        form.put("name", "ບໍລິສັດ ທົດສອບ ແບບຟອມ");
        form.put("provinceCode", "LA-SV");
        form.put("sector", "0113");
        form.put("sizeClass", "SMALL");
        form.put("offers[0].hsCode", "");
        form.put("offers[1].hsCode", "0714");
        form.put("offers[1].annualCapacity", "lots");

        var response = session.post("/enterprises?lang=lo", form);

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#enterprise-form-invalid")).hasSize(1);
        assertThat(page.select("#registrationNumber + .form-text + .invalid-feedback")
                        .text())
                .contains("LA-");
        assertThat(page.select("#offers1\\.hsCode").hasClass("is-invalid"))
                .as("the second line, where the code was")
                .isTrue();
        assertThat(page.select("#offers1\\.annualCapacity + .invalid-feedback").text())
                .isEqualTo("ບໍ່ແມ່ນຕົວເລກ");
        assertThat(page.select("#offers0\\.hsCode").hasClass("is-invalid")).isFalse();
    }

    @Test
    void registersFromTheFormAndWarnsAboutANearIdenticalName() throws Exception {
        Session session = Session.signIn(port, "analyst");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("country", "VN");
        form.put("registrationNumber", EnterpriseApiTests.newTaxCode());
        form.put("name", "Công ty CP Tinh bột sắn Nghệ-An");
        form.put("provinceCode", "40");
        form.put("sector", "1062");
        form.put("employees", "90");
        form.put("certifications", "HACCP");
        form.put("needs[0].hsCode", "071410");
        form.put("needs[0].annualVolume", "12000");
        form.put("needs[0].unit", "t");
        form.put("needs[0].requiredCertifications", "laogap, globalgap");

        var response = session.post("/enterprises", form);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath();
        Document profile = session.page(location + "?lang=en");
        assertThat(profile.select("#enterprise-saved")).hasSize(1);
        assertThat(profile.select("#enterprise-similar").text()).contains("Công ty CP Tinh bột sắn Nghệ An");
        assertThat(profile.select("#enterprise-needs").text()).contains("071410", "12000", "GLOBALG.A.P.", "LaoGAP");
    }

    @Test
    void reportsEveryBadRowOfAnImportOnThePage() throws Exception {
        Session session = Session.signIn(port, "analyst");
        String csv = EnterpriseImportTests.HEADER
                + EnterpriseImportTests.row(EnterpriseApiTests.newTaxCode(), "Trang nhập 1", "110814:1:t:")
                + EnterpriseImportTests.row("0100233480", "Trang nhập 2", "110814:1:barrels:");

        var response = session.upload("/enterprises/import?lang=en", csv);

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#import-rejected").text()).isEqualTo("Nothing was imported: 1 row is invalid.");
        assertThat(page.select("#import-report tbody tr")).hasSize(2);
        assertThat(page.select("#import-report tbody tr").eachText()).allMatch(row -> row.startsWith("3 "));
    }

    /** A cookie-keeping client that signs in through the form and posts forms with their CSRF token. */
    record Session(HttpClient http, String baseUrl) {

        static Session signIn(int port, String username) throws IOException, InterruptedException {
            Session session = new Session(
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build(),
                    "http://localhost:" + port);
            var response = session.post("/login", Map.of("username", username, "password", "demo"));
            assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        Document page(String path) throws IOException, InterruptedException {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(response.body());
        }

        String csrf() throws IOException, InterruptedException {
            return Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf());
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> upload(String path, String csv) throws IOException, InterruptedException {
            String boundary = "----enterprise-page-test";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf()
                    + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
