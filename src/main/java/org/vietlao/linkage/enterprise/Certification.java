package org.vietlao.linkage.enterprise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The certifications the registry knows: management-system standards, food-safety and farm schemes of both
 * countries, forestry chains of custody and product marks. Their names are message keys
 * {@code enterprise.certification.<code>}.
 */
enum Certification {
    ISO9001,
    ISO14001,
    ISO22000,
    ISO45001,
    ISO50001,
    HACCP,
    FSSC22000,
    BRCGS,
    GLOBALGAP,
    VIETGAP,
    LAOGAP,
    ORGANIC,
    FAIRTRADE,
    RAINFOREST,
    FSC,
    PEFC,
    HALAL,
    CE,
    ROHS;

    static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    /** The certification named by {@code code}, in any case and with spaces, dots or dashes ("ISO 9001"). */
    static Optional<Certification> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(key)).findFirst();
    }
}
