package org.vietlao.linkage.casework;

import java.util.Set;

/** What a party does to a case; each action is allowed from some statuses and to one party. */
enum Action {
    START_REVIEW(Set.of(CaseStatus.SUBMITTED), CaseStatus.IN_REVIEW, Party.COORDINATOR, false),
    RETURN(Set.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW), CaseStatus.RETURNED, Party.COORDINATOR, true),
    RESUBMIT(Set.of(CaseStatus.RETURNED), CaseStatus.SUBMITTED, Party.FILER, true),
    REJECT(Set.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW), CaseStatus.REJECTED, Party.COORDINATOR, true),
    ACCEPT(Set.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW), CaseStatus.ACCEPTED, Party.COORDINATOR, false),
    ROUTE(Set.of(CaseStatus.ACCEPTED, CaseStatus.ANSWER_NOT_ACCEPTED), CaseStatus.WITH_BODY, Party.COORDINATOR, false),
    ANSWER(Set.of(CaseStatus.WITH_BODY), CaseStatus.ANSWER_PROPOSED, Party.BODY, false),
    ACCEPT_ANSWER(Set.of(CaseStatus.ANSWER_PROPOSED), CaseStatus.ANSWER_ACCEPTED, Party.FILER, false),
    REFUSE_ANSWER(Set.of(CaseStatus.ANSWER_PROPOSED), CaseStatus.ANSWER_NOT_ACCEPTED, Party.FILER, true),
    CLOSE(
            Set.of(CaseStatus.ANSWER_ACCEPTED, CaseStatus.ANSWER_NOT_ACCEPTED),
            CaseStatus.CLOSED,
            Party.COORDINATOR,
            false),
    /** To the ministries' yearly compilation, at any point after acceptance; the status does not change. */
    ESCALATE(CaseStatus.AFTER_ACCEPTANCE, null, Party.COORDINATOR_OR_MINISTRY, true);

    /**
     * Which country's coordinators take a coordinator's step (decision 0075): the filer's home country reviews
     * admissibility and closes, the country where the obstacle arose routes; {@code null}: either country's.
     */
    String coordinatorCountry(Case c) {
        return switch (this) {
            case START_REVIEW, RETURN, REJECT, ACCEPT, CLOSE -> c.homeCountry();
            case ROUTE -> c.country();
            default -> null;
        };
    }

    /** Who takes an action. */
    enum Party {
        FILER,
        COORDINATOR,
        COORDINATOR_OR_MINISTRY,
        BODY
    }

    final Set<CaseStatus> from;
    /** The status after the action; {@code null}: unchanged. */
    final CaseStatus to;

    final Party party;
    final boolean needsReason;

    Action(Set<CaseStatus> from, CaseStatus to, Party party, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.party = party;
        this.needsReason = needsReason;
    }
}
