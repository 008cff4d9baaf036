package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.vietlao.linkage.HeadlessChromium;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * The pages as a person sees them, in Debian's Chromium driven headless: the home page in the three
 * languages (the texts compared with the bundles, not with strings copied here), the language menu, the map
 * drawn offline, Lao in the shipped font, and an administrator signing in to read the audit log. Screenshots
 * go to target/screenshots/ for a person to look at.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageBrowserTest {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale LAO = Locale.forLanguageTag("lo");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEventPublisher events;

    HeadlessChromium chromium;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
        wait = chromium.waiting();
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startSignedOutInEnglish() {
        open("/?lang=en");
        browser.manage().deleteAllCookies();
    }

    @Test
    void showsTheHomePageInEachLanguage() {
        for (Locale locale : List.of(VIETNAMESE, LAO, Locale.ENGLISH)) {
            open("/?lang=" + locale.getLanguage());

            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .isEqualTo(locale.getLanguage());
            assertThat(text("#home-heading")).isEqualTo(message("home.heading", locale));
            assertThat(text("#home-lead")).isEqualTo(message("home.lead", locale));
            assertThat(browser.getTitle()).startsWith(message("home.title", locale));
            assertThat(text("#section-expo .card-title")).isEqualTo(message("home.section.expo.title", locale));
            assertThat(text("#expo-link")).isEqualTo(message("expo.nav.link", locale));
            assertThat(browser.findElements(By.cssSelector(".section-card .empty-state")))
                    .as("every module has arrived: no card says it is not yet available")
                    .isEmpty();
            assertThat(browser.findElements(By.cssSelector(".section-card.section-available")))
                    .hasSize(11);
            assertThat(text("#section-reference .card-title"))
                    .isEqualTo(message("home.section.reference.title", locale));
            assertThat(text("#reference-api-link")).isEqualTo(message("home.section.reference.link", locale));
            assertThat(browser.findElements(By.cssSelector(".section-card"))).hasSize(11);
            assertThat(text("#map-heading")).isEqualTo(message("home.map.heading", locale));
            assertThat(text("#legend-types [data-gate-type=international]"))
                    .isEqualTo(message("home.map.type.international", locale));
            assertThat(text("#map-precision-note")).isEqualTo(message("home.map.precision.note", locale));
            assertThat(text("#demo-notice")).isEqualTo(message("demo.notice", locale));
            assertThat(text("#sign-in")).isEqualTo(message("nav.signIn", locale));
            waitForMap();
            screenshot("home-" + locale.getLanguage());
        }
    }

    @Test
    void switchesLanguageFromTheMenu() {
        open("/?lang=en");

        browser.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textToBe(By.id("home-heading"), message("home.heading", VIETNAMESE)));
        assertThat(browser.findElement(By.id("lang-vi")).getDomAttribute("aria-current"))
                .isEqualTo("true");

        browser.findElement(By.id("lang-lo")).click();
        wait.until(ExpectedConditions.textToBe(By.id("home-heading"), message("home.heading", LAO)));

        open("/");
        assertThat(text("#home-heading")).as("the choice is remembered").isEqualTo(message("home.heading", LAO));

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("home-heading"), message("home.heading", Locale.ENGLISH)));
    }

    @Test
    void drawsTheBorderMapWithoutATileServer() throws Exception {
        open("/?lang=en");
        waitForMap();

        assertThat(attribute("#border-map", "data-boundaries")).isEqualTo("loaded");
        assertThat(browser.findElements(By.cssSelector("#border-map .leaflet-tile")))
                .isEmpty();
        // Two countries (filled, then outlined on top) and the 52 current provinces of both countries.
        assertThat(browser.findElements(By.cssSelector("#border-map svg path"))).hasSizeGreaterThanOrEqualTo(54);

        JsonNode gates = gatesServedByTheReferenceModule();
        if (gates == null) {
            // Without the reference module's gate list the map still shows the boundaries, and says why
            // there are no markers.
            assertThat(attribute("#border-map", "data-gates")).isEqualTo("failed");
            assertThat(browser.findElement(By.id("map-gates-failed")).isDisplayed())
                    .isTrue();
            assertThat(text("#map-gates-failed")).isEqualTo(message("home.map.gatesUnavailable", Locale.ENGLISH));
        } else {
            assertThat(attribute("#border-map", "data-gates")).isEqualTo("loaded");
            long points = countPoints(gates);
            assertThat(browser.findElements(By.cssSelector("#border-map path.gate-marker")))
                    .hasSize((int) points);
            assertThat(text("#map-gate-count")).isEqualTo(String.valueOf(points));
            int unplaced = gates.get("unplaced").size();
            assertThat(text("#map-unplaced"))
                    .as("the legend says why some pairs are not drawn")
                    .isEqualTo(message(
                            "home.map.unplaced",
                            Locale.ENGLISH,
                            String.valueOf(points),
                            String.valueOf(gates.get("pairCount").asInt()),
                            String.valueOf(unplaced)));
            assertThat(browser.findElements(By.cssSelector("#map-unplaced-list li")))
                    .hasSize(unplaced);
            assertThat(browser.findElement(By.id("map-gates-failed")).isDisplayed())
                    .isFalse();
            WebElement international = browser.findElement(By.cssSelector("#border-map path.gate-international"));
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", international);
            WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gate-popup")));
            // textContent, not getText(): while Leaflet pans the popup into view, the map's overflow clips part of
            // it and Selenium leaves clipped lines out of getText().
            assertThat(popup.getAttribute("textContent"))
                    .contains(
                            message("home.map.popup.vn", Locale.ENGLISH),
                            message("home.map.popup.lao", Locale.ENGLISH),
                            message("home.map.type.international", Locale.ENGLISH));
        }
        screenshot("home-map");
    }

    @Test
    void drawsEveryModulesLayerWithItsPointsAndALegendThatTogglesIt() {
        open("/?lang=vi");
        waitForMap();
        List<WebElement> layers = browser.findElements(By.cssSelector("#legend-layers .map-layer"));
        assertThat(layers)
                .as("the modules that publish map layers (shared.MapLayers) are listed")
                .isNotEmpty();
        for (WebElement layer : layers) {
            String id = layer.getDomAttribute("data-layer-id");
            assertThat(layer.getDomAttribute("data-layer")).as(id + " loaded").isEqualTo("loaded");
            int drawn = browser.findElements(By.cssSelector("#border-map path.layer-" + id))
                    .size();
            assertThat(drawn).as(id + " has points on the map").isPositive();
            assertThat(layer.findElement(By.cssSelector(".map-layer-count")).getText())
                    .isEqualTo(String.valueOf(drawn));
            assertThat(layer.getText())
                    .as(id + " names its source in Vietnamese")
                    .contains("Nguồn:");
            WebElement toggle = layer.findElement(By.cssSelector(".map-layer-toggle"));
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", toggle);
            toggle.click();
            assertThat(browser.findElements(By.cssSelector("#border-map path.layer-" + id)))
                    .as("unticking " + id + " hides it")
                    .isEmpty();
            toggle.click();
            assertThat(browser.findElements(By.cssSelector("#border-map path.layer-" + id)))
                    .hasSize(drawn);
        }
        screenshot("home-map-layers-vi");
    }

    @Test
    void rendersLaoInTheShippedFont() {
        open("/?lang=lo");
        ((JavascriptExecutor) browser).executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");

        String family = (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.getElementById('home-heading')).fontFamily");
        assertThat(family).contains("Noto Sans Lao");
        Boolean laoFaceLoaded = (Boolean) ((JavascriptExecutor) browser).executeScript("""
				return [...document.fonts].some(face => face.family.replace(/["']/g, '') === 'Noto Sans Lao'
				    && face.unicodeRange.includes('E81') && face.status === 'loaded');""");
        assertThat(laoFaceLoaded)
                .as("the Lao face of Noto Sans Lao was downloaded to draw the page")
                .isTrue();
        Boolean check = (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.fonts.check('16px \"Noto Sans Lao\"', arguments[0])",
                        message("home.heading", LAO));
        assertThat(check).isTrue();
    }

    @Test
    void adminSignsInAndReadsTheAuditLog() {
        events.publishEvent(EntityChanged.created("browser_test_record", 7, Map.of("name", "Lao Bảo – Densavanh")));
        open("/login?lang=en");
        assertThat(text("#login-demo-heading")).isEqualTo(message("login.demo", Locale.ENGLISH));
        assertThat(browser.findElements(By.cssSelector("#login-demo-accounts .demo-account")))
                .extracting(item -> item.getDomAttribute("data-username"))
                .as("every demo account, including those a module's demo data adds")
                .contains("admin", "analyst", "iice-analyst", "ministry", "officer", "vn-enterprise", "la-enterprise");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(text("#signed-in-as")).isEqualTo("Đỗ Minh Quân (demo)");
        browser.findElement(By.id("nav-audit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("audit-heading"), message("audit.heading", Locale.ENGLISH)));
        assertThat(text("#audit-table"))
                .contains(
                        "browser_test_record",
                        message("audit.action.CREATED", Locale.ENGLISH),
                        message("audit.actor.system", Locale.ENGLISH));
        screenshot("audit-en");

        open("/admin/audit?lang=lo");
        assertThat(text("#audit-heading")).isEqualTo(message("audit.heading", LAO));
        assertThat(text("#audit-table thead")).contains(message("audit.column.changes", LAO));
        screenshot("audit-lo");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(browser.findElements(By.id("nav-audit"))).isEmpty();
    }

    @Test
    void showsTheSignInErrorInTheReadersLanguage() {
        open("/login?lang=vi");
        browser.findElement(By.id("username")).sendKeys("nobody-" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.id("login-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(text("#login-error")).isEqualTo(message("login.error.bad", VIETNAMESE));
        screenshot("login-error-vi");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void waitForMap() {
        wait.until(driver -> "true".equals(attribute("#border-map", "data-ready")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private String attribute(String css, String name) {
        return browser.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }

    /** The reference module's gate GeoJSON, or null when this build does not serve it. */
    private JsonNode gatesServedByTheReferenceModule() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/geo/border-gates.geojson"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? new ObjectMapper().readTree(response.body()) : null;
    }

    private static long countPoints(JsonNode collection) {
        long points = 0;
        for (JsonNode feature : collection.get("features")) {
            JsonNode geometry = feature.get("geometry");
            if (geometry != null
                    && !geometry.isNull()
                    && "Point".equals(geometry.path("type").asText())) {
                points++;
            }
        }
        return points;
    }
}
