package org.vietlao.linkage.zone;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The corporate income tax an investor owes under one regime, year by year, against what the standard rate would
 * take: the holiday (exempt years, then reduced years at a share of the rate) counted from the year the regime's
 * rule says, the preferential rate for its years from year 1 (the first year of revenue), the standard rate after.
 * A year with a loss owes nothing; losses are not carried forward (an assumption the result prints). Amounts are
 * rounded to 2 decimals per year; the net present values discount year {@code t} by {@code (1 + r)^t}.
 */
final class TaxSchedule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxSchedule() {}

    /** What a year's tax rests on. */
    enum Relief {
        EXEMPT,
        REDUCED,
        PREFERENTIAL,
        STANDARD,
        NO_PROFIT
    }

    record Year(
            int year,
            BigDecimal revenue,
            BigDecimal profit,
            BigDecimal ratePercent,
            Relief relief,
            BigDecimal tax,
            BigDecimal standardTax,
            BigDecimal saved) {}

    record Result(
            List<Year> years,
            int holidayStartYear,
            BigDecimal totalTax,
            BigDecimal totalStandardTax,
            BigDecimal totalSaved,
            BigDecimal presentValueOfTax,
            BigDecimal presentValueSaved) {}

    /** The terms of a regime the schedule needs; {@code null} years or rates mean "none". */
    record Terms(
            BigDecimal standardRate,
            BigDecimal preferentialRate,
            Integer preferentialYears,
            int exemptYears,
            int reducedYears,
            BigDecimal reductionPercent,
            HolidayStart start) {

        static Terms of(Regimes.Regime regime) {
            BigDecimal standard = regime.amount(IncentiveTerm.CIT_STANDARD_RATE);
            BigDecimal preferentialYears = regime.amount(IncentiveTerm.CIT_PREFERENTIAL_YEARS);
            BigDecimal exempt = regime.amount(IncentiveTerm.CIT_EXEMPT_YEARS);
            BigDecimal reduced = regime.amount(IncentiveTerm.CIT_REDUCED_YEARS);
            HolidayStart start = regime.term(IncentiveTerm.CIT_HOLIDAY_START)
                    .map(Regimes.Term::rule)
                    .flatMap(rule -> {
                        try {
                            return java.util.Optional.of(HolidayStart.valueOf(rule));
                        } catch (IllegalArgumentException | NullPointerException ex) {
                            return java.util.Optional.empty();
                        }
                    })
                    .orElse(HolidayStart.FIRST_YEAR_OF_OPERATION);
            return new Terms(
                    standard == null ? BigDecimal.valueOf(20) : standard,
                    regime.amount(IncentiveTerm.CIT_PREFERENTIAL_RATE),
                    preferentialYears == null ? null : preferentialYears.intValue(),
                    exempt == null ? 0 : exempt.intValue(),
                    reduced == null ? 0 : reduced.intValue(),
                    regime.amount(IncentiveTerm.CIT_REDUCTION_PERCENT) == null
                            ? BigDecimal.ZERO
                            : regime.amount(IncentiveTerm.CIT_REDUCTION_PERCENT),
                    start);
        }

        /** The standard rate only: what an investor who does not meet the conditions pays. */
        Terms withoutIncentives() {
            return new Terms(standardRate, null, null, 0, 0, BigDecimal.ZERO, start);
        }
    }

    /**
     * @param revenues revenue of each year (year 1 first)
     * @param profits taxable profit of each year, the same count
     * @param discountRatePercent the discount rate, in per cent
     */
    static Result compute(
            Terms terms, List<BigDecimal> revenues, List<BigDecimal> profits, BigDecimal discountRatePercent) {
        int n = profits.size();
        int start = holidayStart(terms.start(), revenues, profits);
        BigDecimal standardShare = terms.standardRate().divide(HUNDRED, MathContext.DECIMAL64);
        BigDecimal discount = BigDecimal.ONE.add(discountRatePercent.divide(HUNDRED, MathContext.DECIMAL64));
        List<Year> years = new ArrayList<>();
        BigDecimal totalTax = BigDecimal.ZERO;
        BigDecimal totalStandard = BigDecimal.ZERO;
        BigDecimal pvTax = BigDecimal.ZERO;
        BigDecimal pvSaved = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE;
        for (int y = 1; y <= n; y++) {
            factor = factor.multiply(discount, MathContext.DECIMAL64);
            BigDecimal profit = profits.get(y - 1);
            boolean preferential = terms.preferentialRate() != null
                    && (terms.preferentialYears() == null || y <= terms.preferentialYears());
            BigDecimal rate = preferential ? terms.preferentialRate() : terms.standardRate();
            Relief relief;
            BigDecimal share = rate.divide(HUNDRED, MathContext.DECIMAL64);
            if (start > 0 && y >= start && y < start + terms.exemptYears()) {
                relief = Relief.EXEMPT;
                share = BigDecimal.ZERO;
            } else if (start > 0
                    && y >= start + terms.exemptYears()
                    && y < start + terms.exemptYears() + terms.reducedYears()) {
                relief = Relief.REDUCED;
                share = share.multiply(
                        BigDecimal.ONE.subtract(terms.reductionPercent().divide(HUNDRED, MathContext.DECIMAL64)));
            } else {
                relief = preferential ? Relief.PREFERENTIAL : Relief.STANDARD;
            }
            BigDecimal taxable = profit.signum() > 0 ? profit : BigDecimal.ZERO;
            if (taxable.signum() == 0) {
                relief = Relief.NO_PROFIT;
            }
            BigDecimal tax = taxable.multiply(share).setScale(2, RoundingMode.HALF_UP);
            BigDecimal standardTax = taxable.multiply(standardShare).setScale(2, RoundingMode.HALF_UP);
            BigDecimal saved = standardTax.subtract(tax);
            years.add(new Year(y, revenues.get(y - 1), profit, rate, relief, tax, standardTax, saved));
            totalTax = totalTax.add(tax);
            totalStandard = totalStandard.add(standardTax);
            pvTax = pvTax.add(tax.divide(factor, MathContext.DECIMAL64));
            pvSaved = pvSaved.add(saved.divide(factor, MathContext.DECIMAL64));
        }
        return new Result(
                years,
                start,
                totalTax,
                totalStandard,
                totalStandard.subtract(totalTax),
                pvTax.setScale(2, RoundingMode.HALF_UP),
                pvSaved.setScale(2, RoundingMode.HALF_UP));
    }

    /** The year (1-based) the holiday starts; 0 when it never does within the years given. */
    static int holidayStart(HolidayStart rule, List<BigDecimal> revenues, List<BigDecimal> profits) {
        int firstProfit = 0;
        for (int y = 1; y <= profits.size(); y++) {
            if (profits.get(y - 1).signum() > 0) {
                firstProfit = y;
                break;
            }
        }
        return switch (rule) {
            case FIRST_YEAR_OF_OPERATION -> profits.isEmpty() ? 0 : 1;
            case FIRST_PROFIT_YEAR -> firstProfit;
            case FIRST_PROFIT_MAX_4TH_REVENUE_YEAR -> {
                int revenueYears = 0;
                int fourthRevenueYear = 0;
                for (int y = 1; y <= revenues.size(); y++) {
                    if (revenues.get(y - 1).signum() > 0 && ++revenueYears == 4) {
                        fourthRevenueYear = y;
                        break;
                    }
                }
                if (firstProfit == 0) {
                    yield fourthRevenueYear;
                }
                yield fourthRevenueYear == 0 ? firstProfit : Math.min(firstProfit, fourthRevenueYear);
            }
        };
    }
}
