package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.NoticeRaised;

/**
 * The home page's figures for each role, equal to what the database holds, each with its source; and the
 * inbox page with its unread count in the navigation, in the reader's language.
 */
@IntegrationTest
class HomeFiguresAndInboxPagesTest {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale LAO = Locale.forLanguageTag("lo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anAnalystSeesTheRegistryByCountryAndStatusAsTheDatabaseHoldsIt() {
        Browser browser = signedIn("analyst");
        Document home = page(browser, "/?lang=vi");

        Element registry = home.getElementById("home-panel-registry");
        assertThat(registry).as("the registry panel").isNotNull();
        long verifiedVietnamese = jdbc.sql(
                        "SELECT count(*) FROM enterprise WHERE country = 'VN' AND verification_status = 'VERIFIED'")
                .query(Long.class)
                .single();
        String label = messages.getMessage("enterprise.country.VN", null, VIETNAMESE) + ": "
                + messages.getMessage("enterprise.status.VERIFIED", null, VIETNAMESE);
        Element row = registry.select("tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(label))
                .findFirst()
                .orElseThrow();
        assertThat(row.selectFirst("td").text().replaceAll("\\D", "")).isEqualTo(String.valueOf(verifiedVietnamese));
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/enterprises?country=VN&verified=true");
        assertThat(registry.selectFirst(".figure-source").text())
                .contains(messages.getMessage("enterprise.home.source", null, VIETNAMESE))
                .endsWith("(UTC+7)");
        assertThat(registry.selectFirst("canvas.home-chart").attr("role")).isEqualTo("img");
        assertThat(home.getElementById("home-panel-interests")).isNotNull();
        assertThat(home.getElementById("home-panel-linkages")).isNotNull();
        assertThat(home.getElementById("home-panel-pilot")).isNotNull();
        assertThat(home.getElementById("home-panel-completeness")).isNull();
    }

    @Test
    void anEnterpriseSeesItsOwnFiguresAndItsEnterpriseInTheNavigation() {
        Browser browser = signedIn("la-enterprise");
        Document home = page(browser, "/?lang=lo");

        assertThat(home.getElementById("home-panel-completeness")).isNotNull();
        assertThat(home.getElementById("home-panel-my-matching")).isNotNull();
        assertThat(home.getElementById("home-panel-registry"))
                .as("staff figures are not for it")
                .isNull();
        assertThat(home.getElementById("nav-my-enterprise").text())
                .isEqualTo(messages.getMessage("nav.myEnterprise", null, LAO));
        HttpResponse<String> mine = browser.get("/enterprises/mine");
        assertThat(mine.statusCode()).isEqualTo(302);
        assertThat(mine.headers().firstValue("Location").orElseThrow()).matches(".*/enterprises/\\d+$");
    }

    @Test
    void theInboxShowsNoticesInTheReadersLanguageAndMarkingThemReadClearsTheCount() {
        Browser browser = signedIn("officer");
        browser.postForm(
                "/inbox/read-all",
                Map.of("_csrf", Browser.csrfTokenOf(browser.get("/inbox").body())));
        assertThat(page(browser, "/inbox?lang=lo").getElementById("nav-inbox-unread"))
                .isNull();

        events.publishEvent(new NoticeRaised(
                Set.of("officer"),
                Set.of(),
                "test",
                Label.of("notification.enterpriseVerified", "Lao Bảo", Label.of("enterprise.status.VERIFIED")),
                "/enterprises"));

        Document inbox = page(browser, "/inbox?lang=lo");
        assertThat(inbox.getElementById("nav-inbox-unread").text()).isEqualTo("1");
        assertThat(inbox.selectFirst("#inbox-list .inbox-item.unread .inbox-text")
                        .text())
                .isEqualTo(messages.getMessage(
                        "notification.enterpriseVerified",
                        new Object[] {"Lao Bảo", messages.getMessage("enterprise.status.VERIFIED", null, LAO)},
                        LAO));
        assertThat(page(browser, "/inbox?lang=vi")
                        .selectFirst("#inbox-list .inbox-item.unread .inbox-text")
                        .text())
                .startsWith("Hồ sơ của Lao Bảo");

        HttpResponse<String> read =
                browser.postForm("/inbox/read-all", Map.of("_csrf", Browser.csrfTokenOf(inbox.outerHtml())));
        assertThat(read.statusCode()).isEqualTo(302);
        Document after = page(browser, "/inbox");
        assertThat(after.getElementById("nav-inbox-unread")).isNull();
        assertThat(after.select("#inbox-list .inbox-item.unread")).isEmpty();
        assertThat(after.select("#inbox-list .inbox-item")).isNotEmpty();
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(username, "demo").statusCode()).isEqualTo(302);
        return browser;
    }

    private static Document page(Browser browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
