package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a summed BACI year into the world tables over one connection (the import's transaction): the year's
 * earlier rows go, each country × product cell with trade and the Viet Nam–Laos HS6 rows come in with
 * PostgreSQL {@code COPY}, sent in chunks of a few MB. Used by the import and by the benchmark alike.
 */
final class BaciTables {

    private static final int CHUNK = 4 << 20;

    private BaciTables() {}

    /** Replaces the year's rows; answers the number of country × product cells written. */
    static long write(Connection connection, BaciAggregate aggregate, long importId) {
        int year = aggregate.year();
        try {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM trade_country_year WHERE year = ? AND classification = 'HS'")) {
                delete.setInt(1, year);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trade_bilateral WHERE year = ?")) {
                delete.setInt(1, year);
                delete.executeUpdate();
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM trade_country_partner WHERE year = ?")) {
                delete.setInt(1, year);
                delete.executeUpdate();
            }
            // One row per country: its products with trade and their values as aligned arrays (V204).
            CopyIn cells = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY trade_country_year (year, classification, country, products, exports_cents,"
                            + " imports_cents, import_id) FROM STDIN WITH (FORMAT csv)");
            StringBuilder data = new StringBuilder(CHUNK + 1024);
            StringBuilder products = new StringBuilder();
            StringBuilder exports = new StringBuilder();
            StringBuilder imports = new StringBuilder();
            long written = 0;
            int productCount = aggregate.products().size();
            long[] worldExports = new long[productCount];
            long[] worldImports = new long[productCount];
            boolean[] traded = new boolean[productCount];
            for (int c = 0; c < aggregate.countries().size(); c++) {
                products.setLength(0);
                exports.setLength(0);
                imports.setLength(0);
                for (int p = 0; p < aggregate.products().size(); p++) {
                    double x = aggregate.exports(c, p);
                    double m = aggregate.imports(c, p);
                    if (x == 0 && m == 0) {
                        continue;
                    }
                    if (!products.isEmpty()) {
                        products.append(',');
                        exports.append(',');
                        imports.append(',');
                    }
                    products.append(aggregate.products().get(p));
                    long xc = WorldCells.cents(x);
                    long mc = WorldCells.cents(m);
                    exports.append(xc);
                    imports.append(mc);
                    worldExports[p] = Math.addExact(worldExports[p], xc);
                    worldImports[p] = Math.addExact(worldImports[p], mc);
                    traded[p] = true;
                    written++;
                }
                if (products.isEmpty()) {
                    continue;
                }
                data.append(year)
                        .append(",HS,")
                        .append(aggregate.countries().get(c))
                        .append(",\"{")
                        .append(products)
                        .append("}\",\"{")
                        .append(exports)
                        .append("}\",\"{")
                        .append(imports)
                        .append("}\",")
                        .append(importId)
                        .append('\n');
                if (data.length() > CHUNK) {
                    send(cells, data);
                }
            }
            send(cells, data);
            cells.endCopy();
            WorldTotals world = new WorldTotals(true);
            for (int p = 0; p < productCount; p++) {
                if (traded[p]) {
                    world.add(aggregate.products().get(p), worldExports[p], worldImports[p]);
                }
            }
            world.write(connection, year, "HS", importId);
            String tail = "," + importId + "\n";
            CopyIn pair = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY trade_bilateral (year, exporter, importer, product, value_usd, quantity_t, import_id)"
                            + " FROM STDIN WITH (FORMAT csv)");
            for (BaciAggregate.Bilateral b : aggregate.bilateral()) {
                data.append(year)
                        .append(',')
                        .append(b.exporter())
                        .append(',')
                        .append(b.importer())
                        .append(',')
                        .append(b.product())
                        .append(',');
                usd(data, b.valueUsd()).append(',');
                if (b.quantityTonnes() != null) {
                    data.append(BigDecimal.valueOf(b.quantityTonnes()).toPlainString());
                }
                data.append(tail);
            }
            send(pair, data);
            pair.endCopy();
            CopyIn partners = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY trade_country_partner (year, exporter, importer, value_usd, import_id)"
                            + " FROM STDIN WITH (FORMAT csv)");
            int n = aggregate.countries().size();
            for (int e = 0; e < n; e++) {
                for (int m = 0; m < n; m++) {
                    double v = aggregate.partner(e, m);
                    if (v == 0) {
                        continue;
                    }
                    data.append(year)
                            .append(',')
                            .append(aggregate.countries().get(e))
                            .append(',')
                            .append(aggregate.countries().get(m))
                            .append(',');
                    usd(data, v).append(tail);
                    if (data.length() > CHUNK) {
                        send(partners, data);
                    }
                }
            }
            send(partners, data);
            partners.endCopy();
            return written;
        } catch (SQLException ex) {
            throw new IllegalStateException("writing BACI year " + year + " failed", ex);
        }
    }

    /** USD to the cent, without going through BigDecimal for every cell. */
    private static StringBuilder usd(StringBuilder out, double value) {
        long cents = Math.round(value * 100);
        out.append(cents / 100).append('.');
        long rest = cents % 100;
        if (rest < 10) {
            out.append('0');
        }
        return out.append(rest);
    }

    private static void send(CopyIn copy, StringBuilder data) throws SQLException {
        if (data.isEmpty()) {
            return;
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        data.setLength(0);
    }
}
