package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/** How a country × product value is stored (V204): exact US cents in a {@code bigint}. */
final class WorldCells {

    /** The largest total stored, USD 9 × 10^16: its cents still fit a {@code bigint} (9.22 × 10^18). */
    static final double MAX_USD = 9e16;

    private WorldCells() {}

    /** {@code usd} rounded to the cent; a total above {@link #MAX_USD} is refused (TRD-010), never wrapped. */
    static long cents(double usd) {
        if (!(usd <= MAX_USD)) {
            throw BusinessException.onField(
                    ErrorCode.TRD_010, "v", BigDecimal.valueOf(usd).toPlainString());
        }
        return Math.round(usd * 100);
    }
}
