package org.vietlao.linkage.pilot;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * A name kept in the platform's three languages, as data with its record.
 */
record Names(
        @Size(max = Names.MAX) String en,
        @Size(max = Names.MAX) String vi,
        @Size(max = Names.MAX) String lo) {

    /** The length of the {@code name_*} and {@code title_*} columns. */
    static final int MAX = 300;

    /**
     * The name in the reader's language by the platform's one fallback rule ({@link LocalizedText}: English, then
     * Vietnamese, then Lao when that translation is blank); public for templates.
     */
    public String in(Locale locale) {
        return text().in(locale).text();
    }

    /** The same name as the platform's shared type. */
    LocalizedText text() {
        return LocalizedText.of(en, vi, lo);
    }

    boolean complete() {
        return present(en) && present(vi) && present(lo);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX;
    }
}
