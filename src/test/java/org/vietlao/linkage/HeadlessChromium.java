package org.vietlao.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium driven headless for the browser tests: one browser with its own throw-away profile,
 * a wait, and whole-page screenshots into target/screenshots/ for a person to look at.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** The axe-core tags of WCAG 2.1 levels A and AA, the platform's accessibility bar. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final Path profile;

    private HeadlessChromium(ChromeDriver browser, Path profile) {
        this.browser = browser;
        // A condition that finds an element while a form's answer replaces the page can read the old page's
        // element after it is gone (StaleElementReferenceException, seen once in BorderOfficerBrowserTest):
        // the wait then looks again instead of failing.
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
        this.profile = profile;
    }

    /** Starts Chromium in English with a window of 1366 × 1000. */
    public static HeadlessChromium start() throws IOException {
        assertThat(CHROMIUM)
                .as("Chromium is needed for the browser tests: apt-get install chromium chromium-driver "
                        + "(.ci/run does it), or set -Dchromium.binary")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver is needed for the browser tests: apt-get install chromium-driver "
                        + "(.ci/run does it), or set -Dwebdriver.chrome.driver")
                .isExecutable();
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1366,1000",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The whole page, not only the window, through the DevTools protocol. */
    @SuppressWarnings("unchecked")
    public void screenshot(String name) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip =
                Map.of("x", 0, "y", 0, "scale", 1, "width", size.get("width"), "height", size.get("height"));
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Signs in through the login form at {@code base} (e.g. {@code http://localhost:8080}) with the demo password,
     * in {@code language}, after dropping any earlier session; waits until the page names the person.
     */
    public void signIn(String base, String username, String language) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
    }

    /**
     * axe-core's WCAG 2.1 A/AA violations on the open page, one line per rule with the elements and what fails.
     * axe runs in the page itself ({@code legacy} mode: the pages have no frames, and the default mode opens and
     * closes a second tab for every scan to merge frame results) and reports only violations in full.
     */
    public List<String> wcagViolations() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder()
                .withOptions(options)
                .withTags(WCAG_21_AA)
                .setLegacyMode(true)
                .analyze(browser);
        assertThat(results.isErrored())
                .as("axe-core ran on " + browser.getCurrentUrl())
                .isFalse();
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(rule.getId() + ": "
                    + rule.getNodes().stream()
                            .map(node -> node.getTarget() + " " + node.getFailureSummary())
                            .toList());
        }
        return violations;
    }

    @Override
    public void close() {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
