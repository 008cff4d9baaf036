package org.vietlao.linkage.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 17's walk in headless Chromium: an organiser completes a Lao trainee's course (over the API, which answers
 * the certificate's code once); the trainee, signed in in Lao, finds the certificate on their own page; then
 * someone not signed in types the code on the public verification page and sees the name, the course in Lao and the
 * date, and an altered code is refused. The pages are checked by axe-core (WCAG 2.1 AA) on the way.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingCertificateBrowserTest {

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
    void aTraineesCertificateIsVerifiedOnThePublicPage() {
        ApiClient api = new ApiClient(port);
        JsonNode course = api.post("/api/v1/training/courses", "analyst", """
						{"title": {"en": "Zone incentives workshop", "vi": "Hội thảo ưu đãi khu kinh tế",
						           "lo": "ກອງປະຊຸມສຳມະນາກ່ຽວກັບສິ່ງຈູງໃຈຂອງເຂດເສດຖະກິດ"},
						 "topic": "BORDER_ECONOMIC_ZONE", "audience": "BUSINESS", "language": "lo", "online": true,
						 "capacity": 10, "startsOn": "2029-05-04", "endsOn": "2029-05-04",
						 "sessions": [{"heldOn": "2029-05-04", "title": "ສິ່ງຈູງໃຈ"}]}""").json();
        long courseId = course.get("id").asLong();
        long trainee = jdbc.sql("SELECT id FROM training_trainee WHERE username = 'la-enterprise'")
                .query(Long.class)
                .single();
        String name = jdbc.sql("SELECT full_name FROM training_trainee WHERE id = :id")
                .param("id", trainee)
                .query(String.class)
                .single();
        long enrolment = api.post(
                        "/api/v1/training/courses/" + courseId + "/enrolments",
                        "analyst",
                        "{\"traineeId\": " + trainee + "}")
                .json()
                .get("id")
                .asLong();
        String base = "/api/v1/training/courses/" + courseId + "/enrolments/" + enrolment;
        api.put(
                base + "/attendance",
                "analyst",
                "{\"sessionId\": " + course.get("sessions").get(0).get("id").asLong() + ", \"present\": true}");
        api.put(base + "/assessment", "analyst", "{\"score\": 91}");
        ApiClient.Response completed = api.post(base + "/completion", "analyst", "{}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        String code = completed.json().get("certificateCode").asText();
        Map<String, List<String>> violations = new LinkedHashMap<>();

        signIn("la-enterprise", "lo");
        browser.get(url("/training/me"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-me-record")));
        assertThat(browser.findElement(By.id("training-me-name")).getText()).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("a.training-certificate")))
                .isNotEmpty();
        scan("own record (lo)", violations);
        browser.get(url("/training/courses/" + courseId));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-course-heading")));
        assertThat(browser.findElements(By.id("training-enrolments")))
                .as("no trainee list")
                .isEmpty();
        scan("course page, trainee (lo)", violations);

        browser.manage().deleteAllCookies();
        browser.get(url("/training/verify?lang=lo"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-verify-form")));
        scan("verification page (lo)", violations);
        WebElement field = browser.findElement(By.id("training-code"));
        field.sendKeys(code);
        click(browser.findElement(By.id("training-verify-submit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-verified")));
        assertThat(browser.findElement(By.id("training-verified-name")).getText())
                .isEqualTo(name);
        assertThat(browser.findElement(By.id("training-verified-course")).getText())
                .isEqualTo("ກອງປະຊຸມສຳມະນາກ່ຽວກັບສິ່ງຈູງໃຈຂອງເຂດເສດຖະກິດ");
        assertThat(browser.findElement(By.id("training-verified-date")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(browser.findElement(By.id("training-verified")).getText())
                .as("name, course and date only")
                .doesNotContain("somsak.demo@example.org", "Savan Cassava Cooperative", "91");
        chromium.screenshot("training-certificate-verified-lo");
        scan("verified certificate (lo)", violations);

        String altered = (code.charAt(0) == '7' ? '8' : '7') + code.substring(1);
        field = browser.findElement(By.id("training-code"));
        field.clear();
        field.sendKeys(altered);
        click(browser.findElement(By.id("training-verify-submit")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-not-verified")));
        assertThat(browser.findElement(By.id("training-not-verified")).getText())
                .isEqualTo(messages.getMessage("training.verify.invalid", null, Locale.forLanguageTag("lo")));
        assertThat(browser.findElements(By.id("training-verified"))).isEmpty();
        scan("refused code (lo)", violations);

        signIn("analyst", "vi");
        browser.get(url("/training/courses/" + courseId));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-enrolments")));
        scan("course page, organiser (vi)", violations);
        click(browser.findElement(By.id("training-close")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-problems")));
        assertThat(browser.findElement(By.id("training-course-status")).getText())
                .isEqualTo(messages.getMessage("training.status.OPEN", null, Locale.forLanguageTag("vi")));
        scan("close refused without an output (vi)", violations);
        browser.get(url("/training"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-courses")));
        scan("courses (vi)", violations);
        browser.get(url("/training/needs"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-balance")));
        scan("needs (vi)", violations);
        browser.get(url("/training/kpis?year=2026"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-kpis-totals")));
        scan("figures (vi)", violations);

        assertThat(violations).as("WCAG 2.1 AA violations by page").isEmpty();
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
