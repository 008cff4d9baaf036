package org.vietlao.linkage.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SOLVIT's scoreboard rule for speed: green when at least 75 % of the deadlines were met, yellow from 55 % to
 * under 75 %, red under 55 %; grey when no deadline has fallen due yet.
 */
public enum TrafficLight {
    GREEN,
    YELLOW,
    RED,
    GREY;

    static final BigDecimal GREEN_FROM = new BigDecimal("0.75");
    static final BigDecimal YELLOW_FROM = new BigDecimal("0.55");

    /** The light for {@code onTime} deadlines met out of {@code due} deadlines that have fallen due. */
    static TrafficLight of(long onTime, long due) {
        if (due <= 0) {
            return GREY;
        }
        BigDecimal share = BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 6, RoundingMode.HALF_EVEN);
        if (share.compareTo(GREEN_FROM) >= 0) {
            return GREEN;
        }
        return share.compareTo(YELLOW_FROM) >= 0 ? YELLOW : RED;
    }
}
