package org.vietlao.linkage.pilot;

/**
 * DRAFT: the owner shapes criteria, candidates and evaluators. OPEN: the structure is fixed and evaluators
 * judge. CLOSED: the result is frozen and nothing changes any more.
 */
enum EvaluationState {
    DRAFT,
    OPEN,
    CLOSED
}
