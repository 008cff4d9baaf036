package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * The trade dashboard in headless Chromium, in Lao: the 2025 row shows the figure followed (USD 2,980 million)
 * as a link to its source (SGGP), with Laos's own figure beside it, and the chart is drawn.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeDashboardBrowserTest {

    static final Locale LAO = Locale.forLanguageTag("lo");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

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

    @Test
    void theDashboardInLaoShowsTwentyTwentyFiveWithItsSource() {
        browser.get("http://localhost:" + port + "/login?lang=lo");
        browser.findElement(By.id("username")).sendKeys("la-enterprise");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));

        browser.findElement(By.id("nav-trade")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trade-year-2025")));

        assertThat(browser.findElement(By.id("trade-heading")).getText())
                .isEqualTo(messages.getMessage("trade.page.heading", null, LAO));
        WebElement row = browser.findElement(By.id("trade-year-2025"));
        WebElement followed = row.findElement(By.cssSelector("td .trade-figure"));
        // Numbers are written the Lao way: 2.980,0
        assertThat(followed.getText()).isEqualTo(String.format(LAO, "%,.1f", 2980.0));
        assertThat(followed.getDomAttribute("href"))
                .isEqualTo(
                        "https://en.sggp.org.vn/vietnam-rises-as-laos-third-largest-trading-partner-post123256.html");
        assertThat(row.getText()).contains("SGGP").contains(messages.getMessage("trade.side.VN", null, LAO));
        assertThat(row.getText())
                .as("Laos's own figure beside it")
                .contains(String.format(LAO, "%,.1f", 3000.0))
                .contains("ASEANEWS / Vientiane Times");
        assertThat(row.getText()).contains(messages.getMessage("trade.rule.SIDE", null, LAO));
        Object drawn =
                browser.executeScript("return Chart.getChart(document.getElementById('trade-turnover-chart')) != null");
        assertThat(drawn).isEqualTo(true);
        assertThat(browser.findElement(By.id("trade-target-level-5bn-in-2-3-years"))
                        .getText())
                .contains(String.format(LAO, "%,.1f", 59.6) + " %")
                .contains("2028");
    }
}
