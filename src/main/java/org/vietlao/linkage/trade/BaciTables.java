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

    private static final byte[] HS = {'H', 'S'};
    private static final int VARCHAR_OID = 1043;
    private static final int INT8_OID = 20;

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
            // One row per country: its products with trade and their values as aligned arrays (V204), in COPY's
            // binary format: PostgreSQL reads arrays of bigint as numbers instead of parsing their text, which was
            // most of the COPY's time.
            CopyIn cells = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY trade_country_year (year, classification, country, products, exports_cents,"
                            + " imports_cents, import_id) FROM STDIN WITH (FORMAT binary)");
            int productCount = aggregate.products().size();
            byte[][] productBytes = new byte[productCount][];
            for (int p = 0; p < productCount; p++) {
                productBytes[p] = aggregate.products().get(p).getBytes(StandardCharsets.US_ASCII);
            }
            long[] worldExports = new long[productCount];
            long[] worldImports = new long[productCount];
            boolean[] traded = new boolean[productCount];
            int[] kept = new int[productCount];
            long[] exports = new long[productCount];
            long[] imports = new long[productCount];
            BinaryRows out = new BinaryRows(cells);
            long written = 0;
            for (int c = 0; c < aggregate.countries().size(); c++) {
                int n = 0;
                for (int p = 0; p < productCount; p++) {
                    double x = aggregate.exports(c, p);
                    double m = aggregate.imports(c, p);
                    if (x == 0 && m == 0) {
                        continue;
                    }
                    long xc = WorldCells.cents(x);
                    long mc = WorldCells.cents(m);
                    kept[n] = p;
                    exports[n] = xc;
                    imports[n] = mc;
                    n++;
                    worldExports[p] = Math.addExact(worldExports[p], xc);
                    worldImports[p] = Math.addExact(worldImports[p], mc);
                    traded[p] = true;
                }
                if (n == 0) {
                    continue;
                }
                written += n;
                out.row(7);
                out.int2(year);
                out.text(HS);
                out.text(aggregate.countries().get(c).getBytes(StandardCharsets.US_ASCII));
                int textBytes = 0;
                for (int i = 0; i < n; i++) {
                    textBytes += 4 + productBytes[kept[i]].length;
                }
                out.arrayHeader(textBytes, VARCHAR_OID, n);
                for (int i = 0; i < n; i++) {
                    out.text(productBytes[kept[i]]);
                }
                out.arrayHeader(n * 12, INT8_OID, n);
                for (int i = 0; i < n; i++) {
                    out.int8(exports[i]);
                }
                out.arrayHeader(n * 12, INT8_OID, n);
                for (int i = 0; i < n; i++) {
                    out.int8(imports[i]);
                }
                out.int8(importId);
                out.flushIfFull();
            }
            out.finish();
            StringBuilder data = new StringBuilder(CHUNK + 1024);
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

    /**
     * Rows in PostgreSQL's binary COPY format, buffered and sent in chunks: the header, then per row its field
     * count and each field as a length and its bytes (arrays: dimensions, element type, then each element as a
     * length and its bytes), then the trailer.
     */
    private static final class BinaryRows {

        private final CopyIn copy;
        private java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(CHUNK + (1 << 20));

        BinaryRows(CopyIn copy) {
            this.copy = copy;
            buffer.put(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
            buffer.putInt(0);
            buffer.putInt(0);
        }

        void row(int fields) {
            buffer.putShort((short) fields);
        }

        void int2(int value) {
            ensure(6);
            buffer.putInt(2).putShort((short) value);
        }

        void int8(long value) {
            ensure(12);
            buffer.putInt(8).putLong(value);
        }

        void text(byte[] value) {
            ensure(4 + value.length);
            buffer.putInt(value.length).put(value);
        }

        /** A one-dimensional array without NULLs of {@code elements}, whose elements take {@code bytes} in all. */
        void arrayHeader(int bytes, int elementType, int elements) {
            ensure(24 + bytes);
            buffer.putInt(20 + bytes)
                    .putInt(1)
                    .putInt(0)
                    .putInt(elementType)
                    .putInt(elements)
                    .putInt(1);
        }

        void flushIfFull() throws SQLException {
            if (buffer.position() > CHUNK) {
                flush();
            }
        }

        void finish() throws SQLException {
            buffer.putShort((short) -1);
            flush();
            copy.endCopy();
        }

        private void ensure(int bytes) {
            if (buffer.remaining() < bytes) {
                java.nio.ByteBuffer larger =
                        java.nio.ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
                buffer.flip();
                larger.put(buffer);
                buffer = larger;
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }
}
