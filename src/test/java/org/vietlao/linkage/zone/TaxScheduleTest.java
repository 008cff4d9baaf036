package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tax schedule on cases checked by hand. Viet Nam's economic-zone regime (Decree 218/2013/ND-CP Art. 15–16):
 * 10 % for 15 years, exempt for 4 years, then 50 % off for 9 years, the standard rate 20 %. On a constant profit P
 * over 15 years the tax is 0 for years 1–4, 5 % of P for years 5–13 and 10 % of P for years 14–15: 9 × 0.05 P +
 * 2 × 0.10 P = 0.65 P, against 15 × 0.20 P = 3 P at the standard rate; the holiday alone is worth 4 + 9 × 0.5 = 8.5
 * years of the preferential tax.
 */
class TaxScheduleTest {

    static final TaxSchedule.Terms VIET_NAM_ECONOMIC_ZONE = new TaxSchedule.Terms(
            BigDecimal.valueOf(20),
            BigDecimal.valueOf(10),
            15,
            4,
            9,
            BigDecimal.valueOf(50),
            HolidayStart.FIRST_PROFIT_MAX_4TH_REVENUE_YEAR);

    static final BigDecimal BILLION = new BigDecimal("1000000000");

    static List<BigDecimal> constant(BigDecimal value, int years) {
        return Collections.nCopies(years, value);
    }

    @Test
    void fourYearsExemptThenHalfForNineGivesThePublishedTotal() {
        TaxSchedule.Result result = TaxSchedule.compute(
                VIET_NAM_ECONOMIC_ZONE, constant(BILLION, 15), constant(BILLION, 15), BigDecimal.ZERO);

        assertThat(result.holidayStartYear()).isEqualTo(1);
        assertThat(result.totalTax()).isEqualByComparingTo("650000000");
        assertThat(result.totalStandardTax()).isEqualByComparingTo("3000000000");
        assertThat(result.totalSaved()).isEqualByComparingTo("2350000000");
        for (TaxSchedule.Year year : result.years()) {
            if (year.year() <= 4) {
                assertThat(year.relief()).isEqualTo(TaxSchedule.Relief.EXEMPT);
                assertThat(year.tax()).isEqualByComparingTo("0");
            } else if (year.year() <= 13) {
                assertThat(year.relief()).isEqualTo(TaxSchedule.Relief.REDUCED);
                assertThat(year.tax()).isEqualByComparingTo("50000000");
            } else {
                assertThat(year.relief()).isEqualTo(TaxSchedule.Relief.PREFERENTIAL);
                assertThat(year.tax()).isEqualByComparingTo("100000000");
            }
            assertThat(year.standardTax()).isEqualByComparingTo("200000000");
        }
        // At a zero discount rate the present values are the totals.
        assertThat(result.presentValueOfTax()).isEqualByComparingTo(result.totalTax());
        assertThat(result.presentValueSaved()).isEqualByComparingTo(result.totalSaved());
    }

    @Test
    void afterTheFifteenPreferentialYearsTheStandardRateApplies() {
        TaxSchedule.Result result = TaxSchedule.compute(
                VIET_NAM_ECONOMIC_ZONE, constant(BILLION, 16), constant(BILLION, 16), BigDecimal.ZERO);

        TaxSchedule.Year sixteenth = result.years().get(15);
        assertThat(sixteenth.relief()).isEqualTo(TaxSchedule.Relief.STANDARD);
        assertThat(sixteenth.tax()).isEqualByComparingTo("200000000");
        assertThat(sixteenth.saved()).isEqualByComparingTo("0");
        assertThat(result.totalTax()).isEqualByComparingTo("850000000");
    }

    @Test
    void theVietnameseHolidayStartsAtTheFirstProfitButNoLaterThanTheFourthYearOfRevenue() {
        BigDecimal loss = BigDecimal.valueOf(-5);
        BigDecimal profit = BigDecimal.valueOf(100);
        List<BigDecimal> revenue = constant(BigDecimal.valueOf(1000), 8);

        assertThat(TaxSchedule.holidayStart(
                        HolidayStart.FIRST_PROFIT_MAX_4TH_REVENUE_YEAR,
                        revenue,
                        List.of(loss, loss, profit, profit, profit, profit, profit, profit)))
                .isEqualTo(3);
        assertThat(TaxSchedule.holidayStart(
                        HolidayStart.FIRST_PROFIT_MAX_4TH_REVENUE_YEAR,
                        revenue,
                        List.of(loss, loss, loss, loss, loss, profit, profit, profit)))
                .isEqualTo(4);
        // No revenue in year 1: the fourth year of revenue is year 5.
        List<BigDecimal> lateRevenue = List.of(
                BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
        assertThat(TaxSchedule.holidayStart(
                        HolidayStart.FIRST_PROFIT_MAX_4TH_REVENUE_YEAR, lateRevenue, constant(loss, 6)))
                .isEqualTo(5);
        assertThat(TaxSchedule.holidayStart(HolidayStart.FIRST_PROFIT_YEAR, revenue, constant(loss, 8)))
                .isZero();
        assertThat(TaxSchedule.holidayStart(HolidayStart.FIRST_YEAR_OF_OPERATION, revenue, constant(loss, 8)))
                .isEqualTo(1);
    }

    @Test
    void aHolidayCountedFromTheFourthRevenueYearIsPartlySpentOnLosses() {
        BigDecimal loss = BigDecimal.valueOf(-100);
        BigDecimal profit = BigDecimal.valueOf(1000);
        List<BigDecimal> profits = List.of(loss, loss, loss, loss, loss, profit, profit, profit, profit);
        TaxSchedule.Result result = TaxSchedule.compute(
                VIET_NAM_ECONOMIC_ZONE, constant(BigDecimal.valueOf(5000), 9), profits, BigDecimal.ZERO);

        // Holiday from year 4: exempt years 4–7 (years 4 and 5 are losses), reduced from year 8.
        assertThat(result.holidayStartYear()).isEqualTo(4);
        assertThat(result.years().get(5).relief()).isEqualTo(TaxSchedule.Relief.EXEMPT);
        assertThat(result.years().get(7).relief()).isEqualTo(TaxSchedule.Relief.REDUCED);
        assertThat(result.years().get(7).tax()).isEqualByComparingTo("50.00");
        assertThat(result.years().get(0).relief()).isEqualTo(TaxSchedule.Relief.NO_PROFIT);
        assertThat(result.totalTax()).isEqualByComparingTo("100.00");
    }

    @Test
    void aSavanSenoHolidayStartsAtTheFirstProfitThenTheReducedRateStays() {
        TaxSchedule.Terms savanSeno = new TaxSchedule.Terms(
                BigDecimal.valueOf(20),
                BigDecimal.valueOf(10),
                null,
                2,
                0,
                BigDecimal.ZERO,
                HolidayStart.FIRST_PROFIT_YEAR);
        List<BigDecimal> profits = List.of(
                BigDecimal.valueOf(-50),
                BigDecimal.valueOf(100),
                BigDecimal.valueOf(100),
                BigDecimal.valueOf(100),
                BigDecimal.valueOf(100));
        TaxSchedule.Result result =
                TaxSchedule.compute(savanSeno, constant(BigDecimal.valueOf(500), 5), profits, BigDecimal.ZERO);

        assertThat(result.years())
                .extracting(TaxSchedule.Year::tax)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN);
        assertThat(result.totalSaved()).isEqualByComparingTo("60");
    }

    @Test
    void presentValuesDiscountEachYear() {
        TaxSchedule.Terms standardOnly = new TaxSchedule.Terms(
                BigDecimal.valueOf(20), null, null, 0, 0, BigDecimal.ZERO, HolidayStart.FIRST_YEAR_OF_OPERATION);
        TaxSchedule.Result result = TaxSchedule.compute(
                standardOnly,
                constant(BigDecimal.valueOf(500), 2),
                constant(BigDecimal.valueOf(100), 2),
                BigDecimal.TEN);

        // 20 / 1.1 + 20 / 1.21 = 18.1818… + 16.5289… = 34.71
        assertThat(result.presentValueOfTax()).isEqualByComparingTo("34.71");
        assertThat(result.presentValueSaved()).isEqualByComparingTo("0");
    }
}
