package org.vietlao.linkage.casework;

/** What an obstacle or proposal is about; the routing table proposes a body per country and topic. */
public enum Topic {
    CUSTOMS,
    TARIFFS_ORIGIN,
    TRANSPORT,
    PAYMENTS,
    INVESTMENT,
    STANDARDS_SPS,
    ENERGY,
    OTHER
}
