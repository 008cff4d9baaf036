package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vietlao.linkage.shared.SearchText;

/**
 * Finds a loaded province by the way the border-gate lists write it ("Điện Biên", "Huế (city)", "Bolikhamxay"),
 * among the provinces valid on a given day. Names are compared folded (SearchText.fold), without Vietnamese
 * unit prefixes ("Tỉnh ", "Thành phố "), without the English " Province" and without parenthesised remarks.
 * A name that is not found stops the load: a silent miss would put a gate in no province.
 */
final class ProvinceDirectory {

    /** The first day of the 34 Vietnamese provinces (Resolution 202/2025/QH15). */
    static final LocalDate VN_MERGER = LocalDate.of(2025, 7, 1);

    /**
     * Names the sources use that the province list no longer carries: Thừa Thiên Huế province became Thành
     * phố Huế on 2025-01-01 (Resolution 175/2024/QH15) and the list names it by its new name.
     */
    static final Map<String, String> FORMER_NAMES = Map.of("thua thien hue", "hue");

    private static final Pattern REMARKS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final List<String> UNIT_PREFIXES = List.of("tinh ", "thanh pho ");
    private static final String UNIT_SUFFIX = " province";

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> idsByCode = new HashMap<>();

    private ProvinceDirectory() {}

    /** The provinces of {@code country} valid on {@code day}, by name key. */
    static ProvinceDirectory on(Connection connection, String country, LocalDate day) throws SQLException {
        ProvinceDirectory directory = new ProvinceDirectory();
        try (PreparedStatement query = connection.prepareStatement("""
				SELECT id, code, short_name, name_en FROM province
				WHERE country = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""")) {
            query.setString(1, country);
            query.setObject(2, day);
            query.setObject(3, day);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    directory.ids.put(key(rs.getString("short_name")), rs.getInt("id"));
                    directory.ids.putIfAbsent(key(rs.getString("name_en")), rs.getInt("id"));
                    directory.idsByCode.put(rs.getString("code"), rs.getInt("id"));
                }
            }
        }
        return directory;
    }

    /** The id of the province so named; fails when there is none. */
    int idOf(String name) {
        Integer id = ids.get(key(name));
        if (id == null) {
            throw new IllegalStateException("no province named \"" + name + "\" (known: " + ids.keySet() + ")");
        }
        return id;
    }

    /** The id of the province with this code; fails when there is none. */
    int idOfCode(String code) {
        Integer id = idsByCode.get(code);
        if (id == null) {
            throw new IllegalStateException("no province with code " + code);
        }
        return id;
    }

    /** Like {@link #idOf}, but a name the source marks as unknown ("(not confirmed)") gives {@code null}. */
    Integer idOfConfirmed(String name) {
        return name == null || name.startsWith("(") ? null : idOf(name);
    }

    /** The comparison key of a province name: "Tỉnh Thừa Thiên Huế", "Huế (city)" and "Hue" give "hue". */
    static String key(String name) {
        String key = SearchText.fold(REMARKS.matcher(name).replaceAll(""));
        for (String prefix : UNIT_PREFIXES) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
            }
        }
        if (key.endsWith(UNIT_SUFFIX)) {
            key = key.substring(0, key.length() - UNIT_SUFFIX.length());
        }
        return FORMER_NAMES.getOrDefault(key, key);
    }

    /** "Tỉnh Điện Biên" gives "Điện Biên": the name without the Vietnamese unit prefix. */
    static String shortName(String localName) {
        for (String prefix : List.of("Tỉnh ", "Thành phố ")) {
            if (localName.startsWith(prefix)) {
                return localName.substring(prefix.length());
            }
        }
        return localName;
    }
}
