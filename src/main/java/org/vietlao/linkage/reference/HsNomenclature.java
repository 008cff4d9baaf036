package org.vietlao.linkage.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.SearchText;

/**
 * The HS 2022 nomenclature in PostgreSQL: look-up by code, the HS 2017 correspondence and search.
 *
 * <p>Search by text compares accent-folded text ({@link SearchText#fold}, the same folding the loader stored in
 * {@code search_en} / {@code search_vi}): every word of the query must occur, and pg_trgm's trigram indexes
 * keep that fast. Ranking puts first the descriptions that contain the query exactly as typed (when it has
 * diacritics: "sắn" before "sản"), then a description equal to the query, then those that start with it
 * (Vietnamese and the HS both put the head noun first: "Cà phê, rang..." is coffee, "Tinh bột sắn" is starch),
 * then the closest words (pg_trgm strict word similarity), then the shorter descriptions, the broader codes
 * and the nomenclature's order.
 */
@Repository
class HsNomenclature {

    static final int MAX_QUERY_LENGTH = 100;
    static final int MIN_QUERY_LENGTH = 2;

    private static final String COLUMNS =
            "c.code, c.level, c.parent, c.section, c.national, c.description_en, c.description_vi, c.description_lo";

    private final JdbcClient jdbc;

    HsNomenclature(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The language of the descriptions searched. */
    enum Language {
        EN("search_en", "description_en"),
        VI("search_vi", "description_vi");

        private final String searchColumn;
        private final String descriptionColumn;

        Language(String searchColumn, String descriptionColumn) {
            this.searchColumn = searchColumn;
            this.descriptionColumn = descriptionColumn;
        }
    }

    /**
     * The code written with digits only: dots and spaces, as in "0714.10", are dropped. Anything but 2, 4, 6
     * or 8 digits is malformed (REF-001).
     */
    static String normalise(String raw) {
        return HsCode.parse(raw).digits();
    }

    static boolean isWellFormed(String code) {
        return HsCode.isWellFormed(code);
    }

    Optional<HsEntry> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hs_code c WHERE c.code = :code")
                .param("code", code)
                .query(HsNomenclature::entry)
                .optional();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM hs_code WHERE code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    /**
     * The Lao name of the chapter a code belongs to (its first two digits), the platform's translation (V207,
     * decision 0100); empty for an unknown chapter. The 97 names are read once.
     */
    Optional<String> laoChapter(String code) {
        Map<String, String> names = laoChapters;
        if (names == null) {
            Map<String, String> read = new HashMap<>();
            jdbc.sql("SELECT code, description_lo FROM hs_code WHERE level = 2 AND description_lo IS NOT NULL")
                    .query(rs -> {
                        read.put(rs.getString("code"), rs.getString("description_lo"));
                    });
            names = Map.copyOf(read);
            laoChapters = names;
        }
        return code == null || code.length() < 2
                ? Optional.empty()
                : Optional.ofNullable(names.get(code.substring(0, 2)));
    }

    private volatile Map<String, String> laoChapters;

    /** The Lao titles of the sections by number (V207, the platform's translation). */
    Map<String, String> laoSectionTitles() {
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("SELECT number, description_lo FROM hs_section WHERE description_lo IS NOT NULL")
                .query(rs -> {
                    titles.put(rs.getString("number"), rs.getString("description_lo"));
                });
        return titles;
    }

    /** The English titles of the sections by number, such as "Vegetable products" for II. */
    Map<String, String> sectionTitles() {
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("SELECT number, description_en FROM hs_section").query(rs -> {
            titles.put(rs.getString("number"), rs.getString("description_en"));
        });
        return titles;
    }

    /**
     * The HS 2017 subheadings that correspond to a subheading; for a national line, those of the subheading it
     * belongs to.
     */
    List<String> hs2017Of(HsEntry entry) {
        String subheading = entry.level() == 8 ? entry.parent() : entry.code();
        return jdbc.sql("SELECT hs2017 FROM hs_concordance_2017 WHERE hs2022 = :code ORDER BY hs2017")
                .param("code", subheading)
                .query(String.class)
                .list();
    }

    /** Whether the query is a code or the start of one ("0714", "0714.10"), which is searched as a prefix. */
    static boolean isCodePrefix(String query) {
        return HsCode.looksLikeCode(query);
    }

    /** The codes that start with the digits of {@code prefix}, in the nomenclature's order. */
    List<HsEntry> startingWith(String prefix, int limit) {
        String digits = HsCode.digitsOf(prefix);
        return jdbc.sql("SELECT " + COLUMNS + " FROM hs_code c WHERE c.code LIKE :prefix ORDER BY c.code LIMIT :limit")
                .param("prefix", digits + "%")
                .param("limit", limit)
                .query(HsNomenclature::entry)
                .list();
    }

    /** The codes whose description in {@code language} contains every word of {@code query}, best first. */
    List<HsEntry> matching(String query, Language language, int limit) {
        String folded = SearchText.fold(query);
        List<String> words = List.of(folded.split(" "));
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? "" : " AND ")
                    .append("c.")
                    .append(language.searchColumn)
                    .append(" LIKE :w")
                    .append(i);
        }
        String typed = query.strip().toLowerCase(java.util.Locale.ROOT);
        boolean hasDiacritics = !SearchText.fold(typed).equals(typed.replaceAll("\\s+", " "));
        String search = "c." + language.searchColumn;
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM hs_code c WHERE " + where
                        + " ORDER BY "
                        + (hasDiacritics
                                ? "strpos(lower(c." + language.descriptionColumn + "), :typed) > 0 DESC, "
                                : "")
                        + search + " = :folded DESC, " + search + " LIKE :start DESC, strict_word_similarity(:folded, "
                        + search
                        + ") DESC, length(" + search + "), c.level, c.code LIMIT :limit")
                .param("folded", folded)
                .param("start", escapeLike(folded) + "%")
                .param("limit", limit);
        if (hasDiacritics) {
            statement = statement.param("typed", typed);
        }
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return statement.query(HsNomenclature::entry).list();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static HsEntry entry(ResultSet rs, int row) throws SQLException {
        return new HsEntry(
                rs.getString("code"),
                rs.getInt("level"),
                rs.getString("parent"),
                rs.getString("section"),
                rs.getBoolean("national"),
                rs.getString("description_en"),
                rs.getString("description_vi"),
                rs.getString("description_lo"));
    }
}
