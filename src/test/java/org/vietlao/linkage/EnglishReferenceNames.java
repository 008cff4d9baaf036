package org.vietlao.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The English names of provinces and countries that have a name of their own in Vietnamese or Lao, read from the
 * database, and a search for them in a page's visible text that leaves out free text users typed in one language
 * (descriptions, organisation names): that is data kept in one language, not a reference name.
 */
public final class EnglishReferenceNames {

    private final JdbcClient jdbc;

    public EnglishReferenceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** English names of current provinces and of countries that have a different name in {@code language}. */
    public List<String> withATranslationIn(String language) {
        String column = "name_" + language;
        List<String> names = new ArrayList<>(jdbc.sql("SELECT name_en FROM province WHERE " + column
                        + " IS NOT NULL AND " + column + " <> name_en AND valid_to IS NULL")
                .query(String.class)
                .list());
        // Short English country names ("Chad", "Peru") could occur inside ordinary words; five letters and up.
        names.addAll(jdbc.sql("SELECT name_en FROM country WHERE " + column + " IS NOT NULL AND " + column
                        + " <> name_en AND length(name_en) >= 5")
                .query(String.class)
                .list());
        return names;
    }

    /** The names of {@code names} found in {@code pageText}, free text left out. */
    public List<String> in(String pageText, List<String> names) {
        String text = pageText;
        for (String free : jdbc.sql("SELECT description FROM pilot_candidate WHERE description IS NOT NULL "
                        + "UNION SELECT description FROM pilot_evaluation WHERE description IS NOT NULL "
                        + "UNION SELECT description FROM matching_chain WHERE description IS NOT NULL "
                        + "UNION SELECT name FROM organisation")
                .query(String.class)
                .list()) {
            text = text.replace(free.strip().replaceAll("\\s+", " "), " ");
        }
        String visible = text;
        return names.stream()
                .filter(name -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])")
                        .matcher(visible)
                        .find())
                .toList();
    }
}
