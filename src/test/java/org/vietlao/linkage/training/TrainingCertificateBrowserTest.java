package org.vietlao.linkage.training;

import static org.assertj.core.api.Assertions.assertThat;

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
 * date, and an altered code is refused. Then the organiser runs a course through the page forms in Vietnamese
 * (create, change, enrol, register, outputs, close). The pages are checked by axe-core (WCAG 2.1 AA) on the way.
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
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-close-error")));
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

        organiserRunsACourseThroughTheForms(violations);

        assertThat(violations).as("WCAG 2.1 AA violations by page").isEmpty();
    }

    /**
     * The organiser's forms, in Vietnamese: a new course refused with each error next to its field, then saved
     * with a planned park comparison; changed (a second session added); a trainee registered (refused first) and
     * enrolled; the first session's
     * register taken; a forged park comparison refused next to its field, a real one recorded; the course closed.
     */
    private void organiserRunsACourseThroughTheForms(Map<String, List<String>> violations) {
        Locale vi = Locale.forLanguageTag("vi");
        browser.get(url("/training"));
        click(browser.findElement(By.id("training-new-course")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-course-form")));
        scan("new course form (vi)", violations);
        browser.findElement(By.id("titleEn")).sendKeys("Park comparison clinic");
        browser.findElement(By.id("capacity")).sendKeys("many");
        browser.findElement(By.id("place")).sendKeys("Đông Hà");
        date("startsOn", "2029-06-01");
        date("endsOn", "2029-06-02");
        date("sessions0.heldOn", "2029-06-09");
        browser.findElement(By.id("sessions0.title")).sendKeys("Mở đầu");
        click(browser.findElement(By.id("training-course-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-form-invalid")));
        assertThat(browser.findElement(By.id("title-error")).getText())
                .isEqualTo(messages.getMessage("training.rule.languages", null, vi));
        assertThat(browser.findElement(By.id("capacity-error")).getText())
                .isEqualTo(messages.getMessage("training.rule.range", new Object[] {1, 10000}, vi));
        assertThat(browser.findElement(By.cssSelector("#sessions0\\.heldOn + .invalid-feedback"))
                        .getText())
                .isEqualTo(messages.getMessage("training.rule.withinDates", null, vi));
        assertThat(browser.findElement(By.id("sessions0.title")).getAttribute("value"))
                .as("what was typed is kept")
                .isEqualTo("Mở đầu");
        scan("course form refused (vi)", violations);

        browser.findElement(By.id("titleVi")).sendKeys("Phòng khám so sánh khu công nghiệp");
        browser.findElement(By.id("titleLo")).sendKeys("ຫ້ອງປຶກສາການປຽບທຽບນິຄົມ");
        browser.findElement(By.id("capacity")).clear();
        browser.findElement(By.id("capacity")).sendKeys("5");
        date("sessions0.heldOn", "2029-06-01");
        click(browser.findElement(By.cssSelector("input[name=plannedOutputs][value=PARK_COMPARISON]")));
        click(browser.findElement(By.id("training-course-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-course-saved")));
        java.util.regex.Matcher saved = java.util.regex.Pattern.compile(".*/training/courses/(\\d+)\\?saved")
                .matcher(browser.getCurrentUrl());
        assertThat(saved.matches()).as(browser.getCurrentUrl()).isTrue();
        long courseId = Long.parseLong(saved.group(1));
        assertThat(browser.findElement(By.id("training-course-planned")).getText())
                .isEqualTo(messages.getMessage("training.kind.PARK_COMPARISON", null, vi));

        click(browser.findElement(By.id("training-edit-link")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-course-form")));
        date("sessions1.heldOn", "2029-06-02");
        browser.findElement(By.id("sessions1.title")).sendKeys("Thực hành");
        click(browser.findElement(By.id("training-course-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-course-saved")));
        assertThat(browser.findElements(By.cssSelector("#training-sessions > li")))
                .hasSize(2);

        click(browser.findElement(By.id("training-enrol")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("enrol-trainee-error")));
        scan("enrolment refused (vi)", violations);

        click(browser.findElement(By.id("training-new-trainee")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-trainee-form")));
        click(browser.findElement(By.id("training-trainee-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-trainee-invalid")));
        assertThat(browser.findElement(By.id("trainee-name-error")).getText())
                .isEqualTo(messages.getMessage("training.rule.required", null, vi));
        assertThat(browser.findElement(By.id("trainee-province-error")).getText())
                .isEqualTo(messages.getMessage("training.rule.province", null, vi));
        scan("trainee form refused (vi)", violations);
        browser.findElement(By.id("trainee-name")).sendKeys("Phonsavanh Form-Test");
        browser.findElement(By.id("trainee-organisation")).sendKeys("Savannakhet SEZ Authority");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("trainee-country"))).selectByValue("LA");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("trainee-province")))
                .selectByValue("LA-VT");
        click(browser.findElement(By.id("training-trainee-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-trainee-registered")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("enrol-trainee")))
                .selectByVisibleText("Phonsavanh Form-Test · Savannakhet SEZ Authority");
        click(browser.findElement(By.id("training-enrol")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-enrolled")));
        assertThat(browser.findElements(By.cssSelector("tr.training-enrolment")))
                .hasSize(1);

        click(browser.findElement(By.id("training-register-link-1")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-register-form")));
        scan("register (vi)", violations);
        click(browser.findElement(By.cssSelector("input.training-present")));
        click(browser.findElement(By.id("training-register-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-register-saved")));
        assertThat(jdbc.sql("""
						SELECT count(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
						WHERE s.course_id = :c AND s.position = 1 AND a.present""").param("c", courseId).query(Long.class).single())
                .isEqualTo(1);

        List<Long> parks = jdbc.sql("SELECT id FROM zone ORDER BY id LIMIT 2")
                .query(Long.class)
                .list();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("output-kind")))
                .selectByValue("PARK_COMPARISON");
        browser.findElement(By.id("output-ref")).sendKeys(parks.get(0) + "-999999");
        click(browser.findElement(By.id("training-output-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("output-ref-error")));
        assertThat(browser.findElement(By.id("output-ref-error")).getText())
                .isEqualTo(messages.getMessage("training.rule.noSuchComparison", null, vi));
        scan("forged comparison refused (vi)", violations);
        browser.findElement(By.id("output-ref")).clear();
        browser.findElement(By.id("output-ref")).sendKeys(parks.get(0) + "-" + parks.get(1));
        click(browser.findElement(By.id("training-output-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-output-recorded")));
        assertThat(browser.findElement(By.cssSelector("a.training-output-link")).getAttribute("href"))
                .endsWith("/training/outputs/"
                        + jdbc.sql("SELECT id FROM training_output WHERE course_id = :c")
                                .param("c", courseId)
                                .query(Long.class)
                                .single()
                        + "/open");

        click(browser.findElement(By.id("training-close")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("training-course-closed")));
        assertThat(browser.findElement(By.id("training-course-status")).getText())
                .isEqualTo(messages.getMessage("training.status.CLOSED", null, vi));
    }

    /** Sets a date field (the typed format of a date input depends on the browser's locale). */
    private void date(String id, String isoDate) {
        WebElement field = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }

    private void scan(String where, Map<String, List<String>> violations) {
        List<String> found = chromium.wcagViolations();
        if (!found.isEmpty()) {
            violations.computeIfAbsent(where, key -> new ArrayList<>()).addAll(found);
        }
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
