package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads ISO 3166-1 countries (datasets/country-codes) and ISO 4217 currencies (datasets/currency-codes). The
 * currency list has one row per entity using a currency, current or withdrawn; {@code currency_use} keeps it
 * as published and {@code currency} holds one row per alphabetic code, described by a current use if there is
 * one, else by its last listed withdrawn use.
 */
public class V14__Load_countries_and_currencies extends ReferenceDataMigration {

    static final String COUNTRIES = "reference/country-codes.csv";
    static final String CURRENCIES = "reference/currency-codes-iso4217.csv";

    @Override
    List<String> files() {
        return List.of(COUNTRIES, CURRENCIES);
    }

    @Override
    void load(Connection connection) throws SQLException {
        CsvTable uses = csv(CURRENCIES);
        Map<String, CsvTable.Row> describing = new LinkedHashMap<>();
        Map<String, Boolean> current = new LinkedHashMap<>();
        for (CsvTable.Row row : uses.rows()) {
            String code = row.optional("AlphabeticCode");
            if (code == null) {
                continue;
            }
            boolean inUse = row.optional("WithdrawalDate") == null;
            boolean alreadyCurrent = current.getOrDefault(code, false);
            if (!alreadyCurrent) {
                describing.put(code, row);
            }
            current.put(code, alreadyCurrent || inUse);
        }
        List<Object[]> currencies = new ArrayList<>();
        describing.forEach((code, row) -> currencies.add(new Object[] {
            code,
            threeDigits(row.optional("NumericCode")),
            row.get("Currency"),
            minorUnit(row.optional("MinorUnit")),
            current.get(code)
        }));
        copy(connection, "currency (code, numeric_code, name, minor_unit, current)", currencies);

        List<Object[]> useRows = uses.rows().stream()
                .map(row -> new Object[] {
                    row.get("Entity"),
                    row.get("Currency"),
                    row.optional("AlphabeticCode"),
                    row.optional("WithdrawalDate")
                })
                .toList();
        copy(connection, "currency_use (entity, currency_name, currency, withdrawal_date)", useRows);

        List<Object[]> countries = csv(COUNTRIES).rows().stream()
                .map(row -> new Object[] {
                    row.get("ISO3166-1-Alpha-2"),
                    row.get("ISO3166-1-Alpha-3"),
                    threeDigits(row.get("ISO3166-1-numeric")),
                    threeDigits(row.get("M49")),
                    row.get("CLDR display name"),
                    row.get("official_name_en"),
                    orEmpty(row.optional("ISO4217-currency_alphabetic_code")),
                    row.optional("Capital"),
                    row.optional("Region Name"),
                    row.optional("Sub-region Name"),
                    row.optional("is_independent"),
                    flagged(row.optional("Land Locked Developing Countries (LLDC)")),
                    flagged(row.optional("Least Developed Countries (LDC)"))
                })
                .toList();
        copy(
                connection,
                "country (alpha2, alpha3, numeric_code, m49, name_en, official_name_en, currencies, capital, "
                        + "region, sub_region, independence, landlocked_developing, least_developed)",
                countries);
    }

    /** ISO numeric codes are three digits; the country list drops the leading zeros ("4" for Afghanistan). */
    static String threeDigits(String number) {
        return number == null ? null : String.format("%03d", Integer.parseInt(number));
    }

    /** ISO writes "N.A." as "-" where a minor unit does not apply. */
    static Integer minorUnit(String value) {
        return value == null || !value.chars().allMatch(Character::isDigit) ? null : Integer.valueOf(value);
    }

    private static boolean flagged(String value) {
        return value != null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
