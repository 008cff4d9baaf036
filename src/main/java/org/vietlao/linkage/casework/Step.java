package org.vietlao.linkage.casework;

/**
 * A timed step of a case, with its deadline in working days (effective-dated, {@link Deadlines}) counted in the
 * calendar of the country whose party takes the step.
 */
public enum Step {
    /** The home contact point checks completeness and scope (ASSIST: 10 working days). */
    ADMISSIBILITY,
    /** The destination contact point confirms the competent body. */
    ROUTING,
    /** The competent body proposes an answer. */
    ANSWER,
    /** The filer accepts the answer or says why not. */
    FILER_REPLY
}
