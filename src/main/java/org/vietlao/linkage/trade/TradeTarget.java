package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * A target the two governments set: a growth band for some years ("10–15 % in 2025") or a level of turnover,
 * with or without a year ("USD 5 billion in 2–3 years"), with who set it and where it was published.
 */
record TradeTarget(
        long id,
        String code,
        Kind kind,
        BigDecimal growthMinPct,
        BigDecimal growthMaxPct,
        Integer appliesFromYear,
        Integer appliesToYear,
        BigDecimal levelUsd,
        BigDecimal levelHighUsd,
        Integer targetYear,
        String decidedOn,
        String decidedBy,
        String publisher,
        String url,
        String statement,
        LocalizedText title) {

    enum Kind {
        GROWTH,
        LEVEL
    }

    /** Whether the growth band covers {@code year}. */
    boolean coversYear(int year) {
        return kind == Kind.GROWTH && year >= appliesFromYear && (appliesToYear == null || year <= appliesToYear);
    }
}
