package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The one reading of enterprise profile input typed by people: the page form and the CSV import both turn
 * their text into a {@link Profile.Draft} through these methods, so the two accept the same formats and refuse
 * with the same codes (the API receives JSON numbers and lists and needs none of this). What is accepted:
 *
 * <ul>
 *   <li>whole numbers (employees) with digits grouped by spaces, commas or dots in threes: {@code 1 200},
 *       {@code 1,200}, {@code 1.200};
 *   <li>amounts (revenue, capacity, volume) with digits grouped by spaces or commas in threes and a dot before
 *       the decimals: {@code 20,000.5}; a comma before decimals ({@code 2,5}) is refused rather than guessed;
 *   <li>lists of certification codes separated by commas, semicolons, {@code |}, {@code +} or spaces.
 * </ul>
 *
 * A number that does not read is ENT-009 for employees and revenue (the size rules) and ENT-008 for a quantity,
 * on its field, with the message {@code enterprise.error.number}; everything else is checked by
 * {@link Profile#check}.
 */
final class ProfileInput {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+|\\d{1,3}(\\.\\d{3})+");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[,;|+\\s]+");

    private ProfileInput() {}

    /** Employees: a whole number, or {@code null} when blank; ENT-009 when it does not read. */
    static Integer employees(String text, String field, Violations violations) {
        String digits = compact(text);
        if (digits == null) {
            return null;
        }
        if (!WHOLE.matcher(digits).matches()) {
            violations.add(ErrorCode.ENT_009, field, "enterprise.error.number");
            return null;
        }
        try {
            return Integer.valueOf(digits.replace(",", "").replace(".", ""));
        } catch (NumberFormatException ex) {
            // More digits than an int holds: far beyond the registry's limit, refused as out of range.
            return Integer.MAX_VALUE;
        }
    }

    /** Yearly revenue: ENT-009 when it does not read (its range is checked with the size rules). */
    static BigDecimal revenue(String text, String field, Violations violations) {
        return amount(text, ErrorCode.ENT_009, field, violations);
    }

    /** An offer's capacity or a need's volume: ENT-008 when it does not read. */
    static BigDecimal quantity(String text, String field, Violations violations) {
        return amount(text, ErrorCode.ENT_008, field, violations);
    }

    /** Certification codes as a list, in the order given; empty when blank. */
    static List<String> codes(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(CODE_SEPARATORS.split(text.strip()))
                        .filter(code -> !code.isBlank())
                        .toList();
    }

    /** The names in other languages, leaving out blank ones. */
    static Map<String, String> names(String vi, String lo, String en) {
        Map<String, String> names = new LinkedHashMap<>();
        putIfPresent(names, "vi", vi);
        putIfPresent(names, "lo", lo);
        putIfPresent(names, "en", en);
        return names;
    }

    private static BigDecimal amount(String text, ErrorCode code, String field, Violations violations) {
        String digits = compact(text);
        if (digits == null) {
            return null;
        }
        if (!AMOUNT.matcher(digits).matches()) {
            violations.add(code, field, "enterprise.error.number");
            return null;
        }
        return new BigDecimal(digits.replace(",", ""));
    }

    /** The text without any white space (spaces group digits too); {@code null} when blank. */
    private static String compact(String text) {
        return text == null || text.isBlank() ? null : SPACES.matcher(text).replaceAll("");
    }

    private static void putIfPresent(Map<String, String> names, String language, String value) {
        String text = Profile.text(value);
        if (text != null) {
            names.put(language, text);
        }
    }
}
