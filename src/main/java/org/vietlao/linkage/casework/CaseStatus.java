package org.vietlao.linkage.casework;

import java.util.Set;

/**
 * Where a case stands (issue 15): submitted → in admissibility review → returned for completion, rejected or
 * accepted → with the competent body → answer proposed → accepted or not accepted by the filer → closed.
 */
public enum CaseStatus {
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    REJECTED,
    ACCEPTED,
    WITH_BODY,
    ANSWER_PROPOSED,
    ANSWER_ACCEPTED,
    ANSWER_NOT_ACCEPTED,
    CLOSED;

    /** The statuses a case reaches only after it was accepted: it may be escalated to the compilation there. */
    static final Set<CaseStatus> AFTER_ACCEPTANCE =
            Set.of(ACCEPTED, WITH_BODY, ANSWER_PROPOSED, ANSWER_ACCEPTED, ANSWER_NOT_ACCEPTED, CLOSED);

    /** Rejected and closed cases take no more steps. */
    boolean isFinal() {
        return this == REJECTED || this == CLOSED;
    }
}
