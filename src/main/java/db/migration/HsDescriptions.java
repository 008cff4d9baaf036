package db.migration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnam's tariff writes each line's depth as leading dashes ("- - Loại khác") and ends a line that has
 * sub-lines with a colon ("- Sắn:"). The platform stores the text without them and keeps the depth apart.
 */
final class HsDescriptions {

    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s-]*");

    private HsDescriptions() {}

    /** The line's text without its indentation dashes and trailing colon: "- Sắn:" becomes "Sắn". */
    static String clean(String tariffText) {
        String text = LEADING_DASHES.matcher(tariffText).replaceFirst("").strip();
        while (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** The number of indentation dashes: "- - Loại khác" is at depth 2. */
    static int indent(String tariffText) {
        Matcher matcher = LEADING_DASHES.matcher(tariffText);
        matcher.lookingAt();
        return (int) matcher.group().chars().filter(c -> c == '-').count();
    }
}
