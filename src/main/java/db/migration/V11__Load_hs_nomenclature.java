package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vietlao.linkage.shared.SearchText;

/**
 * Loads the HS 2022 sections, chapters, headings and subheadings (English, from datasets/harmonized-system),
 * their Vietnamese descriptions and Vietnam's 8-digit national lines (from the tariff in hs_vi.csv).
 *
 * <p>Rules, documented in docs/decisions/0002-reference-data-loading.md:
 * <ul>
 * <li>The {@code TOTAL} row is an aggregate of the statistics, not a code, and is skipped; chapter 99 /
 * 9999 / 999999 ("not specified according to kind") are kept because trade statistics use them.</li>
 * <li>Chapter 98 of the tariff is Vietnam's own (not HS/AHTN) and has no place in the HS hierarchy: skipped.</li>
 * <li>A subheading without its own Vietnamese line but with exactly one national line {@code XXXXXX00} takes
 * that line's text: the tariff prints an undivided subheading that way.</li>
 * </ul>
 */
public class V11__Load_hs_nomenclature extends ReferenceDataMigration {

    static final String SECTIONS = "hs/sections.csv";
    static final String HS_2022 = "hs/harmonized-system-2022.csv";
    static final String HS_VI = "hs/hs_vi.csv";
    static final String NATIONAL_CHAPTER = "98";

    @Override
    List<String> files() {
        return List.of(SECTIONS, HS_2022, HS_VI);
    }

    @Override
    void load(Connection connection) throws SQLException {
        List<Object[]> sections = new ArrayList<>();
        int position = 0;
        for (CsvTable.Row row : csv(SECTIONS).rows()) {
            sections.add(new Object[] {row.get("section"), ++position, row.get("name")});
        }
        copy(connection, "hs_section (number, position, description_en)", sections);

        Map<String, String> vietnamese = new LinkedHashMap<>();
        for (CsvTable.Row row : csv(HS_VI).rows()) {
            String code = row.get("hscode");
            if (!code.startsWith(NATIONAL_CHAPTER)) {
                vietnamese.put(code, row.get("description_vi"));
            }
        }
        Map<String, List<String>> nationalLines = new HashMap<>();
        vietnamese.keySet().stream()
                .filter(code -> code.length() == 8)
                .forEach(code -> nationalLines
                        .computeIfAbsent(code.substring(0, 6), k -> new ArrayList<>())
                        .add(code));

        Set<String> sectionNumbers =
                Set.copyOf(sections.stream().map(s -> (String) s[0]).toList());
        Map<String, String> sectionOf = new HashMap<>();
        List<Object[]> codes = new ArrayList<>();
        for (CsvTable.Row row : csv(HS_2022).rows()) {
            String code = row.get("hscode");
            if ("TOTAL".equals(code)) {
                continue;
            }
            int level = Integer.parseInt(row.get("level"));
            String parent = level == 2 ? null : row.get("parent");
            String section = sectionNumbers.contains(row.get("section")) ? row.get("section") : null;
            sectionOf.put(code, section);
            String vi = vietnamese.get(code);
            if (vi == null && level == 6) {
                List<String> lines = nationalLines.getOrDefault(code, List.of());
                vi = lines.size() == 1 && lines.get(0).endsWith("00") ? vietnamese.get(lines.get(0)) : null;
            }
            codes.add(codeRow(code, level, parent, section, false, row.get("description"), vi));
        }
        for (Map.Entry<String, String> line : vietnamese.entrySet()) {
            String code = line.getKey();
            if (code.length() != 8) {
                continue;
            }
            String parent = code.substring(0, 6);
            if (!sectionOf.containsKey(parent)) {
                throw new IllegalStateException("national line " + code + " has no HS 2022 subheading " + parent);
            }
            codes.add(codeRow(code, 8, parent, sectionOf.get(parent), true, null, line.getValue()));
        }
        copy(
                connection,
                "hs_code (code, level, parent, section, national, description_en, description_vi, vi_indent, "
                        + "search_en, search_vi)",
                codes);
    }

    private static Object[] codeRow(
            String code,
            int level,
            String parent,
            String section,
            boolean national,
            String english,
            String tariffVietnamese) {
        String vi = tariffVietnamese == null ? null : HsDescriptions.clean(tariffVietnamese);
        Integer indent = tariffVietnamese == null ? null : HsDescriptions.indent(tariffVietnamese);
        return new Object[] {
            code, level, parent, section, national, english, vi, indent, SearchText.fold(english), SearchText.fold(vi)
        };
    }
}
