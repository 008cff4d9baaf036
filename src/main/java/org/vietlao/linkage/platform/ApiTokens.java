package org.vietlao.linkage.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * Bearer tokens for the API: random, expiring, revocable. Only a SHA-256 of a token is stored.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final ApplicationEventPublisher events;
    private final VerifiedTokens verified;

    ApiTokens(
            JdbcClient jdbc,
            Clock clock,
            @Value("${linkage.security.token-lifetime}") Duration lifetime,
            ApplicationEventPublisher events,
            VerifiedTokens verified) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
        this.events = events;
        this.verified = verified;
    }

    @Transactional
    IssuedToken issueFor(PlatformUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        long id = jdbc.sql("""
				INSERT INTO api_token (token_hash, user_id, issued_at, expires_at)
				VALUES (:hash, :user, :now, :expires) RETURNING id""")
                .param("hash", hash(token))
                .param("user", user.id())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
        events.publishEvent(EntityChanged.created(
                "api_token", id, Map.of("user", user.username(), "expiresAt", expiresAt.toString())));
        return new IssuedToken(token, expiresAt);
    }

    /** Now, by the clock that decides whether a token has expired. */
    Instant now() {
        return clock.instant();
    }

    @Transactional
    boolean revoke(long tokenId) {
        int changed = jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", tokenId)
                .update();
        if (changed > 0) {
            events.publishEvent(EntityChanged.updated("api_token", tokenId, "revoked", false, true));
            // The NOTIFY of V173 tells every instance; this one forgets at once, before the revoking call answers.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    verified.forgetAll();
                }
            });
        }
        return changed > 0;
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JVM", ex);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {}
}
