package org.vietlao.linkage.trade;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12's benchmark (not a test: surefire does not run it; docs/benchmarks.md, "Trade world files"). Generates a
 * BACI-shaped world year of N rows (default 10 million), then in one run: (1) the platform's import and indicators
 * end to end — one streaming pass summed in arrays, COPY of the country × product cells and the VN–LA rows into
 * PostgreSQL, then RCA of Viet Nam and of Laos and the complementarity index both ways over SQL; (2) DuckDB doing
 * the same aggregation and indicators over the same file; (3) optionally PostgreSQL alone (COPY of every raw row
 * into a staging table, then GROUP BY). Prints each time and the peak heap.
 *
 * <pre>
 * bench/run-trade.sh            # builds, fetches DuckDB's JDBC driver once, runs with -Xmx1g
 * </pre>
 */
public final class WorldFileBenchmark {

    private WorldFileBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path file = Path.of(args.length > 1 ? args[1] : "target/bench/baci_world_2022_" + rows + ".csv");
        boolean postgresAlone = args.length > 2 && args[2].equals("with-postgres-sql");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            generate(file, rows);
            System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(file) >> 20, seconds(t));
        } else {
            System.out.printf("reusing %s (%,d MB)%n", file, Files.size(file) >> 20);
        }

        Path data = Path.of("target/bench/postgres");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_wal_size", "4GB")
                .start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            // Round 1: the line reader (the path measured before); rounds 2 and 3: the byte reader over both cores.
            for (int round = 1; round <= 3; round++) {
                boolean sequential = round == 1;
                System.out.printf(
                        "platform round %d: %s%n",
                        round,
                        sequential
                                ? "line reader"
                                : "byte reader, " + Runtime.getRuntime().availableProcessors() + " threads");
                resetPeak();
                long t0 = System.nanoTime();
                long cells;
                long read;
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    long importId;
                    try (Statement s = c.createStatement();
                            ResultSet r = s.executeQuery("""
									INSERT INTO trade_import (format, file_sha256, rows_read, rows_kept, imported_by, imported_at)
									VALUES ('baci', repeat('0', 64), 0, 0, 'benchmark', now()) RETURNING id""")) {
                        r.next();
                        importId = r.getLong(1);
                    }
                    WorldCountries countries = new WorldCountries(JdbcClient.create(ds));
                    BaciAggregate aggregate = new BaciAggregate(countries::numeric);
                    ImportRefused.Collector errors = new ImportRefused.Collector();
                    if (sequential) {
                        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                            aggregate.read(in, errors);
                        }
                    } else {
                        // The import's path since decision 0099: the upload copied to a temporary file and hashed,
                        // then mapped and read over the cores with its progress counted.
                        ImportProgress.Tracker tracker = new ImportProgress.Tracker(Files.size(file));
                        try (ImportUpload upload =
                                ImportUpload.receive(new FileUpload(file), file.getParent(), tracker)) {
                            System.out.printf(
                                    "platform round %d: receive (copy to a temporary file + SHA-256) %.1f s%n",
                                    round, seconds(t0));
                            tracker.phase(ImportProgress.Phase.READING);
                            aggregate.read(upload.map(), Runtime.getRuntime().availableProcessors(), errors, tracker);
                        }
                        System.out.printf(
                                "platform round %d: progress at the end of reading: %d %% of %,d bytes, %,d rows%n",
                                round,
                                tracker.view().percent(),
                                tracker.view().bytesTotal(),
                                tracker.view().rows());
                    }
                    errors.throwIfAny();
                    read = aggregate.rows();
                    long t1 = System.nanoTime();
                    cells = BaciTables.write(c, aggregate, importId);
                    long t1b = System.nanoTime();
                    c.commit();
                    System.out.printf(
                            "platform round %d: read+sum %,d rows %.1f s, COPY %,d cells %.1f s, commit %.1f s%n",
                            round, read, (t1 - t0) / 1e9, cells, (t1b - t1) / 1e9, seconds(t1b));
                }
                try (Connection c = ds.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("ANALYZE trade_country_year");
                    try (ResultSet r = s.executeQuery("SELECT pg_total_relation_size('trade_country_year') >> 20")) {
                        r.next();
                        System.out.printf("platform round %d: trade_country_year takes %,d MB%n", round, r.getLong(1));
                    }
                }
                long t2 = System.nanoTime();
                WorldTables world = new WorldTables(JdbcClient.create(ds));
                int year = 2022;
                var vnm = world.rca("VNM", year, "HS");
                var lao = world.rca("LAO", year, "HS");
                var tciVnLa = world.tci("VNM", "LAO", year, "HS");
                var tciLaVn = world.tci("LAO", "VNM", year, "HS");
                double indicators = seconds(t2);
                System.out.printf(
                        "platform round %d: indicators %.1f s (RCA VNM %d products, top %s %.3f; RCA LAO %d; TCI VN→LA %.3f, LA→VN %.3f)%n",
                        round,
                        indicators,
                        vnm.size(),
                        vnm.get(0).product(),
                        vnm.get(0).value(),
                        lao.size(),
                        tciVnLa.value(),
                        tciLaVn.value());
                System.out.printf(
                        "platform round %d: END TO END %.1f s, peak heap %,d MB%n", round, seconds(t0), peakHeapMb());
            }
            if (postgresAlone) {
                postgresSql(ds, file);
            }
        }
        for (int round = 1; round <= 2; round++) {
            duckdb(file, round);
        }
    }

    /** A file on disk as the multipart part the import receives (its stream is read, never its bytes at once). */
    private record FileUpload(Path file) implements org.springframework.web.multipart.MultipartFile {

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getOriginalFilename() {
            return file.getFileName().toString();
        }

        @Override
        public String getContentType() {
            return "text/csv";
        }

        @Override
        public boolean isEmpty() {
            return getSize() == 0;
        }

        @Override
        public long getSize() {
            try {
                return Files.size(file);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        @Override
        public byte[] getBytes() {
            throw new UnsupportedOperationException("the import never reads a part whole");
        }

        @Override
        public java.io.InputStream getInputStream() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public void transferTo(java.io.File dest) {
            throw new UnsupportedOperationException();
        }
    }

    /** DuckDB (in-process, in memory) over the same file: the same sums, then RCA and TCI. */
    static void duckdb(Path file, int round) throws Exception {
        resetPeak();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("SET threads TO 2");
            s.execute("CREATE TABLE cp AS WITH raw AS (SELECT * FROM read_csv('" + file.toAbsolutePath()
                    + "', header = true, columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR',"
                    + " 'v': 'DOUBLE', 'q': 'VARCHAR'}, nullstr = 'NA')),"
                    + " x AS (SELECT i AS country, k AS product, sum(v) * 1000 AS exports FROM raw GROUP BY ALL),"
                    + " m AS (SELECT j AS country, k AS product, sum(v) * 1000 AS imports FROM raw GROUP BY ALL)"
                    + " SELECT coalesce(x.country, m.country) AS country, coalesce(x.product, m.product) AS product,"
                    + " coalesce(exports, 0) AS exports, coalesce(imports, 0) AS imports"
                    + " FROM x FULL JOIN m ON x.country = m.country AND x.product = m.product");
            long t1 = System.nanoTime();
            long cells;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM cp")) {
                r.next();
                cells = r.getLong(1);
            }
            int vnmCount = 0;
            String top = null;
            double topRca = 0;
            try (ResultSet r = s.executeQuery("""
					WITH w AS (SELECT product, sum(exports) AS wk FROM cp GROUP BY product),
					     wt AS (SELECT sum(exports) AS total FROM cp),
					     c AS (SELECT product, exports FROM cp WHERE country = 704 AND exports > 0),
					     ct AS (SELECT sum(exports) AS total FROM c)
					SELECT c.product, (c.exports / ct.total) / (w.wk / wt.total) AS rca
					FROM c, ct, wt, w WHERE w.product = c.product ORDER BY rca DESC, c.product""")) {
                while (r.next()) {
                    if (vnmCount++ == 0) {
                        top = r.getString(1);
                        topRca = r.getDouble(2);
                    }
                }
            }
            int laoCount = 0;
            try (ResultSet r = s.executeQuery("""
					WITH w AS (SELECT product, sum(exports) AS wk FROM cp GROUP BY product),
					     wt AS (SELECT sum(exports) AS total FROM cp),
					     c AS (SELECT product, exports FROM cp WHERE country = 418 AND exports > 0),
					     ct AS (SELECT sum(exports) AS total FROM c)
					SELECT c.product, (c.exports / ct.total) / (w.wk / wt.total) AS rca
					FROM c, ct, wt, w WHERE w.product = c.product ORDER BY rca DESC, c.product""")) {
                while (r.next()) {
                    laoCount++;
                }
            }
            double[] tci = new double[2];
            int[][] pairs = {{704, 418}, {418, 704}};
            for (int p = 0; p < 2; p++) {
                try (ResultSet r = s.executeQuery("""
						WITH x AS (SELECT product, exports / sum(exports) OVER () AS s FROM cp WHERE country = %d),
						     m AS (SELECT product, imports / sum(imports) OVER () AS s FROM cp WHERE country = %d)
						SELECT 100 * (1 - sum(abs(coalesce(m.s, 0) - coalesce(x.s, 0))) / 2)
						FROM x FULL JOIN m ON x.product = m.product""".formatted(pairs[p][0], pairs[p][1]))) {
                    r.next();
                    tci[p] = r.getDouble(1);
                }
            }
            System.out.printf(
                    "duckdb round %d: read+sum %.1f s (%,d cells); indicators %.1f s (RCA VNM %d products, top %s %.3f;"
                            + " RCA LAO %d; TCI VN→LA %.3f, LA→VN %.3f)%n",
                    round, (t1 - t0) / 1e9, cells, seconds(t1), vnmCount, top, topRca, laoCount, tci[0], tci[1]);
        }
        System.out.printf(
                "duckdb round %d: END TO END %.1f s, peak Java heap %,d MB%n", round, seconds(t0), peakHeapMb());
    }

    /** PostgreSQL alone: COPY every raw row into an unlogged staging table, then the sums in SQL. */
    static void postgresSql(DataSource ds, Path file) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE UNLOGGED TABLE IF NOT EXISTS baci_raw (t int, i int, j int, k text, v float8, q text)");
            s.execute("TRUNCATE baci_raw");
            try (BufferedReader in = Files.newBufferedReader(file)) {
                c.unwrap(org.postgresql.PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY baci_raw FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            long t1 = System.nanoTime();
            s.execute("SET work_mem = '256MB'");
            s.execute("""
					CREATE TEMP TABLE cp AS
					WITH x AS (SELECT i AS country, k AS product, sum(v) * 1000 AS exports FROM baci_raw GROUP BY 1, 2),
					     m AS (SELECT j AS country, k AS product, sum(v) * 1000 AS imports FROM baci_raw GROUP BY 1, 2)
					SELECT coalesce(x.country, m.country) AS country, coalesce(x.product, m.product) AS product,
					       coalesce(exports, 0) AS exports, coalesce(imports, 0) AS imports
					FROM x FULL JOIN m ON x.country = m.country AND x.product = m.product""");
            System.out.printf(
                    "postgres-sql: COPY raw %.1f s, GROUP BY %.1f s, END (before indicators) %.1f s%n",
                    (t1 - t0) / 1e9, seconds(t1), seconds(t0));
        }
    }

    /**
     * A BACI-shaped year: 226 exporters and importers (real ISO numeric codes, Viet Nam 704 and Laos 418 among
     * them), HS6 products from the HS 2022 nomenclature, values in thousand USD with three decimals (log-normal),
     * quantities in tonnes with 2.5 % NA.
     */
    static void generate(Path file, long rows) throws IOException {
        List<String> countries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(
                Path.of("src/main/resources/reference-data/reference/country-codes.csv"), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            List<String> columns = List.of(header.split(",", -1));
            int numeric = columns.indexOf("ISO3166-1-numeric");
            String line;
            while ((line = in.readLine()) != null && countries.size() < 226) {
                String[] cells = splitCsv(line);
                if (numeric < cells.length && !cells[numeric].isBlank()) {
                    countries.add(cells[numeric].strip());
                }
            }
        }
        if (!countries.contains("704")) {
            countries.set(0, "704");
        }
        if (!countries.contains("418")) {
            countries.set(1, "418");
        }
        List<String> products = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(
                Path.of("src/main/resources/reference-data/hs/harmonized-system-2022.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = splitCsv(line);
                if (cells.length >= 5 && cells[4].strip().equals("6") && !cells[1].equals("999999")) {
                    products.add(cells[1]);
                }
            }
        }
        Random random = new Random(20221231L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("t,i,j,k,v,q\n");
            StringBuilder line = new StringBuilder(64);
            for (long n = 0; n < rows; n++) {
                String i = countries.get((int) (n % countries.size()));
                String j = countries.get(random.nextInt(countries.size()));
                if (j.equals(i)) {
                    j = countries.get((countries.indexOf(i) + 1) % countries.size());
                }
                String k = products.get(random.nextInt(products.size()));
                double v = Math.exp(random.nextGaussian() * 2 + 3);
                line.setLength(0);
                line.append("2022,")
                        .append(i)
                        .append(',')
                        .append(j)
                        .append(',')
                        .append(k)
                        .append(',');
                thousandths(line, v).append(',');
                if (random.nextInt(40) == 0) {
                    line.append("NA");
                } else {
                    thousandths(line, v / (1 + random.nextDouble() * 5));
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    /** A non-negative number with three decimals, without String.format (10 million rows). */
    private static StringBuilder thousandths(StringBuilder out, double value) {
        long milli = Math.round(value * 1000);
        out.append(milli / 1000).append('.');
        long rest = milli % 1000;
        if (rest < 100) {
            out.append('0');
        }
        if (rest < 10) {
            out.append('0');
        }
        return out.append(rest);
    }

    private static String[] splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int p = 0; p < line.length(); p++) {
            char ch = line.charAt(p);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(new String[0]);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
