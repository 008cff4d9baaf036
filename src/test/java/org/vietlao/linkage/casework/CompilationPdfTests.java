package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The yearly compilation as a PDF (decision 0076): opened with OpenPDF's reader, its text holds each topic's and
 * status's count with its label, each body's on-time share, the source and day of extraction; a case filed now adds
 * exactly one to its topic's figure; Lao and Vietnamese come with their fonts embedded.
 */
@IntegrationTest
class CompilationPdfTests {

    static final Locale EN = Locale.ENGLISH;

    @LocalServerPort
    int port;

    @Autowired
    CompilationPdf pdf;

    @Autowired
    Compilation compilation;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replaceAll("\\s+", " ");
    }

    /** The figure the PDF gives after a label ("Energy 3"; the extractor may drop the space between cells). */
    static long figure(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " ?(\\d+)").matcher(text);
        assertThat(m.find()).as(label + " in " + text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void thePdfGivesEveryFigureWithItsSourceAndANewCaseAddsOne() throws Exception {
        int year = Cases.today(clock).getYear();
        Compilation.Report report = compilation.of(year);
        String before = text(pdf.pdf(year, EN));
        assertThat(before)
                .contains(messages.getMessage("casework.compilation.heading", new Object[] {String.valueOf(year)}, EN))
                .contains("extracted " + Cases.today(clock))
                .contains("Source: the platform's own cases");
        for (var topic : report.byTopic().entrySet()) {
            String label = messages.getMessage("casework.topic." + topic.getKey(), null, EN);
            assertThat(figure(before, label)).as(label).isEqualTo(topic.getValue());
        }
        for (var status : report.byStatus().entrySet()) {
            String label = messages.getMessage("casework.status." + status.getKey(), null, EN);
            assertThat(figure(before, label)).as(label).isEqualTo(status.getValue());
        }
        for (CaseQueries.BodyScore score : report.onTimeByBody()) {
            if (score.due() > 0) {
                assertThat(before)
                        .contains(score.share().toPlainString() + " % (" + score.onTime() + " of " + score.due() + ")");
            }
        }

        ApiClient api = new ApiClient(port);
        ApiClient.Response filed = api.post("/api/v1/casework/cases", "vn-enterprise", """
				{"kind": "PROPOSAL", "topic": "ENERGY", "homeCountry": "VN", "country": "LA",
				 "title": "Nối lưới 500 kV qua Lao Bảo", "description": "Đề xuất đấu nối lưới điện 500 kV.",
				 "language": "vi"}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String energy = messages.getMessage("casework.topic.ENERGY", null, EN);
        long energyBefore = report.byTopic().getOrDefault("ENERGY", 0L);
        String after = text(pdf.pdf(year, EN));
        assertThat(figure(after, energy)).isEqualTo(energyBefore + 1);
        assertThat(after).contains(report.cases() + 1 + " cases submitted in the year");
    }

    @Test
    void itIsServedInTheReadersLanguageWithTheLaoAndVietnameseFontsEmbedded() throws Exception {
        int year = Cases.today(clock).getYear();
        ApiClient api = new ApiClient(port);
        HttpResponse<byte[]> lao = java.net.http.HttpClient.newHttpClient()
                .send(
                        api.builder("/api/v1/casework/compilation.pdf?year=" + year, "ministry")
                                .header("Accept-Language", "lo")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(lao.statusCode()).isEqualTo(200);
        assertThat(lao.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String raw = new String(lao.body(), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("NotoSansLao").contains("NotoSans");
        assertThat(new PdfReader(lao.body()).getNumberOfPages()).isPositive();

        String vietnamese = text(pdf.pdf(year, Locale.forLanguageTag("vi")));
        assertThat(vietnamese)
                .contains("Nguồn: hồ sơ của chính nền tảng")
                .contains(messages.getMessage("casework.topic.CUSTOMS", null, Locale.forLanguageTag("vi")));

        // Who may not read the compilation, and a year out of range: problems, not a PDF.
        assertThat(api.get("/api/v1/casework/compilation.pdf?year=" + year, "vn-enterprise")
                        .status())
                .isEqualTo(403);
        ApiClient.Response bad = api.get("/api/v1/casework/compilation.pdf?year=1", "ministry");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
    }
}
