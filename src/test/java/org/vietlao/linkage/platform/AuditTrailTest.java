package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.Role;

/**
 * Every change is written to the audit log with who, when, what and how, in the change's own transaction.
 */
@IntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    @Test
    void issuingATokenIsAuditedWithWhoWhenAndWhat() throws Exception {
        String username = users.create("audited", "pass-word", Role.ENTERPRISE);
        Instant before = Instant.now().minusSeconds(1);

        var issued = new ApiClient(port)
                .post("/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"pass-word\"}");
        assertThat(issued.status()).isEqualTo(200);

        long tokenId =
                jdbc.sql("""
				SELECT t.id FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :username""").param("username", username).query(Long.class).single();
        var row = jdbc.sql("""
				SELECT actor, occurred_at, action, changes::text AS changes FROM audit_event
				WHERE entity_type = 'api_token' AND entity_id = :id""")
                .param("id", String.valueOf(tokenId))
                .query((rs, n) -> Map.of(
                        "actor",
                        rs.getString("actor"),
                        "at",
                        rs.getTimestamp("occurred_at"),
                        "action",
                        rs.getString("action"),
                        "changes",
                        rs.getString("changes")))
                .single();
        assertThat(row.get("actor")).as("the person who signed in").isEqualTo(username);
        assertThat(((Timestamp) row.get("at")).toInstant())
                .isBetween(before, Instant.now().plusSeconds(1));
        assertThat(row.get("action")).isEqualTo("CREATED");
        JsonNode changes = json.readTree((String) row.get("changes"));
        assertThat(changes.path("user").asText()).isEqualTo(username);
        assertThat(changes.path("expiresAt").asText())
                .isEqualTo(issued.json().path("expiresAt").asText());
    }

    @Test
    void revokingATokenIsAuditedAsTheTokensOwner() {
        String username = users.create("revoker", "pass-word", Role.ANALYST);
        ApiClient client = new ApiClient(port);
        String token = client.post(
                        "/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"pass-word\"}")
                .json()
                .path("token")
                .asText();

        client.send(client.builder("/api/v1/auth/token", null)
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());

        assertThat(jdbc.sql("""
				SELECT actor FROM audit_event WHERE entity_type = 'api_token' AND action = 'UPDATED'
				AND entity_id = (SELECT id::text FROM api_token WHERE token_hash = :hash)""")
                        .param("hash", ApiTokens.hash(token))
                        .query(String.class)
                        .list())
                .containsExactly(username);
    }

    @Test
    void aChangeThatRollsBackLeavesNoAuditRow() {
        String committed = "committed-" + UUID.randomUUID();
        String rolledBack = "rolled-back-" + UUID.randomUUID();

        transactions.executeWithoutResult(
                status -> events.publishEvent(EntityChanged.created("audit_probe", committed, Map.of("value", 1))));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(EntityChanged.created("audit_probe", rolledBack, Map.of("value", 2)));
            assertThat(countFor(rolledBack))
                    .as("written inside the transaction")
                    .isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(countFor(committed)).isEqualTo(1);
        assertThat(countFor(rolledBack)).isZero();
    }

    @Test
    void aChangeWithoutASignedInUserIsTheSystems() {
        String id = "system-" + UUID.randomUUID();

        events.publishEvent(EntityChanged.deleted("audit_probe", id));

        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE entity_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(AuditTrail.SYSTEM);
    }

    private long countFor(String entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .single();
    }
}
