package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.Role;

/**
 * Bearer tokens: issued for a right password only, without telling whether the account exists; expiring and
 * revocable; kept only as a hash.
 */
@IntegrationTest
class ApiTokenTest {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    ApiClient client;
    String username;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
        username = users.create("token", PASSWORD, Role.ANALYST);
    }

    @Test
    void issuesAnExpiringTokenForTheRightPassword() {
        Instant before = Instant.now();
        ApiClient.Response response = signIn(username, PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        String token = response.json().path("token").asText();
        Instant expiresAt = Instant.parse(response.json().path("expiresAt").asText());
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(expiresAt)
                .isBetween(
                        before.plus(Duration.ofHours(8)).minusSeconds(5),
                        Instant.now().plus(Duration.ofHours(8)).plusSeconds(5));
        assertThat(withToken(token, "/actuator/info").status())
                .as("signed in, but not ADMIN")
                .isEqualTo(403);
    }

    @Test
    void refusesAWrongPassword() {
        ApiClient.Response response = signIn(username, "wrong");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("code").asText()).isEqualTo("AUT-003");
    }

    @Test
    void refusesAnUnknownUserExactlyLikeAWrongPassword() {
        ApiClient.Response unknown = signIn("nobody-" + username, "wrong");
        ApiClient.Response wrongPassword = signIn(username, "wrong");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("code").asText()).isEqualTo("AUT-003");
        assertThat(unknown.json().path("detail").asText())
                .isEqualTo(wrongPassword.json().path("detail").asText());
        assertThat(unknown.json().path("title").asText())
                .isEqualTo(wrongPassword.json().path("title").asText());
    }

    @Test
    void aDisabledAccountLooksLikeAWrongPasswordUnlessThePasswordIsRight() {
        users.disable(username);

        assertThat(signIn(username, "wrong").json().path("code").asText()).isEqualTo("AUT-003");
        ApiClient.Response rightPassword = signIn(username, PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.json().path("code").asText()).isEqualTo("AUT-006");
    }

    @Test
    void aRevokedTokenIsRefused() {
        String token = signIn(username, PASSWORD).json().path("token").asText();
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status())
                .as("accepted before")
                .isEqualTo(403);

        ApiClient.Response revoked = client.send(client.builder(TOKEN, null)
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());
        assertThat(revoked.status()).isEqualTo(204);

        ApiClient.Response after = withToken(token, ProbeController.ADMIN_ONLY);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.isProblem()).isTrue();
        assertThat(after.json().path("code").asText()).isEqualTo("AUT-005");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = signIn(username, PASSWORD).json().path("token").asText();
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status())
                .as("accepted before")
                .isEqualTo(403);

        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(token))
                .update();

        ApiClient.Response after = withToken(token, ProbeController.ADMIN_ONLY);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("code").asText()).isEqualTo("AUT-005");
    }

    @Test
    void anUnknownTokenIsRefused() {
        ApiClient.Response response = withToken("not-a-token-we-issued", ProbeController.ADMIN_ONLY);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("code").asText()).isEqualTo("AUT-005");
    }

    @Test
    void storesOnlyAHashOfTheToken() throws NoSuchAlgorithmException {
        String token = signIn(username, PASSWORD).json().path("token").asText();

        var stored =
                jdbc.sql("""
				SELECT t.token_hash FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :username""").param("username", username).query(String.class).list();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).matches("[0-9a-f]{64}").isNotEqualTo(token).doesNotContain(token);
        assertThat(stored.get(0)).isEqualTo(sha256Hex(token));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash LIKE :token")
                        .param("token", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ApiClient.Response signIn(String user, String password) {
        return client.post(TOKEN, null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    private ApiClient.Response withToken(String token, String path) {
        return client.send(client.builder(path, null)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    private static String sha256Hex(String text) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
