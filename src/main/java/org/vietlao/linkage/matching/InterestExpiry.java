package org.vietlao.linkage.matching;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the expressions of interest nobody answered in time. With several instances, a PostgreSQL advisory
 * lock held for the job's transaction lets one of them do it and the others skip the round; answering an
 * overdue interest is refused anyway, whether the job has run or not.
 */
@Component
class InterestExpiry {

    private static final Logger log = LoggerFactory.getLogger(InterestExpiry.class);

    /** The advisory-lock key of this job: the platform's job locks are numbers, this one spells "MATEXP". */
    static final long LOCK_KEY = 0x4D41_5445_5850L;

    private final Interests interests;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InterestExpiry(Interests interests, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.interests = interests;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${linkage.matching.expiry-check:15m}", initialDelayString = "1m")
    void scheduled() {
        run();
    }

    /** Returns how many interests it expired, or -1 when another instance holds the lock. */
    int run() {
        Integer expired = transaction.execute(status -> {
            boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
                    .param("key", LOCK_KEY)
                    .query(Boolean.class)
                    .single();
            return locked ? interests.expireOverdue(clock.instant()) : -1;
        });
        if (expired != null && expired > 0) {
            log.info("Expired {} unanswered expressions of interest", expired);
        }
        return expired == null ? 0 : expired;
    }
}
