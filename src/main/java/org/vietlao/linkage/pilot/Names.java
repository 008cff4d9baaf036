package org.vietlao.linkage.pilot;

import java.util.Locale;

/**
 * A name kept in the platform's three languages, as data with its record.
 */
record Names(String en, String vi, String lo) {

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
        return text != null && !text.isBlank() && text.length() <= 300;
    }
}
