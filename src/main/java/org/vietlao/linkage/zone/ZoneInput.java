package org.vietlao.linkage.zone;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vietlao.linkage.shared.BusinessException;

/**
 * Text typed into the zone forms, read the one way (decision 0017, section 3): numbers with grouped digits and a dot
 * before decimals (a comma before decimals is refused, not guessed), whole numbers, dates as yyyy-mm-dd, lists of
 * codes with any of the usual separators. Text that does not read is reported on its field ({@code
 * zone.rule.number}, {@code zone.rule.whole}, {@code zone.rule.date}) and read as absent, so the service's own rules
 * then run on the rest and every broken field is shown at once.
 */
final class ZoneInput {

    private ZoneInput() {}

    static BigDecimal decimal(String text, String field, List<BusinessException.FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        // Grouped digits: 1,234,567.89. A comma followed by other than three digits is a decimal comma: refused.
        if (!t.matches("-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?") || t.length() > 40) {
            unreadable.add(Zones.field(field, "number"));
            return null;
        }
        return new BigDecimal(t.replace(",", ""));
    }

    static Integer whole(String text, String field, List<BusinessException.FieldError> unreadable) {
        BigDecimal value = decimal(text, field, unreadable);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            unreadable.add(Zones.field(field, "whole"));
            return null;
        }
    }

    static Long id(String text, String field, List<BusinessException.FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException ex) {
            unreadable.add(Zones.field(field, "whole"));
            return null;
        }
    }

    static Double coordinate(String text, String field, List<BusinessException.FieldError> unreadable) {
        BigDecimal value = decimal(text, field, unreadable);
        return value == null ? null : value.doubleValue();
    }

    static LocalDate date(String text, String field, List<BusinessException.FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException ex) {
            unreadable.add(Zones.field(field, "date"));
            return null;
        }
    }

    /** Codes separated by commas, semicolons, spaces or new lines. */
    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** One entry a line (provinces as CODE@FROM..TO). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
