package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 18's walk in headless Chromium: la-enterprise adds a branded product in Lao with its ODOP rating, asks a
 * Vietnamese supermarket chain to list it, the chain (vn-enterprise's) accepts in Vietnamese, and the public product
 * page, found through the public catalogue searched in Lao, shows the channel. Each page is checked by axe-core
 * (WCAG 2.1 A and AA).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionBrowserTest {

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
    void aLaoProductListedByAVietnameseChainShowsTheChannelOnItsPublicPage() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long vn = id("3369006021");
        long la = id("LA-0100234");
        String chainName = "Chuỗi siêu thị Hồng Hà " + tag;

        // The chain records itself through the channel form, in Vietnamese; a first try without provinces is
        // refused with the rule under the field, in Vietnamese.
        signIn("vn-enterprise", "vi");
        browser.get(url("/promotion/listings"));
        click(browser.findElement(By.id("prm-new-channel")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prm-channel-form")));
        scan("channel form (vi)", violations);
        new Select(browser.findElement(By.id("prm-channel-country"))).selectByValue("VN");
        new Select(browser.findElement(By.id("prm-channel-kind"))).selectByValue("SUPERMARKET_CHAIN");
        browser.findElement(By.id("prm-channel-name")).sendKeys(chainName);
        click(browser.findElement(By.id("prm-channel-category-FOOD")));
        browser.findElement(By.id("prm-channel-chapters")).sendKeys("07, 11");
        new Select(browser.findElement(By.id("prm-channel-enterprise"))).selectByValue(String.valueOf(vn));
        click(browser.findElement(By.id("prm-channel-save")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prm-channel-provinces-error")));
        assertThat(browser.findElement(By.id("prm-channel-provinces-error")).getText())
                .isEqualTo(messages.getMessage("promotion.rule.provinces", null, Locale.forLanguageTag("vi")));
        scan("channel form with an error (vi)", violations);
        Select provinces = new Select(browser.findElement(By.id("prm-channel-provinces")));
        provinces.selectByValue("40");
        provinces.selectByValue("42");
        click(browser.findElement(By.id("prm-channel-save")));
        chromium.waiting().until(ExpectedConditions.urlContains("channelSaved="));
        long channelId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*channelSaved=(\\d+).*", "$1"));
        assertThat(jdbc.sql("SELECT name FROM promotion_channel WHERE id = :id AND enterprise_id = :e")
                        .param("id", channelId)
                        .param("e", vn)
                        .query(String.class)
                        .single())
                .isEqualTo(chainName);

        signIn("la-enterprise", "lo");
        browser.get(url("/promotion/products/new"));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prm-product-form")));
        scan("product form (lo)", violations);
        new Select(browser.findElement(By.id("prm-offer"))).selectByValue(la + "|071410");
        new Select(browser.findElement(By.id("prm-category-field"))).selectByValue("FOOD");
        String laoName = "ມັນຕົ້ນຫວານ ສະຫວັນ " + tag;
        browser.findElement(By.id("prm-nameLo")).sendKeys(laoName);
        browser.findElement(By.id("prm-brandLo")).sendKeys("ສະຫະກອນສະຫວັນ");
        new Select(browser.findElement(By.id("prm-stars"))).selectByValue("4");
        browser.findElement(By.id("prm-certificate-field")).sendKeys("ODOP-SV-" + tag);
        new Select(browser.findElement(By.id("prm-level"))).selectByValue("PROVINCE");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("prm-rated-on")),
                LocalDate.now().minusMonths(5).toString());
        browser.findElement(By.id("prm-packs")).sendKeys("1 kg; 5 kg");
        click(browser.findElement(By.id("prm-save")));
        chromium.waiting().until(ExpectedConditions.urlContains("saved"));
        String productPath =
                browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        assertThat(browser.findElement(By.id("prm-rating-line")).getText())
                .contains("ODOP 4★")
                .contains(messages.getMessage("promotion.exportReady", null, Locale.forLanguageTag("lo")));
        scan("product page, producer (lo)", violations);

        WebElement candidate =
                browser.findElement(By.cssSelector(".prm-candidate[data-channel-id='" + channelId + "']"));
        assertThat(candidate.getText()).contains(chainName);
        click(candidate.findElement(By.cssSelector("button.prm-ask")));
        chromium.waiting().until(ExpectedConditions.urlContains("requested"));
        assertThat(browser.findElement(By.id("prm-requests")).getText()).contains(chainName);

        // The chain hears of it in its inbox, in Vietnamese, and follows the notice's link to answer.
        signIn("vn-enterprise", "vi");
        browser.get(url("/inbox"));
        WebElement notice =
                browser.findElements(By.cssSelector(".inbox-item[data-kind='promotion-listing-requested']")).stream()
                        .filter(item -> item.findElement(By.cssSelector(".inbox-text"))
                                        .getText()
                                        .contains(laoName)
                                || item.findElement(By.cssSelector(".inbox-text"))
                                        .getText()
                                        .contains(chainName))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no notice of the request in the inbox"))
                        .findElement(By.cssSelector("button.inbox-open"));
        click(notice);
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prm-waiting-heading")));
        scan("listing requests (vi)", violations);
        WebElement request = browser.findElements(By.cssSelector(".prm-incoming")).stream()
                .filter(card -> card.getText().contains(laoName))
                .findFirst()
                .orElseThrow();
        WebElement accept = request.findElement(By.cssSelector("button.prm-accept"));
        assertThat(accept.getText())
                .isEqualTo(messages.getMessage("promotion.listings.accept", null, Locale.forLanguageTag("vi")));
        click(accept);
        chromium.waiting().until(ExpectedConditions.urlContains("answered"));

        browser.manage().deleteAllCookies();
        browser.get(url("/promotion/catalogue?lang=lo&country=LA&q="
                + URLEncoder.encode("ມັນຕົ້ນຫວານ " + tag, StandardCharsets.UTF_8)));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prm-results")));
        scan("public catalogue (lo)", violations);
        List<WebElement> results = browser.findElements(By.cssSelector("#prm-results .prm-result"));
        assertThat(results).hasSize(1);
        click(results.get(0).findElement(By.cssSelector("a.prm-product-link")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prm-sold-at")));
        assertThat(browser.getCurrentUrl()).contains(productPath);
        WebElement sold = browser.findElement(By.cssSelector(".prm-sold-channel[data-channel-id='" + channelId + "']"));
        assertThat(sold.getText()).contains(chainName);
        assertThat(browser.findElements(By.id("prm-candidates")))
                .as("only the producer sees where it could sell")
                .isEmpty();
        scan("public product page (lo)", violations);

        assertThat(violations).as("WCAG 2.1 AA violations by page").isEmpty();
    }

    private void scan(String where, Map<String, List<String>> violations) {
        List<String> found = chromium.wcagViolations();
        if (!found.isEmpty()) {
            violations.computeIfAbsent(where, key -> new ArrayList<>()).addAll(found);
        }
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
