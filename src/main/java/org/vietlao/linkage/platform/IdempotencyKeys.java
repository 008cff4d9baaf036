package org.vietlao.linkage.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;

/**
 * {@link IdempotentRequests} on the table {@code idempotency_key}: one row per user and key with the SHA-256 of
 * the request and the answer given, written in the transaction of the operation.
 *
 * <p>How the once-only rule holds: the row is inserted ({@code ON CONFLICT DO NOTHING}) <em>before</em> the
 * operation runs, in its transaction. A second request with the same key meanwhile blocks on that insert (the
 * primary key's index entry is held by the first, uncommitted transaction) until the first commits, then
 * inserts nothing and reads the stored answer; if the first rolled back, the second's insert succeeds and it
 * runs the operation itself. A crash before the commit leaves neither the import nor the key.
 */
@Component
class IdempotencyKeys implements IdempotentRequests {

    /** Visible ASCII, as the IETF draft on the header recommends keys to be (a UUID fits easily). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ObjectMapper json,
            Clock clock,
            @Value("${linkage.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public <T> Answer<T> once(Request request, Class<T> answerType, int status, Supplier<T> operation) {
        if (request.key() == null) {
            return new Answer<>(transaction.execute(tx -> operation.get()), status, false);
        }
        if (!KEY.matcher(request.key()).matches()) {
            throw BusinessException.onField(ErrorCode.IDM_002, HEADER);
        }
        String user = request.actor().username();
        String hash = fingerprint(request);
        return transaction.execute(tx -> {
            Instant now = clock.instant();
            jdbc.sql(
                            "DELETE FROM idempotency_key WHERE username = :user AND idempotency_key = :key AND expires_at < :now")
                    .param("user", user)
                    .param("key", request.key())
                    .param("now", Timestamp.from(now))
                    .update();
            int claimed = jdbc.sql("""
					INSERT INTO idempotency_key (username, idempotency_key, operation, request_hash, created_at, expires_at)
					VALUES (:user, :key, :operation, :hash, :now, :expires)
					ON CONFLICT (username, idempotency_key) DO NOTHING""")
                    .param("user", user)
                    .param("key", request.key())
                    .param("operation", request.operation())
                    .param("hash", hash)
                    .param("now", Timestamp.from(now))
                    .param("expires", Timestamp.from(now.plus(retention)))
                    .update();
            if (claimed == 0) {
                return replay(user, request.key(), hash, answerType);
            }
            T answer = operation.get();
            jdbc.sql("""
					UPDATE idempotency_key SET response_status = :status, response_body = :body
					WHERE username = :user AND idempotency_key = :key""")
                    .param("status", status)
                    .param("body", write(answer))
                    .param("user", user)
                    .param("key", request.key())
                    .update();
            return new Answer<>(answer, status, false);
        });
    }

    /** Keys past their retention go; idempotent, so several instances may run it at once. */
    @Scheduled(fixedDelayString = "${linkage.idempotency.cleanup-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(
            name = "platform.idempotency-keys",
            lockAtLeastFor = "${linkage.idempotency.cleanup-interval:PT1H}",
            lockAtMostFor = "${linkage.idempotency.cleanup-interval:PT1H}")
    void removeExpired() {
        jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private <T> Answer<T> replay(String user, String key, String hash, Class<T> answerType) {
        Stored stored = jdbc.sql("""
				SELECT request_hash, response_status, response_body FROM idempotency_key
				WHERE username = :user AND idempotency_key = :key""")
                .param("user", user)
                .param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional()
                // Only a key that expired and was removed between our insert and this read: rare, say so.
                .orElseThrow(() -> new BusinessException(ErrorCode.PLT_009));
        if (!stored.requestHash().equals(hash)) {
            throw BusinessException.onField(ErrorCode.IDM_001, HEADER);
        }
        try {
            return new Answer<>(json.readValue(stored.body(), answerType), stored.status(), true);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a stored answer no longer reads as " + answerType.getSimpleName(), ex);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an answer must be serialisable to be kept", ex);
        }
    }

    /** SHA-256 of the operation's name and the payload: another operation or payload is another request. */
    static String fingerprint(Request request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.operation().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(request.payload() == null ? new byte[0] : request.payload());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    private record Stored(String requestHash, int status, String body) {}
}
