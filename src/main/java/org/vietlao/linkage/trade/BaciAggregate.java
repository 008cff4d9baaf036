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
        String[] cells = new String[6];
        while ((line = in.readLine()) != null) {
            rowNumber++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            if (!split(line, cells)) {
                errors.add(rowNumber, "row", "trade.reason.columns", 6);
                continue;
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
                continue;
            }
            double usd = value * 1000;
            int p = product(product, rowNumber, errors);
            if (p < 0) {
                continue;
            }
            int e = country(exporter, countryIndex);
            int m = country(importer, countryIndex);
            grow();
            exports[e * MAX_PRODUCTS + p] += usd;
            imports[m * MAX_PRODUCTS + p] += usd;
            partners[e * MAX_COUNTRIES + m] += usd;
            if (!exporter.equals(importer) && PAIR.contains(exporter) && PAIR.contains(importer)) {
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
        }
        if (rows == 0) {
            throw TradeImports.unreadable("baci");
        }
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
