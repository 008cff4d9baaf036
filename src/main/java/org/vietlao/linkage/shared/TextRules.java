package org.vietlao.linkage.shared;

import java.util.List;
import java.util.Locale;

/**
 * Which characters a text sent to the platform may hold: one rule for every JSON string, query parameter,
 * path variable, form field and CSV cell (decision 0007). Refused: every C0 control character except tab, line
 * feed and carriage return (so U+0000, which PostgreSQL cannot store, is refused everywhere), DEL, the C1
 * controls U+0080–U+009F, and a surrogate that is not half of a pair (it encodes no character).
 */
public final class TextRules {

    private TextRules() {}

    /** The index of the first character the rule refuses, or -1 when the text is acceptable. */
    public static int firstForbidden(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isForbiddenControl(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isAcceptable(CharSequence text) {
        return firstForbidden(text) < 0;
    }

    /**
     * A text longer than its field allows (its column's length): {@code PLT-013} naming the field and the limit,
     * for the rules that check lengths themselves (forms, imports) rather than through Bean Validation.
     */
    public static BusinessException tooLong(String field, int max) {
        return new BusinessException(
                ErrorCode.PLT_013,
                List.of(new BusinessException.FieldError(field, "validation.TooLong", max)),
                field,
                max);
    }

    /** The text, or {@link #tooLong} when it has more than {@code max} characters. */
    public static String withinLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw tooLong(field, max);
        }
        return text;
    }

    /** The refused character at {@code index} as a reader can look it up, such as {@code U+0000}. */
    public static String describe(CharSequence text, int index) {
        return String.format(Locale.ROOT, "U+%04X", (int) text.charAt(index));
    }

    private static boolean isForbiddenControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
