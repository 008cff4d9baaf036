package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the provinces of both countries with their validity and the 2025 Vietnamese merger map. Each
 * old province's {@code merged_into} in provinces.csv must agree with the merger map, or the load stops.
 */
public class V16__Load_provinces extends ReferenceDataMigration {

    static final String PROVINCES = "geo/provinces.csv";
    static final String MERGER = "geo/vn_province_merger_2025.csv";

    @Override
    List<String> files() {
        return List.of(PROVINCES, MERGER);
    }

    @Override
    void load(Connection connection) throws SQLException {
        CsvTable provinces = csv(PROVINCES);
        List<Object[]> rows = provinces.rows().stream()
                .map(row -> new Object[] {
                    row.get("country"),
                    row.get("code"),
                    row.get("name_local"),
                    ProvinceDirectory.shortName(row.get("name_local")),
                    row.get("name_en"),
                    row.get("capital"),
                    Double.valueOf(row.get("lat")),
                    Double.valueOf(row.get("lon")),
                    row.get("valid_from"),
                    row.optional("valid_to"),
                    row.get("source")
                })
                .toList();
        copy(
                connection,
                "province (country, code, name_local, short_name, name_en, capital, latitude, longitude, "
                        + "valid_from, valid_to, source)",
                rows);

        LocalDate lastOldDay = ProvinceDirectory.VN_MERGER.minusDays(1);
        Map<String, String> mergedInto = new HashMap<>();
        provinces.rows().stream()
                .filter(row ->
                        "VN".equals(row.get("country")) && lastOldDay.toString().equals(row.optional("valid_to")))
                .forEach(row -> mergedInto.put(row.get("code"), row.get("merged_into")));
        ProvinceDirectory before = ProvinceDirectory.on(connection, "VN", lastOldDay);
        ProvinceDirectory after = ProvinceDirectory.on(connection, "VN", ProvinceDirectory.VN_MERGER);
        List<Object[]> mergers = new ArrayList<>();
        for (CsvTable.Row row : csv(MERGER).rows()) {
            if (!(row.get("new_code") + " " + row.get("new_name")).equals(mergedInto.get(row.get("old_code")))) {
                throw new IllegalStateException("provinces.csv and the merger map disagree on " + row.get("old_name"));
            }
            mergers.add(new Object[] {
                before.idOfCode(row.get("old_code")),
                after.idOfCode(row.get("new_code")),
                ProvinceDirectory.VN_MERGER.toString(),
                row.get("merge_type"),
                "yes".equals(row.get("new_unit_is_merged")),
                before.idOf(row.get("centre_in_old_province")),
                row.get("source")
            });
        }
        copy(
                connection,
                "province_merger (old_province_id, new_province_id, effective_on, merge_type, new_unit_is_merged, "
                        + "centre_province_id, source)",
                mergers);
    }
}
