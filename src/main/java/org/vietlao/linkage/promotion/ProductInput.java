package org.vietlao.linkage.promotion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.vietlao.linkage.shared.BusinessException.FieldError;

/**
 * Reads a branded product typed into the page form (decision 0017 section 3): amounts with grouped digits
 * ("1,250,000" or "1 250 000") and a dot before decimals (a comma before decimals is refused, not guessed), dates as
 * ISO days, lists with commas, semicolons or new lines between items. What does not read is reported on its field;
 * the product's own rules are then checked by {@link Products#check}.
 */
final class ProductInput {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d{1,2})?");
    private static final Pattern ITEMS = Pattern.compile("[,;\\n]+");

    private ProductInput() {}

    /** An amount, or {@code null} when blank; unreadable text is reported on {@code field}. */
    static BigDecimal amount(String text, String field, List<FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = SPACES.matcher(text.strip()).replaceAll("");
        if (compact.length() > 30 || !AMOUNT.matcher(compact).matches()) {
            unreadable.add(new FieldError(field, "promotion.rule.amount"));
            return null;
        }
        return new BigDecimal(compact.replace(",", ""));
    }

    /** A day as yyyy-mm-dd, or {@code null} when blank. */
    static LocalDate day(String text, String field, List<FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            unreadable.add(new FieldError(field, "promotion.rule.date"));
            return null;
        }
    }

    /** Whole stars, or {@code null} when blank. */
    static Integer stars(String text, String field, List<FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = text.strip();
        if (!compact.matches("\\d{1,2}")) {
            unreadable.add(new FieldError(field, "promotion.rule.range", 1, 5));
            return null;
        }
        return Integer.parseInt(compact);
    }

    /** Items of a list typed on one line or several. */
    static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ITEMS.split(text))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** An enterprise id, or {@code null} when blank or unreadable (the product's check names the field). */
    static Long id(String text) {
        if (text == null || !text.strip().matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(text.strip());
    }
}
