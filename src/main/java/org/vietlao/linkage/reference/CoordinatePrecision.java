package org.vietlao.linkage.reference;

/**
 * How close a gate's point is to the gate itself: {@code EXACT} at the checkpoint; {@code TOWN} the town, village
 * or commune at the gate; {@code DISTRICT} the district town, which can be 10–60 km away (map placement only,
 * never distances or routing); {@code NONE} no point known.
 */
public enum CoordinatePrecision {
    EXACT,
    TOWN,
    DISTRICT,
    NONE;

    /** The lower-case name used in the database and in JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static CoordinatePrecision ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
