package org.vietlao.linkage.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
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

    /**
     * An ISIC class as the sector picker offers it.
     *
     * @param title the title in the reader's language, or the English one with a fallback marker
     * @param fallback whether {@code title} is the English title shown for want of a translation
     */
    record SectorOption(String code, char section, String title, boolean fallback) {}

    private final ReferenceData referenceData;
    private final Sectors sectors;
    private final MessageSource messages;

    PageLabels(ReferenceData referenceData, Sectors sectors, MessageSource messages) {
        this.referenceData = referenceData;
        this.sectors = sectors;
        this.messages = messages;
    }

    /**
     * Every ISIC class, by code, titled for the reader. Only English titles ship (no sourced Vietnamese VSIC 2018
     * or Lao titles, decision 0014), so a Vietnamese or Lao reader sees the English title marked as such.
     */
    List<SectorOption> sectorOptions(Locale locale) {
        boolean fallback = !"en".equals(locale.getLanguage());
        return sectors.all().stream()
                .map(s -> new SectorOption(s.code(), s.section(), s.title(), fallback))
                .toList();
    }

    /** The class's title for the reader: English, with the fallback marker for a Vietnamese or Lao reader. */
    String sectorTitle(String code, Locale locale) {
        return sectors.find(code)
                .map(s -> "en".equals(locale.getLanguage())
                        ? s.title()
                        : messages.getMessage("enterprise.sector.fallback", new Object[] {s.title()}, locale))
                .orElse("");
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
