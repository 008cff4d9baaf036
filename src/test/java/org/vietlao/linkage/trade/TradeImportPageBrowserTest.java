package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * The import page in headless Chromium, in Lao: it passes axe (WCAG 2.1 AA); a file with a bad row, sent by the
 * page's script (upload progress), is refused with the row, column and reason in Lao and nothing imported; the
 * corrected file is imported.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeImportPageBrowserTest {

    static final Locale LAO = Locale.forLanguageTag("lo");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void removeFutureFigures() {
        jdbc.sql("DELETE FROM trade_figure WHERE year >= 2030").update();
    }

    long figures() {
        return jdbc.sql("SELECT count(*) FROM trade_figure WHERE publisher = 'Browser import'")
                .query(Long.class)
                .single();
    }

    @Test
    void anAnalystImportsInLaoSeesEveryBadRowAndThenImportsTheCorrectedFile() throws IOException {
        browser.get("http://localhost:" + port + "/login?lang=lo");
        browser.findElement(By.id("username")).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        browser.findElement(By.id("nav-trade")).click();
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("trade-import-link")));
        browser.findElement(By.id("trade-import-link")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trade-import-form")));
        assertThat(browser.findElement(By.id("trade-import-heading")).getText())
                .isEqualTo(messages.getMessage("trade.import.heading", null, LAO));
        axe();

        Path bad = Files.createTempFile("trade-import", ".csv");
        Files.writeString(
                bad,
                TradeWritesAndImportsTests.PLATFORM_HEADER
                        + "2039,TOTAL,TOTAL,1000,VN,REPORTED,,GDC,Browser import,https://example.org/a,2040\n"
                        + "2039,TOTAL,TOTAL,-5,VN,REPORTED,,GDC,Browser import,https://example.org/b,2040\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("import-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));

        List<String> cells = browser.findElements(By.cssSelector("#import-report tbody td")).stream()
                .map(e -> e.getText())
                .toList();
        assertThat(cells).containsExactly("3", "valueUsd", messages.getMessage("trade.reason.negative", null, LAO));
        assertThat(figures()).isZero();
        axe();

        Path good = Files.createTempFile("trade-import", ".csv");
        Files.writeString(
                good,
                TradeWritesAndImportsTests.PLATFORM_HEADER
                        + "2039,TOTAL,TOTAL,1000,VN,REPORTED,,GDC,Browser import,https://example.org/a,2040\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
        browser.findElement(By.id("import-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
        assertThat(figures()).isEqualTo(1);
        Files.deleteIfExists(bad);
        Files.deleteIfExists(good);
    }

    void axe() {
        assertThat(chromium.wcagViolations())
                .as("WCAG 2.1 AA violations on the import page")
                .isEmpty();
    }
}
