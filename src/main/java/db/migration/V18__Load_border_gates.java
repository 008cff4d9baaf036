package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the Vietnam–Laos border-gate pairs and the border provinces. Provinces are linked by name to the
 * province table (see {@link ProvinceDirectory}): the Vietnamese ones as listed before the merger among the 63,
 * after it among the 34. Coordinates come from the coordinates files (not from the gate list's own columns,
 * which they supersede), with the precision class of each side from the detail file.
 */
public class V18__Load_border_gates extends ReferenceDataMigration {

    static final String GATES = "border/border_gates.csv";
    static final String COORDINATES = "geo/border_gate_coords.csv";
    static final String COORDINATE_DETAILS = "geo/border_gate_coords_detail.csv";
    static final String BORDER_PROVINCES = "border/border_provinces.csv";

    @Override
    List<String> files() {
        return List.of(GATES, COORDINATES, COORDINATE_DETAILS, BORDER_PROVINCES);
    }

    @Override
    void load(Connection connection) throws SQLException {
        LocalDate merger = ProvinceDirectory.VN_MERGER;
        ProvinceDirectory vnBefore = ProvinceDirectory.on(connection, "VN", merger.minusDays(1));
        ProvinceDirectory vnAfter = ProvinceDirectory.on(connection, "VN", merger);
        ProvinceDirectory lao = ProvinceDirectory.on(connection, "LA", merger);
        Map<String, CsvTable.Row> coordinates = byPair(csv(COORDINATES));
        Map<String, CsvTable.Row> details = byPair(csv(COORDINATE_DETAILS));

        List<Object[]> gates = new ArrayList<>();
        for (CsvTable.Row gate : csv(GATES).rows()) {
            String pairId = gate.get("pair_id");
            CsvTable.Row point = required(coordinates, pairId, COORDINATES);
            CsvTable.Row detail = required(details, pairId, COORDINATE_DETAILS);
            String type = gate.get("type_current_best_known");
            gates.add(new Object[] {
                pairId,
                gate.get("vn_gate"),
                gate.get("lao_gate"),
                vnBefore.idOf(gate.get("vn_province_pre_2025_07")),
                vnAfter.idOf(gate.get("vn_province_post_2025_07")),
                lao.idOfConfirmed(gate.get("lao_province")),
                gate.get("vn_province_pre_2025_07"),
                gate.get("vn_province_post_2025_07"),
                gate.get("lao_province"),
                gate.optional("vn_district_pre_2025"),
                GateClassification.type(type, pairId),
                GateClassification.typeUncertain(type),
                type,
                gate.get("type_in_2016_agreement"),
                gate.optional("status_notes"),
                point.optionalDouble("vn_lat"),
                point.optionalDouble("vn_lon"),
                GateClassification.precision(detail.optional("vn_precision")),
                detail.optional("vn_place"),
                detail.optionalDouble("vn_dist_to_border_km"),
                point.optionalDouble("lao_lat"),
                point.optionalDouble("lao_lon"),
                GateClassification.precision(detail.optional("lao_precision")),
                detail.optional("lao_place"),
                detail.optionalDouble("lao_dist_to_border_km"),
                point.get("source"),
                gate.get("source")
            });
        }
        copy(
                connection,
                "border_gate_pair (pair_id, vn_gate, lao_gate, vn_province_before_id, vn_province_after_id, "
                        + "lao_province_id, vn_province_before_text, vn_province_after_text, lao_province_text, "
                        + "vn_district_before_text, type, type_uncertain, type_text, type_2016_text, status_notes, vn_latitude, "
                        + "vn_longitude, vn_precision, vn_place, vn_border_distance_km, lao_latitude, lao_longitude, lao_precision, "
                        + "lao_place, lao_border_distance_km, coordinate_source, sources)",
                gates);

        List<Object[]> borderProvinces = new ArrayList<>();
        for (CsvTable.Row row : csv(BORDER_PROVINCES).rows()) {
            boolean vietnamese = "VN".equals(row.get("country"));
            ProvinceDirectory before = vietnamese ? vnBefore : lao;
            ProvinceDirectory after = vietnamese ? vnAfter : lao;
            borderProvinces.add(new Object[] {
                row.get("country"),
                before.idOf(row.get("province_pre_2025_07")),
                after.idOf(row.get("province_post_2025_07")),
                row.get("merger_note"),
                row.optional("facing_lao_provinces_via_listed_gates"),
                row.get("source")
            });
        }
        copy(
                connection,
                "border_province (country, province_before_id, province_after_id, merger_note, "
                        + "facing_lao_provinces, source)",
                borderProvinces);
    }

    private static Map<String, CsvTable.Row> byPair(CsvTable table) {
        Map<String, CsvTable.Row> rows = new HashMap<>();
        table.rows().forEach(row -> rows.put(row.get("pair_id"), row));
        return rows;
    }

    private static CsvTable.Row required(Map<String, CsvTable.Row> rows, String pairId, String file) {
        CsvTable.Row row = rows.get(pairId);
        if (row == null) {
            throw new IllegalStateException(file + " has no row for " + pairId);
        }
        return row;
    }
}
