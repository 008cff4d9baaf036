package org.vietlao.linkage.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.Province;
import org.vietlao.linkage.reference.ReferenceData;

/**
 * Current province names for the pages, in a form the reader can read: English for English readers, the
 * Vietnamese short name of a Vietnamese province and the Lao name of a Lao province for Lao readers, the
 * Vietnamese short name or English name otherwise.
 */
@Component
class ProvinceNames {

    private final ReferenceData reference;

    ProvinceNames(ReferenceData reference) {
        this.reference = reference;
    }

    /** Province code to name, for both countries. */
    Map<String, String> in(String language) {
        Map<String, String> names = new HashMap<>();
        for (String country : List.of(Party.VIET_NAM, Party.LAOS)) {
            for (Province province : reference.provincesOn(country, reference.today())) {
                names.put(province.code(), name(province, language));
            }
        }
        return names;
    }

    private static String name(Province province, String language) {
        if ("en".equals(language)) {
            return province.nameEn();
        }
        if (Party.VIET_NAM.equals(province.country())) {
            return province.shortName();
        }
        return "lo".equals(language) ? province.name() : province.nameEn();
    }
}
