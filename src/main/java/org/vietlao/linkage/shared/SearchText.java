package org.vietlao.linkage.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for accent-insensitive search: lower case, Vietnamese diacritics removed, {@code đ} to
 * {@code d}, runs of white space collapsed. "Cà phê" and "ca phe" fold to the same text. Lao script has no
 * case or accents to strip and passes through unchanged apart from combining marks, which are kept.
 */
public final class SearchText {

    private static final Pattern LATIN_MARKS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped =
                LATIN_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        String composed = Normalizer.normalize(stripped, Normalizer.Form.NFC);
        return SPACES.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
