package org.vietlao.linkage.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class PilotExportsAndPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;
    long demo;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
        demo = jdbc.sql("SELECT id FROM pilot_evaluation WHERE demo")
                .query(Long.class)
                .single();
    }

    @Test
    void exportsTheRankingAsAWorkbookInTheReadersLanguage() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/v1/pilot/evaluations/" + demo + "/result.xlsx", "ministry", "vi");

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet ranking = workbook.getSheetAt(0);
            assertThat(ranking.getSheetName()).isEqualTo("Xếp hạng");
            assertThat(ranking.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mô hình ứng viên");
            assertThat(ranking.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            String names = ranking.getRow(1).getCell(1).getStringCellValue()
                    + ranking.getRow(2).getCell(1).getStringCellValue()
                    + ranking.getRow(3).getCell(1).getStringCellValue();
            assertThat(names).contains("Sắn Lào", "Điện gió Lào", "Linh kiện điện tử");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
        }
    }

    @Test
    void laoSheetNamesAreWholeWordsAndTheExportNamesTheTableAndTheLocalTime() throws Exception {
        // Excel cuts a sheet name at 31 characters: the Lao names are chosen short, never cut mid-word.
        HttpResponse<byte[]> response = bytes("/api/v1/pilot/evaluations/" + demo + "/result.xlsx", "ministry", "lo");

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3)))
                    .containsExactly("ການຈັດອັນດັບ", "ນ້ຳໜັກ", "ຄວາມສອດຄ່ອງ", "ຄວາມອ່ອນໄຫວ");
            StringBuilder ranking = new StringBuilder();
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> ranking.append(cell).append('|')));
            assertThat(ranking.toString())
                    .contains("Saaty 1980")
                    .contains("(UTC+7)")
                    .doesNotContain("saaty1980");
        }
    }

    @Test
    void exportsAPdfReportWithLaoText() throws Exception {
        HttpResponse<byte[]> response = bytes("/api/v1/pilot/evaluations/" + demo + "/result.pdf", "analyst", "lo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfReader reader = new PdfReader(response.body());
        assertThat(reader.getNumberOfPages()).isPositive();
        String fonts = new String(response.body(), StandardCharsets.ISO_8859_1);
        assertThat(fonts).contains("NotoSansLao");
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("TOPSIS");
        reader.close();
    }

    @Test
    void rendersTheResultPageWithRankingChartDataAndExports() throws Exception {
        Session session = signIn("iice-analyst");

        HttpResponse<String> page = session.get("/pilot/evaluations/" + demo + "/result?lang=lo");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("#pilot-ranking tbody tr")).hasSize(3);
        assertThat(html.select("#pilot-sensitivity").attr("data-chart")).contains("intervals");
        assertThat(html.select("#pilot-xlsx").attr("href")).endsWith("/result.xlsx");
        assertThat(html.select("#pilot-consistency tbody tr")).hasSize(23);
        assertThat(html.select("script").stream().noneMatch(s -> !s.hasAttr("src")))
                .isTrue();
    }

    @Test
    void theResultPageSaysWhyTheLeaderLeadsHowStableItIsAndWhenInLocalTimeByPeoplesNames() throws Exception {
        Session session = signIn("iice-analyst");
        String closedBy = jdbc.sql("SELECT u.display_name FROM pilot_evaluation e JOIN app_user u "
                        + "ON u.username = e.owner_username WHERE e.id = :id")
                .param("id", demo)
                .query(String.class)
                .single();
        for (String language : List.of("en", "vi", "lo")) {
            Document html = Jsoup.parse(session.get("/pilot/evaluations/" + demo + "/result?lang=" + language)
                    .body());
            String leader = html.select("#pilot-ranking tbody tr:first-child td:nth-child(2)")
                    .text();
            assertThat(leader).isNotBlank();
            assertThat(html.select("#pilot-reading-ranking").text())
                    .as(language)
                    .contains(leader);
            assertThat(html.select("#pilot-reading-stability").text())
                    .as(language)
                    .startsWith(leader);
            assertThat(html.select("#pilot-frozen").text())
                    .as(language)
                    .contains("(UTC+7)", closedBy)
                    .doesNotContain(" UTC ");
            assertThat(html.select("#pilot-consistency thead th").eachText())
                    .as("evaluators by name")
                    .doesNotContain("analyst", "iice-analyst");
        }
        Document english = Jsoup.parse(
                session.get("/pilot/evaluations/" + demo + "/result?lang=en").body());
        assertThat(english.select("#pilot-reading-ranking").text()).contains("TOPSIS", "(weight ");
        assertThat(Jsoup.parse(session.get("/pilot?lang=vi").body())
                        .select("#pilot-evaluations tbody td")
                        .eachText())
                .as("the owner column names the person")
                .contains(closedBy)
                .doesNotContain("analyst");
    }

    @Test
    void rendersTheListDetailAndJudgementPagesAndTheLivePreview() throws Exception {
        Session session = signIn("analyst");
        HttpResponse<String> list = session.get("/pilot?lang=vi");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(list.body()).select("#pilot-evaluations a").eachText())
                .isNotEmpty();

        HttpResponse<String> created = session.post(
                "/pilot/evaluations",
                "/pilot",
                "titleEn=Page+test&titleVi=Th%E1%BB%AD&titleLo=" + URLEncoder.encode("ທົດລອງ", StandardCharsets.UTF_8)
                        + "&method=AIP&riTable=alonsoLamata2006");
        assertThat(created.statusCode()).isEqualTo(302);
        String detailPath = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        long id = Long.parseLong(detailPath.substring(detailPath.lastIndexOf('/') + 1));
        for (String name : new String[] {"One", "Two", "Three"}) {
            assertThat(session.post(
                                    detailPath + "/candidates",
                                    detailPath,
                                    "nameEn=" + name + "&nameVi=" + name + "&nameLo="
                                            + URLEncoder.encode("ລາວ", StandardCharsets.UTF_8) + "&sector=OTHER")
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(session.post(
                                detailPath + "/criteria/4/rename",
                                detailPath,
                                "nameEn=Markets&nameVi=Th%E1%BB%8B+tr%C6%B0%E1%BB%9Dng&nameLo="
                                        + URLEncoder.encode("ຕະຫຼາດ", StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT name_en FROM pilot_criterion WHERE evaluation_id = :id AND position = 4")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Markets");
        session.post(detailPath + "/evaluators", detailPath, "username=analyst&weight=1");
        session.post(detailPath + "/open", detailPath, "");

        HttpResponse<String> detail = session.get(detailPath);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(detail.body()).select("#pilot-candidates tbody tr"))
                .hasSize(3);
        HttpResponse<String> matrices = session.get(detailPath + "/judgements");
        assertThat(matrices.statusCode()).isEqualTo(200);
        HttpResponse<String> matrix = session.get(detailPath + "/judgements/A1.1");
        assertThat(matrix.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(matrix.body()).select("select[name=c0_1] option"))
                .hasSize(18);

        HttpResponse<String> preview = session.post(
                detailPath + "/judgements/A1.1/preview", detailPath + "/judgements/A1.1", "c0_1=9&c0_2=1%2F9&c1_2=9");
        assertThat(preview.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parse(preview.body());
        assertThat(fragment.select(".pilot-status").attr("data-worst-row")).isNotEmpty();
        assertThat(fragment.select("#pilot-worst")).hasSize(1);

        HttpResponse<String> saved =
                session.post(detailPath + "/judgements/A1.1", detailPath + "/judgements/A1.1", "c0_1=3&c0_2=5&c1_2=2");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM pilot_judgement WHERE evaluation_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private HttpResponse<byte[]> bytes(String path, String user, String language) throws Exception {
        HttpRequest request = client.builder(path, user)
                .header("Accept-Language", language)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private Session signIn(String user) throws Exception {
        Session session = new Session();
        String csrf = session.csrf("/login");
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + csrf))
                .build());
        assertThat(login.statusCode()).isEqualTo(302);
        return session;
    }

    /** A browser-like session: cookies kept, CSRF token taken from the page that holds the form. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        String csrf(String pagePath) throws IOException, InterruptedException {
            return Jsoup.parse(get(pagePath).body()).select("input[name=_csrf]").attr("value");
        }

        HttpResponse<String> post(String path, String formPage, String form) throws IOException, InterruptedException {
            String token = csrf(formPage);
            String body = form.isEmpty() ? "_csrf=" + token : form + "&_csrf=" + token;
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
