package org.vietlao.linkage.expo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
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
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 14's walk in headless Chromium: la-enterprise (in Lao) requests a meeting with a suggested Vietnamese
 * partner, vn-enterprise accepts it in Vietnamese, the organiser schedules all on the grid page, and both see the
 * same slot and table on their agendas.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpoMeetingBrowserTest {

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
    void aLaoRequestAcceptedInVietnameseIsScheduledAndBothAgendasAgree() {
        ApiClient api = new ApiClient(port);
        LocalDate day = LocalDate.now().plusDays(40);
        long event = api.post("/api/v1/expo/events", "analyst", ExpoApiTests.event(10, 10, 2, day))
                .json()
                .get("id")
                .asLong();
        long vn = id("3369006021");
        long la = id("LA-0100234");
        api.post("/api/v1/expo/events/" + event + "/participants", "vn-enterprise", "{\"enterpriseId\": " + vn + "}");
        api.post("/api/v1/expo/events/" + event + "/participants", "la-enterprise", "{\"enterpriseId\": " + la + "}");

        signIn("la-enterprise", "lo");
        browser.get(url("/expo/events/" + event + "/meetings"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-suggestions-heading")));
        WebElement suggestion =
                browser.findElement(By.cssSelector(".expo-suggestion[data-enterprise-id='" + vn + "']"));
        click(suggestion.findElement(By.cssSelector("button.expo-request")));
        chromium.waiting().until(ExpectedConditions.urlContains("sent"));
        chromium.screenshot("expo-request-sent-lo");

        signIn("vn-enterprise", "vi");
        browser.get(url("/expo/events/" + event + "/meetings"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-incoming")));
        WebElement accept = browser.findElement(By.cssSelector("#expo-incoming button.expo-accept"));
        assertThat(accept.getText())
                .isEqualTo(messages.getMessage("expo.incoming.accept", null, Locale.forLanguageTag("vi")));
        click(accept);
        chromium.waiting().until(ExpectedConditions.urlContains("answered"));

        signIn("analyst", "en");
        browser.get(url("/expo/events/" + event + "/schedule"));
        click(browser.findElement(By.id("expo-schedule-all")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-run")));
        assertThat(browser.findElement(By.id("expo-run-verdict")).getText()).contains("1");
        chromium.screenshot("expo-schedule-grid");

        String[] laoSees = agenda("la-enterprise", "lo", event);
        String[] vietnameseSees = agenda("vn-enterprise", "vi", event);
        assertThat(laoSees).isEqualTo(vietnameseSees);
        assertThat(laoSees[0]).isNotBlank();
    }

    /**
     * The Expo's forms in Chromium, checked by axe-core (WCAG 2.1 A and AA) as each role sees them: the event form
     * empty and with its errors, the event page with the booth application and the organiser's decisions, the
     * meetings page with its request, answer and blocked-slot forms, the schedule page and the report.
     */
    @Test
    void theExpoFormsHaveNoWcag21AaViolation() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        signIn("analyst", "lo");
        browser.get(url("/expo"));
        scan("expo list (lo)", violations);
        click(browser.findElement(By.id("expo-new-event")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-event-form")));
        scan("new event form (lo)", violations);
        click(browser.findElement(By.id("expo-event-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-form-invalid")));
        scan("new event form with errors (lo)", violations);

        ApiClient api = new ApiClient(port);
        LocalDate day = LocalDate.now().plusDays(70);
        long event = api.post("/api/v1/expo/events", "analyst", ExpoApiTests.event(10, 10, 2, day))
                .json()
                .get("id")
                .asLong();
        long vn = id("3369006021");
        long la = id("LA-0100234");
        api.post(
                "/api/v1/expo/events/" + event + "/agreements",
                "analyst",
                "{\"vnEnterpriseId\": " + vn + ", \"laEnterpriseId\": " + la
                        + ", \"kind\": \"MOU\", \"hsCodes\": [\"110814\"], \"amount\": 1000, \"currency\": \"USD\","
                        + " \"signedOn\": \"" + day + "\"}");

        signIn("vn-enterprise", "vi");
        browser.get(url("/expo/events/" + event));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".expo-apply-form")));
        scan("event page, enterprise (vi)", violations);
        WebElement product = browser.findElement(By.cssSelector(".expo-apply-form input[value='110814']"));
        click(product);
        click(product.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button.expo-apply")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-applied")));
        scan("event page after applying (vi)", violations);

        signIn("la-enterprise", "lo");
        browser.get(url("/expo/events/" + event));
        click(browser.findElement(By.cssSelector("button.expo-visit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-blocked-heading")));
        scan("meetings page, enterprise (lo)", violations);

        signIn("analyst", "en");
        browser.get(url("/expo/events/" + event));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-applications")));
        scan("event page, organiser (en)", violations);
        click(browser.findElement(By.cssSelector("#expo-applications button.expo-approve")));
        chromium.waiting().until(ExpectedConditions.urlContains("decided"));
        browser.get(url("/expo/events/" + event + "/edit"));
        scan("edit event form (en)", violations);
        browser.get(url("/expo/events/" + event + "/schedule"));
        scan("schedule page, organiser (en)", violations);
        browser.get(url("/expo/events/" + event + "/report"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-report-agreements")));
        scan("report, organiser (en)", violations);

        assertThat(violations).as("WCAG 2.1 AA violations by page").isEmpty();
    }

    private void scan(String where, Map<String, List<String>> violations) {
        List<String> found = chromium.wcagViolations();
        if (!found.isEmpty()) {
            violations.put(where, found);
        }
    }

    private String[] agenda(String user, String language, long event) {
        signIn(user, language);
        browser.get(url("/expo/events/" + event + "/meetings"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expo-agenda")));
        WebElement row = browser.findElement(By.cssSelector("#expo-agenda .expo-agenda-row"));
        return new String[] {
            row.findElement(By.cssSelector(".expo-slot")).getText(),
            row.findElement(By.cssSelector(".expo-table")).getText()
        };
    }

    private long id(String registration) {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = :r")
                .param("r", registration)
                .query(Long.class)
                .single();
    }

    private void signIn(String username, String language) {
        chromium.signIn("http://localhost:" + port, username, language);
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
