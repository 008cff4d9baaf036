package org.vietlao.linkage.trade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * Imports of trade files, each applied completely or not at all: every row is read and checked first; any bad
 * row refuses the whole file (TRD-003) with every bad row listed, and nothing is written. Formats:
 * {@code platform} (the figure fields as columns, docs/trade.md), {@code comtrade} (UN Comtrade+ rows of the
 * Viet Nam–Laos pair become figures), {@code baci} (a CEPII world file summed into each country's exports and
 * imports by product, the Viet Nam–Laos rows kept at HS6) and {@code exports} (a world exports table
 * {@code country,product,value}). A world file replaces what an earlier import held for its year and
 * classification (decision 0023).
 */
@Component
class TradeImports {

    static final String ENTITY = "trade_import";
    static final int MAX_FIGURE_ROWS = 10_000;

    enum Format {
        PLATFORM,
        COMTRADE,
        BACI,
        EXPORTS;

        static Format of(String value) {
            if (value == null) {
                throw BusinessException.onField(ErrorCode.TRD_007, "format");
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw BusinessException.onField(ErrorCode.TRD_007, "format");
            }
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What an import did. */
    record Report(
            long importId,
            String format,
            long rowsRead,
            long rowsImported,
            long rowsSkipped,
            Integer year,
            String classification) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TradeFigures figures;
    private final FigureRules rules;
    private final WorldCountries countries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TradeImports(
            JdbcClient jdbc,
            DataSource dataSource,
            TradeFigures figures,
            FigureRules rules,
            WorldCountries countries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.figures = figures;
        this.rules = rules;
        this.countries = countries;
        this.events = events;
        this.clock = clock;
    }

    static BusinessException unreadable(String format) {
        return new BusinessException(ErrorCode.TRD_005, format);
    }

    /** Checks the form fields of an import before the file is read: TRD-007 naming the field. */
    static void checkParameters(Format format, Integer year, String classification) {
        if (format == Format.EXPORTS) {
            if (year == null || year < 1950 || year > Period.MAX_YEAR) {
                throw BusinessException.onField(ErrorCode.TRD_007, "year");
            }
            if (classification == null
                    || !List.of("HS", "SITC2").contains(classification.strip().toUpperCase(Locale.ROOT))) {
                throw BusinessException.onField(ErrorCode.TRD_007, "classification");
            }
        }
    }

    /**
     * Imports an uploaded file held on disk (decision 0099): a BACI file is mapped and read over the cores, any
     * other format read through a buffered stream; {@code progress} counts the bytes and rows read.
     */
    @Transactional
    Report importFile(
            Format format,
            ImportUpload upload,
            String fileName,
            Integer year,
            String classification,
            ImportProgress.Tracker progress,
            Actor actor) {
        checkParameters(format, year, classification);
        progress.phase(ImportProgress.Phase.READING);
        String sha256 = upload.sha256();
        try {
            if (format == Format.BACI) {
                return baci(upload.map(), fileName, sha256, progress, actor);
            }
            try (BufferedReader reader = new BufferedReader(utf8(new Counted(upload.open(), progress)), 1 << 16)) {
                return switch (format) {
                    case PLATFORM -> figureImport(format, platformRows(reader), fileName, sha256, progress, actor);
                    case COMTRADE -> figureImport(format, comtradeRows(reader), fileName, sha256, progress, actor);
                    case BACI -> throw new IllegalStateException("read above");
                    case EXPORTS ->
                        exports(
                                reader,
                                fileName,
                                sha256,
                                year,
                                classification.strip().toUpperCase(Locale.ROOT),
                                progress,
                                actor);
                };
            }
        } catch (UncheckedIOException | IOException ex) {
            throw unreadable(format.id());
        }
    }

    /** Counts the bytes read from a file into its import's progress. */
    private static final class Counted extends java.io.FilterInputStream {

        private final ImportProgress.Tracker progress;

        Counted(InputStream in, ImportProgress.Tracker progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.bytes(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                progress.bytes(n);
            }
            return n;
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Rows read as figure inputs, numbered as a spreadsheet shows them, with the rows skipped. */
    record FigureRows(Map<Long, FigureInput> rows, ImportRefused.Collector errors, long read, long skipped) {}

    // ---- platform and Comtrade: figures -------------------------------------------------------------------

    static final List<String> PLATFORM_COLUMNS = List.of(
            "period",
            "flow",
            "product",
            "gatePairId",
            "valueUsd",
            "rangeLowUsd",
            "rangeHighUsd",
            "quantity",
            "unit",
            "originalCurrency",
            "originalValue",
            "reportingSide",
            "status",
            "publishedGrowthPct",
            "agency",
            "publisher",
            "url",
            "published",
            "notes");

    private FigureRows platformRows(BufferedReader reader) throws IOException {
        Map<Long, FigureInput> rows = new LinkedHashMap<>();
        ImportRefused.Collector errors = new ImportRefused.Collector();
        try (CSVParser parser = csv(reader)) {
            Map<String, String> header =
                    header(parser, PLATFORM_COLUMNS, List.of("period", "flow", "valueUsd"), "platform");
            long read = 0;
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (++read > MAX_FIGURE_ROWS) {
                    throw unreadable("platform");
                }
                Map<String, String> cells = new HashMap<>();
                header.forEach(
                        (column, heading) -> cells.put(column, record.isSet(heading) ? record.get(heading) : null));
                BigDecimal[] numbers = new BigDecimal[6];
                String[] numeric = {
                    "valueUsd", "rangeLowUsd", "rangeHighUsd", "quantity", "originalValue", "publishedGrowthPct"
                };
                for (int i = 0; i < numeric.length; i++) {
                    numbers[i] = number(cells.get(numeric[i]), row, numeric[i], errors);
                }
                rows.put(
                        row,
                        new FigureInput(
                                cells.get("period"),
                                cells.get("flow"),
                                cells.get("product"),
                                cells.get("gatePairId"),
                                numbers[0],
                                numbers[1],
                                numbers[2],
                                numbers[3],
                                cells.get("unit"),
                                cells.get("originalCurrency"),
                                numbers[4],
                                cells.get("reportingSide"),
                                cells.get("status"),
                                numbers[5],
                                cells.get("agency"),
                                cells.get("publisher"),
                                cells.get("url"),
                                cells.get("published"),
                                cells.get("notes"),
                                null));
            }
            return new FigureRows(rows, errors, read, 0);
        } catch (java.io.UncheckedIOException | IllegalStateException ex) {
            throw unreadable("platform");
        }
    }

    static final List<String> COMTRADE_COLUMNS =
            List.of("refYear", "reporterISO", "partnerISO", "flowCode", "cmdCode", "primaryValue");

    /**
     * Comtrade+ rows: the Viet Nam–Laos pair becomes figures (the reporter's side; exports and imports by the
     * reporter's flow code X or M); rows of other partners are skipped and counted.
     */
    private FigureRows comtradeRows(BufferedReader reader) throws IOException {
        Map<Long, FigureInput> rows = new LinkedHashMap<>();
        ImportRefused.Collector errors = new ImportRefused.Collector();
        long skipped = 0;
        long read = 0;
        try (CSVParser parser = csv(reader)) {
            Map<String, String> header = header(parser, null, COMTRADE_COLUMNS, "comtrade");
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (++read > MAX_FIGURE_ROWS) {
                    throw unreadable("comtrade");
                }
                String reporter = cell(record, header, "reporterISO").toUpperCase(Locale.ROOT);
                String partner = cell(record, header, "partnerISO").toUpperCase(Locale.ROOT);
                if (!BaciAggregate.PAIR.contains(reporter)
                        || !BaciAggregate.PAIR.contains(partner)
                        || reporter.equals(partner)) {
                    skipped++;
                    continue;
                }
                String flowCode = cell(record, header, "flowCode").toUpperCase(Locale.ROOT);
                String flow;
                if (flowCode.equals("X")) {
                    flow = reporter.equals("VNM") ? "VN_TO_LA" : "LA_TO_VN";
                } else if (flowCode.equals("M")) {
                    flow = reporter.equals("VNM") ? "LA_TO_VN" : "VN_TO_LA";
                } else {
                    // Re-exports (RX), re-imports (RM) and other flows are not bilateral trade figures.
                    skipped++;
                    continue;
                }
                String product = cell(record, header, "cmdCode");
                BigDecimal value = number(cell(record, header, "primaryValue"), row, "primaryValue", errors);
                rows.put(
                        row,
                        new FigureInput(
                                cell(record, header, "refYear"),
                                flow,
                                product.equalsIgnoreCase("TOTAL") ? "TOTAL" : product,
                                null,
                                value,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                reporter.equals("VNM") ? "VN" : "LA",
                                "REPORTED",
                                null,
                                reporter.equals("VNM")
                                        ? "General Department of Vietnam Customs (via UN Comtrade)"
                                        : "Lao PDR customs (via UN Comtrade)",
                                "UN Comtrade",
                                "https://comtradeplus.un.org/",
                                null,
                                null,
                                null));
            }
            return new FigureRows(rows, errors, read, skipped);
        } catch (java.io.UncheckedIOException | IllegalStateException ex) {
            throw unreadable("comtrade");
        }
    }

    private Report figureImport(
            Format format,
            FigureRows read,
            String fileName,
            String sha256,
            ImportProgress.Tracker progress,
            Actor actor) {
        progress.rows(read.read());
        ImportRefused.Collector errors = read.errors();
        List<TradeFigure> valid = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        for (var entry : read.rows().entrySet()) {
            FigureRules.Checked checked = rules.check(entry.getValue());
            if (!checked.errors().isEmpty()) {
                errors.addAll(entry.getKey(), checked.errors());
            } else {
                valid.add(checked.figure());
                rowNumbers.add(entry.getKey());
            }
        }
        errors.throwIfAny();
        if (read.read() == 0) {
            throw unreadable(format.id());
        }
        progress.phase(ImportProgress.Phase.WRITING);
        long importId = importRecord(format, fileName, sha256, null, null, read.read(), valid.size(), actor);
        for (int i = 0; i < valid.size(); i++) {
            if (figures.insert(valid.get(i), "IMPORT", importId, actor.username())
                    .isEmpty()) {
                errors.add(rowNumbers.get(i), "valueUsd", "trade.reason.alreadyRecorded");
            }
        }
        // Refused here, the exception rolls back the rows inserted before: all or nothing.
        errors.throwIfAny();
        return audited(new Report(importId, format.id(), read.read(), valid.size(), read.skipped(), null, null));
    }

    // ---- world files -------------------------------------------------------------------------------------

    /** A BACI file, mapped: read over the cores, then written if every row is good. */
    private Report baci(
            java.nio.ByteBuffer content, String fileName, String sha256, ImportProgress.Tracker progress, Actor actor)
            throws IOException {
        ImportRefused.Collector errors = new ImportRefused.Collector();
        BaciAggregate aggregate = new BaciAggregate(countries::numeric);
        aggregate.read(content, Runtime.getRuntime().availableProcessors(), errors, progress);
        errors.throwIfAny();
        progress.phase(ImportProgress.Phase.WRITING);
        int year = aggregate.year();
        long importId =
                importRecord(Format.BACI, fileName, sha256, year, "HS", aggregate.rows(), aggregate.rows(), actor);
        long cells = BaciTables.write(DataSourceUtils.getConnection(dataSource), aggregate, importId);
        return audited(new Report(importId, "baci", aggregate.rows(), cells, 0, year, "HS"));
    }

    private Report exports(
            BufferedReader reader,
            String fileName,
            String sha256,
            int year,
            String classification,
            ImportProgress.Tracker progress,
            Actor actor)
            throws IOException {
        ImportRefused.Collector errors = new ImportRefused.Collector();
        Map<String, Double> sums = new LinkedHashMap<>();
        long read = 0;
        String header = reader.readLine();
        if (header == null) {
            throw unreadable("exports");
        }
        List<String> columns =
                List.of(header.replace("\uFEFF", "")
                                .replace("\"", "")
                                .toLowerCase(Locale.ROOT)
                                .split(",", -1))
                        .stream()
                        .map(String::strip)
                        .toList();
        int ci = columns.indexOf("country");
        int pi = columns.indexOf("product");
        int vi = columns.indexOf("value");
        if (ci < 0 || pi < 0 || vi < 0) {
            throw unreadable("exports");
        }
        String line;
        long row = 1;
        while ((line = reader.readLine()) != null) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            if ((read & 4095) == 0) {
                progress.rows(4096);
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                errors.add(row, "row", "trade.reason.columns", columns.size());
                continue;
            }
            String country = countries.alpha3(unquote(cells[ci])).orElse(null);
            if (country == null) {
                errors.add(row, "country", "trade.reason.unknownCountry", unquote(cells[ci]));
            }
            String product = unquote(cells[pi]);
            if (!productOf(classification, product)) {
                errors.add(
                        row,
                        "product",
                        "HS".equals(classification) ? "trade.reason.hs" : "trade.reason.sitc2",
                        product);
            }
            double value = BaciAggregate.parseNumber(unquote(cells[vi]));
            if (Double.isNaN(value)) {
                errors.add(row, "value", "trade.reason.number");
            } else if (value < 0) {
                errors.add(row, "value", "trade.reason.negative");
            } else if (value > BaciAggregate.MAX_ROW_USD) {
                errors.add(row, "value", "trade.reason.tooLarge");
            }
            if (errors.isEmpty()) {
                sums.merge(country + "," + product, value, Double::sum);
            }
        }
        errors.throwIfAny();
        if (read == 0) {
            throw unreadable("exports");
        }
        progress.rows(read & 4095);
        progress.phase(ImportProgress.Phase.WRITING);
        long importId = importRecord(Format.EXPORTS, fileName, sha256, year, classification, read, sums.size(), actor);
        jdbc.sql("DELETE FROM trade_country_year WHERE year = :year AND classification = :c")
                .param("year", year)
                .param("c", classification)
                .update();
        // One row per country, its products in ascending order with their exports as aligned arrays (V204); a
        // world exports table has no imports.
        Map<String, java.util.TreeMap<String, Double>> byCountry = new java.util.TreeMap<>();
        for (var e : sums.entrySet()) {
            int comma = e.getKey().indexOf(',');
            byCountry
                    .computeIfAbsent(e.getKey().substring(0, comma), k -> new java.util.TreeMap<>())
                    .put(e.getKey().substring(comma + 1), e.getValue());
        }
        WorldTotals world = new WorldTotals(false);
        CopyWriter copy = new CopyWriter(
                "trade_country_year (year, classification, country, products, exports_cents, imports_cents, import_id)");
        StringBuilder data = new StringBuilder();
        for (var country : byCountry.entrySet()) {
            data.append(year)
                    .append(',')
                    .append(classification)
                    .append(',')
                    .append(country.getKey())
                    .append(",\"{")
                    .append(String.join(",", country.getValue().keySet()))
                    .append("}\",\"{");
            boolean first = true;
            for (var cell : country.getValue().entrySet()) {
                if (!first) {
                    data.append(',');
                }
                long cents = WorldCells.cents(cell.getValue());
                data.append(cents);
                world.add(cell.getKey(), cents, null);
                first = false;
            }
            data.append("}\",,").append(importId).append('\n');
            if (data.length() > (1 << 22)) {
                copy.send(data);
            }
        }
        copy.send(data);
        copy.finish();
        try {
            world.write(DataSourceUtils.getConnection(dataSource), year, classification, importId);
        } catch (SQLException ex) {
            throw new IllegalStateException("writing the world row of " + year + " failed", ex);
        }
        return audited(new Report(importId, "exports", read, sums.size(), 0, year, classification));
    }

    static boolean productOf(String classification, String product) {
        if ("HS".equals(classification)) {
            return (product.length() == 2 || product.length() == 4 || product.length() == 6)
                    && HsCode.isWellFormed(product);
        }
        return product.length() >= 1 && product.length() <= 5 && product.chars().allMatch(Character::isDigit);
    }

    /** COPY into one table over the transaction's own connection, in chunks. */
    private final class CopyWriter {

        private final String table;
        private org.postgresql.copy.CopyIn copyIn;

        CopyWriter(String table) {
            this.table = table;
        }

        void send(StringBuilder data) {
            if (data.isEmpty()) {
                return;
            }
            try {
                if (copyIn == null) {
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    copyIn = connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)");
                }
                byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
                copyIn.writeToCopy(bytes, 0, bytes.length);
                data.setLength(0);
            } catch (SQLException ex) {
                throw new IllegalStateException("COPY into " + table + " failed", ex);
            }
        }

        void finish() {
            if (copyIn != null) {
                try {
                    copyIn.endCopy();
                } catch (SQLException ex) {
                    throw new IllegalStateException("COPY into " + table + " failed", ex);
                }
            }
        }
    }

    private long importRecord(
            Format format,
            String fileName,
            String sha256,
            Integer year,
            String classification,
            long read,
            long kept,
            Actor actor) {
        return jdbc.sql("""
				INSERT INTO trade_import (format, file_name, file_sha256, year, classification, rows_read, rows_kept,
				                          imported_by, imported_at)
				VALUES (:format, :file, :sha, :year, :classification, :read, :kept, :by, :at) RETURNING id""")
                .param("format", format.id())
                .param(
                        "file",
                        fileName == null ? null : fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("sha", sha256)
                .param("year", year)
                .param("classification", classification)
                .param("read", read)
                .param("kept", kept)
                .param("by", actor.username())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private Report audited(Report report) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("format", report.format());
        values.put("rowsRead", report.rowsRead());
        values.put("rowsImported", report.rowsImported());
        values.put("rowsSkipped", report.rowsSkipped());
        values.put("year", report.year());
        values.put("classification", report.classification());
        events.publishEvent(EntityChanged.created(ENTITY, report.importId(), values));
        return report;
    }

    private static String usd(double value) {
        return BigDecimal.valueOf(Math.round(value * 100) / 100.0).toPlainString();
    }

    private static String unquote(String cell) {
        String c = cell.strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1).strip();
        }
        return c;
    }

    private static CSVParser csv(Reader reader) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new java.io.PushbackReader(reader, 1) {
                    private boolean first = true;

                    @Override
                    public int read(char[] buf, int off, int len) throws IOException {
                        int n = super.read(buf, off, len);
                        if (first && n > 0) {
                            first = false;
                            if (buf[off] == '\uFEFF') {
                                System.arraycopy(buf, off + 1, buf, off, n - 1);
                                return n - 1;
                            }
                        }
                        return n;
                    }
                });
    }

    /** Column name (case-insensitive) to the heading as written; TRD-005 when a required one is missing. */
    private static Map<String, String> header(
            CSVParser parser, List<String> known, List<String> required, String format) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String heading : parser.getHeaderNames()) {
            String name = heading.strip();
            String canonical = (known == null ? required : known)
                    .stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (canonical == null) {
                if (known != null) {
                    throw unreadable(format);
                }
                continue;
            }
            if (columns.put(canonical, heading) != null) {
                throw unreadable(format);
            }
        }
        if (!columns.keySet().containsAll(required)) {
            throw unreadable(format);
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, String> header, String column) {
        String heading = header.get(column);
        return heading != null && record.isSet(heading) ? record.get(heading).strip() : "";
    }

    private static BigDecimal number(String text, long row, String field, ImportRefused.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.abs().compareTo(FigureRules.MAX_VALUE) > 0) {
                errors.add(row, field, "validation.Invalid");
                return null;
            }
            return value;
        } catch (NumberFormatException ex) {
            errors.add(row, field, "trade.reason.number");
            return null;
        }
    }
}
