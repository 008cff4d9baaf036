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
 * Slows password guessing without letting anyone lock anyone else out. Failures are counted per client address
 * and username together: after {@code max-failed-logins} of them that pair waits {@code first-delay} before it
 * may try again, and every further failure doubles the wait up to {@code lockout}. A coarser count per client
 * address over every name tried ({@code max-failed-logins-per-address}) stops one address from spraying many
 * names. Someone guessing at an account from one address never blocks its owner signing in from another. A
 * count starts again once {@code failure-window} has passed since its last failure; a successful sign-in clears
 * the pair's count (not the address's). Kept in PostgreSQL so that every instance sees the same counts.
 */
@Component
class LoginThrottle {

    /** The username of the per-address row. */
    static final String ANY_NAME = "";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${linkage.security.max-failed-logins}") int maxFailures,
            @Value("${linkage.security.max-failed-logins-per-address:50}") int maxAddressFailures,
            @Value("${linkage.security.first-delay:30s}") Duration firstDelay,
            @Value("${linkage.security.lockout}") Duration longestDelay,
            @Value("${linkage.security.failure-window:1h}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
        this.window = window;
    }

    /** The instant until which this address may not try this name (or any name), if it is blocked now. */
    Optional<Instant> blockedUntil(String address, String username) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
				SELECT max(blocked_until) FROM sign_in_throttle
				WHERE client_address = :address AND username IN (:name, :any) AND blocked_until > :now""")
                .param("address", address)
                .param("name", key(username))
                .param("any", ANY_NAME)
                .param("now", now)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String address, String username) {
        count(address, key(username), maxFailures);
        count(address, ANY_NAME, maxAddressFailures);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String address, String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE client_address = :address AND username = :name")
                .param("address", address)
                .param("name", key(username))
                .update();
    }

    /**
     * How long to wait after the given number of failures: nothing before {@code allowed}, then
     * {@code first-delay} doubling with each further failure, never more than {@code lockout}.
     */
    Duration delayAfter(int failures, int allowed) {
        if (failures < allowed) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - allowed, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private void count(String address, String name, int allowed) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
				INSERT INTO sign_in_throttle (client_address, username, failures, last_failed)
				VALUES (:address, :name, 1, :now)
				ON CONFLICT (client_address, username) DO UPDATE SET
				  failures = CASE WHEN sign_in_throttle.last_failed < :windowStart THEN 1
				                  ELSE sign_in_throttle.failures + 1 END,
				  last_failed = :now
				RETURNING failures""")
                .param("address", address)
                .param("name", name)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .query(Integer.class)
                .single();
        Duration delay = delayAfter(failures, allowed);
        if (!delay.isZero()) {
            jdbc.sql(
                            "UPDATE sign_in_throttle SET blocked_until = :until WHERE client_address = :address AND username = :name")
                    .param("until", Timestamp.from(now.plus(delay)))
                    .param("address", address)
                    .param("name", name)
                    .update();
        }
    }

    /** Names compare without case or surrounding space; control characters cannot reach the database. */
    static String key(String username) {
        return SignInNames.printable(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }
}
