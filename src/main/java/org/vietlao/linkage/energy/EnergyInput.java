package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The one normaliser of what the energy API and pages receive: texts stripped, codes upper-cased, numbers checked
 * against their range, dates parsed; each fault added to the list as its field and the code's message, so that a
 * request is refused once with every fault named.
 */
final class EnergyInput {

    private final ErrorCode code;
    private final List<BusinessException.FieldError> errors;

    EnergyInput(ErrorCode code, List<BusinessException.FieldError> errors) {
        this.code = code;
        this.errors = errors;
    }

    void fault(String field) {
        errors.add(new BusinessException.FieldError(field, code.messageKey()));
    }

    /** Throws the code with every fault, if any. */
    void done() {
        if (!errors.isEmpty()) {
            throw new BusinessException(code, errors);
        }
    }

    boolean clean() {
        return errors.isEmpty();
    }

    String text(String value, String field, int max) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            fault(field);
            return null;
        }
        return t;
    }

    String optionalText(String value, String field, int max) {
        String t = value == null ? "" : value.strip();
        if (t.length() > max) {
            fault(field);
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    /** A number in [min, max] (either bound {@code null}: open), at most {@code scale} decimals. */
    BigDecimal number(BigDecimal value, String field, String min, String max, boolean minExclusive, int scale) {
        if (value == null) {
            fault(field);
            return null;
        }
        return optionalNumber(value, field, min, max, minExclusive, scale);
    }

    BigDecimal optionalNumber(BigDecimal value, String field, String min, String max, boolean minExclusive, int scale) {
        if (value == null) {
            return null;
        }
        boolean bad = value.stripTrailingZeros().scale() > scale;
        if (min != null) {
            int c = value.compareTo(new BigDecimal(min));
            bad |= minExclusive ? c <= 0 : c < 0;
        }
        if (max != null) {
            bad |= value.compareTo(new BigDecimal(max)) > 0;
        }
        if (bad) {
            fault(field);
            return null;
        }
        return value;
    }

    LocalDate date(String value, String field) {
        if (value == null) {
            fault(field);
            return null;
        }
        return optionalDate(value, field);
    }

    LocalDate optionalDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                fault(field);
                return null;
            }
            return date;
        } catch (DateTimeParseException ex) {
            fault(field);
            return null;
        }
    }

    YearMonth month(String value, String field) {
        try {
            YearMonth month = YearMonth.parse(value == null ? "" : value.strip());
            if (month.getYear() < 1990 || month.getYear() > 2100) {
                fault(field);
                return null;
            }
            return month;
        } catch (DateTimeParseException ex) {
            fault(field);
            return null;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null) {
            fault(field);
            return null;
        }
        return optionalChoice(type, value, field);
    }

    <E extends Enum<E>> E optionalChoice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            fault(field);
            return null;
        }
    }

    /** A certificate of analysis under {@code prefix}, every bad value a fault. */
    CoalPricing.Quality quality(
            String basis,
            BigDecimal cv,
            BigDecimal tm,
            BigDecimal ash,
            BigDecimal ts,
            BigDecimal im,
            BigDecimal h,
            String prefix) {
        CalorificBasis b = choice(CalorificBasis.class, basis, prefix + "basis");
        BigDecimal c = number(cv, prefix + "cv", "1000", "10000", false, 2);
        BigDecimal m = number(tm, prefix + "tm", "0", "99.99", false, 2);
        BigDecimal a = number(ash, prefix + "ash", "0", "99.99", false, 2);
        BigDecimal s = number(ts, prefix + "ts", "0", "99.99", false, 2);
        BigDecimal i = optionalNumber(im, prefix + "im", "0", "99.99", false, 2);
        BigDecimal hy = optionalNumber(h, prefix + "h", "0", "20", false, 2);
        if (i != null && m != null && i.compareTo(m) > 0) {
            fault(prefix + "im");
        }
        return new CoalPricing.Quality(b, c, m, a, s, i, hy);
    }
}
