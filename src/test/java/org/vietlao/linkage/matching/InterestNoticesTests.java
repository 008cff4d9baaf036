package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The inbox as the two sides of an expression of interest meet it: the receiver hears of the interest, the
 * sender of the answer, each in their own language, and nobody reads or marks anyone else's notices.
 */
@IntegrationTest
class InterestNoticesTests extends MatchingApiTest {

    @Test
    void theReceiverHearsOfTheInterestAndTheSenderOfTheAnswerEachInTheirLanguage() {
        long lao = fixtures.lao("LA-SV")
                .named("Savan Drum Shop", "Cửa hàng trống Savan", "ຮ້ານກອງສະຫວັນ")
                .ownedBy("la-enterprise")
                .needs("920290", 500, "pcs")
                .create();
        long vietnamese = fixtures.vietnamese("44")
                .named("Xưởng đàn Quảng Bình", "Xưởng đàn Quảng Bình", "ໂຮງງານກີຕາ ກວາງບິ່ງ")
                .ownedBy("vn-enterprise")
                .offers("920290", 800, "pcs")
                .create();
        long unreadBefore = unread("vn-enterprise");

        ApiClient.Response sent = client.post(
                "/api/v1/matching/interests",
                "la-enterprise",
                "{\"fromEnterpriseId\":" + lao + ",\"toEnterpriseId\":" + vietnamese + "}");
        assertThat(sent.status()).isEqualTo(201);
        long interest = sent.json().get("id").asLong();

        assertThat(unread("vn-enterprise")).isEqualTo(unreadBefore + 1);
        JsonNode received = newest("vn-enterprise", "vi");
        assertThat(received.get("kind").asText()).isEqualTo("interest-received");
        assertThat(received.get("text").asText())
                .as("the Lao sender's Vietnamese name, in a Vietnamese sentence")
                .startsWith("Cửa hàng trống Savan đã gửi đề nghị hợp tác tới Xưởng đàn Quảng Bình");
        assertThat(received.get("link").asText()).isEqualTo("/matching/interests");
        assertThat(received.get("unread").asBoolean()).isTrue();
        assertThat(newest("vn-enterprise", "lo").get("text").asText()).startsWith("ຮ້ານກອງສະຫວັນ ໄດ້ສະແດງຄວາມສົນໃຈ");
        assertThat(newest("vn-enterprise", "en").get("text").asText())
                .startsWith("Savan Drum Shop expressed interest in working with");
        assertThat(jdbc.sql("SELECT message_key FROM notification WHERE id = :id")
                        .param("id", received.get("id").asLong())
                        .query(String.class)
                        .single())
                .as("the key is stored, not the text")
                .isEqualTo("notification.interestReceived");

        long notice = received.get("id").asLong();
        ApiClient.Response notMine = client.post("/api/v1/notifications/" + notice + "/read", "la-enterprise", "");
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(notMine.json().get("code").asText()).isEqualTo("NTF-001");
        assertThat(client.get("/api/v1/notifications?size=100", "la-enterprise")
                        .json()
                        .get("items"))
                .noneSatisfy(item -> assertThat(item.get("id").asLong()).isEqualTo(notice));

        ApiClient.Response read = client.post("/api/v1/notifications/" + notice + "/read", "vn-enterprise", "");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(unread("vn-enterprise")).isEqualTo(unreadBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'notification' AND entity_id = :id")
                        .param("id", String.valueOf(notice))
                        .query(Long.class)
                        .single())
                .as("created and read, both audited")
                .isEqualTo(2);

        assertThat(client.post("/api/v1/matching/interests/" + interest + "/accept", "vn-enterprise", "")
                        .status())
                .isEqualTo(200);
        JsonNode answered = newest("la-enterprise", "lo");
        assertThat(answered.get("kind").asText()).isEqualTo("interest-accepted");
        assertThat(answered.get("text").asText()).startsWith("ໂຮງງານກີຕາ ກວາງບິ່ງ ໄດ້ຮັບຄວາມສົນໃຈຂອງ ຮ້ານກອງສະຫວັນ");

        assertThat(unread("la-enterprise")).isPositive();
        assertThat(client.post("/api/v1/notifications/read-all", "la-enterprise", "")
                        .json()
                        .get("marked")
                        .asInt())
                .isPositive();
        assertThat(unread("la-enterprise")).isZero();
    }

    @Test
    void theInboxNeedsASignedInCaller() {
        ApiClient.Response anonymous =
                client.send(HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/v1/notifications"))
                        .GET()
                        .build());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asText()).isEqualTo("AUT-001");
    }

    private long unread(String user) {
        return client.get("/api/v1/notifications/unread-count", user)
                .json()
                .get("unread")
                .asLong();
    }

    private JsonNode newest(String user, String language) {
        ApiClient.Response page =
                client.send(HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/v1/notifications?size=1"))
                        .header("Authorization", "Bearer " + client.tokenFor(user))
                        .header("Accept-Language", language)
                        .GET()
                        .build());
        assertThat(page.status()).isEqualTo(200);
        return page.json().get("items").get(0);
    }
}
