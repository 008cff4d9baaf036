package org.vietlao.linkage.matching;

import java.time.Instant;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * An expression of interest from one enterprise to a partner across the border, waiting for the partner's
 * answer until it expires.
 *
 * @param id its identifier
 * @param fromEnterpriseId who sent it
 * @param toEnterpriseId who answers it
 * @param message what the sender wrote, if anything
 * @param status as stored: the expiry job turns OPEN into EXPIRED some time after {@code expiresAt}
 * @param sentBy the user who sent it
 * @param sentAt when
 * @param expiresAt when it expires unanswered
 * @param answeredBy the user who answered, once answered
 * @param answeredAt when
 */
record Interest(
        long id,
        long fromEnterpriseId,
        long toEnterpriseId,
        String message,
        Status status,
        String sentBy,
        Instant sentAt,
        Instant expiresAt,
        String answeredBy,
        Instant answeredAt) {

    enum Status {
        OPEN,
        ACCEPTED,
        DECLINED,
        EXPIRED,
        WITHDRAWN
    }

    /** The status at {@code now}: an open interest past its expiry is expired, whether the job ran or not. */
    Status statusAt(Instant now) {
        return status == Status.OPEN && isDue(now) ? Status.EXPIRED : status;
    }

    boolean isDue(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Seen by its sender's and receiver's users and by those who oversee every enterprise. */
    boolean isVisibleTo(Actor actor) {
        return actor.overseesEveryEnterprise() || actor.actsFor(fromEnterpriseId) || actor.actsFor(toEnterpriseId);
    }

    /** Answered only by a user of the receiving enterprise. */
    boolean mayBeAnsweredBy(Actor actor) {
        return actor.actsFor(toEnterpriseId);
    }

    /** Accepted by {@code user} at {@code now}; fails with MAT-006 once expired and MAT-007 once closed. */
    Interest accept(String user, Instant now) {
        return answer(Status.ACCEPTED, user, now);
    }

    /** Declined by {@code user} at {@code now}; the same rules as {@link #accept}. */
    Interest decline(String user, Instant now) {
        return answer(Status.DECLINED, user, now);
    }

    private Interest answer(Status answer, String user, Instant now) {
        if (statusAt(now) == Status.EXPIRED) {
            throw new BusinessException(ErrorCode.MAT_006, String.valueOf(id));
        }
        if (status != Status.OPEN) {
            throw new BusinessException(ErrorCode.MAT_007, String.valueOf(id));
        }
        return new Interest(
                id, fromEnterpriseId, toEnterpriseId, message, answer, sentBy, sentAt, expiresAt, user, now);
    }
}
