package org.vietlao.linkage.pilot;

import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A name kept in the platform's three languages, as data with its record.
 */
record Names(
        @Size(max = Names.MAX) String en,
        @Size(max = Names.MAX) String vi,
        @Size(max = Names.MAX) String lo) {

    /** The length of the {@code name_*} and {@code title_*} columns. */
    static final int MAX = 300;

    /** The name in the reader's language, English when that translation is blank (public for templates). */
    public String in(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        String chosen = switch (language) {
            case "vi" -> vi;
            case "lo" -> lo;
            default -> en;
        };
        return chosen == null || chosen.isBlank() ? en : chosen;
    }

    boolean complete() {
        return present(en) && present(vi) && present(lo);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX;
    }
}
