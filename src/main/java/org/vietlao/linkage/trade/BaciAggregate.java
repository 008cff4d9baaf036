package org.vietlao.linkage.trade;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One streaming pass over a CEPII BACI world file ({@code t,i,j,k,v,q}: year, exporter and importer as numeric
 * country codes, HS6 product as text, value in thousand USD, quantity in tonnes): each country's exports and
 * imports by product summed in arrays, and the Viet Nam–Laos rows kept at HS6. Memory is bounded by countries ×
 * products (≈ 230 × 5,400 cells), not by the file's rows. Every bad row is reported to the collector.
 */
final class BaciAggregate {

    static final int MAX_PRODUCTS = 10_000;

    /** More than the ISO 3166 numeric codes a country may carry (about 250): the partner table's side. */
    static final int MAX_COUNTRIES = 512;

    /** The largest value one row may carry (USD 1 trillion); above it the row is refused, not stored overflowing. */
    static final double MAX_ROW_USD = 1e12;

    static final Set<String> PAIR = Set.of("VNM", "LAO");

    /** One Viet Nam–Laos flow of one product. */
    record Bilateral(String exporter, String importer, String product, double valueUsd, Double quantityTonnes) {}

    private final Function<String, java.util.Optional<String>> countryOfNumeric;
    /** Progress is reported after about this many bytes of a part (decision 0099). */
    static final int PROGRESS_STEP_BYTES = 1 << 22;

    private ImportProgress.Tracker progress;
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private final List<String> countries = new ArrayList<>();
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final List<String> products = new ArrayList<>();
    private final Map<String, String> numericCache = new HashMap<>();
    private double[] exports = new double[0];
    private double[] imports = new double[0];
    /** Exporter × importer sums over all products, for concentration over partner markets. */
    private final double[] partners = new double[MAX_COUNTRIES * MAX_COUNTRIES];

    private final Map<String, Bilateral> bilateral = new HashMap<>();
    private int year = -1;
    private long rows;

    BaciAggregate(Function<String, java.util.Optional<String>> countryOfNumeric) {
        this.countryOfNumeric = countryOfNumeric;
    }

    int year() {
        return year;
    }

    long rows() {
        return rows;
    }

    List<String> countries() {
        return countries;
    }

    List<String> products() {
        return products;
    }

    double exports(int country, int product) {
        int cell = country * MAX_PRODUCTS + product;
        return cell < exports.length ? exports[cell] : 0;
    }

    double imports(int country, int product) {
        int cell = country * MAX_PRODUCTS + product;
        return cell < imports.length ? imports[cell] : 0;
    }

    /** What exporter {@code e} sold to importer {@code m}, over all products, in USD. */
    double partner(int e, int m) {
        return partners[e * MAX_COUNTRIES + m];
    }

    List<Bilateral> bilateral() {
        return List.copyOf(bilateral.values());
    }

    /** Reads every row after the header; TRD-005 when the header is not BACI's. */
    void read(BufferedReader in, ImportRefused.Collector errors) throws IOException {
        String header = in.readLine();
        if (header == null
                || !header.replace("\uFEFF", "").replace("\"", "").strip().equalsIgnoreCase("t,i,j,k,v,q")) {
            throw TradeImports.unreadable("baci");
        }
        String line;
        long rowNumber = 1;
        while ((line = in.readLine()) != null) {
            rowNumber++;
            line(line, rowNumber, errors);
        }
        if (rows == 0) {
            throw TradeImports.unreadable("baci");
        }
    }

    // ---- the byte-level reader, split over the cores ----------------------------------------------------------

    /** Below this size a file is read by one thread (the split and the merge would cost more than they save). */
    static final int PARALLEL_FROM_BYTES = 4 << 20;

    /** Rows read so far by {@link #scan} (the header is row 1 of the file, row 0 of a part). */
    private long scanned;

    /** HS6 code as a number → dense product index + 1 (0: not seen by the fast path yet). */
    private int[] productSlot;

    /** Country cell as read (its digits and their count) → dense country index + 1; -1 unknown. */
    private int[] countrySlot;

    private static final int NO_DELIMITER = Integer.MIN_VALUE;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    /**
     * Reads a whole file held in memory (or mapped): the same checks and sums as {@link #read(BufferedReader,
     * ImportRefused.Collector)}, row numbers included, but over bytes and split over up to {@code threads}
     * threads. Plain rows ({@code 2022,704,418,271600,123.456,7.5}) are parsed from the bytes; any other row (quotes,
     * spaces, exponents, a bad value) is decoded and goes through the same per-line code as the reader's, which
     * reports it. Each part is summed on its own and the parts are added up in file order.
     */
    void read(java.nio.ByteBuffer data, int threads, ImportRefused.Collector errors) throws IOException {
        read(data, threads, errors, null);
    }

    /** As {@link #read(java.nio.ByteBuffer, int, ImportRefused.Collector)}, counting bytes and rows into a tracker. */
    void read(java.nio.ByteBuffer data, int threads, ImportRefused.Collector errors, ImportProgress.Tracker tracker)
            throws IOException {
        progress = tracker;
        int limit = data.limit();
        int h = 0;
        while (h < limit && data.get(h) != '\n' && data.get(h) != '\r') {
            h++;
        }
        String header = decode(data, 0, h);
        if ((limit == 0)
                || !header.replace("\uFEFF", "").replace("\"", "").strip().equalsIgnoreCase("t,i,j,k,v,q")) {
            throw TradeImports.unreadable("baci");
        }
        int start = h;
        if (start < limit && data.get(start) == '\r') {
            start++;
            if (start < limit && data.get(start) == '\n') {
                start++;
            }
        } else if (start < limit) {
            start++;
        }
        scanned = 1;
        // The first rows, until the file's year is known, on this thread: every part checks against that year.
        int pos = scan(data, start, limit, errors, true);
        int parts = limit - pos < PARALLEL_FROM_BYTES ? 1 : Math.max(1, threads);
        if (parts == 1) {
            scan(data, pos, limit, errors, false);
        } else {
            int[] bounds = new int[parts + 1];
            bounds[0] = pos;
            for (int k = 1; k < parts; k++) {
                int b = Math.max(bounds[k - 1], pos + (int) ((long) (limit - pos) * k / parts));
                while (b < limit && data.get(b - 1) != '\n') {
                    b++;
                }
                bounds[k] = b;
            }
            bounds[parts] = limit;
            List<BaciAggregate> workers = new ArrayList<>();
            List<ImportRefused.Collector> found = new ArrayList<>();
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts);
            try {
                for (int k = 0; k < parts; k++) {
                    BaciAggregate worker = new BaciAggregate(countryOfNumeric);
                    worker.year = year;
                    worker.progress = tracker;
                    ImportRefused.Collector partErrors = new ImportRefused.Collector();
                    workers.add(worker);
                    found.add(partErrors);
                    int from = bounds[k];
                    int to = bounds[k + 1];
                    running.add(pool.submit(() -> {
                        worker.scanned = 0;
                        worker.scan(data, from, to, partErrors, false);
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", ex);
            } catch (java.util.concurrent.ExecutionException ex) {
                if (ex.getCause() instanceof IOException io) {
                    throw io;
                }
                if (ex.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(ex.getCause());
            } finally {
                pool.shutdownNow();
            }
            for (int k = 0; k < parts; k++) {
                BaciAggregate w = workers.get(k);
                errors.merge(found.get(k), scanned);
                scanned += w.scanned;
                rows += w.rows;
                if (errors.isEmpty() && !absorb(w)) {
                    // More distinct products than a file may hold, found only when the parts are added up: read
                    // again on one thread, which names the row that goes over.
                    BaciAggregate again = new BaciAggregate(countryOfNumeric);
                    again.read(data, 1, errors, null);
                    copy(again);
                    return;
                }
            }
        }
        if (rows == 0) {
            throw TradeImports.unreadable("baci");
        }
    }

    private void copy(BaciAggregate other) {
        countryIndex.clear();
        countryIndex.putAll(other.countryIndex);
        countries.clear();
        countries.addAll(other.countries);
        productIndex.clear();
        productIndex.putAll(other.productIndex);
        products.clear();
        products.addAll(other.products);
        exports = other.exports;
        imports = other.imports;
        System.arraycopy(other.partners, 0, partners, 0, partners.length);
        bilateral.clear();
        bilateral.putAll(other.bilateral);
        year = other.year;
        rows = other.rows;
    }

    /** Adds a part's sums to these; false when the products together are more than {@link #MAX_PRODUCTS}. */
    private boolean absorb(BaciAggregate part) {
        int[] productOf = new int[part.products.size()];
        for (int p = 0; p < part.products.size(); p++) {
            String code = part.products.get(p);
            Integer i = productIndex.get(code);
            if (i == null) {
                if (products.size() >= MAX_PRODUCTS) {
                    return false;
                }
                i = products.size();
                productIndex.put(code, i);
                products.add(code);
            }
            productOf[p] = i;
        }
        int[] countryOf = new int[part.countries.size()];
        for (int c = 0; c < part.countries.size(); c++) {
            countryOf[c] = country(part.countries.get(c), countryIndex);
        }
        grow();
        for (int c = 0; c < countryOf.length; c++) {
            int into = countryOf[c] * MAX_PRODUCTS;
            for (int p = 0; p < productOf.length; p++) {
                double x = part.exports(c, p);
                double m = part.imports(c, p);
                if (x != 0) {
                    exports[into + productOf[p]] += x;
                }
                if (m != 0) {
                    imports[into + productOf[p]] += m;
                }
            }
            for (int d = 0; d < countryOf.length; d++) {
                double v = part.partner(c, d);
                if (v != 0) {
                    partners[countryOf[c] * MAX_COUNTRIES + countryOf[d]] += v;
                }
            }
        }
        for (Bilateral b : part.bilateral.values()) {
            addBilateral(b.exporter(), b.importer(), b.product(), b.valueUsd(), b.quantityTonnes());
        }
        return true;
    }

    /**
     * Reads the lines from {@code from} to {@code to} (starting at a line's start), numbering rows on from
     * {@link #scanned}; with {@code untilYear}, stops after the line that makes the file's year known. Answers where
     * it stopped.
     */
    private int scan(java.nio.ByteBuffer b, int from, int to, ImportRefused.Collector errors, boolean untilYear)
            throws IOException {
        if (productSlot == null) {
            productSlot = new int[1_000_000];
            countrySlot = new int[4 * 1000];
        }
        int pos = from;
        int reportedAt = from;
        long rowsReported = scanned;
        while (pos < to) {
            if (untilYear && year >= 0) {
                report(pos - reportedAt, scanned - rowsReported);
                return pos;
            }
            if (pos - reportedAt >= PROGRESS_STEP_BYTES) {
                report(pos - reportedAt, scanned - rowsReported);
                reportedAt = pos;
                rowsReported = scanned;
            }
            int end = pos;
            while (end < to && b.get(end) != '\n') {
                end++;
            }
            int stop = end > pos && b.get(end - 1) == '\r' ? end - 1 : end;
            scanned++;
            if (!fast(b, pos, stop, scanned, errors)) {
                String text = decode(b, pos, stop);
                if (text.indexOf('\r') < 0) {
                    line(text, scanned, errors);
                } else {
                    // A lone carriage return ends a line too, as BufferedReader reads it.
                    String[] pieces = text.split("\r", -1);
                    for (int i = 0; i < pieces.length; i++) {
                        if (i > 0) {
                            scanned++;
                        }
                        line(pieces[i], scanned, errors);
                    }
                }
            }
            pos = end + 1;
        }
        report(Math.min(pos, to) - reportedAt, scanned - rowsReported);
        return Math.min(pos, to);
    }

    /** Bytes and rows read since the last report, into the import's tracker if it has one. */
    private void report(long bytes, long rowsRead) {
        if (progress != null) {
            progress.bytes(bytes);
            progress.rows(rowsRead);
        }
    }

    /**
     * One plain, valid row parsed from its bytes and summed; false (nothing done) for anything else, which the
     * per-line code then reads and reports exactly as the reader does.
     */
    private boolean fast(java.nio.ByteBuffer b, int from, int stop, long row, ImportRefused.Collector errors) {
        int p = from;
        if (stop - from < 15 || year < 0) {
            return false;
        }
        int t = 0;
        for (int n = 0; n < 4; n++) {
            int c = b.get(p++) - '0';
            if (c < 0 || c > 9) {
                return false;
            }
            t = t * 10 + c;
        }
        if (t != year || b.get(p++) != ',') {
            return false;
        }
        int e = -1;
        int m = -1;
        for (int side = 0; side < 2; side++) {
            int value = 0;
            int digits = 0;
            while (p < stop) {
                int c = b.get(p) - '0';
                if (c < 0 || c > 9) {
                    break;
                }
                value = value * 10 + c;
                digits++;
                p++;
                if (digits > 3) {
                    return false;
                }
            }
            if (digits == 0 || p >= stop || b.get(p++) != ',') {
                return false;
            }
            int key = digits * 1000 + value;
            int slot = countrySlot[key];
            if (slot == 0) {
                StringBuilder text = new StringBuilder(3);
                String v = String.valueOf(value);
                for (int z = v.length(); z < digits; z++) {
                    text.append('0');
                }
                String alpha3 = country(text.append(v).toString());
                slot = alpha3 == null ? -1 : country(alpha3, countryIndex) + 1;
                countrySlot[key] = slot;
            }
            if (slot < 0) {
                return false;
            }
            if (side == 0) {
                e = slot - 1;
            } else {
                m = slot - 1;
            }
        }
        int code = 0;
        for (int n = 0; n < 6; n++) {
            if (p >= stop) {
                return false;
            }
            int c = b.get(p++) - '0';
            if (c < 0 || c > 9) {
                return false;
            }
            code = code * 10 + c;
        }
        if (p >= stop || b.get(p++) != ',') {
            return false;
        }
        double value = number(b, p, stop, ',');
        if (Double.isNaN(value)) {
            return false;
        }
        while (b.get(p) != ',') {
            p++;
        }
        p++;
        if (value * 1000 > MAX_ROW_USD) {
            return false;
        }
        Double quantity = null;
        if (p < stop) {
            if (stop - p == 2 && (b.get(p) | 0x20) == 'n' && (b.get(p + 1) | 0x20) == 'a') {
                quantity = null;
            } else {
                double q = number(b, p, stop, NO_DELIMITER);
                if (Double.isNaN(q)) {
                    return false;
                }
                quantity = q;
            }
        }
        int slot = productSlot[code];
        if (slot == 0) {
            String product = String.format(java.util.Locale.ROOT, "%06d", code);
            Integer known = productIndex.get(product);
            if (known == null) {
                if (products.size() >= MAX_PRODUCTS) {
                    return false;
                }
                known = products.size();
                productIndex.put(product, known);
                products.add(product);
            }
            slot = known + 1;
            productSlot[code] = slot;
        }
        rows++;
        if (!errors.isEmpty()) {
            return true;
        }
        String exporter = countries.get(e);
        String importer = countries.get(m);
        boolean pair = e != m && PAIR.contains(exporter) && PAIR.contains(importer);
        sum(e, m, slot - 1, pair, value * 1000, quantity);
        return true;
    }

    /**
     * A plain decimal ({@code 123} or {@code 123.456}, at most 15 digits) from {@code p} up to {@code end} or the
     * first {@code delimiter}; NaN for anything else. mantissa / 10^k of two exact doubles is correctly rounded, so
     * the result equals {@link Double#parseDouble}'s.
     */
    private static double number(java.nio.ByteBuffer b, int p, int end, int delimiter) {
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        while (p < end) {
            int c = b.get(p);
            if (c == delimiter) {
                break;
            }
            if (c == '.' && fraction < 0) {
                fraction = 0;
            } else if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else {
                return Double.NaN;
            }
            p++;
        }
        if (digits == 0 || digits > 15 || fraction == 0 || (delimiter != NO_DELIMITER && p >= end)) {
            return Double.NaN;
        }
        return fraction > 0 ? mantissa / POW10[fraction] : (double) mantissa;
    }

    private static String decode(java.nio.ByteBuffer b, int from, int to) throws IOException {
        byte[] bytes = new byte[to - from];
        b.get(from, bytes);
        return java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }

    private final String[] cells = new String[6];

    /** One line of the file (row {@code rowNumber}, the header being row 1): checked, then summed. */
    private void line(String line, long rowNumber, ImportRefused.Collector errors) {
        if (line.isBlank()) {
            return;
        }
        rows++;
        if (!split(line, cells)) {
            errors.add(rowNumber, "row", "trade.reason.columns", 6);
            return;
        }
        int t = parseYear(cells[0]);
        if (t < 0) {
            errors.add(rowNumber, "t", "trade.reason.year");
        } else if (year < 0) {
            year = t;
        } else if (t != year) {
            errors.add(rowNumber, "t", "trade.reason.otherYear", year);
        }
        String exporter = country(cells[1]);
        if (exporter == null) {
            errors.add(rowNumber, "i", "trade.reason.unknownCountry", cells[1]);
        }
        String importer = country(cells[2]);
        if (importer == null) {
            errors.add(rowNumber, "j", "trade.reason.unknownCountry", cells[2]);
        }
        String product = cells[3];
        if (!isHs6(product)) {
            errors.add(rowNumber, "k", "trade.reason.hs6", product);
            product = null;
        }
        double value = parseNumber(cells[4]);
        if (Double.isNaN(value)) {
            errors.add(rowNumber, "v", "trade.reason.number");
        } else if (value < 0) {
            errors.add(rowNumber, "v", "trade.reason.negative");
        } else if (value * 1000 > MAX_ROW_USD) {
            errors.add(rowNumber, "v", "trade.reason.tooLarge");
        }
        Double quantity = null;
        String q = cells[5];
        if (!q.isEmpty() && !q.equalsIgnoreCase("NA")) {
            double parsed = parseNumber(q);
            if (Double.isNaN(parsed) || parsed < 0) {
                errors.add(rowNumber, "q", "trade.reason.negative");
            } else {
                quantity = parsed;
            }
        }
        if (!errors.isEmpty() || exporter == null || importer == null || product == null || Double.isNaN(value)) {
            // After the first bad row nothing is kept (the file will be refused); reading goes on to report
            // every other bad row.
            return;
        }
        double usd = value * 1000;
        int p = product(product, rowNumber, errors);
        if (p < 0) {
            return;
        }
        int e = country(exporter, countryIndex);
        int m = country(importer, countryIndex);
        boolean pair = !exporter.equals(importer) && PAIR.contains(exporter) && PAIR.contains(importer);
        sum(e, m, p, pair, usd, quantity);
    }

    /** Adds one valid row: exporter e, importer m, product p (dense indexes). */
    private void sum(int e, int m, int p, boolean pair, double usd, Double quantity) {
        grow();
        exports[e * MAX_PRODUCTS + p] += usd;
        imports[m * MAX_PRODUCTS + p] += usd;
        partners[e * MAX_COUNTRIES + m] += usd;
        if (pair) {
            addBilateral(countries.get(e), countries.get(m), products.get(p), usd, quantity);
        }
    }

    private void addBilateral(String exporter, String importer, String product, double usd, Double quantity) {
        String key = exporter + importer + product;
        Bilateral before = bilateral.get(key);
        bilateral.put(
                key,
                before == null
                        ? new Bilateral(exporter, importer, product, usd, quantity)
                        : new Bilateral(
                                exporter,
                                importer,
                                product,
                                before.valueUsd() + usd,
                                before.quantityTonnes() == null || quantity == null
                                        ? null
                                        : before.quantityTonnes() + quantity));
    }

    private String country(String numeric) {
        String cached = numericCache.get(numeric);
        if (cached != null) {
            return cached;
        }
        if (numeric.isEmpty() || numeric.length() > 3 || !numeric.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String alpha3 = countryOfNumeric.apply(numeric).orElse(null);
        if (alpha3 != null) {
            numericCache.put(numeric, alpha3);
        }
        return alpha3;
    }

    private int country(String alpha3, Map<String, Integer> index) {
        Integer i = index.get(alpha3);
        if (i == null) {
            i = countries.size();
            index.put(alpha3, i);
            countries.add(alpha3);
        }
        return i;
    }

    private int product(String code, long row, ImportRefused.Collector errors) {
        Integer i = productIndex.get(code);
        if (i == null) {
            if (products.size() >= MAX_PRODUCTS) {
                errors.add(row, "k", "trade.reason.tooManyProducts", MAX_PRODUCTS);
                return -1;
            }
            i = products.size();
            productIndex.put(code, i);
            products.add(code);
        }
        return i;
    }

    private void grow() {
        int needed = countries.size() * MAX_PRODUCTS;
        if (exports.length < needed) {
            int size = Math.max(needed, exports.length * 2);
            exports = java.util.Arrays.copyOf(exports, size);
            imports = java.util.Arrays.copyOf(imports, size);
        }
    }

    /** Splits into exactly six cells (quotes around a cell are dropped); false otherwise. */
    static boolean split(String line, String[] cells) {
        int start = 0;
        for (int c = 0; c < 6; c++) {
            int end = c < 5 ? line.indexOf(',', start) : line.length();
            if (end < 0) {
                return false;
            }
            String cell = line.substring(start, end).strip();
            if (c == 5 && cell.indexOf(',') >= 0) {
                return false;
            }
            if (cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
                cell = cell.substring(1, cell.length() - 1).strip();
            }
            cells[c] = cell;
            start = end + 1;
        }
        return true;
    }

    static boolean isHs6(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int parseYear(String text) {
        if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int y = Integer.parseInt(text);
        return y >= Period.MIN_YEAR - 50 && y <= Period.MAX_YEAR ? y : -1;
    }

    static double parseNumber(String text) {
        if (text.isEmpty() || text.length() > 30) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(text);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }
}
