package org.vietlao.linkage.reference;

/**
 * The class of a border-gate pair: international, main (bilateral) and secondary (local) as in the 2016
 * Vietnam–Laos agreement and later upgrades, or planned in Decision 1201/QD-TTg and provincial plans.
 */
public enum GateType {
    INTERNATIONAL,
    MAIN,
    SECONDARY,
    PLANNED;

    /** The lower-case name used in the database and in JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static GateType ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
