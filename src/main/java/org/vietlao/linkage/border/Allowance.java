package org.vietlao.linkage.border;

import java.math.BigDecimal;

/**
 * The border residents' allowance (Decision 52/2015/QD-TTg): goods on the permitted list bought by a resident of a
 * border commune are tax-free up to a daily cap (VND 2,000,000) on at most a number of days a month (4); value
 * above the cap is taxable. "Days" is read as calendar days on which part of the allowance was used (decision
 * 0027: the sources do not say whether "4 times" means days or trips). Pure, so the ledger can be checked by hand.
 */
final class Allowance {

    private Allowance() {}

    enum Reason {
        MONTHLY_LIMIT_REACHED,
        NOT_BORDER_RESIDENT,
        GOODS_NOT_ON_LIST,
        DAILY_LIMIT_EXCEEDED
    }

    /** The split of one purchase; {@code reason} says why any part is taxable ({@code null}: all exempt). */
    record Split(BigDecimal exemptVnd, BigDecimal taxableVnd, Reason reason) {}

    /**
     * @param borderResident whether the buyer normally resides in a border commune
     * @param onList whether every item is on the permitted list
     * @param value the purchase's value in VND
     * @param cap the daily cap in force on the purchase date
     * @param daysAllowed the days a month in force on the purchase date
     * @param exemptUsedThatDay exemption already used by the resident that day
     * @param otherDaysUsedInMonth other days of that month on which the resident used the allowance
     */
    static Split split(
            boolean borderResident,
            boolean onList,
            BigDecimal value,
            BigDecimal cap,
            int daysAllowed,
            BigDecimal exemptUsedThatDay,
            int otherDaysUsedInMonth) {
        if (!borderResident) {
            return new Split(BigDecimal.ZERO, value, Reason.NOT_BORDER_RESIDENT);
        }
        if (!onList) {
            return new Split(BigDecimal.ZERO, value, Reason.GOODS_NOT_ON_LIST);
        }
        boolean dayAlreadyCounted = exemptUsedThatDay.signum() > 0;
        if (!dayAlreadyCounted && otherDaysUsedInMonth >= daysAllowed) {
            return new Split(BigDecimal.ZERO, value, Reason.MONTHLY_LIMIT_REACHED);
        }
        BigDecimal remaining = cap.subtract(exemptUsedThatDay).max(BigDecimal.ZERO);
        BigDecimal exempt = value.min(remaining);
        BigDecimal taxable = value.subtract(exempt);
        return new Split(exempt, taxable, taxable.signum() > 0 ? Reason.DAILY_LIMIT_EXCEEDED : null);
    }
}
