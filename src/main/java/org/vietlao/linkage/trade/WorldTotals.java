package org.vietlao.linkage.trade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.TreeMap;

/**
 * The world row of a year and classification (V205): for each product, the sum of the cents every country's row
 * holds, written by the import in its own transaction right after the countries' rows. RCA, TII and the export
 * potential divide by these sums; reading one row instead of summing every country's arrays is what makes the
 * indicators cheap (issue 12's benchmark).
 */
final class WorldTotals {

    /** Per product: exports, imports and whether any country's imports were known. */
    private final TreeMap<String, long[]> byProduct = new TreeMap<>();

    private final boolean withImports;

    /** {@code withImports} false for a world exports table, which has no imports at all. */
    WorldTotals(boolean withImports) {
        this.withImports = withImports;
    }

    /** Adds one country's cell, in the cents stored for it; {@code importsCents} null where unknown. */
    void add(String product, long exportsCents, Long importsCents) {
        long[] sums = byProduct.computeIfAbsent(product, k -> new long[3]);
        sums[0] = Math.addExact(sums[0], exportsCents);
        if (importsCents != null) {
            sums[1] = Math.addExact(sums[1], importsCents);
            sums[2] = 1;
        }
    }

    /** Replaces the year's world row over {@code connection} (the import's transaction). */
    void write(Connection connection, int year, String classification, long importId) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM trade_world_year WHERE year = ? AND classification = ?")) {
            delete.setInt(1, year);
            delete.setString(2, classification);
            delete.executeUpdate();
        }
        if (byProduct.isEmpty()) {
            return;
        }
        String[] products = new String[byProduct.size()];
        Long[] exports = new Long[products.length];
        Long[] imports = new Long[products.length];
        int i = 0;
        for (Map.Entry<String, long[]> e : byProduct.entrySet()) {
            products[i] = e.getKey();
            exports[i] = e.getValue()[0];
            imports[i] = e.getValue()[2] == 1 ? e.getValue()[1] : null;
            i++;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO trade_world_year (year, classification, products, exports_cents, imports_cents, import_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, year);
            insert.setString(2, classification);
            insert.setArray(3, connection.createArrayOf("varchar", products));
            insert.setArray(4, connection.createArrayOf("bigint", exports));
            if (withImports) {
                insert.setArray(5, connection.createArrayOf("bigint", imports));
            } else {
                insert.setNull(5, Types.ARRAY);
            }
            insert.setLong(6, importId);
            insert.executeUpdate();
        }
    }
}
