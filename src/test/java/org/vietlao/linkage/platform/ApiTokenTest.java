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

    @Autowired
    VerifiedTokens verifiedTokens;

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

        long heard = verifiedTokens.generation();
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(token))
                .update();
        awaitChangeHeardSince(heard);

        ApiClient.Response after = withToken(token, ProbeController.ADMIN_ONLY);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("code").asText()).isEqualTo("AUT-005");
    }

    @Test
    void aVerifiedTokenIsCachedAndTheCacheForgetsItOnRevocationBeforeTheRevokingCallAnswers()
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!verifiedTokens.listening() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(verifiedTokens.listening()).as("the listener is connected").isTrue();
        String token = signIn(username, PASSWORD).json().path("token").asText();
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status()).isEqualTo(403);
        assertThat(verifiedTokens.size()).as("cached").isPositive();

        long before = verifiedTokens.generation();
        assertThat(client.send(client.builder(TOKEN, null)
                                .header("Authorization", "Bearer " + token)
                                .DELETE()
                                .build())
                        .status())
                .isEqualTo(204);
        assertThat(verifiedTokens.generation()).as("forgotten after the commit").isGreaterThan(before);
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsCachedTokenIsRefusedOnceTheChangeIsHeard() {
        String token = signIn(username, PASSWORD).json().path("token").asText();
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status()).isEqualTo(403);

        long heard = verifiedTokens.generation();
        users.disable(username);
        awaitChangeHeardSince(heard);

        ApiClient.Response after = withToken(token, ProbeController.ADMIN_ONLY);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("code").asText()).isEqualTo("AUT-005");
    }

    @Test
    void aRoleGrantedOrTakenTakesEffectOnTheCachedToken() {
        String token = signIn(username, PASSWORD).json().path("token").asText();
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status()).isEqualTo(403);

        long heard = verifiedTokens.generation();
        jdbc.sql("INSERT INTO user_role (user_id, role) SELECT id, 'ADMIN' FROM app_user WHERE username = :u")
                .param("u", username)
                .update();
        awaitChangeHeardSince(heard);
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status())
                .as("granted")
                .isEqualTo(200);

        heard = verifiedTokens.generation();
        jdbc.sql(
                        "DELETE FROM user_role WHERE role = 'ADMIN' AND user_id = (SELECT id FROM app_user WHERE username = :u)")
                .param("u", username)
                .update();
        awaitChangeHeardSince(heard);
        assertThat(withToken(token, ProbeController.ADMIN_ONLY).status())
                .as("taken")
                .isEqualTo(403);
    }

    @Test
    void anEnterpriseOwnerChangeAnywhereIsHeard() {
        Long enterprise =
                jdbc.sql("SELECT min(id) FROM enterprise").query(Long.class).single();
        long heard = verifiedTokens.generation();
        // What another instance's change of owner looks like here: the row written, nothing published in this JVM.
        jdbc.sql("UPDATE enterprise SET owner_organisation_id = owner_organisation_id WHERE id = :id")
                .param("id", enterprise)
                .update();
        awaitChangeHeardSince(heard);
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

    /**
     * Waits until this instance has heard (PostgreSQL NOTIFY, V173) of a change made straight in the database, as
     * another instance's change would reach it; the next call must then see the change.
     */
    private void awaitChangeHeardSince(long generation) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (verifiedTokens.generation() == generation) {
            assertThat(System.nanoTime()).as("the change was heard within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
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
