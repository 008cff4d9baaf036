package org.vietlao.linkage.zone;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The investor's calculator: a profile of revenue and profit over N years, the investment, jobs and sector, and
 * the candidate parks; for each park, the regime it falls under on the start day, whether the profile meets its
 * conditions (minimum capital and jobs where the regime sets them; an unmet condition means the standard rate),
 * and the tax owed and saved year by year with their net present values. The assumptions are part of the result.
 */
@Service
class InvestorCalculator {

    static final int MAX_YEARS = 50;
    static final int MAX_PARKS = 5;

    private final Zones zones;
    private final Regimes regimes;
    private final MessageSource messages;

    InvestorCalculator(Zones zones, Regimes regimes, MessageSource messages) {
        this.zones = zones;
        this.regimes = regimes;
        this.messages = messages;
    }

    /**
     * @param zoneIds the candidate parks (1 to 5)
     * @param startsOn the first year's first day: which regime applies
     * @param years N, 1 to 50
     * @param revenue each year's revenue when {@code revenues} is not given
     * @param profit each year's taxable profit when {@code profits} is not given
     * @param revenues revenue year by year (N values), optional
     * @param profits profit year by year (N values), optional
     * @param investment the capital invested (in {@code currency})
     * @param investmentUsd the capital in US dollars, for regimes whose minimum is in dollars; optional
     * @param jobs the jobs created, optional
     * @param isic the sector (ISIC), printed with the result
     * @param currency the currency of every amount
     * @param discountRatePercent the discount rate for the present values, in per cent
     */
    record Profile(
            List<Long> zoneIds,
            LocalDate startsOn,
            Integer years,
            BigDecimal revenue,
            BigDecimal profit,
            List<BigDecimal> revenues,
            List<BigDecimal> profits,
            BigDecimal investment,
            BigDecimal investmentUsd,
            Integer jobs,
            @Size(max = 10) String isic,
            @Size(max = 3) String currency,
            BigDecimal discountRatePercent) {}

    /**
     * What a year's rate and relief rest on: the regime's term with its legal basis, source, date and whether it is
     * confirmed; or, where no term applies (a loss year, no regime recorded), the calculator's assumption.
     */
    record Basis(
            IncentiveTerm term,
            String legalBasis,
            String source,
            LocalDate sourceDate,
            boolean confirmed,
            String assumption) {}

    record Candidate(
            long zoneId,
            String zoneName,
            String regimeCode,
            String regimeName,
            boolean conditionsMet,
            List<String> unmetConditions,
            List<String> unconfirmedTerms,
            TaxSchedule.Result schedule,
            Map<TaxSchedule.Relief, Basis> basis) {}

    record Result(Profile profile, List<String> assumptions, List<Candidate> candidates) {}

    Result calculate(Profile p, Locale locale) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (p == null) {
            throw new BusinessException(ErrorCode.ZON_009, List.of(Zones.field("body", "required")));
        }
        List<Long> ids = p.zoneIds() == null ? List.of() : p.zoneIds();
        if (ids.isEmpty() || ids.size() > MAX_PARKS || ids.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(Zones.field("zoneIds", "count", MAX_PARKS));
        }
        int n = p.years() == null ? 0 : p.years();
        if (n < 1 || n > MAX_YEARS) {
            errors.add(Zones.field("years", "range", 1, MAX_YEARS));
        }
        List<BigDecimal> revenues = series(p.revenues(), p.revenue(), n, "revenues", "revenue", errors);
        List<BigDecimal> profits = series(p.profits(), p.profit(), n, "profits", "profit", errors);
        if (p.discountRatePercent() == null
                || p.discountRatePercent().compareTo(BigDecimal.ZERO) < 0
                || p.discountRatePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(Zones.field("discountRatePercent", "range", 0, 100));
        }
        if (p.currency() == null || !p.currency().matches("[A-Z]{3}")) {
            errors.add(Zones.field("currency", "currency"));
        }
        for (BigDecimal amount : new BigDecimal[] {p.investment(), p.investmentUsd()}) {
            if (amount != null && !saneAmount(amount, false)) {
                errors.add(Zones.field(amount == p.investment() ? "investment" : "investmentUsd", "amount"));
            }
        }
        if (p.jobs() != null && (p.jobs() < 0 || p.jobs() > 1_000_000)) {
            errors.add(Zones.field("jobs", "range", 0, 1_000_000));
        }
        if (p.isic() != null && !p.isic().isBlank() && !p.isic().strip().matches("[A-Ua-u]|[0-9]{2,4}")) {
            errors.add(Zones.field("isic", "isic"));
        }
        if (p.startsOn() == null
                || p.startsOn().getYear() < 1990
                || p.startsOn().getYear() > 2100) {
            errors.add(Zones.field("startsOn", "date"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ZON_009, errors);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (long id : ids) {
            Zones.Zone zone = zones.require(id);
            Optional<Regimes.Regime> regime = regimes.on(zone.regimeScope(), p.startsOn());
            List<String> unmet = new ArrayList<>();
            List<String> unconfirmed = new ArrayList<>();
            TaxSchedule.Terms terms;
            if (regime.isEmpty()) {
                unmet.add(text("zone.calc.noRegime", locale));
                terms = new TaxSchedule.Terms(
                        BigDecimal.valueOf(20),
                        null,
                        null,
                        0,
                        0,
                        BigDecimal.ZERO,
                        HolidayStart.FIRST_YEAR_OF_OPERATION);
            } else {
                Regimes.Regime r = regime.get();
                terms = TaxSchedule.Terms.of(r);
                BigDecimal minJobs = r.amount(IncentiveTerm.CONDITION_MIN_JOBS);
                if (minJobs != null
                        && (p.jobs() == null || BigDecimal.valueOf(p.jobs()).compareTo(minJobs) < 0)) {
                    unmet.add(text("zone.calc.minJobs", locale, minJobs.toPlainString()));
                }
                BigDecimal minCapital = r.amount(IncentiveTerm.CONDITION_MIN_CAPITAL_USD);
                if (minCapital != null
                        && (p.investmentUsd() == null || p.investmentUsd().compareTo(minCapital) < 0)) {
                    unmet.add(text("zone.calc.minCapital", locale, minCapital.toPlainString()));
                }
                if (!unmet.isEmpty()) {
                    terms = terms.withoutIncentives();
                }
                r.terms().values().stream()
                        .filter(t -> !t.confirmed())
                        .forEach(t ->
                                unconfirmed.add(text("zone.term." + t.term().name(), locale)));
            }
            candidates.add(new Candidate(
                    id,
                    zone.names().in(locale).text(),
                    regime.map(Regimes.Regime::code).orElse(null),
                    regime.map(r -> r.names().in(locale).text()).orElse(null),
                    unmet.isEmpty() && regime.isPresent(),
                    unmet,
                    unconfirmed,
                    TaxSchedule.compute(terms, revenues, profits, p.discountRatePercent()),
                    basis(regime.orElse(null), unmet.isEmpty(), locale)));
        }
        List<String> assumptions = List.of(
                text("zone.calc.assume.years", locale, n, p.startsOn().toString()),
                text("zone.calc.assume.currency", locale, p.currency()),
                text(
                        "zone.calc.assume.discount",
                        locale,
                        p.discountRatePercent().toPlainString()),
                text("zone.calc.assume.losses", locale),
                text("zone.calc.assume.preferential", locale),
                text("zone.calc.assume.rounding", locale),
                text(
                        "zone.calc.assume.sector",
                        locale,
                        p.isic() == null || p.isic().isBlank() ? "—" : p.isic().strip()));
        return new Result(p, assumptions, candidates);
    }

    /** Each kind of year's basis under this regime (the standard rate's alone when a condition is unmet). */
    private Map<TaxSchedule.Relief, Basis> basis(Regimes.Regime regime, boolean conditionsMet, Locale locale) {
        Map<TaxSchedule.Relief, Basis> basis = new EnumMap<>(TaxSchedule.Relief.class);
        basis.put(
                TaxSchedule.Relief.NO_PROFIT,
                new Basis(null, null, null, null, true, text("zone.calc.assume.losses", locale)));
        if (regime == null) {
            Basis none = new Basis(null, null, null, null, false, text("zone.calc.noRegime", locale));
            for (TaxSchedule.Relief relief : TaxSchedule.Relief.values()) {
                basis.putIfAbsent(relief, none);
            }
            return basis;
        }
        Map<TaxSchedule.Relief, IncentiveTerm> terms = Map.of(
                TaxSchedule.Relief.STANDARD, IncentiveTerm.CIT_STANDARD_RATE,
                TaxSchedule.Relief.PREFERENTIAL, IncentiveTerm.CIT_PREFERENTIAL_RATE,
                TaxSchedule.Relief.EXEMPT, IncentiveTerm.CIT_EXEMPT_YEARS,
                TaxSchedule.Relief.REDUCED, IncentiveTerm.CIT_REDUCTION_PERCENT);
        terms.forEach((relief, term) -> {
            if (!conditionsMet && relief != TaxSchedule.Relief.STANDARD) {
                return;
            }
            regime.term(term)
                    .ifPresentOrElse(
                            t -> basis.put(
                                    relief,
                                    new Basis(
                                            term,
                                            regime.legalBasis(),
                                            t.source(),
                                            t.sourceDate(),
                                            t.confirmed(),
                                            null)),
                            () -> {
                                if (relief == TaxSchedule.Relief.STANDARD) {
                                    basis.put(
                                            relief,
                                            new Basis(
                                                    null,
                                                    regime.legalBasis(),
                                                    null,
                                                    null,
                                                    false,
                                                    text("zone.calc.assume.standard", locale)));
                                }
                            });
        });
        return basis;
    }

    private static List<BigDecimal> series(
            List<BigDecimal> given,
            BigDecimal constant,
            int n,
            String listName,
            String constantName,
            List<BusinessException.FieldError> errors) {
        if (given != null && !given.isEmpty()) {
            if (given.size() != n) {
                errors.add(Zones.field(listName, "yearsCount", n));
                return List.of();
            }
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) == null || !saneAmount(given.get(i), true)) {
                    errors.add(Zones.field(listName + "[" + i + "]", "amount"));
                }
            }
            return given;
        }
        if (constant == null || !saneAmount(constant, true)) {
            errors.add(Zones.field(constantName, "amount"));
            return List.of();
        }
        return n < 1 || n > MAX_YEARS ? List.of() : Collections.nCopies(n, constant);
    }

    private static boolean saneAmount(BigDecimal amount, boolean negativeAllowed) {
        return (negativeAllowed || amount.signum() >= 0)
                && amount.scale() <= 2
                && amount.precision() - amount.scale() <= 18;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
