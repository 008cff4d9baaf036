package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * A contract's price formula, held as data (stored as JSON with the contract):
 *
 * <ul>
 *   <li>{@code INDEXED}: the weighted average of benchmark series over the quotation period, plus the premium
 *       (negative: a discount), then the contract clauses ({@link CoalPricing#contract});
 *   <li>{@code FIXED}: {@code fixedPrice}, then the contract clauses;
 *   <li>{@code HPB}: Indonesia's HPB from the {@code hbaSeries} average over the quotation period.
 * </ul>
 *
 * The quotation period is the {@code months} months ending {@code offsetMonths} months before the month of
 * loading (offset 1, months 1: the month before loading).
 */
record PriceFormula(
        Kind kind,
        List<Component> components,
        Integer offsetMonths,
        Integer months,
        BigDecimal premium,
        BigDecimal fixedPrice,
        String hbaSeries) {

    enum Kind {
        INDEXED,
        FIXED,
        HPB
    }

    /** One benchmark series and its weight (the weights of a formula sum to 1). */
    record Component(String series, BigDecimal weight) {}

    PriceFormula {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** Every rule broken, each naming its field under {@code formula.}. */
    List<BusinessException.FieldError> violations() {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(error("formula.kind"));
            return errors;
        }
        if (offsetMonths == null || offsetMonths < 0 || offsetMonths > 12) {
            errors.add(error("formula.offsetMonths"));
        }
        if (months == null || months < 1 || months > 12) {
            errors.add(error("formula.months"));
        }
        switch (kind) {
            case INDEXED -> {
                if (components.isEmpty() || components.size() > 6) {
                    errors.add(error("formula.components"));
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < components.size(); i++) {
                    Component c = components.get(i);
                    if (c == null
                            || c.series() == null
                            || !Benchmarks.SERIES.matcher(c.series()).matches()) {
                        errors.add(error("formula.components[" + i + "].series"));
                    }
                    if (c == null
                            || c.weight() == null
                            || c.weight().signum() <= 0
                            || c.weight().compareTo(BigDecimal.ONE) > 0) {
                        errors.add(error("formula.components[" + i + "].weight"));
                    } else {
                        sum = sum.add(c.weight());
                    }
                }
                if (!components.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
                    errors.add(error("formula.components"));
                }
                if (premium != null && premium.abs().compareTo(new BigDecimal("1000")) >= 0) {
                    errors.add(error("formula.premium"));
                }
            }
            case FIXED -> {
                if (fixedPrice == null
                        || fixedPrice.signum() <= 0
                        || fixedPrice.compareTo(new BigDecimal("10000")) >= 0) {
                    errors.add(error("formula.fixedPrice"));
                }
            }
            case HPB -> {
                if (hbaSeries == null || !Benchmarks.SERIES.matcher(hbaSeries).matches()) {
                    errors.add(error("formula.hbaSeries"));
                }
            }
        }
        return errors;
    }

    private static BusinessException.FieldError error(String field) {
        return new BusinessException.FieldError(field, ErrorCode.ENR_004.messageKey());
    }

    /** The months of the quotation period of a lot loaded in {@code loading}, oldest first. */
    List<YearMonth> quotationPeriod(YearMonth loading) {
        YearMonth last = loading.minusMonths(offsetMonths);
        List<YearMonth> period = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            period.add(last.minusMonths(i));
        }
        return period;
    }

    /**
     * The price of a lot: the index average (ENR-003 naming the first series and month without a value), then the
     * clauses of the contract.
     */
    CoalPricing.Result price(
            YearMonth loading,
            BiFunction<String, YearMonth, Optional<BigDecimal>> benchmark,
            BigDecimal baseCv,
            CalorificBasis basis,
            CoalPricing.Spec spec,
            CoalPricing.Limits limits,
            CoalPricing.Quality quality) {
        List<YearMonth> period = quotationPeriod(loading);
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("formula", kind.name());
        terms.put("quotationPeriod", period.get(0) + ".." + period.get(period.size() - 1));
        switch (kind) {
            case HPB -> {
                BigDecimal hba = average(hbaSeries, period, benchmark, "formula.hbaSeries");
                CoalPricing.Result hpb = CoalPricing.hpb(hba, quality);
                terms.putAll(hpb.terms());
                CoalPricing.Result checked = CoalPricing.contract(
                        hpb.price().max(new BigDecimal("0.0001")), baseCv, basis, null, limits, quality, Map.of());
                if (checked.rejected()) {
                    terms.put("rejectedBy", checked.rejectedBy());
                    return new CoalPricing.Result(checked.price(), true, checked.rejectedBy(), terms);
                }
                terms.put("price", hpb.price());
                return new CoalPricing.Result(hpb.price(), false, List.of(), terms);
            }
            case FIXED -> {
                return CoalPricing.contract(fixedPrice, baseCv, basis, spec, limits, quality, terms);
            }
            default -> {
                BigDecimal index = BigDecimal.ZERO;
                for (int i = 0; i < components.size(); i++) {
                    Component c = components.get(i);
                    BigDecimal avg = average(c.series(), period, benchmark, "formula.components[" + i + "].series");
                    terms.put("index." + c.series(), CoalPricing.price(avg));
                    index = index.add(avg.multiply(c.weight(), CoalPricing.MC));
                }
                terms.put("indexAverage", CoalPricing.price(index));
                BigDecimal p = premium == null ? BigDecimal.ZERO : premium;
                terms.put("premium", p);
                BigDecimal base = index.add(p);
                if (base.signum() <= 0) {
                    throw BusinessException.onField(ErrorCode.ENR_001, "formula.premium");
                }
                return CoalPricing.contract(base, baseCv, basis, spec, limits, quality, terms);
            }
        }
    }

    private static BigDecimal average(
            String series,
            List<YearMonth> period,
            BiFunction<String, YearMonth, Optional<BigDecimal>> benchmark,
            String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth month : period) {
            Optional<BigDecimal> value = benchmark.apply(series, month);
            if (value.isEmpty()) {
                throw new BusinessException(
                        ErrorCode.ENR_003,
                        List.of(new BusinessException.FieldError(
                                field, ErrorCode.ENR_003.messageKey(), series, month.toString())),
                        series,
                        month.toString());
            }
            sum = sum.add(value.get());
        }
        return sum.divide(BigDecimal.valueOf(period.size()), CoalPricing.MC);
    }
}
