package org.vietlao.linkage.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Money;

/**
 * The one conversion of money between currencies: an amount in one currency on a date, in another (USD, VND,
 * LAK or any currency with a recorded rate), through the US dollar, with every rate used and its source.
 *
 * <p>Rates are units per US dollar for a period. A date uses, in this order (issue 15, decision 0050): the daily
 * rate of that day; the latest daily rate of the {@value #DAILY_LOOKBACK_DAYS} days before it (a weekend or a
 * holiday has none; the answer says so with {@link AppliedRate#earlierThanDate()}); the monthly rate of its month;
 * the yearly average of its year (World Bank WDI and what administrators add); when its year has none, the latest
 * earlier year, again flagged. When several sources give a rate for the same period, the one recorded first is
 * used (the shipped WDI series before later additions), so that a conversion does not change when someone adds a
 * second opinion.
 *
 * <p>Arithmetic is in {@link BigDecimal}: the amount is divided by the source rate to {@value #USD_SCALE}
 * decimals, multiplied by the target rate, and only the result is rounded, to the target currency's minor unit,
 * half-even ({@link Money#rounded()}).
 */
@Service
public class CurrencyConverter {

    /** Decimals kept for the intermediate amount in US dollars. */
    static final int USD_SCALE = 12;

    /** How many days before a date a daily rate may stand in for the date's own (a long holiday). */
    static final int DAILY_LOOKBACK_DAYS = 7;

    private final JdbcClient jdbc;
    private final PeriodicRates periodicRates;

    CurrencyConverter(JdbcClient jdbc, PeriodicRates periodicRates) {
        this.jdbc = jdbc;
        this.periodicRates = periodicRates;
    }

    /** How long a rate holds. */
    public enum RateBasis {
        /** The average of a calendar year. */
        YEARLY_AVERAGE,
        /** One day's rate (State Bank of Viet Nam central rate, Bank of the Lao PDR reference rate). */
        DAILY,
        /** The rate of a calendar month. */
        MONTHLY
    }

    /**
     * A rate a conversion used.
     *
     * @param currency the currency the rate is for
     * @param unitsPerUsd how many units of {@code currency} one US dollar bought
     * @param basis how long the rate holds
     * @param validFrom first day of the rate's period
     * @param validTo last day of the rate's period
     * @param earlierThanDate whether the period ends before the date asked for: no rate covers that date, and this
     *     is the latest earlier one
     * @param source who published the rate
     * @param sourceUrl where, if known
     */
    public record AppliedRate(
            String currency,
            BigDecimal unitsPerUsd,
            RateBasis basis,
            LocalDate validFrom,
            LocalDate validTo,
            boolean earlierThanDate,
            String source,
            String sourceUrl) {}

    /**
     * A conversion.
     *
     * @param from the amount given
     * @param to the amount in the target currency, rounded to its minor unit
     * @param date the date the conversion is for
     * @param rates the rates used, source currency first; empty when both currencies are the same, one when one
     *     of them is the US dollar
     */
    public record Conversion(Money from, Money to, LocalDate date, List<AppliedRate> rates) {

        /** Whether a rate of an earlier period stood in for a missing one. */
        public boolean usesEarlierRate() {
            return rates.stream().anyMatch(AppliedRate::earlierThanDate);
        }
    }

    /** {@code money} in {@code currency} on {@code date}; REF-011 when a currency has no rate on or before it. */
    public Conversion convert(Money money, String currency, LocalDate date) {
        Money target = Money.of(BigDecimal.ZERO, currency);
        if (money.isIn(target.currency())) {
            return new Conversion(money, money.rounded(), date, List.of());
        }
        List<AppliedRate> rates = new ArrayList<>();
        BigDecimal usd = money.amount();
        if (!money.isIn("USD")) {
            AppliedRate rate = rateOn(money.currency(), date);
            rates.add(rate);
            usd = usd.divide(rate.unitsPerUsd(), USD_SCALE, RoundingMode.HALF_EVEN);
        }
        BigDecimal result = usd;
        if (!target.isIn("USD")) {
            AppliedRate rate = rateOn(target.currency(), date);
            rates.add(rate);
            result = usd.multiply(rate.unitsPerUsd());
        }
        return new Conversion(money, Money.of(result, target.currency()).rounded(), date, List.copyOf(rates));
    }

    /** In US dollars. */
    public Conversion toUsd(Money money, LocalDate date) {
        return convert(money, "USD", date);
    }

    /** The rate of {@code currency} that holds on {@code date}, or the latest earlier one; REF-011 when none. */
    public AppliedRate rateOn(String currency, LocalDate date) {
        if (date.getYear() < ExchangeRates.FIRST_YEAR || date.getYear() > 2200) {
            // No daily or monthly rate is that far out (nor can the database hold such dates): the yearly ones.
            return yearlyRate(currency, date)
                    .orElseThrow(() -> BusinessException.onField(ErrorCode.REF_011, "date", currency, date.toString()));
        }
        return periodicRates
                .covering(currency, RateBasis.DAILY, date)
                .or(() -> periodicRates.latestDailyBefore(currency, date, DAILY_LOOKBACK_DAYS))
                .or(() -> periodicRates.covering(currency, RateBasis.MONTHLY, date))
                .map(rate -> new AppliedRate(
                        currency,
                        rate.ratePerUsd(),
                        rate.basis(),
                        rate.validFrom(),
                        rate.validTo(),
                        rate.validTo().isBefore(date),
                        rate.source(),
                        rate.sourceUrl()))
                .or(() -> yearlyRate(currency, date))
                .orElseThrow(() -> BusinessException.onField(ErrorCode.REF_011, "date", currency, date.toString()));
    }

    private Optional<AppliedRate> yearlyRate(String currency, LocalDate date) {
        return jdbc.sql("SELECT year, rate_per_usd, source, source_url FROM exchange_rate "
                        + "WHERE currency = :currency AND year <= :year ORDER BY year DESC, id LIMIT 1")
                .param("currency", currency)
                .param("year", date.getYear())
                .query((rs, n) -> {
                    int year = rs.getInt("year");
                    return new AppliedRate(
                            currency,
                            ExchangeRates.plain(rs.getBigDecimal("rate_per_usd")),
                            RateBasis.YEARLY_AVERAGE,
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31),
                            year < date.getYear(),
                            rs.getString("source"),
                            rs.getString("source_url"));
                })
                .optional();
    }
}
