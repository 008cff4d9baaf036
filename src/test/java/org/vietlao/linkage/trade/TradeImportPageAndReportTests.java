package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * The import page (all or nothing, every bad row with its reason in the reader's language, CSRF, a form sent twice
 * imports once) and the yearly monitoring report as PDF and XLSX in the reader's language, every figure with its
 * source.
 */
@IntegrationTest
class TradeImportPageAndReportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeFutureFigures() {
        jdbc.sql("DELETE FROM trade_figure WHERE year >= 2030").update();
    }

    long figures() {
        return jdbc.sql("SELECT count(*) FROM trade_figure").query(Long.class).single();
    }

    static HttpResponse<String> upload(PageSession session, String path, Map<String, String> fields, String csv)
            throws Exception {
        String boundary = "----trade-page-test";
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(csv)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The form's own fields (CSRF token, Idempotency-Key) as the page gave them, plus the chosen format. */
    static Map<String, String> form(Document page, String format) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", page.select("#trade-import-form input[name=_csrf]").val());
        fields.put(
                "idempotencyKey",
                page.select("#trade-import-form input[name=idempotencyKey]").val());
        fields.put("format", format);
        return fields;
    }

    @Test
    void aBadFileImportsNothingAndTheReportListsEveryBadRowInLao() throws Exception {
        PageSession session = PageSession.signIn(port, "analyst");
        Document page = session.page("/trade/import?lang=lo");
        assertThat(page.select("#trade-import-form input[name=_csrf]").val()).isNotBlank();
        long before = figures();
        String csv = TradeWritesAndImportsTests.PLATFORM_HEADER
                + "2036,TOTAL,TOTAL,1000,VN,REPORTED,,GDC,Page test,https://example.org/a,2037\n"
                + "2036,TOTAL,TOTAL,-5,VN,REPORTED,,GDC,Page test,https://example.org/b,2037\n"
                + "2036,VN_TO_LA,999998,10,VN,REPORTED,,GDC,Page test,https://example.org/c,2037\n";

        var response = upload(session, "/trade/import?lang=lo", form(page, "platform"), csv);

        assertThat(response.statusCode()).isEqualTo(422);
        Document report = Jsoup.parse(response.body());
        assertThat(report.select("#import-rejected").text()).contains("2");
        assertThat(report.select("#import-report tbody tr")).hasSize(2);
        assertThat(report.select("#import-report tbody tr td:first-child").eachText())
                .containsExactly("3", "4");
        assertThat(report.select("#import-report tbody tr td:nth-child(2)").eachText())
                .containsExactly("valueUsd", "product");
        // The reasons in Lao: the message bundle's Lao text, not the English one.
        assertThat(report.select("#import-report tbody tr").get(0).text()).contains("ຕ້ອງເປັນສູນ");
        assertThat(report.select("#import-report").text()).doesNotContain("must be");
        assertThat(figures()).as("nothing imported, not even row 2").isEqualTo(before);
    }

    @Test
    void aGoodFileImportsOnceEvenWhenTheFormIsSentTwice() throws Exception {
        PageSession session = PageSession.signIn(port, "analyst");
        Document page = session.page("/trade/import?lang=vi");
        Map<String, String> fields = form(page, "platform");
        long before = figures();
        String csv = TradeWritesAndImportsTests.PLATFORM_HEADER
                + "2037-H1,TOTAL,TOTAL,1700000000,VN,REPORTED,,GDC,Page retry,https://example.org/p,2037-07\n";

        var first = upload(session, "/trade/import?lang=vi", fields, csv);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Jsoup.parse(first.body()).select("#import-done").text()).startsWith("Đã nhập 1 dòng");
        var again = upload(session, "/trade/import?lang=vi", fields, csv);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(again.body()).select("#import-replayed")).hasSize(1);

        assertThat(figures()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'trade_import'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void missingFormFieldsAreNamedAndNothingIsRead() throws Exception {
        PageSession session = PageSession.signIn(port, "analyst");
        Document page = session.page("/trade/import?lang=en");
        var response = upload(session, "/trade/import?lang=en", form(page, "exports"), "country,product,value\n");
        assertThat(response.statusCode()).isEqualTo(400);
        Document answer = Jsoup.parse(response.body());
        assertThat(answer.select("#import-file-error code").eachText()).containsExactly("year");
    }

    @Test
    void onlyAnalystsSeeTheImportPageAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
        for (String user : new String[] {"ministry", "vn-enterprise", "officer"}) {
            assertThat(PageSession.signIn(port, user).get("/trade/import").statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        PageSession analyst = PageSession.signIn(port, "analyst");
        Document page = analyst.page("/trade/import");
        Map<String, String> fields = form(page, "platform");
        fields.remove("_csrf");
        long before = figures();
        var refused = upload(
                analyst,
                "/trade/import",
                fields,
                TradeWritesAndImportsTests.PLATFORM_HEADER
                        + "2038,TOTAL,TOTAL,1000,VN,REPORTED,,GDC,No token,https://example.org/n,2038\n");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void theYearlyReportAsPdfInLaoCarriesThe2025FigureWithItsSource() throws Exception {
        PageSession session = PageSession.signIn(port, "ministry");
        HttpResponse<byte[]> response = bytes(session, "/trade/report?year=2025&format=pdf&lang=lo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).contains("NotoSansLao");
        PdfReader reader = new PdfReader(response.body());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        reader.close();
        String all = text.toString();
        assertThat(all).contains("2025");
        // The figure followed for 2025 (MoIT via SGGP, 2,980 million) and the Lao side's own figure, each with its
        // publisher and address.
        java.text.NumberFormat lao = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag("lo"));
        lao.setMinimumFractionDigits(1);
        assertThat(all).contains(lao.format(2980.0)).contains("SGGP").contains("ASEANEWS");
        assertThat(all.replaceAll("\\s", "")).contains("en.sggp.org.vn");
    }

    @Test
    void theYearlyReportAsXlsxHasTheSeriesTheYearsFiguresAndTheTargetsInVietnamese() throws Exception {
        PageSession session = PageSession.signIn(port, "ministry");
        HttpResponse<byte[]> response = bytes(session, "/trade/report?year=2025&format=xlsx&lang=vi");
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(cells(workbook.getSheetAt(0))).contains("Báo cáo theo dõi thương mại Việt Nam – Lào năm 2025");
            String figures = cells(workbook.getSheetAt(2));
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Số liệu 2025");
            assertThat(figures).contains("https://en.sggp.org.vn/").contains("ASEANEWS / Vientiane Times");
            assertThat(figures).doesNotContain("2024|");
            assertThat(cells(workbook.getSheetAt(3))).contains("5–7 tỷ USD trong những năm tới");
        }
    }

    @Test
    void aReportForAYearOutOfRangeIsRefusedNotAServerError() throws Exception {
        PageSession session = PageSession.signIn(port, "ministry");
        assertThat(bytes(session, "/trade/report?year=1200&format=pdf").statusCode())
                .isEqualTo(400);
        assertThat(bytes(session, "/trade/report?year=abc").statusCode()).isEqualTo(400);
        assertThat(bytes(session, "/trade/report?year=2025&format=docx").statusCode())
                .isEqualTo(400);
    }

    static HttpResponse<byte[]> bytes(PageSession session, String path) throws Exception {
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static String cells(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
        return text.toString();
    }

    @Test
    void thePageShowsTheImportsProgressInTheReadersLanguage() throws Exception {
        PageSession session = PageSession.signIn(port, "analyst");
        Document page = session.page("/trade/import?lang=lo");
        Map<String, String> fields = form(page, "platform");
        String key = fields.get("idempotencyKey");
        assertThat(session.get("/trade/import/progress?key=" + key).statusCode())
                .as("nothing sent yet")
                .isEqualTo(404);
        String csv = TradeWritesAndImportsTests.PLATFORM_HEADER
                + "2039-H1,TOTAL,TOTAL,1800000000,VN,REPORTED,,GDC,Page progress,https://example.org/g,2039-07\n";

        var imported = upload(session, "/trade/import?lang=lo", fields, csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        Document answer = Jsoup.parse(imported.body());
        assertThat(answer.select("#import-progress-text").attr("data-progress")).isEqualTo("/trade/import/progress");

        var progress = session.get("/trade/import/progress?key=" + key + "&lang=lo");
        assertThat(progress.statusCode()).isEqualTo(200);
        var line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(progress.body());
        assertThat(line.get("phase").asText()).isEqualTo("DONE");
        assertThat(line.get("percent").asInt()).isEqualTo(100);
        assertThat(line.get("rows").asLong()).isEqualTo(1);
        assertThat(line.get("text").asText()).isEqualTo("ນຳເຂົ້າແລ້ວ; ອ່ານແລ້ວ 1 ແຖວ.");
    }
}
