package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.Role;

/**
 * Issue 9, defect 8: sign-in throttling locked an account by its name alone, so anyone could lock anyone out.
 * Failures now count per client address and name: that pair waits, longer with each further failure, while the
 * account's owner signs in from elsewhere; one address trying many names waits for every name. Every attempt
 * is in the audit log with the name, the address and the door. The tests' client connects from 127.0.0.1, a
 * trusted proxy, so each test plays its clients' addresses with {@code X-Forwarded-For}.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "s3cret-enough";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    PasswordEncoder encoder;

    @Value("${linkage.security.max-failed-logins}")
    int maxFailures;

    @Value("${linkage.security.max-failed-logins-per-address}")
    int maxAddressFailures;

    @Value("${linkage.security.first-delay}")
    Duration firstDelay;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void blocksTheAddressForTheNameAfterTooManyFailuresOnTheApiAndTheForm() {
        String username = users.create("throttled", PASSWORD, Role.ANALYST);
        String guesser = anAddress();
        for (int i = 1; i < maxFailures; i++) {
            assertThat(signIn(guesser, username, "wrong-" + i)
                            .json()
                            .path("code")
                            .asText())
                    .isEqualTo("AUT-003");
        }
        assertThat(signIn(guesser, username, "wrong-last").json().path("code").asText())
                .as("the last failure still says why")
                .isEqualTo("AUT-003");

        ApiClient.Response blocked = signIn(guesser, username, PASSWORD);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.isProblem()).isTrue();
        assertThat(blocked.json().path("code").asText()).isEqualTo("AUT-004");
        assertThat(blocked.headers().firstValue("Retry-After"))
                .as("a client told how long to wait, in whole seconds")
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());

        assertThat(formSignIn(guesser, username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=locked"));
    }

    @Test
    void aGuesserElsewhereCannotLockTheOwnerOut() {
        String username = users.create("victim", PASSWORD, Role.MINISTRY);
        String guesser = anAddress();
        for (int i = 0; i < maxFailures + 3; i++) {
            signIn(guesser, username, "wrong");
        }
        assertThat(signIn(guesser, username, PASSWORD).status()).isEqualTo(429);

        assertThat(signIn(anAddress(), username, PASSWORD).status())
                .as("the owner, from their own address")
                .isEqualTo(200);
        assertThat(formSignIn(anAddress(), username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void countsFailuresOnTheFormToo() {
        String username = users.create("form-throttled", PASSWORD, Role.MINISTRY);
        String address = anAddress();
        for (int i = 0; i < maxFailures; i++) {
            assertThat(formSignIn(address, username, "wrong").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=bad"));
        }

        assertThat(signIn(address, username, PASSWORD).json().path("code").asText())
                .isEqualTo("AUT-004");
    }

    @Test
    void theWaitGrowsWithEachFurtherFailure() {
        String username = users.create("backoff", PASSWORD, Role.ANALYST);
        String address = anAddress();
        for (int i = 0; i < maxFailures; i++) {
            signIn(address, username, "wrong");
        }
        assertThat(wait(address, username)).as("after %d failures", maxFailures).isEqualTo(firstDelay);

        for (int further = 1; further <= 2; further++) {
            endTheWait(address, username);
            assertThat(signIn(address, username, "wrong").status()).isEqualTo(401);
            assertThat(wait(address, username))
                    .as("after %d further failures", further)
                    .isEqualTo(firstDelay.multipliedBy(1L << further));
        }
    }

    @Test
    void oneAddressTryingManyNamesWaitsForEveryName() {
        String address = anAddress();
        String username = users.create("sprayed", PASSWORD, Role.ANALYST);
        // The coarse per-address count, one failure short of its limit (the limit is set high in the tests).
        jdbc.sql("""
				INSERT INTO sign_in_throttle (client_address, username, failures, last_failed)
				VALUES (:address, '', :failures, now())""")
                .param("address", address)
                .param("failures", maxAddressFailures - 1)
                .update();

        assertThat(signIn(address, "some-other-name", "wrong").status()).isEqualTo(401);

        assertThat(signIn(address, username, PASSWORD).json().path("code").asText())
                .as("a name never tried from there")
                .isEqualTo("AUT-004");
        assertThat(signIn(anAddress(), username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String username = users.create("recovers", PASSWORD, Role.ANALYST);
        String address = anAddress();
        for (int i = 1; i < maxFailures; i++) {
            signIn(address, username, "wrong");
        }
        assertThat(signIn(address, username, PASSWORD).status()).isEqualTo(200);

        for (int i = 1; i < maxFailures; i++) {
            assertThat(signIn(address, username, "wrong").json().path("code").asText())
                    .isEqualTo("AUT-003");
        }
        assertThat(signIn(address, username, PASSWORD).status())
                .as("only %d failures since the last success", maxFailures - 1)
                .isEqualTo(200);
    }

    @Test
    void blocksUnknownNamesTooSoThatTheBlockTellsNothing() {
        String nobody = "nobody-" + users.create("probe", PASSWORD, Role.ANALYST);
        String address = anAddress();
        for (int i = 0; i < maxFailures; i++) {
            signIn(address, nobody, "wrong");
        }

        assertThat(signIn(address, nobody, "wrong").json().path("code").asText())
                .isEqualTo("AUT-004");
    }

    @Test
    void theBlockEndsWhenItsTimeHasPassed() {
        String username = users.create("unlocked", PASSWORD, Role.ANALYST);
        String address = anAddress();
        for (int i = 0; i < maxFailures; i++) {
            signIn(address, username, "wrong");
        }
        assertThat(signIn(address, username, PASSWORD).status()).isEqualTo(429);

        endTheWait(address, username);

        assertThat(signIn(address, username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void everySignInIsAuditedWithNameAddressAndDoor() throws Exception {
        String username = users.create("audited", PASSWORD, Role.ANALYST);
        String address = anAddress();
        signIn(address, username, "wrong");
        signIn(address, username, PASSWORD);
        formSignIn(address, username, "wrong");
        formSignIn(address, username, PASSWORD);
        users.disable(username);
        signIn(address, username, PASSWORD);

        List<SignInRecord> records = jdbc.sql("""
				SELECT actor, action, changes::text FROM audit_event
				WHERE entity_type = 'sign_in' AND entity_id = :name ORDER BY id""")
                .param("name", username)
                .query((rs, n) -> new SignInRecord(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();

        assertThat(records).hasSize(5).allSatisfy(record -> {
            assertThat(record.actor()).isEqualTo(username);
            assertThat(record.changes().path("address").asText()).isEqualTo(address);
        });
        assertThat(records)
                .extracting(r -> r.action() + " " + r.changes().path("channel").asText() + " "
                        + r.changes().path("reason").asText())
                .containsExactly(
                        "SIGN_IN_FAILED API BAD_CREDENTIALS",
                        "SIGNED_IN API ",
                        "SIGN_IN_FAILED FORM BAD_CREDENTIALS",
                        "SIGNED_IN FORM ",
                        "SIGN_IN_FAILED API DISABLED");
    }

    @Test
    void aBlockedAttemptIsAuditedToo() {
        String username = users.create("audited-block", PASSWORD, Role.ANALYST);
        String address = anAddress();
        for (int i = 0; i <= maxFailures; i++) {
            signIn(address, username, "wrong");
        }

        assertThat(jdbc.sql("""
						SELECT count(*) FROM audit_event WHERE entity_type = 'sign_in' AND entity_id = :name
						AND action = 'SIGN_IN_FAILED' AND changes ->> 'reason' = 'THROTTLED'""").param("name", username).query(Long.class).single())
                .isOne();
    }

    @Test
    void demoAccountsEachHaveTheirOwnHash() {
        List<String> hashes = jdbc.sql("SELECT password_hash FROM app_user WHERE demo ORDER BY username")
                .query(String.class)
                .list();

        assertThat(hashes)
                .hasSizeGreaterThanOrEqualTo(7)
                .doesNotHaveDuplicates()
                .allSatisfy(hash -> assertThat(encoder.matches("demo", hash)).isTrue());
    }

    record SignInRecord(String actor, String action, String json) {

        JsonNode changes() {
            try {
                return JSON.readTree(json);
            } catch (java.io.IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private Duration wait(String address, String username) {
        return jdbc.sql("""
				SELECT EXTRACT(EPOCH FROM blocked_until - last_failed) FROM sign_in_throttle
				WHERE client_address = :address AND username = :name""")
                .param("address", address)
                .param("name", username)
                .query(java.math.BigDecimal.class)
                .optional()
                .map(seconds -> Duration.ofMillis(seconds.movePointRight(3).longValue()))
                .orElse(Duration.ZERO);
    }

    private void endTheWait(String address, String username) {
        jdbc.sql("""
				UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second'
				WHERE client_address = :address AND username = :name""").param("address", address).param("name", username).update();
    }

    private ApiClient.Response signIn(String address, String user, String password) {
        return client.send(client.builder("/api/v1/auth/token", null)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build());
    }

    private HttpResponse<String> formSignIn(String address, String username, String password) {
        Browser browser = new Browser(port);
        String csrf = Browser.csrfTokenOf(browser.get("/login").body());
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
