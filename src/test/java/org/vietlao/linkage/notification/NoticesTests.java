package org.vietlao.linkage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;
import org.vietlao.linkage.pilot.EvaluationClosed;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.NoticeRaised;

/**
 * Notices raised by the registry's and the pilot module's events, and by any module through
 * {@link NoticeRaised}; without a mail server (none is configured in the tests) they only go to the inbox.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    @Autowired
    EnterpriseFixtures enterprises;

    ApiClient client;

    @BeforeAll
    void connect() {
        client = new ApiClient(port);
    }

    @Test
    void theEnterpriseHearsThatItsProfileWasVerifiedAndNoMailGoesOutWithoutAMailServer() {
        // Registered through the registry, as the enterprise's own user would (not written into its tables).
        long id = enterprises
                .vietnamese("01")
                .named("Gốm Bát Tràng thử nghiệm", "Gốm Bát Tràng thử nghiệm", "ເຄື່ອງປັ້ນດິນເຜົາ ບາດຈ່າງ")
                .ownedBy("vn-enterprise")
                .create();

        ApiClient.Response verified =
                client.post("/api/v1/enterprises/" + id + "/verification", "analyst", "{\"status\":\"VERIFIED\"}");
        assertThat(verified.status()).isEqualTo(200);

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("no spring.mail.host in the tests, so no mail sender")
                .isNull();
        Map<String, Object> stored = jdbc.sql("""
				SELECT kind, link, emailed_at FROM notification
				WHERE recipient = 'vn-enterprise' ORDER BY id DESC LIMIT 1""").query().singleRow();
        assertThat(stored.get("kind")).isEqualTo("enterprise-verification");
        assertThat(stored.get("link")).isEqualTo("/enterprises/" + id);
        assertThat(stored.get("emailed_at")).isNull();
        assertThat(newestText("vn-enterprise", "vi"))
                .isEqualTo("Hồ sơ của Gốm Bát Tràng thử nghiệm đã được đối chiếu với hồ sơ chính thức: Đã xác minh.");
        assertThat(newestText("vn-enterprise", "lo")).startsWith("ຂໍ້ມູນຂອງ ເຄື່ອງປັ້ນດິນເຜົາ ບາດຈ່າງ");

        long before = count("vn-enterprise");
        client.post("/api/v1/enterprises/" + id + "/verification", "analyst", "{\"status\":\"VERIFIED\"}");
        assertThat(count("vn-enterprise")).as("no change of status, no notice").isEqualTo(before);
    }

    @Test
    void everyoneWhoTookPartHearsThatTheEvaluationClosedInTheirLanguage() {
        long before = count("iice-analyst");

        events.publishEvent(new EvaluationClosed(
                987654,
                Map.of("en", "Cassava chain models", "vi", "Mô hình chuỗi sắn", "lo", "ແບບຈຳລອງລະບົບຕ່ອງໂສ້ມັນຕົ້ນ"),
                "analyst",
                List.of("analyst", "iice-analyst")));

        assertThat(count("iice-analyst")).isEqualTo(before + 1);
        assertThat(newestText("iice-analyst", "lo")).contains("ແບບຈຳລອງລະບົບຕ່ອງໂສ້ມັນຕົ້ນ");
        assertThat(newestText("analyst", "vi")).contains("\"Mô hình chuỗi sắn\"");
        assertThat(newestText("analyst", "en"))
                .isEqualTo("The pilot evaluation \"Cassava chain models\" was closed and its result frozen.");
    }

    @Test
    void anyModuleReachesTheInboxThroughAnEventAndUnknownPeopleAreSkipped() {
        long organisation = jdbc.sql("SELECT organisation_id FROM app_user WHERE username = 'la-enterprise'")
                .query(Long.class)
                .single();
        long before = count("la-enterprise");
        long ministryBefore = count("ministry");

        events.publishEvent(new NoticeRaised(
                Set.of("ministry", "nobody-of-that-name"),
                Set.of(organisation),
                "test",
                Label.of("notification.interestDeclined", "A", Label.of("enterprise.country.LA")),
                null));

        assertThat(count("la-enterprise")).isEqualTo(before + 1);
        assertThat(count("ministry")).isEqualTo(ministryBefore + 1);
        assertThat(newestText("ministry", "vi")).isEqualTo("A đã từ chối đề nghị của Lào.");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient = 'nobody-of-that-name'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long count(String user) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = :u")
                .param("u", user)
                .query(Long.class)
                .single();
    }

    private String newestText(String user, String language) {
        ApiClient.Response page =
                client.send(HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/v1/notifications?size=1"))
                        .header("Authorization", "Bearer " + client.tokenFor(user))
                        .header("Accept-Language", language)
                        .GET()
                        .build());
        assertThat(page.status()).isEqualTo(200);
        return page.json().get("items").get(0).get("text").asText();
    }
}
