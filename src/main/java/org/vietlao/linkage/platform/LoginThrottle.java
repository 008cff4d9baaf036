package org.vietlao.linkage.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after {@code max-failed-logins} failures within the lockout window, the account
 * refuses every sign-in (right or wrong password) until the window has passed. Kept in PostgreSQL so that
 * every instance sees the same count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${linkage.security.max-failed-logins}") int maxFailures,
            @Value("${linkage.security.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** The instant until which the account is locked, if it is locked now. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_failure WHERE username = :u")
                .param("u", key(username))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(lockout);
        jdbc.sql("""
				INSERT INTO login_failure (username, failures, first_failed) VALUES (:u, 1, :now)
				ON CONFLICT (username) DO UPDATE SET
				  failures = CASE WHEN login_failure.first_failed < :windowStart THEN 1 ELSE login_failure.failures + 1 END,
				  first_failed = CASE WHEN login_failure.first_failed < :windowStart THEN :now ELSE login_failure.first_failed END""")
                .param("u", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(windowStart))
                .update();
        jdbc.sql("UPDATE login_failure SET locked_until = :until WHERE username = :u AND failures >= :max")
                .param("until", Timestamp.from(now.plus(lockout)))
                .param("u", key(username))
                .param("max", maxFailures)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :u")
                .param("u", key(username))
                .update();
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }
}
