package org.vietlao.linkage.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Provinces of both countries with their validity, and the 2025 Vietnamese merger between the two sets.
 */
@Repository
class Provinces {

    /** The columns of a province of table alias {@code p}, under their own names. */
    static final String COLUMNS = columns("p", "");

    private final JdbcClient jdbc;

    Provinces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The provinces of {@code country} valid on {@code day}, by code. */
    List<Province> on(String country, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM province p WHERE p.country = :country AND p.valid_from <= :day "
                        + "AND (p.valid_to IS NULL OR p.valid_to >= :day) ORDER BY p.code")
                .param("country", country)
                .param("day", day)
                .query((rs, n) -> province(rs, ""))
                .list();
    }

    /** Each old Vietnamese province with the new one it became part of on 2025-07-01. */
    Map<Province, Province> merger() {
        Map<Province, Province> into = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT " + columns("o", "o_") + ", " + columns("n", "n_") + " FROM province_merger m "
                                + "JOIN province o ON o.id = m.old_province_id JOIN province n ON n.id = m.new_province_id ORDER BY o.code")
                .query(rs -> {
                    into.put(province(rs, "o_"), province(rs, "n_"));
                });
        return into;
    }

    /** Province columns of table alias {@code alias}, each renamed with {@code prefix}. */
    static String columns(String alias, String prefix) {
        return String.join(
                ", ",
                List.of(
                                "country",
                                "code",
                                "name_local",
                                "short_name",
                                "name_en",
                                "capital",
                                "latitude",
                                "longitude",
                                "valid_from",
                                "valid_to")
                        .stream()
                        .map(c -> alias + "." + c + " AS " + prefix + c)
                        .toList());
    }

    /** The province in the columns named with {@code prefix}, or {@code null} if they are empty. */
    static Province province(ResultSet rs, String prefix) throws SQLException {
        if (rs.getString(prefix + "code") == null) {
            return null;
        }
        return new Province(
                rs.getString(prefix + "country"),
                rs.getString(prefix + "code"),
                rs.getString(prefix + "name_local"),
                rs.getString(prefix + "short_name"),
                rs.getString(prefix + "name_en"),
                rs.getString(prefix + "capital"),
                rs.getDouble(prefix + "latitude"),
                rs.getDouble(prefix + "longitude"),
                rs.getObject(prefix + "valid_from", LocalDate.class),
                rs.getObject(prefix + "valid_to", LocalDate.class));
    }
}
