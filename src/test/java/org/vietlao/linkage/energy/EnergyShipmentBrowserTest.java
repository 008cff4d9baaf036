package org.vietlao.linkage.energy;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 16's walk in headless Chromium: an analyst reading Vietnamese records a shipment of the demo coal contract
 * with its certificate of analysis and sees its price broken down term by term in Vietnamese; the energy pages
 * pass axe-core (WCAG 2.1 A and AA).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnergyShipmentBrowserTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void anAnalystRecordsAShipmentAndSeesThePriceBreakdownInVietnamese() {
        long contract = jdbc.sql("SELECT id FROM energy_coal_contract WHERE reference = 'DEMO-COAL-2026-01'")
                .query(Long.class)
                .single();
        String lot = "BROWSER-" + System.nanoTime();
        signIn("analyst", "vi");
        browser.get(url("/energy"));
        click(browser.findElement(By.xpath("//table[@id='contracts-table']//a[text()='DEMO-COAL-2026-01']")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("shipment-form")));
        assertThat(browser.getCurrentUrl()).endsWith("/energy/contracts/" + contract);

        type("f-lot", lot);
        browser.executeScript("document.getElementById('f-loaded').value = '2026-11-20'");
        type("f-tonnes", "12500");
        type("f-cv", "4600");
        type("f-tm", "31");
        type("f-ash", "8");
        type("f-ts", "0.6");
        click(browser.findElement(By.id("shipment-submit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("shipment-recorded")));
        chromium.screenshot("energy-shipment-vi");

        WebElement shipment = browser.findElement(By.cssSelector(".shipment[data-lot='" + lot + "']"));
        Map<String, String> breakdown = new LinkedHashMap<>();
        for (WebElement row : shipment.findElements(By.cssSelector(".price-breakdown tr"))) {
            breakdown.put(
                    row.findElement(By.tagName("th")).getText(),
                    row.findElement(By.tagName("td")).getText());
        }
        // quotation period: October 2026 (the month before loading), demo ICI-3 61.15 and ICI-4 48.10 half each:
        // 54.625, less the 2.00 discount = 52.625 for 4,600 GAR; measured 4,600 GAR; TM 31 % against 30 %: 1 %
        assertThat(breakdown)
                .containsEntry(vi("energy.term.indexAverage"), "54.6250")
                .containsEntry(vi("energy.term.cvFactor"), "1")
                .containsEntry(vi("energy.term.priceAfterCv"), "52.6250")
                .containsEntry(vi("energy.term.moistureDeduction"), "0.5263")
                .containsEntry(vi("energy.term.ashDeduction"), "0.0000")
                .containsEntry(vi("energy.term.price"), "52.0988")
                .containsKey(messages.getMessage("energy.term.index", new Object[] {"ICI-3"}, VI));
        assertThat(breakdown.keySet()).allSatisfy(label -> assertThat(label).doesNotStartWith("??"));
        // in the order applied: formula and period, index, premium, calorific value, deductions, price
        List<String> order = new ArrayList<>(breakdown.keySet());
        assertThat(order.get(0)).isEqualTo(vi("energy.term.formula"));
        assertThat(order.get(order.size() - 1)).isEqualTo(vi("energy.term.price"));
        assertThat(order.indexOf(vi("energy.term.premium"))).isLessThan(order.indexOf(vi("energy.term.cvFactor")));
        assertThat(shipment.findElement(By.cssSelector(".shipment-price")).getText())
                .contains("52.0988")
                .contains("651.235,00"); // 52.0988 × 12,500 t in Vietnamese digits
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void theEnergyPagesHaveNoWcag21AaViolation() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        signIn("analyst", "lo");
        for (String page : List.of("/energy", "/energy/power", "/energy/infrastructure")) {
            browser.get(url(page));
            scan(page, violations);
        }
        browser.get(url("/energy"));
        click(browser.findElement(By.cssSelector("#contracts-table a.contract-link")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("shipment-form")));
        scan("contract", violations);
        type("f-lot", "AXE-" + System.nanoTime());
        browser.executeScript("document.getElementById('f-loaded').value = '2026-11-21'");
        type("f-tonnes", "-1");
        type("f-cv", "4600");
        type("f-tm", "30");
        type("f-ash", "8");
        type("f-ts", "0.6");
        click(browser.findElement(By.id("shipment-submit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("shipment-errors")));
        scan("contract with errors", violations);
        browser.get(url("/energy/power"));
        click(browser.findElement(By.cssSelector("#power-plants a")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ppa-deliveries")));
        scan("ppa", violations);
        signIn("officer", "vi");
        browser.get(url("/energy/infrastructure"));
        scan("infrastructure (officer)", violations);
        assertThat(browser.findElements(By.cssSelector(".project")).size()).isPositive();
        assertThat(violations).isEmpty();
    }

    private String vi(String key) {
        return messages.getMessage(key, null, VI);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void scan(String where, Map<String, List<String>> violations) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        for (Rule rule : results.getViolations()) {
            violations
                    .computeIfAbsent(where, key -> new ArrayList<>())
                    .add(rule.getId() + ": "
                            + rule.getNodes().stream()
                                    .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                    .toList());
        }
        assertThat(results.isErrored()).as("axe-core ran on " + where).isFalse();
    }

    private void signIn(String username, String language) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
