package org.vietlao.linkage.trade;

import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The time a figure covers: a year ({@code 2024}), a half ({@code 2024-H1}), a quarter ({@code 2025-Q1}), a
 * month ({@code 2024-01}) or the months of a year to date ({@code 2025-YTD07}, January to July).
 *
 * @param part the half, quarter, month or last month of the year to date; 0 for a year
 */
record Period(Type type, int year, int part) implements Comparable<Period> {

    enum Type {
        YEAR,
        HALF,
        QUARTER,
        MONTH,
        YTD
    }

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    Period {
        if (year < MIN_YEAR || year > MAX_YEAR || !validPart(type, part)) {
            throw new IllegalArgumentException("no such period: " + type + " " + year + " " + part);
        }
    }

    static Period year(int year) {
        return new Period(Type.YEAR, year, 0);
    }

    /** Reads a period label; TRD-006 naming {@code field} when it is not one. */
    static Period parse(String label, String field) {
        String text = label == null ? "" : label.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (text.matches("\\d{4}")) {
                return new Period(Type.YEAR, Integer.parseInt(text), 0);
            }
            if (text.matches("\\d{4}-H[12]")) {
                return new Period(Type.HALF, Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
            }
            if (text.matches("\\d{4}-Q[1-4]")) {
                return new Period(Type.QUARTER, Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return new Period(
                        Type.MONTH, Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
            }
            if (text.matches("\\d{4}-YTD\\d{2}")) {
                return new Period(
                        Type.YTD, Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(8)));
            }
        } catch (IllegalArgumentException ex) {
            // falls through to the refusal below
        }
        throw BusinessException.onField(ErrorCode.TRD_006, field, echoed(label));
    }

    /** The months from January it covers when it is cumulative from January (a year, H1, Q1, a year to date). */
    java.util.OptionalInt cumulativeMonths() {
        return switch (type) {
            case YEAR -> java.util.OptionalInt.of(12);
            case YTD -> java.util.OptionalInt.of(part);
            case HALF -> part == 1 ? java.util.OptionalInt.of(6) : java.util.OptionalInt.empty();
            case QUARTER -> part == 1 ? java.util.OptionalInt.of(3) : java.util.OptionalInt.empty();
            case MONTH -> part == 1 ? java.util.OptionalInt.of(1) : java.util.OptionalInt.empty();
        };
    }

    public String label() {
        return switch (type) {
            case YEAR -> String.valueOf(year);
            case HALF -> year + "-H" + part;
            case QUARTER -> year + "-Q" + part;
            case MONTH -> year + "-" + twoDigits(part);
            case YTD -> year + "-YTD" + twoDigits(part);
        };
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byEnd = Integer.compare(lastMonth(), other.lastMonth());
        return byEnd != 0 ? byEnd : type.compareTo(other.type);
    }

    int lastMonth() {
        return switch (type) {
            case YEAR -> 12;
            case HALF -> part * 6;
            case QUARTER -> part * 3;
            case MONTH, YTD -> part;
        };
    }

    @Override
    public String toString() {
        return label();
    }

    private static boolean validPart(Type type, int part) {
        return switch (type) {
            case YEAR -> part == 0;
            case HALF -> part >= 1 && part <= 2;
            case QUARTER -> part >= 1 && part <= 4;
            case MONTH, YTD -> part >= 1 && part <= 12;
        };
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String echoed(String input) {
        if (input == null) {
            return "";
        }
        return input.length() > 20 ? input.substring(0, 20) + "…" : input;
    }
}
