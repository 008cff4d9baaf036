package org.vietlao.linkage.border;

/**
 * The risk channel (ASYCUDA selectivity lane) a registered declaration is assigned, least to most severe.
 */
enum Channel {
    /** Released without checks. */
    GREEN,
    /** Released, then a post-clearance audit; where an untouched YELLOW is re-routed. */
    BLUE,
    /** Document check before release. */
    YELLOW,
    /** Physical examination before release. */
    RED;

    boolean needsInspection() {
        return this == YELLOW || this == RED;
    }

    boolean moreSevereThan(Channel other) {
        return other == null || ordinal() > other.ordinal();
    }
}
