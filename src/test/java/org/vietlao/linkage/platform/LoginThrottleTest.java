package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * After the configured number of failed sign-ins an account refuses even the right password, on the API and
 * on the form alike; a successful sign-in before that starts the count again.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "s3cret-enough";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Value("${linkage.security.max-failed-logins}")
    int maxFailures;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    @Test
    void locksTheAccountAfterTooManyFailures() {
        String username = users.create("throttled", PASSWORD, Role.ANALYST);
        for (int i = 1; i < maxFailures; i++) {
            assertThat(signIn(username, "wrong-" + i).json().path("code").asText())
                    .isEqualTo("AUT-003");
        }
        assertThat(signIn(username, "wrong-last").json().path("code").asText())
                .as("the last failure still says why")
                .isEqualTo("AUT-003");

        ApiClient.Response locked = signIn(username, PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.isProblem()).isTrue();
        assertThat(locked.json().path("code").asText()).isEqualTo("AUT-004");

        var form = new Browser(port).signIn(username, PASSWORD);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=locked"));
    }

    @Test
    void countsFailuresOnTheFormToo() {
        String username = users.create("form-throttled", PASSWORD, Role.MINISTRY);
        Browser browser = new Browser(port);
        for (int i = 0; i < maxFailures; i++) {
            var failed = browser.signIn(username, "wrong");
            assertThat(failed.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=bad"));
        }

        assertThat(signIn(username, PASSWORD).json().path("code").asText()).isEqualTo("AUT-004");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String username = users.create("recovers", PASSWORD, Role.ANALYST);
        for (int i = 1; i < maxFailures; i++) {
            signIn(username, "wrong");
        }
        assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);

        for (int i = 1; i < maxFailures; i++) {
            assertThat(signIn(username, "wrong").json().path("code").asText()).isEqualTo("AUT-003");
        }
        assertThat(signIn(username, PASSWORD).status())
                .as("only %d failures since the last success", maxFailures - 1)
                .isEqualTo(200);
    }

    @Test
    void locksUnknownNamesTooSoThatTheLockTellsNothing() {
        String nobody = "nobody-" + users.create("probe", PASSWORD, Role.ANALYST);
        for (int i = 0; i < maxFailures; i++) {
            signIn(nobody, "wrong");
        }

        assertThat(signIn(nobody, "wrong").json().path("code").asText()).isEqualTo("AUT-004");
    }

    @Test
    void theLockEndsWhenItsTimeHasPassed() {
        String username = users.create("unlocked", PASSWORD, Role.ANALYST);
        for (int i = 0; i < maxFailures; i++) {
            signIn(username, "wrong");
        }
        assertThat(signIn(username, PASSWORD).status()).isEqualTo(429);

        jdbc.sql("UPDATE login_failure SET locked_until = now() - interval '1 second' WHERE username = :username")
                .param("username", username)
                .update();

        assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
    }

    private ApiClient.Response signIn(String user, String password) {
        return client.post(
                "/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}
