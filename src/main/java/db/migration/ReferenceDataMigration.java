package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

/**
 * A Flyway migration that loads shipped CSV files from {@code reference-data/} on the class path.
 *
 * <p>Its checksum is a CRC32 of those files, so Flyway's validation fails if a file is edited after the
 * migration has run, exactly as it does for an edited SQL migration: changed data needs a new migration.
 * Rows go in with PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}, a single round trip per table, and
 * each table is analysed after its load.
 */
abstract class ReferenceDataMigration extends BaseJavaMigration {

    static final String ROOT = "reference-data/";

    /** The files this migration reads, relative to {@code reference-data/}. */
    abstract List<String> files();

    abstract void load(Connection connection) throws SQLException;

    @Override
    public final void migrate(Context context) throws SQLException {
        load(context.getConnection());
    }

    @Override
    public final Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : files()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("reference data file missing from the class path: " + ROOT + file);
                }
                crc.update(in.readAllBytes());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return (int) crc.getValue();
    }

    static CsvTable csv(String file) {
        return CsvTable.fromClasspath(ROOT + file);
    }

    /**
     * Copies rows into {@code table (columns...)}. A {@code null} value becomes SQL NULL; strings are quoted, so
     * an empty string stays an empty string.
     */
    static long copy(Connection connection, String tableWithColumns, List<Object[]> rows) throws SQLException {
        StringBuilder data = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append(',');
                }
                appendValue(data, row[i]);
            }
            data.append('\n');
        }
        long copied;
        try {
            copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY " + tableWithColumns + " FROM STDIN WITH (FORMAT csv)",
                            new StringReader(data.toString()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        // Fresh statistics, so that the first queries already choose the trigram indexes over a scan.
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE " + tableWithColumns.substring(0, tableWithColumns.indexOf(' ')));
        }
        return copied;
    }

    private static void appendValue(StringBuilder data, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            data.append(value);
            return;
        }
        data.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
    }
}
