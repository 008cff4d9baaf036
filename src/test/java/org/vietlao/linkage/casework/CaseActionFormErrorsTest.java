package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * The case page's action and message forms: a refused action or message comes back on the case page with the
 * error next to its field, in the reader's language, with what was typed kept, and the case unchanged.
 */
@IntegrationTest
class CaseActionFormErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusedActionOrMessageShowsItsErrorNextToTheFieldInTheReadersLanguageAndChangesNothing() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Response filed =
                api.post("/api/v1/casework/cases", "la-enterprise", CaseAttachmentsTests.obstacle("LA", "VN"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        ApiClient.Response review =
                api.post("/api/v1/casework/cases/" + id + "/actions", "iice-analyst", "{\"action\": \"START_REVIEW\"}");
        assertThat(review.status()).as(review.body()).isEqualTo(200);

        PageSession coordinator = PageSession.signIn(port, "iice-analyst");
        String page = "/casework/cases/" + id + "?lang=lo";
        String tooLong = "ເຫດຜົນ ".repeat(400);
        HttpResponse<String> refused = coordinator.postForm(
                page, "/casework/cases/" + id + "/actions", Map.of("action", "RETURN", "reason", tooLong));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.body());
        assertThat(shown.select("#reason-RETURN").hasClass("is-invalid")).isTrue();
        assertThat(shown.select("#reason-RETURN").attr("aria-describedby")).isEqualTo("reason-RETURN-error");
        assertThat(shown.select("#reason-RETURN-error").text()).matches(".*[\\u0E80-\\u0EFF].*");
        assertThat(shown.select("#reason-RETURN").text()).isEqualTo(tooLong.strip());
        assertThat(shown.select("#reason-REJECT-error")).isEmpty();
        assertThat(api.get("/api/v1/casework/cases/" + id, "iice-analyst")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("IN_REVIEW");

        HttpResponse<String> empty =
                coordinator.postForm(page, "/casework/cases/" + id + "/messages", Map.of("text", "  "));
        assertThat(empty.statusCode()).isEqualTo(422);
        Document again = Jsoup.parse(empty.body());
        assertThat(again.select("#message-text").hasClass("is-invalid")).isTrue();
        assertThat(again.select("#message-text-error").text()).matches(".*[\\u0E80-\\u0EFF].*");
        assertThat(api.get("/api/v1/casework/cases/" + id, "iice-analyst")
                        .json()
                        .get("messages")
                        .size())
                .isZero();
    }
}
