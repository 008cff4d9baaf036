package org.vietlao.linkage.enterprise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The units of a yearly capacity or volume. Names are message keys {@code enterprise.unit.<code>}.
 */
enum QuantityUnit {
    TONNE("t"),
    KILOGRAM("kg"),
    CUBIC_METRE("m3"),
    LITRE("l"),
    PIECE("pcs"),
    SET("set"),
    METRE("m"),
    HEAD("head"),
    KILOWATT_HOUR("kWh"),
    MEGAWATT_HOUR("MWh"),
    GIGAWATT_HOUR("GWh");

    static final List<String> CODES =
            Arrays.stream(values()).map(QuantityUnit::code).toList();

    private final String code;

    QuantityUnit(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** The unit written {@code code}, ignoring case ("T" is tonnes, "mwh" megawatt hours). */
    static Optional<QuantityUnit> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip();
        return Arrays.stream(values())
                .filter(unit -> unit.code.equalsIgnoreCase(key))
                .findFirst();
    }
}
