package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 17's walk in headless Chromium: an analyst reading in Lao compares the Lao Savan-Seno zone with the
 * Vietnamese Lao Bảo zone of the demo data, sees the rows side by side with the differences marked (the exempt
 * years differ: 2 against 4), the page passes axe (WCAG 2.1 AA), and downloads the PDF, which embeds the Lao font.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoneComparisonBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    HeadlessChromium chromium;
    ChromeDriver browser;
    Path downloads;

    @BeforeAll
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
        downloads = Files.createTempDirectory("zone-downloads");
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAnalystComparesALaoAndAVietnameseZoneInLaoAndDownloadsThePdf() throws Exception {
        long savanSeno = zone("Savan-Seno Special Economic Zone");
        long laoBao = zone("Lao Bảo Special Economic-Commercial Zone");
        Locale lao = Locale.forLanguageTag("lo");

        signIn("analyst", "lo");
        browser.get(url("/zones"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("zone-table")));
        assertThat(browser.findElements(By.cssSelector("#zone-table .zone-row")).size())
                .isGreaterThanOrEqualTo(6);
        List<String> violations = new ArrayList<>();
        scan("zone list (lo)", violations);

        click(browser.findElement(By.id("zone-compare-link")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("zone-compare-form")));
        new Select(browser.findElement(By.id("zone-left"))).selectByValue(String.valueOf(savanSeno));
        new Select(browser.findElement(By.id("zone-right"))).selectByValue(String.valueOf(laoBao));
        click(browser.findElement(By.id("zone-compare-submit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("zone-compare-table")));
        chromium.screenshot("zone-compare-lo");

        assertThat(browser.findElement(By.id("zone-compare-heading")).getText())
                .isEqualTo(messages.getMessage("zone.compare.heading", null, lao));
        WebElement exempt = browser.findElement(By.cssSelector("tr[data-row='term.CIT_EXEMPT_YEARS']"));
        assertThat(exempt.getAttribute("class")).contains("zone-differs");
        assertThat(exempt.getText()).contains("2").contains("4").contains("Decree 218/2013/ND-CP");
        WebElement standard = browser.findElement(By.cssSelector("tr[data-row='term.CIT_STANDARD_RATE']"));
        assertThat(standard.getAttribute("class")).doesNotContain("zone-differs");
        WebElement importDuty = browser.findElement(By.cssSelector("tr[data-row='term.IMPORT_DUTY']"));
        assertThat(importDuty.getText()).matches("(?s).*[\\u0E80-\\u0EFF].*");
        assertThat(browser.findElements(By.cssSelector("#zone-compare-table .zone-differs-mark")))
                .isNotEmpty()
                .allSatisfy(mark ->
                        assertThat(mark.getText()).isEqualTo(messages.getMessage("zone.compare.yes", null, lao)));
        scan("zone comparison (lo)", violations);
        assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();

        click(browser.findElement(By.id("zone-compare-pdf")));
        Path pdf = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> downloaded(".pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("NotoSansLao");
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isPositive();
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        // Cells wrap long sources over lines: the figures are compared as single tokens.
        assertThat(text.toString()).contains("218/2013").contains("148/PM").contains("ສະຫວັນ");
        reader.close();

        // The investor's calculator as a page, still in Lao: the hand-checked case (10 % for 15 years, 4 years exempt
        // then 50 % off for 9, on 10^9 a year) gives 650,000,000 under the Vietnamese regime of 2020, each year with
        // the term it rests on and its source.
        browser.get(url("/zones/calculator?lang=lo"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("zone-calc-form")));
        click(browser.findElement(By.id("zone-calc-park-" + laoBao)));
        click(browser.findElement(By.id("zone-calc-park-" + savanSeno)));
        for (Map.Entry<String, String> field : Map.of(
                        "startsOn", "2020-01-01",
                        "years", "15",
                        "revenue", "5,000,000,000",
                        "profit", "1,000,000,000",
                        "investment", "20,000,000,000",
                        "currency", "VND",
                        "jobs", "100",
                        "discountRatePercent", "8")
                .entrySet()) {
            WebElement input = browser.findElement(By.id("zone-calc-" + field.getKey()));
            if (field.getKey().equals("startsOn")) {
                ((JavascriptExecutor) browser)
                        .executeScript("arguments[0].value = arguments[1];", input, field.getValue());
            } else {
                input.clear();
                input.sendKeys(field.getValue());
            }
        }
        click(browser.findElement(By.id("zone-calc-submit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zone-calc-candidate")));
        chromium.screenshot("zone-calculator-lo");
        WebElement vietnamese = browser.findElement(By.cssSelector(".zone-calc-candidate[data-zone='" + laoBao + "']"));
        assertThat(vietnamese
                        .findElement(By.cssSelector(".zone-calc-total-tax"))
                        .getText())
                .isEqualTo("650,000,000.00");
        assertThat(vietnamese.findElements(By.cssSelector(".zone-calc-year"))).hasSize(15);
        WebElement exemptYear = vietnamese.findElement(By.cssSelector(".zone-calc-year[data-year='1']"));
        assertThat(exemptYear.getAttribute("data-relief")).isEqualTo("EXEMPT");
        assertThat(exemptYear.findElement(By.cssSelector(".zone-calc-basis")).getText())
                .contains("218/2013")
                .contains(messages.getMessage("zone.term.CIT_EXEMPT_YEARS", null, lao));
        assertThat(browser.findElements(By.cssSelector(".zone-calc-candidate[data-zone='" + savanSeno + "']")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("zone-calc-assumptions")).getText())
                .matches("(?s).*[\\u0E80-\\u0EFF].*");
        assertThat(chromium.wcagViolations())
                .as("WCAG 2.1 AA violations on the calculator")
                .isEmpty();
    }

    private Path downloaded(String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(extension))
                    .findFirst()
                    .orElse(null);
        } catch (IOException ex) {
            return null;
        }
    }

    private void scan(String where, List<String> violations) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        for (Rule rule : results.getViolations()) {
            violations.add(where + ": " + rule.getId() + " "
                    + rule.getNodes().stream()
                            .map(node -> node.getTarget() + " " + node.getFailureSummary())
                            .toList());
        }
        assertThat(results.isErrored()).as("axe-core ran on " + where).isFalse();
    }

    private long zone(String englishName) {
        return jdbc.sql("SELECT id FROM zone WHERE demo AND name_en = :n")
                .param("n", englishName)
                .query(Long.class)
                .single();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void signIn(String username, String language) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
