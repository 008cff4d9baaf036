package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The price of a lot of coal, in {@link BigDecimal} throughout: Indonesia's HPB formula, and the contract clause
 * forms applied in the fixed order of the domain note (index price → premium → calorific pro-rata → percentage
 * penalties), with rejection limits checked first. Calorific values are converted to the basis the formula needs
 * by the documented formulas ({@code docs/energy.md}); a conversion that needs a value the certificate lacks is
 * refused (ENR-002), never guessed. Prices are rounded half-up to 4 decimals at the end only.
 */
final class CoalPricing {

    /** Decimal places of a price per tonne. */
    static final int PRICE_SCALE = 4;

    static final MathContext MC = MathContext.DECIMAL128;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The HBA's reference quality (Perdirjen 515.K/32/DJB/2011): 6,322 kcal/kg GAR, TM 8 %, TS 0.8 %, ash 15 %. */
    static final BigDecimal HBA_CV = BigDecimal.valueOf(6322);

    static final BigDecimal HBA_TM = BigDecimal.valueOf(8);
    static final BigDecimal HBA_TS = new BigDecimal("0.8");
    static final BigDecimal HBA_ASH = BigDecimal.valueOf(15);
    static final BigDecimal HPB_SULPHUR_RATE = BigDecimal.valueOf(4);
    static final BigDecimal HPB_ASH_RATE = new BigDecimal("0.4");

    /** Trader shortcut gross → net as received, kcal/kg: NAR = GAR − 50.7·H − 5.83·TM (no oxygen term). */
    static final BigDecimal NET_H = new BigDecimal("50.7");

    static final BigDecimal NET_TM = new BigDecimal("5.83");
    static final BigDecimal MAX_CV = BigDecimal.valueOf(10_000);

    /** Steam coal is 2,000–8,000 kcal/kg; below 1,000 a value is a typing slip (or MJ/kg), not coal. */
    static final BigDecimal MIN_CV = BigDecimal.valueOf(1_000);

    private CoalPricing() {}

    /**
     * A certificate of analysis: the calorific value on its basis and the analysis as received (total moisture,
     * ash and total sulphur in %), with the inherent moisture (for ADB) and hydrogen (for NAR) when measured.
     */
    record Quality(
            CalorificBasis basis,
            BigDecimal cv,
            BigDecimal tm,
            BigDecimal ash,
            BigDecimal ts,
            BigDecimal im,
            BigDecimal h) {}

    /** Specified (typical) values above which a percentage penalty applies; {@code null}: no penalty. */
    record Spec(BigDecimal tm, BigDecimal ash, BigDecimal ts) {}

    /** Rejection limits: CV below {@code minCv} (contract basis) or TM, ash, TS above theirs; {@code null}: none. */
    record Limits(BigDecimal minCv, BigDecimal tm, BigDecimal ash, BigDecimal ts) {}

    /**
     * A price with every term that made it.
     *
     * @param price US$/t to 4 decimals (zero when rejected)
     * @param rejected whether a measured value is beyond its rejection limit
     * @param rejectedBy which values (cv, tm, ash, ts)
     * @param terms each term by name, in the order applied
     */
    record Result(BigDecimal price, boolean rejected, List<String> rejectedBy, Map<String, Object> terms) {}

    /** Checks a certificate of analysis; every bad field as {@code <prefix>.<field>} in one ENR-001. */
    static void check(Quality quality, String prefix) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (quality == null) {
            throw BusinessException.onField(ErrorCode.ENR_001, prefix);
        }
        if (quality.basis() == null) {
            errors.add(error(prefix + ".basis"));
        }
        if (quality.cv() == null
                || quality.cv().compareTo(MIN_CV) < 0
                || quality.cv().compareTo(MAX_CV) > 0) {
            errors.add(error(prefix + ".cv"));
        }
        percent(quality.tm(), prefix + ".tm", true, errors);
        percent(quality.ash(), prefix + ".ash", true, errors);
        percent(quality.ts(), prefix + ".ts", true, errors);
        percent(quality.im(), prefix + ".im", false, errors);
        percent(quality.h(), prefix + ".h", false, errors);
        if (quality.im() != null && quality.tm() != null && quality.im().compareTo(quality.tm()) > 0) {
            errors.add(error(prefix + ".im"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ENR_001, errors);
        }
    }

    private static void percent(
            BigDecimal value, String field, boolean required, List<BusinessException.FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(error(field));
            }
            return;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) >= 0) {
            errors.add(error(field));
        }
    }

    private static BusinessException.FieldError error(String field) {
        return new BusinessException.FieldError(field, ErrorCode.ENR_001.messageKey());
    }

    /**
     * The calorific value on basis {@code to}: ADB → GAR = ADB × (100 − TM)/(100 − IM); GAR → NAR = GAR − 50.7·H −
     * 5.83·TM; and their inverses. ENR-002 naming {@code <prefix>.im} or {@code <prefix>.h} when the conversion
     * needs it and the certificate does not have it.
     */
    static BigDecimal cvOn(Quality quality, CalorificBasis to, String prefix) {
        CalorificBasis from = quality.basis();
        if (from == to) {
            return quality.cv();
        }
        BigDecimal gar = switch (from) {
            case GAR -> quality.cv();
            case ADB ->
                quality.cv()
                        .multiply(HUNDRED.subtract(quality.tm()), MC)
                        .divide(HUNDRED.subtract(need(quality.im(), prefix + ".im")), MC);
            case NAR ->
                quality.cv()
                        .add(NET_H.multiply(need(quality.h(), prefix + ".h"), MC))
                        .add(NET_TM.multiply(quality.tm(), MC));
        };
        BigDecimal converted = switch (to) {
            case GAR -> gar;
            case ADB ->
                gar.multiply(HUNDRED.subtract(need(quality.im(), prefix + ".im")), MC)
                        .divide(HUNDRED.subtract(quality.tm()), MC);
            case NAR ->
                gar.subtract(NET_H.multiply(need(quality.h(), prefix + ".h"), MC))
                        .subtract(NET_TM.multiply(quality.tm(), MC));
        };
        // a conversion that lands outside any coal (a large hydrogen content on a small CV) is no coal either
        if (converted.compareTo(MIN_CV) < 0 || converted.compareTo(MAX_CV.add(MAX_CV)) > 0) {
            throw BusinessException.onField(ErrorCode.ENR_001, prefix + ".cv");
        }
        return converted;
    }

    private static BigDecimal need(BigDecimal value, String field) {
        if (value == null) {
            throw BusinessException.onField(ErrorCode.ENR_002, field, field);
        }
        return value;
    }

    /**
     * Indonesia's HPB (Perdirjen Minerba 515.K/32/DJB/2011): HBA × K × A − (B + U), K = CV_GAR/6322, A = (100 −
     * TM)/(100 − 8), B = (TS − 0.8) × 4, U = (Ash − 15) × 0.4, in US$/t.
     */
    static Result hpb(BigDecimal hba, Quality quality) {
        if (hba == null || hba.signum() <= 0) {
            throw BusinessException.onField(ErrorCode.ENR_001, "hba");
        }
        check(quality, "quality");
        BigDecimal gar = cvOn(quality, CalorificBasis.GAR, "quality");
        BigDecimal k = gar.divide(HBA_CV, MC);
        BigDecimal a = HUNDRED.subtract(quality.tm()).divide(HUNDRED.subtract(HBA_TM), MC);
        BigDecimal b = quality.ts().subtract(HBA_TS).multiply(HPB_SULPHUR_RATE);
        BigDecimal u = quality.ash().subtract(HBA_ASH).multiply(HPB_ASH_RATE);
        BigDecimal hpb = hba.multiply(k, MC).multiply(a, MC).subtract(b.add(u));
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("hba", hba);
        terms.put("cvGar", term(gar));
        terms.put("k", term(k));
        terms.put("a", term(a));
        terms.put("b", term(b));
        terms.put("u", term(u));
        terms.put("hpb", price(hpb));
        return new Result(price(hpb), false, List.of(), terms);
    }

    /**
     * A contract price: {@code basePrice} (the index average plus premium, or a fixed price) for {@code baseCv} on
     * {@code basis}, scaled by the measured CV on that basis, less a percentage of that for each of TM, ash and
     * TS above its specification; zero and flagged when a value is beyond its rejection limit.
     */
    static Result contract(
            BigDecimal basePrice,
            BigDecimal baseCv,
            CalorificBasis basis,
            Spec spec,
            Limits limits,
            Quality quality,
            Map<String, Object> earlierTerms) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (basePrice == null || basePrice.signum() <= 0) {
            errors.add(error("basePrice"));
        }
        if (baseCv == null || baseCv.compareTo(MIN_CV) < 0 || baseCv.compareTo(MAX_CV) > 0) {
            errors.add(error("baseCv"));
        }
        if (basis == null) {
            errors.add(error("basis"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ENR_001, errors);
        }
        check(quality, "quality");
        Spec s = spec == null ? new Spec(null, null, null) : spec;
        Limits l = limits == null ? new Limits(null, null, null, null) : limits;
        BigDecimal cv = cvOn(quality, basis, "quality");
        Map<String, Object> terms = new LinkedHashMap<>(earlierTerms);
        terms.put("basePrice", term(basePrice));
        terms.put("baseCv", baseCv);
        terms.put("basis", basis.name());
        terms.put("measuredCv", term(cv));
        List<String> rejectedBy = new ArrayList<>();
        if (l.minCv() != null && cv.compareTo(l.minCv()) < 0) {
            rejectedBy.add("cv");
        }
        above(quality.tm(), l.tm(), "tm", rejectedBy);
        above(quality.ash(), l.ash(), "ash", rejectedBy);
        above(quality.ts(), l.ts(), "ts", rejectedBy);
        if (!rejectedBy.isEmpty()) {
            terms.put("rejectedBy", List.copyOf(rejectedBy));
            return new Result(BigDecimal.ZERO.setScale(PRICE_SCALE), true, List.copyOf(rejectedBy), terms);
        }
        BigDecimal factor = cv.divide(baseCv, MC);
        BigDecimal afterCv = basePrice.multiply(factor, MC);
        terms.put("cvFactor", term(factor));
        terms.put("priceAfterCv", price(afterCv));
        BigDecimal price = afterCv;
        price = price.subtract(penalty(afterCv, quality.tm(), s.tm(), "moistureDeduction", terms));
        price = price.subtract(penalty(afterCv, quality.ash(), s.ash(), "ashDeduction", terms));
        price = price.subtract(penalty(afterCv, quality.ts(), s.ts(), "sulphurDeduction", terms));
        terms.put("price", price(price));
        return new Result(price(price), false, List.of(), terms);
    }

    private static void above(BigDecimal measured, BigDecimal limit, String name, List<String> rejectedBy) {
        if (limit != null && measured.compareTo(limit) > 0) {
            rejectedBy.add(name);
        }
    }

    private static BigDecimal penalty(
            BigDecimal afterCv, BigDecimal measured, BigDecimal specified, String name, Map<String, Object> terms) {
        if (specified == null || measured.compareTo(specified) <= 0) {
            terms.put(name, BigDecimal.ZERO.setScale(PRICE_SCALE));
            return BigDecimal.ZERO;
        }
        BigDecimal deduction =
                afterCv.multiply(measured.subtract(specified), MC).divide(HUNDRED, MC);
        terms.put(name, price(deduction));
        return deduction;
    }

    static BigDecimal price(BigDecimal value) {
        return value.setScale(PRICE_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal term(BigDecimal value) {
        BigDecimal stripped = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped; // 100, not 1E+2
    }
}
