package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Registry exports and the import template over the API, as files a spreadsheet opens: headings and names in the
 * caller's language, the rows of the search, role rules, and a template the importer reads back.
 */
@IntegrationTest
class RegistryExportsTest {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale LAO = Locale.forLanguageTag("lo");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    ApiClient client() {
        return new ApiClient(port);
    }

    HttpResponse<byte[]> download(String path, String user, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + client().tokenFor(user))
                                .header("Accept-Language", language)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void exportsEveryLaoEnterpriseOfASearchAsXlsxWithVietnameseHeadingsAndNames() throws Exception {
        JsonNode search = client().get("/api/v1/enterprises?country=LA&size=100", "analyst")
                .json();
        List<String> expected = new ArrayList<>();
        search.get("items")
                .forEach(item -> expected.add(item.get("registrationNumber").asText()));

        HttpResponse<byte[]> file = download("/api/v1/enterprises/export?country=LA&format=xlsx", "analyst", "vi");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "enterprises.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo(message("enterprise.export.sheet", VIETNAMESE));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(message("enterprise.field.registrationNumber", VIETNAMESE));
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo(message("enterprise.field.province", VIETNAMESE));
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                numbers.add(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(message("enterprise.country.LA", VIETNAMESE));
            }
            assertThat(numbers).hasSize(search.get("total").asInt());
            assertThat(numbers.subList(0, expected.size()))
                    .as("every result, in the search's order")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void exportsCsvInUtf8WithAByteOrderMarkAndLaoHeadings() throws Exception {
        HttpResponse<byte[]> file = download("/api/v1/enterprises/export?hs=0714&format=csv", "ministry", "lo");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = file.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .startsWith(message("enterprise.field.registrationNumber", LAO) + ","
                        + message("enterprise.field.name", LAO) + ",");
        assertThat(text).contains("071410");
    }

    @Test
    void refusesABorderOfficerAndAMalformedFormat() throws Exception {
        assertThat(download("/api/v1/enterprises/export", "officer", "en").statusCode())
                .isEqualTo(403);
        var wrong = client().get("/api/v1/enterprises/export?format=pdf", "analyst");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("code").asText()).isEqualTo("PLT-002");
        assertThat(download("/api/v1/enterprises/import/template", "ministry", "en")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theImportTemplateNamesEveryColumnInThreeLanguagesAndTheImporterReadsItsExampleRow() throws Exception {
        HttpResponse<byte[]> csv = download("/api/v1/enterprises/import/template?format=csv", "analyst", "en");
        assertThat(csv.statusCode()).isEqualTo(200);

        List<EnterpriseCsv.ParsedRow> rows = EnterpriseCsv.parse(new ByteArrayInputStream(csv.body()));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).violations().isEmpty()).isTrue();
        assertThat(rows.get(0).draft().registrationNumber()).isEqualTo("LA-0123456");
        assertThat(rows.get(0).draft().offers()).hasSize(1);

        HttpResponse<byte[]> xlsx = download("/api/v1/enterprises/import/template?format=xlsx", "analyst", "en");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row heading = book.getSheetAt(0).getRow(0);
            assertThat(heading.getLastCellNum()).isEqualTo((short) EnterpriseCsv.COLUMNS.size());
            assertThat(heading.getCell(0).getStringCellValue())
                    .isEqualTo("country (" + message("enterprise.field.country", VIETNAMESE) + " / "
                            + message("enterprise.field.country", LAO) + " / "
                            + message("enterprise.field.country", Locale.ENGLISH) + ")");
            assertThat(book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue())
                    .as("the sector keeps its leading zero")
                    .isEqualTo("0113");
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
