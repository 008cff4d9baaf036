package org.vietlao.linkage.matching;

import org.vietlao.linkage.shared.HsCode;

/**
 * The HS code of an offer or a need with its chapter, heading and subheading, cut once so that comparing two
 * lines costs three string comparisons.
 *
 * @param code six digits or an eight-digit national line
 * @param chapter the first two digits
 * @param heading the first four
 * @param subheading the first six
 * @param six the first six digits as a number, which compares faster than text
 */
record HsLine(String code, String chapter, String heading, String subheading, int six) {

    /**
     * One line per code, shared by every offer and need that uses it (a registry of a million enterprises uses a
     * few thousand codes: without it each offer and need carried its own line and code text, about 90 bytes).
     * Bounded, so that odd codes cannot grow it without limit; past the bound a line is simply not shared.
     */
    private static final int SHARED_MAX = 100_000;

    private static final java.util.Map<String, HsLine> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    static HsLine of(String code) {
        HsLine shared = SHARED.get(code);
        if (shared != null) {
            return shared;
        }
        HsLine line = parsed(code);
        if (SHARED.size() < SHARED_MAX) {
            HsLine first = SHARED.putIfAbsent(line.code(), line);
            return first != null ? first : line;
        }
        return line;
    }

    private static HsLine parsed(String code) {
        if (!HsCode.isWellFormed(code) || !HsCode.parse(code).isProductLevel()) {
            throw new IllegalArgumentException("not an HS subheading or national line: " + code);
        }
        return new HsLine(
                code,
                code.substring(0, 2).intern(),
                code.substring(0, 4).intern(),
                code.substring(0, 6).intern(),
                Integer.parseInt(code.substring(0, 6)));
    }

    /** Whether the code lies under {@code prefix}, an HS code of 2, 4, 6 or 8 digits. */
    boolean startsWith(String prefix) {
        return switch (prefix.length()) {
            case 2 -> chapter.equals(prefix);
            case 4 -> heading.equals(prefix);
            case 6 -> subheading.equals(prefix);
            default -> code.startsWith(prefix);
        };
    }
}
