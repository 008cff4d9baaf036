package org.vietlao.linkage.shared;

import java.util.Locale;
import java.util.Set;

/**
 * A Vietnam–Laos border-gate pair by its stable id, such as {@code VL-INT-06} (Lao Bảo–Densavanh): {@code VL-},
 * the class of the pair in the 2016 agreement ({@code INT}ernational, {@code MAIN}, {@code SEC}ondary,
 * {@code PLAN}ned), and a two-digit number. Malformed ids fail with REF-013; whether the pair exists is the
 * reference module's question.
 *
 * @param value the id, upper case
 */
public record GatePairId(String value) implements Comparable<GatePairId> {

    private static final Set<String> CLASSES = Set.of("INT", "MAIN", "SEC", "PLAN");

    public GatePairId {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a gate-pair id: " + value);
        }
    }

    /** The id from input in any case; fails with REF-013 naming {@code field}. */
    public static GatePairId parse(String input, String field) {
        String id = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (!wellFormed(id)) {
            throw BusinessException.onField(ErrorCode.REF_013, field, HsCode.echoed(input == null ? "" : input));
        }
        return new GatePairId(id);
    }

    public static GatePairId parse(String input) {
        return parse(input, "gatePair");
    }

    @Override
    public int compareTo(GatePairId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean wellFormed(String id) {
        if (id == null || !id.startsWith("VL-")) {
            return false;
        }
        String[] parts = id.split("-", -1);
        return parts.length == 3
                && CLASSES.contains(parts[1])
                && parts[2].length() == 2
                && Character.isDigit(parts[2].charAt(0))
                && Character.isDigit(parts[2].charAt(1));
    }
}
