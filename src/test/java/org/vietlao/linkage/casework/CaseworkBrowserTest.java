package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 15's browser test: la-enterprise files an obstacle in Lao at Lao Bảo–Densavanh and attaches a file, the Lao
 * coordinator accepts it and the Vietnamese one routes it to the Quảng Trị customs, the body answers in Vietnamese, and the filer accepts the answer; every page
 * on the way passes axe (WCAG 2.1 AA).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkBrowserTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aLaoObstacleAtLaoBaoIsRoutedAnsweredInVietnameseAndAccepted() throws IOException {
        signIn("la-enterprise", "lo");
        browser.findElement(By.id("nav-casework")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-new")));
        axe("cases lo");
        browser.findElement(By.id("case-new")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-form")));
        axe("form lo");
        new Select(browser.findElement(By.id("case-topic"))).selectByValue("CUSTOMS");
        new Select(browser.findElement(By.id("case-home"))).selectByValue("LA");
        new Select(browser.findElement(By.id("case-country"))).selectByValue("VN");
        new Select(browser.findElement(By.id("case-gate"))).selectByValue("VL-INT-06");
        browser.findElement(By.id("case-hs")).sendKeys("071410");
        browser.findElement(By.id("case-title")).sendKeys("ລົດບັນທຸກມັນຕົ້ນລໍຖ້າເອກະສານກວດກາພືດຢູ່ລາວບາວ (ທົດສອບ)");
        browser.findElement(By.id("case-description"))
                .sendKeys("ເຈົ້າໜ້າທີ່ຂໍໃບຢັ້ງຢືນສຸຂານາໄມພືດສະບັບເຈ້ຍ ເຖິງວ່າພວກເຮົາໄດ້ສົ່ງສະບັບເອເລັກໂຕຣນິກແລ້ວ.");
        assertThat(new Select(browser.findElement(By.id("case-language")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("lo");
        click(browser.findElement(By.id("case-submit")));
        chromium.waiting()
                .until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("case-status")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("form-similar"))));
        if (!browser.findElements(By.id("form-similar")).isEmpty()) {
            // Open cases like it were filed by other tests: the form shows them; this filer files anyway.
            axe("form similar lo");
            click(browser.findElement(By.id("case-submit")));
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-status")));
        }
        assertThat(browser.findElement(By.id("case-status")).getDomAttribute("data-status"))
                .isEqualTo("SUBMITTED");
        assertThat(text("#case-status")).isEqualTo(message("casework.status.SUBMITTED", "lo"));
        String url = browser.getCurrentUrl();
        axe("case lo");

        // Attachments (decision 0074): a text file named .pdf is refused next to the field, in Lao; a PNG is kept.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("casework-attachments");
        java.nio.file.Path fake = java.nio.file.Files.writeString(dir.resolve("fake.pdf"), "not a pdf at all");
        java.nio.file.Path png = java.nio.file.Files.write(dir.resolve("ໃບຢັ້ງຢືນ.png"), CaseAttachmentsTests.PNG);
        browser.findElement(By.id("attachment-file"))
                .sendKeys(fake.toAbsolutePath().toString());
        click(browser.findElement(By.id("attachment-send")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("attachment-file-error")));
        assertThat(text("#attachment-file-error"))
                .isEqualTo(messages.getMessage("error.CAS-014.detail", null, Locale.forLanguageTag("lo")));
        assertThat(chromium.wcagViolations()).as("attachment error lo").isEmpty();
        browser.findElement(By.id("attachment-file"))
                .sendKeys(png.toAbsolutePath().toString());
        click(browser.findElement(By.id("attachment-send")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-attachments")));
        assertThat(text("#case-attachments tbody")).contains("ໃບຢັ້ງຢືນ.png", "image/png");
        signOut();

        // The Lao filer's home contact point (IICE) accepts; the Vietnamese one (VIOIT) routes (decision 0075).
        signIn("iice-analyst", "lo");
        browser.get(url);
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("do-ACCEPT")));
        assertThat(browser.findElements(By.id("do-ROUTE"))).isEmpty();
        step("do-ACCEPT", "ACCEPTED");
        assertThat(browser.findElements(By.id("do-ROUTE")))
                .as("routing is the destination's step")
                .isEmpty();
        signOut();

        signIn("analyst", "vi");
        browser.get(url);
        assertThat(browser.findElements(By.id("do-CLOSE"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id("route-body")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .as("the proposed body is chosen")
                .isEqualTo("VN-CUS-QT");
        axe("case vi coordinator");
        step("do-ROUTE", "WITH_BODY");
        signOut();

        signIn("vn-customs", "vi");
        browser.get(url);
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-text")));
        axe("case vi body");
        browser.findElement(By.id("answer-text"))
                .sendKeys("Chi cục Hải quan cửa khẩu Lao Bảo chấp nhận giấy chứng nhận kiểm dịch điện tử từ tuần này.");
        assertThat(new Select(browser.findElement(By.id("answer-language")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("vi");
        step("do-ANSWER", "ANSWER_PROPOSED");
        signOut();

        signIn("la-enterprise", "lo");
        browser.get(url);
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-answer")));
        assertThat(browser.findElement(By.cssSelector("#case-answer p")).getDomAttribute("lang"))
                .isEqualTo("vi");
        assertThat(text("#case-answer p")).contains("kiểm dịch điện tử");
        assertThat(text("#case-attachments tbody")).contains("ໃບຢັ້ງຢືນ.png");
        step("do-ACCEPT_ANSWER", "ANSWER_ACCEPTED");
        List<String> history = browser.findElements(By.cssSelector("#case-history li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(history).hasSize(5);
        assertThat(history.get(1)).contains("iice-analyst");
        assertThat(history.get(2)).contains("analyst");
        assertThat(history.get(3)).contains("vn-customs");
        assertThat(history.get(4)).contains("la-enterprise", message("casework.status.ANSWER_ACCEPTED", "lo"));
        chromium.screenshot("casework-accepted-lo");
        axe("case lo accepted");
        signOut();
    }

    private void signIn(String user, String language) {
        browser.get("http://localhost:" + port + "/login?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
    }

    private void signOut() {
        click(browser.findElement(By.id("sign-out")));
        chromium.waiting().until(ExpectedConditions.urlContains("signedOut"));
    }

    private void step(String button, String status) {
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(button)));
        click(browser.findElement(By.id(button)));
        chromium.waiting().until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", status));
    }

    private void axe(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations().stream()
                        .map(v -> v.getId() + ": " + v.getNodes().size())
                        .toList())
                .as("WCAG 2.1 AA violations on " + page)
                .isEmpty();
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
