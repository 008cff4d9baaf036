package org.vietlao.linkage.pilot.mcda;

/**
 * How several evaluators' judgements become one set of priorities (Forman and Peniwati 1998, "Aggregating
 * individual judgments and priorities with the analytic hierarchy process", EJOR 108(1), 165–169).
 */
public enum GroupMethod {
    /** Aggregation of individual judgements: the weighted geometric mean of each cell, then its eigenvector. */
    AIJ,
    /** Aggregation of individual priorities: the weighted geometric mean of each evaluator's priorities, normalised. */
    AIP
}
