package org.vietlao.linkage.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what can no longer authenticate anyone: tokens expired or revoked more than a week ago (kept that
 * long so that a recent revocation can still be looked into) and failed-sign-in counts whose window and lock
 * have both passed. With several instances one of them does it each round: the scheduled run takes the
 * {@code platform.stale-credentials} lock (ShedLock) for one interval, and the others skip.
 */
@Component
@EnableScheduling
class StaleCredentials {

    static final Duration TOKEN_RETENTION = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration failureWindow;

    StaleCredentials(
            JdbcClient jdbc, Clock clock, @Value("${linkage.security.failure-window:1h}") Duration failureWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failureWindow = failureWindow;
    }

    @Scheduled(fixedDelayString = "${linkage.security.cleanup-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(
            name = "platform.stale-credentials",
            lockAtLeastFor = "${linkage.security.cleanup-interval:PT1H}",
            lockAtMostFor = "${linkage.security.cleanup-interval:PT1H}")
    void scheduled() {
        removeStale();
    }

    @Transactional
    void removeStale() {
        Instant now = clock.instant();
        Timestamp tokenCutoff = Timestamp.from(now.minus(TOKEN_RETENTION));
        jdbc.sql("DELETE FROM api_token WHERE expires_at < :cutoff OR revoked_at < :cutoff")
                .param("cutoff", tokenCutoff)
                .update();
        jdbc.sql("""
				DELETE FROM sign_in_throttle
				WHERE last_failed < :windowStart AND (blocked_until IS NULL OR blocked_until < :now)""")
                .param("windowStart", Timestamp.from(now.minus(failureWindow)))
                .param("now", Timestamp.from(now))
                .update();
    }
}
