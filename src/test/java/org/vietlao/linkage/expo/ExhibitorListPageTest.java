package org.vietlao.linkage.expo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The public exhibitor list (issue 14): anyone, signed in or not, reads an event's approved exhibitors and floor
 * plan in their language and searches them by HS product and province; nothing an organiser or a participant
 * sees beyond that (applications, meetings) is on it.
 */
@IntegrationTest
class ExhibitorListPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    final HttpClient http = HttpClient.newHttpClient();

    long demoEvent() {
        return jdbc.sql("SELECT id FROM expo_event WHERE demo AND name_en = 'Vietnam–Laos Expo 2026 (demo)'")
                .query(Long.class)
                .single();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyoneReadsTheExhibitorsAndFloorPlanInLaoWithoutSigningIn() throws Exception {
        long event = demoEvent();
        long approved = jdbc.sql("SELECT count(*) FROM expo_booth WHERE event_id = :id AND status = 'APPROVED'")
                .param("id", event)
                .query(Long.class)
                .single();

        HttpResponse<String> answer = get("/expo/events/" + event + "/exhibitors?lang=lo");

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("lo");
        assertThat(page.select("#expo-public-heading").text())
                .contains(messages.getMessage("expo.public.heading", null, Locale.forLanguageTag("lo")))
                .contains("ງານວາງສະແດງສິນຄ້າ ຫວຽດນາມ – ລາວ 2026");
        assertThat(page.select("#expo-exhibitors tbody tr")).hasSize((int) approved);
        assertThat(page.select("#expo-public-sign-in")).hasSize(1);
        // The floor plan has every booth number of both halls, taken or free.
        assertThat(page.select("ol.expo-floor li")).hasSize(24);
        // Nothing of the organiser's or a participant's view.
        assertThat(page.select("#expo-applications, #expo-figures, .expo-apply-form, #expo-my-meetings"))
                .isEmpty();
    }

    @Test
    void theListIsSearchedByHsProductAndProvince() throws Exception {
        long event = demoEvent();
        String product = jdbc.sql(
                        "SELECT min(p.hs_code) FROM expo_booth_product p JOIN expo_booth b ON b.id = p.booth_id"
                                + " WHERE b.event_id = :id AND b.status = 'APPROVED'")
                .param("id", event)
                .query(String.class)
                .single();
        long withProduct = jdbc.sql("SELECT count(DISTINCT b.id) FROM expo_booth b JOIN expo_booth_product p"
                        + " ON p.booth_id = b.id WHERE b.event_id = :id AND b.status = 'APPROVED'"
                        + " AND p.hs_code LIKE :prefix")
                .param("id", event)
                .param("prefix", product.substring(0, 4) + "%")
                .query(Long.class)
                .single();
        String province = jdbc.sql(
                        "SELECT min(province_code) FROM expo_booth WHERE event_id = :id" + " AND status = 'APPROVED'")
                .param("id", event)
                .query(String.class)
                .single();
        long inProvince = jdbc.sql("SELECT count(*) FROM expo_booth WHERE event_id = :id AND status = 'APPROVED'"
                        + " AND province_code = :p")
                .param("id", event)
                .param("p", province)
                .query(Long.class)
                .single();

        // Dots and spaces in the code are tolerated, as everywhere an HS code is typed.
        String dotted = product.substring(0, 2) + "." + product.substring(2, 4);
        Document byProduct = Jsoup.parse(get("/expo/events/" + event + "/exhibitors?lang=vi&hs=" + dotted)
                .body());
        Document byProvince = Jsoup.parse(get("/expo/events/" + event + "/exhibitors?lang=vi&province=" + province)
                .body());
        Document none = Jsoup.parse(
                get("/expo/events/" + event + "/exhibitors?lang=vi&hs=00").body());

        assertThat(byProduct.select("#expo-exhibitors tbody tr")).hasSize((int) withProduct);
        assertThat(byProvince.select("#expo-exhibitors tbody tr")).hasSize((int) inProvince);
        assertThat(none.select("#expo-exhibitors")).isEmpty();
        assertThat(none.select("#expo-no-exhibitors").text())
                .isEqualTo(messages.getMessage("expo.exhibitors.none", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void anUnknownEventIsNotFoundAndOtherExpoPagesStillNeedASignIn() throws Exception {
        assertThat(get("/expo/events/999999/exhibitors").statusCode()).isEqualTo(404);
        HttpResponse<String> event = get("/expo/events/" + demoEvent());
        assertThat(event.statusCode()).isEqualTo(302);
        assertThat(event.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
