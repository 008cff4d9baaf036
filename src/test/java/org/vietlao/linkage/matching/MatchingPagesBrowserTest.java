package org.vietlao.linkage.matching;

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
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;

/**
 * The matching pages in headless Chromium with the demo data: the Lao demo enterprise's user sees Vietnamese
 * partners with their reasons in Lao and sends interest to the Nghệ An starch factory, whose Vietnamese user
 * accepts it; the cassava chain shows its gaps. Texts are compared with the bundles.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingPagesBrowserTest {

    static final Locale LAO = Locale.forLanguageTag("lo");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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

    @Test
    void theLaoDemoEnterpriseSeesVietnamesePartnersWithReasonsAndALinkageFollows() {
        long starchFactory = demoEnterprise("VN", "3369006021");
        signIn("la-enterprise", "lo");
        browser.findElement(By.id("nav-matches")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("match-list")));

        assertThat(text("#matches-heading")).isEqualTo(message("matching.matches.heading", LAO));
        List<WebElement> cards = browser.findElements(By.cssSelector(".match-card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.getDomAttribute("data-partner-country")).isEqualTo("VN");
            assertThat(card.findElement(By.cssSelector(".match-explanation")).getText())
                    .isNotBlank();
            assertThat(card.findElements(By.cssSelector(".component-bar"))).hasSize(4);
        });
        WebElement factory = browser.findElement(By.id("match-" + starchFactory));
        assertThat(factory.findElement(By.cssSelector(".match-explanation")).getText())
                .startsWith(message(
                        "matching.explain.BUYS_FROM_YOU.SAME_SUBHEADING",
                        LAO,
                        "ບໍລິສັດ ແປ້ງມັນຕົ້ນ ເງ້ອານ",
                        "071410",
                        "071410"));
        assertThat(factory.findElement(By.cssSelector(".match-direction")).getText())
                .isIn(message("matching.direction.BUYS_FROM_YOU", LAO), message("matching.direction.MUTUAL", LAO));
        assertThat(factory.findElement(By.cssSelector(".match-products")).getText())
                .contains(message("matching.kind.SAME_SUBHEADING", LAO), message("matching.kind.VALUE_CHAIN", LAO));

        click(factory.findElement(By.cssSelector("details.interest-form summary")));
        factory.findElement(By.cssSelector("textarea[name=message]"))
                .sendKeys("ພວກເຮົາສະໜອງມັນຕົ້ນສົດ 20 000 ໂຕນຕໍ່ປີ.");
        click(factory.findElement(By.cssSelector("button.send-interest")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("matching-notice")));
        assertThat(text("#matching-notice"))
                .isEqualTo(message("matching.interest.sent", LAO, "ບໍລິສັດ ແປ້ງມັນຕົ້ນ ເງ້ອານ"));
        chromium.screenshot("matching-matches-lo");

        browser.findElement(By.id("sign-out")).click();
        signIn("vn-enterprise", "vi");
        browser.findElement(By.id("nav-interests")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-table")));
        WebElement received = browser.findElement(By.cssSelector("#inbox-table tbody tr"));
        assertThat(received.getText()).contains("Hợp tác xã sắn Savan", message("matching.status.OPEN", VIETNAMESE));
        click(received.findElement(By.cssSelector("button.accept-interest")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("matching-notice")));
        assertThat(text("#matching-notice")).isEqualTo(message("matching.interests.accepted", VIETNAMESE));
        assertThat(text("#inbox-table tbody tr .interest-status"))
                .isEqualTo(message("matching.status.ACCEPTED", VIETNAMESE));
        chromium.screenshot("matching-inbox-vi");
        browser.findElement(By.id("sign-out")).click();
    }

    @Test
    void theChainViewHighlightsTheStagesWithoutAnEnterprise() {
        signIn("analyst", "en");
        browser.findElement(By.id("nav-chains")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("chains-table")));
        assertThat(text("#chains-heading")).isEqualTo(message("matching.chains.heading", Locale.ENGLISH));
        browser.findElement(By.linkText("Lao wind and hydro power to the Vietnamese grid"))
                .click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("chain-stages")));

        List<WebElement> stages = browser.findElements(By.cssSelector(".chain-stage"));
        assertThat(stages).hasSize(3);
        List<WebElement> gaps = browser.findElements(By.cssSelector(".chain-stage.stage-gap"));
        for (WebElement gap : gaps) {
            assertThat(gap.getDomAttribute("data-gap")).isEqualTo("true");
            assertThat(gap.findElement(By.cssSelector(".stage-gap-note")).getText())
                    .isEqualTo(message("matching.chain.gap", Locale.ENGLISH));
        }
        // The gap line counts the stages without a supplier and names each one with where it happens.
        if (gaps.isEmpty()) {
            assertThat(text("#chain-gaps")).isEqualTo(message("matching.chain.noGaps", Locale.ENGLISH));
        } else {
            assertThat(text("#chain-gaps"))
                    .startsWith(message("matching.chain.gaps", Locale.ENGLISH, gaps.size(), stages.size()))
                    .endsWith(".");
            assertThat(browser.findElements(By.cssSelector("#chain-gaps a.chain-gap-stage")).stream()
                            .map(link -> link.getDomAttribute("href"))
                            .toList())
                    .containsExactlyElementsOf(gaps.stream()
                            .map(gap -> "#" + gap.getDomAttribute("id"))
                            .toList());
        }
        // Every listed supplier is a link to its profile.
        assertThat(browser.findElements(By.cssSelector(".stage-enterprises li")))
                .allSatisfy(item -> assertThat(item.findElement(By.cssSelector("a.enterprise-link"))
                                .getDomAttribute("href"))
                        .matches("/enterprises/\\d+"));
        assertThat(stages.get(1).getText()).contains("2716");
        chromium.screenshot("matching-chain-en");
        browser.findElement(By.id("sign-out")).click();
    }

    /**
     * Scrolls the element into the window at once first: Bootstrap makes scrolling smooth, and the driver would
     * click before a smooth scroll ends.
     */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void signIn(String username, String language) {
        chromium.signIn("http://localhost:" + port, username, language);
    }

    private long demoEnterprise(String country, String registrationNumber) {
        return jdbc.sql("SELECT id FROM enterprise WHERE country = :c AND registration_number = :n")
                .param("c", country)
                .param("n", registrationNumber)
                .query(Long.class)
                .single();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
