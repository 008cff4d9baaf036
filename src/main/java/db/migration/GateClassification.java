package db.migration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the border-gate list's free text into the platform's classes. Types: the list's current type reads
 * "international", "main (bilateral)", "secondary (local) ...", "planned secondary by 2030" or "committed
 * secondary ..."; where it says only "UNCONFIRMED" the pair id's class decides (VL-SEC-14 is listed among the
 * secondary pairs). Precision: the coordinates files flag each point GATE, APPROX-TOWN/VILLAGE-AT-GATE,
 * APPROX-COMMUNE or APPROX-DISTRICT-SEAT/PLACE, which become exact, town, district; no point is none.
 */
final class GateClassification {

    private static final Map<String, String> TYPE_OF_PAIR_CLASS =
            Map.of("VL-INT-", "international", "VL-MAIN-", "main", "VL-SEC-", "secondary", "VL-PLAN-", "planned");
    private static final List<String> DOUBT_MARKERS = List.of("unconfirmed", "not confirmed", "conflict");
    private static final Map<String, String> PRECISION = Map.of(
            "GATE",
            "exact",
            "APPROX-TOWN-AT-GATE",
            "town",
            "APPROX-VILLAGE-AT-GATE",
            "town",
            "APPROX-COMMUNE",
            "town",
            "APPROX-DISTRICT-SEAT",
            "district",
            "APPROX-DISTRICT-PLACE",
            "district");

    private GateClassification() {}

    /** international, main, secondary or planned. */
    static String type(String typeText, String pairId) {
        String text = typeText.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("planned") || text.startsWith("committed")) {
            return "planned";
        }
        for (String type : List.of("international", "main", "secondary")) {
            if (text.startsWith(type)) {
                return type;
            }
        }
        return TYPE_OF_PAIR_CLASS.entrySet().stream()
                .filter(pairClass -> pairId.startsWith(pairClass.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("cannot classify gate " + pairId + " of type \"" + typeText + "\""));
    }

    /** Whether the source itself doubts the type ("UNCONFIRMED", "CONFLICT", "not confirmed"). */
    static boolean typeUncertain(String typeText) {
        String text = typeText.toLowerCase(Locale.ROOT);
        return DOUBT_MARKERS.stream().anyMatch(text::contains);
    }

    /** exact, town, district, or none when the source has no point. */
    static String precision(String flag) {
        if (flag == null) {
            return "none";
        }
        String precision = PRECISION.get(flag);
        if (precision == null) {
            throw new IllegalStateException("unknown coordinate precision flag " + flag);
        }
        return precision;
    }
}
