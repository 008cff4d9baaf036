package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 13's browser test: the demo officer at Lao Bảo, in Vietnamese, takes a declaration lodged before
 * arrival (the enterprise over the API) whose truck a plate camera saw arrive, from the queue through
 * registration, a physical inspection (a rule sends its HS code to RED), release and exit, and reads the
 * history with who did what; then the release-time page shows its source.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderOfficerBrowserTest {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    HeadlessChromium chromium;
    ChromeDriver browser;
    long declaration;

    @BeforeAll
    void setUp() throws IOException {
        ApiClient api = new ApiClient(port);
        BorderFixtures fixtures = new BorderFixtures(jdbc, api);
        jdbc.sql(
                        "INSERT INTO border_selectivity_rule (name, channel, hs_prefix) VALUES ('test-browser: red', 'RED', '9608')")
                .update();
        String plate = "BRW" + System.nanoTime() % 1_000_000;
        declaration = fixtures.lodged(
                "vn-enterprise",
                BorderFixtures.declaration(
                        fixtures.traderOf("vn-enterprise"), "VL-INT-06", plate, "960810", "VN", null));
        ApiClient.Response arrived = api.post(
                "/api/v1/visits",
                "officer",
                "{\"gatePairId\": \"VL-INT-06\", \"side\": \"VN\", \"plate\": \"" + plate
                        + "\", \"vehicleCountry\": \"VN\", \"source\": \"CAMERA\"}");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(201);
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    void tearDown() {
        if (chromium != null) {
            chromium.close();
        }
        jdbc.sql("DELETE FROM border_selectivity_rule WHERE name LIKE 'test-browser:%'")
                .update();
    }

    @Test
    void theLaoBaoOfficerTakesADeclarationFromArrivalToExit() {
        browser.get("http://localhost:" + port + "/login?lang=vi");
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));

        browser.findElement(By.id("nav-border")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("border-queue-table")));
        assertThat(text("#border-queue-heading")).isEqualTo(message("border.queue.heading"));
        assertThat(browser.findElements(By.cssSelector(".border-vehicles-table")).stream()
                        .map(WebElement::getText)
                        .toList())
                .anySatisfy(table -> assertThat(table).contains(message("border.event.ARRIVED")));
        click(browser.findElement(By.cssSelector("tr[data-declaration-id='" + declaration + "'] a")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration-status")));
        assertThat(text("#declaration-status")).isEqualTo(message("border.status.STORED"));

        step("action-register", "CHANNEL_ASSIGNED");
        assertThat(browser.findElement(By.cssSelector("#declaration-channel strong"))
                        .getDomAttribute("data-channel"))
                .isEqualTo("RED");
        assertThat(browser.findElements(By.id("action-release"))).isEmpty();
        step("action-start-inspection", "PHYSICAL_INSPECTION");
        step("action-complete-inspection", "INSPECTED");
        step("action-release", "RELEASED");
        assertThat(browser.findElements(By.id("action-cancel"))).isEmpty();
        step("action-exit", "EXITED");

        List<String> history = browser.findElements(By.cssSelector("#declaration-history li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(history).hasSize(7);
        assertThat(history.get(0)).contains(message("border.status.STORED"), "vn-enterprise");
        assertThat(history.get(6)).contains(message("border.status.EXITED"), "officer", "(UTC+7)");
        chromium.screenshot("border-declaration-vi");

        browser.findElement(By.id("border-back")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("border-kpis-link")));
        browser.findElement(By.id("border-kpis-link")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-source")));
        assertThat(text("#kpi-source")).contains("WCO", "(2018)");
        chromium.screenshot("border-kpis-vi");
        browser.findElement(By.id("sign-out")).click();
    }

    private void step(String button, String status) {
        click(browser.findElement(By.id(button)));
        chromium.waiting().until(ExpectedConditions.attributeToBe(By.id("declaration-status"), "data-status", status));
        assertThat(text("#declaration-status")).isEqualTo(message("border.status." + status));
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
