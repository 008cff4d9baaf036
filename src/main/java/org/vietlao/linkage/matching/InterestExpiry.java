package org.vietlao.linkage.matching;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the expressions of interest nobody answered in time. With several instances one of them does it each
 * round: the scheduled run takes the {@code matching.interest-expiry} lock (ShedLock, table {@code shedlock})
 * for one interval and the others skip; answering an overdue interest is refused anyway, whether the job has
 * run or not.
 */
@Component
class InterestExpiry {

    private static final Logger log = LoggerFactory.getLogger(InterestExpiry.class);

    /** The name of this job's row in the {@code shedlock} table. */
    static final String LOCK_NAME = "matching.interest-expiry";

    private final ExpressionsOfInterest interests;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InterestExpiry(ExpressionsOfInterest interests, PlatformTransactionManager transactions, Clock clock) {
        this.interests = interests;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${linkage.matching.expiry-check:15m}", initialDelayString = "1m")
    @SchedulerLock(
            name = LOCK_NAME,
            lockAtLeastFor = "${linkage.matching.expiry-check:15m}",
            lockAtMostFor = "${linkage.matching.expiry-check:15m}")
    void scheduled() {
        run();
    }

    /** Closes the overdue interests now, without the lock; returns how many. */
    int run() {
        Integer expired = transaction.execute(status -> interests.expireOverdue(clock.instant()));
        if (expired != null && expired > 0) {
            log.info("Expired {} unanswered expressions of interest", expired);
        }
        return expired == null ? 0 : expired;
    }
}
