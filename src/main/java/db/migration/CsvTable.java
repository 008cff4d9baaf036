package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of the shipped reference data, read as RFC 4180: quoted fields may hold commas, quotes ({@code ""})
 * and line breaks. The files come as published, so the reader accepts what they contain: a UTF-8 byte-order
 * mark, CRLF or LF line ends, no line end after the last record, and blank trailing records (a line of
 * nothing but commas, or an empty line), which it skips. Any record with a different number of fields than
 * the header is an error: the load stops rather than guess.
 */
final class CsvTable {

    private final String name;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String name, List<String> header, List<List<String>> records) {
        this.name = name;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        this.columns = Collections.unmodifiableMap(index);
        this.rows = records.stream().map(Row::new).toList();
    }

    /** Reads a CSV file from the class path, such as {@code reference-data/hs/sections.csv}. */
    static CsvTable fromClasspath(String resource) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference data file missing from the class path: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, reader);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + resource, ex);
        }
    }

    static CsvTable parse(String name, Reader reader) throws IOException {
        List<List<String>> records = new RecordReader(reader).readAll();
        if (records.isEmpty()) {
            throw new IllegalStateException(name + " has no header");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (isBlank(fields)) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalStateException(name + ": record " + (i + 1) + " has " + fields.size()
                        + " fields, the header has " + header.size());
            }
            rows.add(fields);
        }
        return new CsvTable(name, header, rows);
    }

    List<Row> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    private static boolean isBlank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    private int column(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalStateException(name + " has no column " + column + " (it has " + columns.keySet() + ")");
        }
        return index;
    }

    /** One record; values are looked up by header name. */
    final class Row {

        private final List<String> fields;

        private Row(List<String> fields) {
            this.fields = List.copyOf(fields);
        }

        /** The value, which must not be blank. */
        String get(String column) {
            String value = optional(column);
            if (value == null) {
                throw new IllegalStateException(name + ": " + column + " is blank in " + fields);
            }
            return value;
        }

        /** The trimmed value, or {@code null} when it is blank. */
        String optional(String column) {
            String value = fields.get(column(column)).trim();
            return value.isEmpty() ? null : value;
        }

        Double optionalDouble(String column) {
            String value = optional(column);
            return value == null ? null : Double.valueOf(value);
        }
    }

    /** RFC 4180 records, character by character. */
    private static final class RecordReader {

        private final Reader in;
        private int pushedBack = -2;

        RecordReader(Reader in) {
            this.in = in;
        }

        List<List<String>> readAll() throws IOException {
            List<List<String>> records = new ArrayList<>();
            int first = read();
            if (first != '\uFEFF' && first != -1) {
                pushedBack = first;
            }
            List<String> record;
            while ((record = readRecord()) != null) {
                records.add(record);
            }
            return records;
        }

        private List<String> readRecord() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalStateException("CSV ends inside a quoted field");
                    }
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int next = read();
                        if (next != '\n') {
                            pushedBack = next;
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }
    }
}
