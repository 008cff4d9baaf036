package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;
import org.vietlao.linkage.reference.ReferenceData;

/**
 * The first hour of a new user, in headless Chromium, in Lao and in Vietnamese (issue 11): the enterprise user
 * lands on its home page, picks an HS product with the keyboard from the picker on its profile form, filters its
 * matches by province, sends an interest and sees the card say so instead of offering a second send, and the
 * receiving enterprise's user finds the interest in its inbox, in its own language; an analyst exports the registry
 * search as XLSX, and the file read back has the page's headings and the page's rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstHourBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    EnterpriseFixtures fixtures;

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

    @ParameterizedTest
    @CsvSource({
        "la-enterprise, LA-0100234, lo, cassava, vn-enterprise, vi",
        "vn-enterprise, 3369006021, vi, tinh bot san, la-enterprise, lo"
    })
    void anEnterprisePicksAProductFiltersItsMatchesSeesTheInterestItSentAndThePartnerFindsItInItsInbox(
            String user,
            String registrationNumber,
            String language,
            String typed,
            String partnerUser,
            String partnerLanguage) {
        Locale locale = Locale.forLanguageTag(language);
        long own = enterprise(registrationNumber);
        // A partner across the border that the other demo account runs and that nobody has written to yet: it
        // needs the Lao cooperative's fresh cassava roots, or offers them to the Vietnamese starch factory.
        long partner = user.startsWith("la")
                ? fixtures.vietnamese("42")
                        .named(
                                "Công ty TNHH Tinh bột Hương Sơn",
                                "Công ty TNHH Tinh bột Hương Sơn",
                                "ບໍລິສັດ ແປ້ງ ເຮືອງເຊີນ")
                        .ownedBy(partnerUser)
                        .needs("071410", 40000, "t")
                        .create()
                : fixtures.lao("LA-KH")
                        .named("ສະຫະກອນມັນຕົ້ນ ທ່າແຂກ", "Hợp tác xã sắn Thakhek", "ສະຫະກອນມັນຕົ້ນ ທ່າແຂກ")
                        .ownedBy(partnerUser)
                        .offers("071410", 30000, "t")
                        .create();
        signIn(user, language);

        // It lands on its home page, with its own figures.
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(browser.findElement(By.id("home-panel-my-matching")).isDisplayed())
                .isTrue();

        // The HS picker on the profile form, used with the keyboard only.
        browser.get(url("/enterprises/" + own));
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("enterprise-edit")));
        browser.findElement(By.id("enterprise-edit")).click();
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("add-offer")));
        int rows = browser.findElements(By.cssSelector(".offer-row")).size();
        click(browser.findElement(By.id("add-offer")));
        List<WebElement> offerRows = browser.findElements(By.cssSelector(".offer-row"));
        assertThat(offerRows).hasSize(rows + 1);
        WebElement hs = offerRows.get(rows).findElement(By.cssSelector("input.hs-input"));
        assertThat(hs.getDomAttribute("name")).isEqualTo("offers[" + rows + "].hsCode");
        assertThat(hs.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(browser.switchTo().activeElement()).isEqualTo(hs);
        hs.sendKeys(typed);
        String listId = hs.getDomAttribute("aria-controls");
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#" + listId + " li[role=option][data-value]")));
        assertThat(hs.getDomAttribute("aria-expanded")).isEqualTo("true");
        WebElement first = browser.findElement(By.cssSelector("#" + listId + " li[role=option][data-value]"));
        String code = first.getDomAttribute("data-value");
        String description = first.getDomAttribute("data-label");
        assertThat(code).matches("\\d{6}|\\d{8}");
        if (language.equals("vi")) {
            assertThat(description.toLowerCase(locale)).contains("sắn");
        } else {
            assertThat(description.toLowerCase(Locale.ROOT)).contains("cassava");
        }
        hs.sendKeys(Keys.ARROW_DOWN);
        assertThat(hs.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));
        hs.sendKeys(Keys.ENTER);
        assertThat(hs.getDomProperty("value")).isEqualTo(code);
        assertThat(hs.getDomAttribute("aria-expanded")).isEqualTo("false");
        chromium.screenshot("first-hour-hs-picker-" + language);

        // Matches filtered by the partner's province, where its card is then found page by page.
        String province = jdbc.sql("SELECT province_code FROM enterprise WHERE id = :id")
                .param("id", partner)
                .query(String.class)
                .single();
        browser.get(url("/matching?enterprise=" + own));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("match-filter")));
        new Select(browser.findElement(By.id("filter-province"))).selectByValue(province);
        click(browser.findElement(By.id("apply-match-filter")));
        chromium.waiting().until(ExpectedConditions.urlContains("province="));
        List<WebElement> cards = browser.findElements(By.cssSelector(".match-card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards)
                .allSatisfy(card -> assertThat(card.getDomAttribute("data-partner-province"))
                        .isEqualTo(province));
        String cardId = "match-" + partner;
        for (int pages = 0; browser.findElements(By.id(cardId)).isEmpty() && pages < 25; pages++) {
            WebElement next = browser.findElement(By.id("matches-next"));
            click(next);
            chromium.waiting().until(ExpectedConditions.stalenessOf(next));
        }
        WebElement card = browser.findElement(By.id(cardId));
        assertThat(card.getDomAttribute("data-interest-status")).isNotEqualTo("OPEN");
        click(card.findElement(By.cssSelector("details.interest-form summary")));
        click(card.findElement(By.cssSelector("button.send-interest")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("matching-notice")));
        assertThat(browser.getCurrentUrl()).contains("province=");

        WebElement after = browser.findElement(By.id(cardId));
        assertThat(after.getDomAttribute("data-interest-status")).isEqualTo("OPEN");
        assertThat(after.findElements(By.cssSelector("details.interest-form")))
                .as("no second send")
                .isEmpty();
        java.time.Instant expiresAt = jdbc.sql("""
				SELECT expires_at FROM matching_interest WHERE to_enterprise_id = :partner
				ORDER BY sent_at DESC, id DESC LIMIT 1""")
                .param("partner", partner)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(after.findElement(By.cssSelector(".interest-state-text")).getText())
                .isEqualTo(message("matching.interestState.OPEN.sent", locale, DAY.format(expiresAt)));
        assertThat(after.findElement(By.cssSelector(".interest-state-badge")).getText())
                .isEqualTo(message("matching.status.OPEN", locale));
        chromium.screenshot("first-hour-interest-sent-" + language);
        browser.findElement(By.id("sign-out")).click();

        // The other side, in its own language, finds the interest in its inbox, named in that language.
        signIn(partnerUser, partnerLanguage);
        assertThat(browser.findElement(By.id("nav-inbox-unread")).getText()).matches("[1-9]\\d*");
        click(browser.findElement(By.id("nav-inbox")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-list")));
        WebElement newest = browser.findElement(By.cssSelector("#inbox-list .inbox-item"));
        String senderName = jdbc.sql("SELECT name_" + partnerLanguage + " FROM enterprise WHERE id = :id")
                .param("id", own)
                .query(String.class)
                .single();
        assertThat(newest.findElement(By.cssSelector(".inbox-text")).getText())
                .startsWith(senderName)
                .isEqualTo(message(
                        "notification.interestReceived",
                        Locale.forLanguageTag(partnerLanguage),
                        senderName,
                        jdbc.sql("SELECT name_" + partnerLanguage + " FROM enterprise WHERE id = :id")
                                .param("id", partner)
                                .query(String.class)
                                .single()));
        chromium.screenshot("first-hour-inbox-" + partnerLanguage);
        browser.findElement(By.id("sign-out")).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo", "vi"})
    void anAnalystExportsTheRegistrySearchAsXlsxAndTheFileHasThePagesHeadingsAndRows(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        signIn("analyst", language);
        browser.findElement(By.id("nav-enterprises")).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("enterprise-filter")));
        new Select(browser.findElement(By.id("country"))).selectByValue("LA");
        click(browser.findElement(By.id("enterprise-search")));
        chromium.waiting().until(ExpectedConditions.urlContains("country=LA"));
        List<String> shown =
                browser.findElements(By.cssSelector("#enterprise-table tbody tr td:first-child a")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(shown).isNotEmpty();

        String link = browser.findElement(By.id("enterprise-export-xlsx")).getDomProperty("href");
        assertThat(link).contains("format=xlsx", "country=LA");
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo(message("enterprise.export.sheet", locale));
            Row heading = sheet.getRow(0);
            assertThat(heading.getCell(1).getStringCellValue()).isEqualTo(message("enterprise.field.name", locale));
            assertThat(heading.getCell(3).getStringCellValue()).isEqualTo(message("enterprise.field.country", locale));
            assertThat(heading.getCell(10).getStringCellValue())
                    .isEqualTo(message("enterprise.field.verification", locale));
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue())
                        .isEqualTo(message("enterprise.country.LA", locale));
            }
            assertThat(names.subList(0, shown.size())).containsExactlyElementsOf(shown);
            assertThat(browser.findElement(By.id("enterprise-summary")).getText())
                    .contains(String.valueOf(names.size()));
        }
        browser.findElement(By.id("sign-out")).click();
    }

    private long enterprise(String registrationNumber) {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = :n")
                .param("n", registrationNumber)
                .query(Long.class)
                .single();
    }

    private void signIn(String username, String language) {
        chromium.signIn("http://localhost:" + port, username, language);
    }

    /** Scrolls first: Bootstrap scrolls smoothly, and the driver would click before a smooth scroll ends. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ReferenceData.REGION_TIME);
}
