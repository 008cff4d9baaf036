package org.vietlao.linkage.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.HsEntry;
import org.vietlao.linkage.reference.Province;
import org.vietlao.linkage.reference.ReferenceData;

/**
 * Names the pages show for codes: provinces of today in the reader's language where the reference data has
 * it (Vietnamese names for Viet Nam, Lao names for Laos, English otherwise), and HS descriptions in
 * Vietnamese or English (the nomenclature has no Lao text; Lao readers see English).
 */
@Component
class PageLabels {

    /** A province as a select option or a label. */
    record ProvinceOption(String country, String code, String label) {}

    private final ReferenceData referenceData;

    PageLabels(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The current provinces of both countries, Viet Nam first, by code. */
    List<ProvinceOption> provinces(Locale locale) {
        return List.of("VN", "LA").stream()
                .flatMap(country -> referenceData.provincesOn(country, referenceData.today()).stream())
                .map(p -> new ProvinceOption(p.country(), p.code(), provinceName(p, locale)))
                .toList();
    }

    /** Code to name of the current provinces, for looking names up in a list. */
    Map<String, String> provinceNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        provinces(locale).forEach(p -> names.put(p.code(), p.label()));
        return names;
    }

    /** The description of an HS code in the reader's language, falling back to the subheading's English one. */
    String hsDescription(String code, Locale locale) {
        Optional<HsEntry> entry = referenceData.hsCode(code);
        if (entry.isEmpty()) {
            return "";
        }
        HsEntry hs = entry.get();
        if ("vi".equals(locale.getLanguage()) && hs.descriptionVi() != null) {
            return hs.descriptionVi();
        }
        if (hs.descriptionEn() != null) {
            return hs.descriptionEn();
        }
        return referenceData.hsCode(hs.parent()).map(HsEntry::descriptionEn).orElse(hs.descriptionVi());
    }

    private static String provinceName(Province province, Locale locale) {
        String language = locale.getLanguage();
        if ("vi".equals(language) && "VN".equals(province.country())) {
            return province.shortName();
        }
        if ("lo".equals(language) && "LA".equals(province.country())) {
            return province.name();
        }
        return province.nameEn();
    }
}
