package org.vietlao.linkage.zone;

/** From which year a tax holiday (exemption, then reduction) is counted. */
enum HolidayStart {
    /** Year 1 of operation, profit or not. */
    FIRST_YEAR_OF_OPERATION,
    /** The first year with a taxable profit. */
    FIRST_PROFIT_YEAR,
    /**
     * The first year with a taxable profit, but no later than the fourth year with revenue (Viet Nam, Decree
     * 218/2013/ND-CP Art. 16).
     */
    FIRST_PROFIT_MAX_4TH_REVENUE_YEAR
}
