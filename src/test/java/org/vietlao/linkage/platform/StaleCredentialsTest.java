package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class StaleCredentialsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaleCredentials staleCredentials;

    @Test
    void removesLongExpiredTokensAndPassedLockoutsButKeepsCurrentOnes() {
        long user = jdbc.sql("SELECT id FROM app_user WHERE username = 'ministry'")
                .query(Long.class)
                .single();
        Instant now = Instant.now();
        insertToken("a".repeat(64), user, now.minus(30, ChronoUnit.DAYS), now.minus(20, ChronoUnit.DAYS));
        insertToken("b".repeat(64), user, now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.HOURS));
        jdbc.sql(
                        "INSERT INTO sign_in_throttle (client_address, username, failures, last_failed, blocked_until) "
                                + "VALUES ('192.0.2.9', 'stale-guess', 5, :old, :oldLock), ('192.0.2.9', 'fresh-guess', 2, :now, NULL)")
                .param("old", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
                .param("oldLock", Timestamp.from(now.minus(2, ChronoUnit.DAYS).plus(15, ChronoUnit.MINUTES)))
                .param("now", Timestamp.from(now))
                .update();

        staleCredentials.removeStale();

        assertThat(count("SELECT count(*) FROM api_token WHERE token_hash = :h", "a".repeat(64)))
                .isZero();
        assertThat(count("SELECT count(*) FROM api_token WHERE token_hash = :h", "b".repeat(64)))
                .isOne();
        assertThat(count("SELECT count(*) FROM sign_in_throttle WHERE username = :h", "stale-guess"))
                .isZero();
        assertThat(count("SELECT count(*) FROM sign_in_throttle WHERE username = :h", "fresh-guess"))
                .isOne();
        jdbc.sql("DELETE FROM api_token WHERE token_hash = :h")
                .param("h", "b".repeat(64))
                .update();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = 'fresh-guess'").update();
    }

    @Test
    void skipsTheRoundWhileAnotherInstanceHoldsTheLock() {
        long user = jdbc.sql("SELECT id FROM app_user WHERE username = 'ministry'")
                .query(Long.class)
                .single();
        Instant now = Instant.now();
        insertToken("c".repeat(64), user, now.minus(30, ChronoUnit.DAYS), now.minus(20, ChronoUnit.DAYS));
        lockHeldBy("another-instance", "1 hour");

        staleCredentials.scheduled();
        assertThat(count("SELECT count(*) FROM api_token WHERE token_hash = :h", "c".repeat(64)))
                .as("another instance holds the job's lock")
                .isOne();

        lockHeldBy("nobody", "-1 second");
        staleCredentials.scheduled();
        assertThat(count("SELECT count(*) FROM api_token WHERE token_hash = :h", "c".repeat(64)))
                .isZero();
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'platform.stale-credentials'")
                        .query(String.class)
                        .single())
                .as("this instance took the lock")
                .isNotIn("another-instance", "nobody");
    }

    /** Writes the job's lock row as another instance would (ShedLock updates the row once it exists). */
    private void lockHeldBy(String instance, String forHowLong) {
        jdbc.sql("""
				INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
				VALUES ('platform.stale-credentials', timezone('utc', now()) + CAST(:span AS INTERVAL),
				        timezone('utc', now()), :by)
				ON CONFLICT (name) DO UPDATE SET lock_until = excluded.lock_until, locked_at = excluded.locked_at,
				                                 locked_by = excluded.locked_by""").param("span", forHowLong).param("by", instance).update();
    }

    private void insertToken(String hash, long user, Instant issued, Instant expires) {
        jdbc.sql("INSERT INTO api_token (token_hash, user_id, issued_at, expires_at) VALUES (:h, :u, :i, :e)")
                .param("h", hash)
                .param("u", user)
                .param("i", Timestamp.from(issued))
                .param("e", Timestamp.from(expires))
                .update();
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("h", value).query(Long.class).single();
    }
}
