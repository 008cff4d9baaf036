package org.vietlao.linkage.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A text kept in the platform's three languages (English, Vietnamese, Lao), such as the name of an enterprise,
 * a product, a province, a country, a border gate or a pilot candidate. Any translation may be missing.
 *
 * <p>One rule for a missing translation, everywhere: the reader's language, else English, else Vietnamese, else
 * Lao ({@link #FALLBACK_ORDER}). A text shown in another language than the reader's says so
 * ({@link Shown#fallback()}), and pages show the language it is in as a small badge, so that a reader can tell
 * a missing translation from a translation.
 *
 * @param en English; {@code null} when missing
 * @param vi Vietnamese; {@code null} when missing
 * @param lo Lao; {@code null} when missing
 */
public record LocalizedText(String en, String vi, String lo) {

    /** The platform's languages, in the order of the fallback rule after the reader's own. */
    public static final List<String> FALLBACK_ORDER = List.of("en", "vi", "lo");

    public LocalizedText {
        en = clean(en);
        vi = clean(vi);
        lo = clean(lo);
    }

    /** Blank translations count as missing. */
    public static LocalizedText of(String en, String vi, String lo) {
        return new LocalizedText(en, vi, lo);
    }

    /** From a map of language code to text; other keys are ignored. */
    public static LocalizedText of(Map<String, String> byLanguage) {
        return byLanguage == null
                ? new LocalizedText(null, null, null)
                : new LocalizedText(byLanguage.get("en"), byLanguage.get("vi"), byLanguage.get("lo"));
    }

    /** The same text in every language (a code, a proper name written alike in all three). */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    /** The translation in {@code language} ("en", "vi", "lo"), without fallback. */
    public Optional<String> exactly(String language) {
        return Optional.ofNullable(
                switch (language == null ? "" : language) {
                    case "en" -> en;
                    case "vi" -> vi;
                    case "lo" -> lo;
                    default -> null;
                });
    }

    /** The text for a reader of {@code locale}, by the fallback rule; {@code null} locale reads English. */
    public Shown in(Locale locale) {
        return in(locale == null ? "en" : locale.getLanguage());
    }

    /** The text for a reader of {@code language}, by the fallback rule. Empty text when every language is missing. */
    public Shown in(String language) {
        Optional<String> own = exactly(language);
        if (own.isPresent()) {
            return new Shown(own.get(), language, false);
        }
        for (String other : FALLBACK_ORDER) {
            Optional<String> text = exactly(other);
            if (text.isPresent()) {
                return new Shown(text.get(), other, true);
            }
        }
        return new Shown("", language, false);
    }

    /** Whether all three translations are there. */
    public boolean isComplete() {
        return en != null && vi != null && lo != null;
    }

    public boolean isEmpty() {
        return en == null && vi == null && lo == null;
    }

    /** The translations that exist, by language code, in {@link #FALLBACK_ORDER}. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        FALLBACK_ORDER.forEach(language -> exactly(language).ifPresent(text -> map.put(language, text)));
        return map;
    }

    /**
     * A text chosen for a reader.
     *
     * @param text what to show
     * @param language the language {@code text} is in
     * @param fallback whether it is not in the reader's language (a translation is missing)
     */
    public record Shown(String text, String language, boolean fallback) {

        /** The text, so that a page may print the object as it is. */
        @Override
        public String toString() {
            return text;
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
