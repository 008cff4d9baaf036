package org.vietlao.linkage.matching;

import java.time.Instant;

/**
 * Where an expression of interest between an enterprise and a suggested partner stands, as the matches page
 * shows it next to the partner: nothing yet, sent and waiting, received and waiting for this side's answer,
 * accepted, declined, expired or withdrawn. A new interest may be sent only when none waits and the two are not
 * linked yet (the rules of {@link ExpressionsOfInterest#send}).
 *
 * @param status the status now ({@code null}: no interest between the two yet)
 * @param sentByThisSide whether the enterprise on the page sent it
 * @param interestId the interest, {@code null} without one
 * @param expiresAt when an open one expires unanswered
 * @param canSend whether the page offers to send (again)
 */
record InterestState(
        Interest.Status status, boolean sentByThisSide, Long interestId, Instant expiresAt, boolean canSend) {

    static InterestState of(Interest latest, long enterpriseId, Instant now, boolean actsForEnterprise) {
        if (latest == null) {
            return new InterestState(null, false, null, null, actsForEnterprise);
        }
        Interest.Status status = latest.statusAt(now);
        boolean open = status == Interest.Status.OPEN || status == Interest.Status.ACCEPTED;
        return new InterestState(
                status,
                latest.fromEnterpriseId() == enterpriseId,
                latest.id(),
                latest.expiresAt(),
                actsForEnterprise && !open);
    }

    /** The message key of the state line: {@code matching.interestState.<status>.<sent|received>}. */
    public String messageKey() {
        return status == null
                ? null
                : "matching.interestState." + status.name() + (sentByThisSide ? ".sent" : ".received");
    }
}
