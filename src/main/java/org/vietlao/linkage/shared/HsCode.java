package org.vietlao.linkage.shared;

import java.util.Optional;

/**
 * An HS code: a chapter (2 digits), heading (4), subheading (6) or national tariff line (8) of one edition of the
 * Harmonized System. The one place that decides what an HS code looks like: every module parses its input here.
 *
 * <p>Input may be written with dots and spaces as people write it ("0714.10", "0714 10 11"); the code keeps the
 * digits only. Anything else (letters, 1, 3, 5, 7 or more than 8 digits) is malformed: REF-001 naming the field.
 *
 * @param digits the code, digits only, such as {@code 071410}
 * @param edition the HS edition the code belongs to
 */
public record HsCode(String digits, Edition edition) implements Comparable<HsCode> {

    /** Longest code: a national tariff line (8 digits, as in Viet Nam's and the AHTN's tariffs). */
    public static final int MAX_DIGITS = 8;

    /** The editions of the nomenclature the platform knows; codes default to the one in force (HS 2022). */
    public enum Edition {
        HS2017,
        HS2022;

        public static final Edition CURRENT = HS2022;
    }

    public HsCode {
        if (edition == null) {
            edition = Edition.CURRENT;
        }
        if (!isWellFormed(digits)) {
            throw new IllegalArgumentException("not 2, 4, 6 or 8 digits: " + digits);
        }
    }

    /** The code in the current edition, from input that may contain dots and spaces. Fails with REF-001. */
    public static HsCode parse(String input) {
        return parse(input, "code");
    }

    /** As {@link #parse(String)}, naming {@code field} in the error. */
    public static HsCode parse(String input, String field) {
        return parse(input, Edition.CURRENT, field);
    }

    /** The code in {@code edition}, from input that may contain dots and spaces. Fails with REF-001. */
    public static HsCode parse(String input, Edition edition, String field) {
        return tryParse(input, edition)
                .orElseThrow(() -> BusinessException.onField(ErrorCode.REF_001, field, echoed(input)));
    }

    /** The code in the current edition, or empty when the input is not one. */
    public static Optional<HsCode> tryParse(String input) {
        return tryParse(input, Edition.CURRENT);
    }

    public static Optional<HsCode> tryParse(String input, Edition edition) {
        String digits = digitsOf(input);
        return isWellFormed(digits) ? Optional.of(new HsCode(digits, edition)) : Optional.empty();
    }

    /** Whether {@code digits} (no dots or spaces) is 2, 4, 6 or 8 digits. */
    public static boolean isWellFormed(String digits) {
        if (digits == null) {
            return false;
        }
        int length = digits.length();
        return length >= 2 && length <= MAX_DIGITS && length % 2 == 0 && allDigits(digits);
    }

    /**
     * Whether a search query is a code or the start of one ("07", "0714.1", "0714 10"): only digits, dots and
     * spaces, with at least one digit. Such a query is searched as a prefix of codes, not as words.
     */
    public static boolean looksLikeCode(String query) {
        if (query == null || query.isBlank()) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != ' ') {
                return false;
            }
        }
        return digit;
    }

    /** The input without surrounding white space, dots and inner spaces: "0714.10" gives "071410". */
    public static String digitsOf(String input) {
        return input == null ? "" : input.strip().replace(".", "").replace(" ", "");
    }

    /** 2, 4, 6 or 8. */
    public int level() {
        return digits.length();
    }

    /** The chapter, such as {@code 07}. */
    public HsCode chapter() {
        return truncated(2);
    }

    /** The heading, such as {@code 0714}; empty for a chapter. */
    public Optional<HsCode> heading() {
        return level() >= 4 ? Optional.of(truncated(4)) : Optional.empty();
    }

    /** The subheading, such as {@code 071410}; empty for a chapter or heading. */
    public Optional<HsCode> subheading() {
        return level() >= 6 ? Optional.of(truncated(6)) : Optional.empty();
    }

    /** The code one level up; empty for a chapter. */
    public Optional<HsCode> parent() {
        return level() > 2 ? Optional.of(truncated(level() - 2)) : Optional.empty();
    }

    /** Whether this code is {@code prefix} or falls under it (071410 is within 07 and 0714, not within 0715). */
    public boolean isWithin(HsCode prefix) {
        return prefix.edition == edition && digits.startsWith(prefix.digits);
    }

    /** As {@link #isWithin(HsCode)} for a prefix written as input ("07", "0714.10"); false if it is malformed. */
    public boolean isWithin(String prefix) {
        return tryParse(prefix, edition).map(this::isWithin).orElse(false);
    }

    /** Whether this is a subheading or a national line, the levels at which enterprises offer products. */
    public boolean isProductLevel() {
        return level() >= 6;
    }

    /** The code as the nomenclature prints it: 07, 0714, 0714.10, 0714.10.11. */
    public String formatted() {
        StringBuilder out = new StringBuilder(digits.substring(0, Math.min(4, level())));
        for (int i = 4; i < level(); i += 2) {
            out.append('.').append(digits, i, i + 2);
        }
        return out.toString();
    }

    @Override
    public int compareTo(HsCode other) {
        int byEdition = edition.compareTo(other.edition);
        return byEdition != 0 ? byEdition : digits.compareTo(other.digits);
    }

    /** The digits, as stored and sent in JSON. */
    @Override
    public String toString() {
        return digits;
    }

    private HsCode truncated(int length) {
        return length == level() ? this : new HsCode(digits.substring(0, length), edition);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** User input echoed in an error message, cut to 20 characters. */
    static String echoed(String input) {
        if (input == null) {
            return "";
        }
        return input.length() > 20 ? input.substring(0, 20) + "…" : input;
    }
}
