package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Regression tests for defect 5 of issue 9: errors the servlet container answers itself, before the
 * application sees the request, are problem+json under {@code /api/} and the platform's translated error page
 * elsewhere; a too-large upload says what the limit is; {@code /error} asked for directly is not a failure.
 * Sent over raw sockets, because HTTP clients normalise such paths before sending them.
 */
@IntegrationTest
class ContainerErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void answersEncodedSlashesBackslashesNulAndDotDotInAnApiPathWithProblemJson() throws Exception {
        for (String path : List.of(
                "/api/v1/reference/hs/07%2F14",
                "/api/v1/reference/hs/07%5C14",
                "/api/v1/reference/hs/07%0014",
                "/api/v1/reference/..%2F..%2Fetc/passwd")) {
            RawHttp.Answer answer = RawHttp.get(port, path);

            JsonNode problem = assertProblem(answer, 400, "PLT-015");
            assertThat(problem.path("detail").asText()).as(path).contains("8 KB");
        }
    }

    @Test
    void answersARefusedPagePathWithTheTranslatedErrorPage() {
        RawHttp.Answer answer = RawHttp.get(port, "/enterprises/a%2Fb", "Accept-Language: lo");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body())
                .contains("lang=\"lo\"")
                .contains("PLT-015")
                .contains("ເຊີບເວີບໍ່ຮັບຄຳຮ້ອງຂໍນີ້")
                .doesNotContain("Tomcat")
                .doesNotContain("HTTP Status");
    }

    @Test
    void answersRequestLinesOver8KbWithProblemJson() throws Exception {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/enterprises?q=" + "a".repeat(9_000));

        assertProblem(answer, 400, "PLT-015");
    }

    @Test
    void answersHeadersOver8KbWithProblemJson() throws Exception {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/enterprises", "X-Padding: " + "b".repeat(9_000));

        assertProblem(answer, 400, "PLT-015");
    }

    @Test
    void answersAnUploadOverTheLimitWithProblemJsonSayingTheLimit() throws Exception {
        String token = new ApiClient(port).tokenFor("analyst");
        long announced = 20L * 1024 * 1024;
        String head = "POST /api/v1/enterprises/import HTTP/1.1\nHost: localhost\nConnection: close\n"
                + "Authorization: Bearer " + token + "\n"
                + "Content-Type: multipart/form-data; boundary=XX\n"
                + "Content-Length: " + announced + "\n\n";
        byte[] body = new byte[(int) announced];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);

        RawHttp.Answer answer = RawHttp.exchange(port, head, body);

        JsonNode problem = assertProblem(answer, 413, "PLT-004");
        assertThat(problem.path("detail").asText()).contains("10 MB");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void answersAPageUploadOverItsPathsLimitWithTheTranslatedErrorPage() {
        // A page path other than the trade import keeps 10 MB (decision 0099), refused before the body is read.
        String head = "POST /promotion/products/1/photos HTTP/1.1\nHost: localhost\nConnection: close\n"
                + "Accept-Language: lo\n"
                + "Content-Type: multipart/form-data; boundary=XX\n"
                + "Content-Length: " + (20L * 1024 * 1024) + "\n\n";
        byte[] start = new byte[3 * 1024 * 1024];
        Arrays.fill(start, (byte) 'x');

        RawHttp.Answer answer = RawHttp.exchange(port, head, start);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body())
                .contains("lang=\"lo\"")
                .contains("PLT-004")
                .contains("10 MB")
                .doesNotContain("Tomcat");
    }

    @Test
    void answersAWorldFileOverItsOwnLimitBeforeReadingIt() throws Exception {
        // The trade import takes world files up to 1 GB (decision 0099); a declared 2 GB is refused at once.
        String token = new ApiClient(port).tokenFor("analyst");
        String head = "POST /api/v1/trade/imports HTTP/1.1\nHost: localhost\nConnection: close\n"
                + "Authorization: Bearer " + token + "\n"
                + "Content-Type: multipart/form-data; boundary=XX\n"
                + "Content-Length: " + (2L * 1024 * 1024 * 1024) + "\n\n";

        // A client sends its body; the server answers first and closes after reading a little of it.
        byte[] start = new byte[3 * 1024 * 1024];
        Arrays.fill(start, (byte) 'x');

        RawHttp.Answer answer = RawHttp.exchange(port, head, start);

        JsonNode problem = assertProblem(answer, 413, "PLT-004");
        assertThat(problem.path("detail").asText()).contains("1024 MB");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void answersRequestsTheFirewallRefusesWithProblemJson() throws Exception {
        assertProblem(
                RawHttp.exchange(
                        port, "TRACE /api/v1/enterprises HTTP/1.1\nHost: localhost\nConnection: close\n\n", null),
                400,
                "PLT-015");
        assertProblem(RawHttp.get(port, "/api/v1/enterprises;jsessionid=1"), 400, "PLT-015");
    }

    @Test
    void answersControlCharactersInAHeaderWithProblemJson() throws Exception {
        assertProblem(RawHttp.get(port, "/api/v1/enterprises", "X-Probe: a\u0001b"), 400, "PLT-015");
    }

    @Test
    void answersTheErrorPathAskedForDirectlyWithNotFound() throws Exception {
        RawHttp.Answer page = RawHttp.get(port, "/error");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("PLT-005");

        assertProblem(RawHttp.get(port, "/error", "Accept: application/problem+json"), 404, "PLT-005");
    }

    private static JsonNode assertProblem(RawHttp.Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }
}
