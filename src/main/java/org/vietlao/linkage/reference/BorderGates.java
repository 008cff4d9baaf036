package org.vietlao.linkage.reference;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Vietnam–Laos border-gate pairs with their provinces and points.
 */
@Repository
class BorderGates {

    private static final String SELECT = "SELECT g.*, " + Provinces.columns("vb", "vb_") + ", "
            + Provinces.columns("va", "va_") + ", " + Provinces.columns("la", "la_")
            + " FROM border_gate_pair g JOIN province vb ON vb.id = g.vn_province_before_id "
            + "JOIN province va ON va.id = g.vn_province_after_id LEFT JOIN province la ON la.id = g.lao_province_id";

    private final JdbcClient jdbc;

    BorderGates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every pair, in the order of their ids (international, main, secondary, planned). */
    List<Sourced> all() {
        return jdbc.sql(SELECT + " ORDER BY g.pair_id")
                .query(BorderGates::sourced)
                .list();
    }

    Optional<Sourced> find(String pairId) {
        return jdbc.sql(SELECT + " WHERE g.pair_id = :id")
                .param("id", pairId)
                .query(BorderGates::sourced)
                .optional();
    }

    /** A pair with what the sources say about it, word for word. */
    record Sourced(
            BorderGatePair pair,
            String laoProvinceText,
            String vnDistrictBeforeMerger,
            String typeText,
            String type2016Text,
            String statusNotes,
            String coordinateSource,
            List<String> sources) {}

    private static Sourced sourced(ResultSet rs, int row) throws SQLException {
        BorderGatePair pair = new BorderGatePair(
                rs.getString("pair_id"),
                rs.getString("vn_gate"),
                rs.getString("lao_gate"),
                GateType.ofCode(rs.getString("type")),
                rs.getBoolean("type_uncertain"),
                Provinces.province(rs, "vb_"),
                Provinces.province(rs, "va_"),
                Provinces.province(rs, "la_"),
                point(rs, "vn_"),
                point(rs, "lao_"));
        List<String> sources = Arrays.stream(rs.getString("sources").split(" \\| "))
                .map(String::strip)
                .toList();
        return new Sourced(
                pair,
                rs.getString("lao_province_text"),
                rs.getString("vn_district_before_text"),
                rs.getString("type_text"),
                rs.getString("type_2016_text"),
                rs.getString("status_notes"),
                rs.getString("coordinate_source"),
                sources);
    }

    private static GatePoint point(ResultSet rs, String side) throws SQLException {
        BigDecimal distance = rs.getBigDecimal(side + "border_distance_km");
        return new GatePoint(
                rs.getObject(side + "latitude", Double.class),
                rs.getObject(side + "longitude", Double.class),
                CoordinatePrecision.ofCode(rs.getString(side + "precision")),
                rs.getString(side + "place"),
                distance);
    }
}
