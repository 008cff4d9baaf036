package org.vietlao.linkage.reference;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * ISO 3166-1 countries and ISO 4217 currencies.
 */
@Repository
class CodeLists {

    private final JdbcClient jdbc;

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record IsoCountry(
            String alpha2,
            String alpha3,
            String numericCode,
            String name,
            String officialName,
            List<String> currencies,
            String capital,
            String region,
            String subRegion,
            String independence,
            boolean landlockedDeveloping,
            boolean leastDeveloped) {}

    record IsoCurrency(
            String code, String numericCode, String name, Integer minorUnit, boolean current, List<String> usedBy) {}

    List<IsoCountry> countries() {
        return jdbc.sql("SELECT * FROM country ORDER BY alpha2")
                .query((rs, n) -> new IsoCountry(
                        rs.getString("alpha2"),
                        rs.getString("alpha3"),
                        rs.getString("numeric_code"),
                        rs.getString("name_en"),
                        rs.getString("official_name_en"),
                        split(rs.getString("currencies")),
                        rs.getString("capital"),
                        rs.getString("region"),
                        rs.getString("sub_region"),
                        rs.getString("independence"),
                        rs.getBoolean("landlocked_developing"),
                        rs.getBoolean("least_developed")))
                .list();
    }

    /** The currencies in use, or all of them, each with the entities that use it (or used it). */
    List<IsoCurrency> currencies(boolean includeWithdrawn) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT currency, entity FROM currency_use WHERE currency IS NOT NULL AND (:all OR withdrawal_date IS NULL) "
                                + "ORDER BY entity")
                .param("all", includeWithdrawn)
                .query(rs -> {
                    users.computeIfAbsent(rs.getString("currency"), k -> new java.util.ArrayList<>())
                            .add(rs.getString("entity"));
                });
        return jdbc.sql("SELECT * FROM currency WHERE :all OR current ORDER BY code")
                .param("all", includeWithdrawn)
                .query((rs, n) -> new IsoCurrency(
                        rs.getString("code"),
                        rs.getString("numeric_code"),
                        rs.getString("name"),
                        rs.getObject("minor_unit", Integer.class),
                        rs.getBoolean("current"),
                        users.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    /** Whether {@code code} is a currency in use today. */
    boolean isCurrentCurrency(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM currency WHERE code = :code AND current)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    private static List<String> split(String codes) {
        return codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }
}
