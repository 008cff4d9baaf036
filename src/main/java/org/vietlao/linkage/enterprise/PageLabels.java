package org.vietlao.linkage.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * Names the pages show for codes, in the reader's language by the reference module's {@link ReferenceNames} and
 * the one fallback rule of {@link LocalizedText}: today's provinces of both countries and HS descriptions.
 */
@Component
class PageLabels {

    /** A province as a select option or a label; {@code label} carries the fallback marker when there is one. */
    record ProvinceOption(String country, String code, String label) {}

    /**
     * An ISIC class as the sector picker offers it.
     *
     * @param title the title in the reader's language, or the English one with a fallback marker
     * @param fallback whether {@code title} is the English title shown for want of a translation
     */
    record SectorOption(String code, char section, String title, boolean fallback) {}

    private final ReferenceData referenceData;
    private final ReferenceNames names;
    private final Sectors sectors;
    private final MessageSource messages;

    PageLabels(ReferenceData referenceData, ReferenceNames names, Sectors sectors, MessageSource messages) {
        this.referenceData = referenceData;
        this.names = names;
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
        return names.provincesOn(referenceData.today()).stream()
                .map(p -> new ProvinceOption(
                        p.code().country().alpha2(),
                        p.code().code(),
                        optionLabel(p.names().in(locale))))
                .toList();
    }

    /** Code to name of the current provinces, for looking names up in a list; pages print the fallback badge. */
    Map<String, LocalizedText.Shown> provinceNames(Locale locale) {
        return new LinkedHashMap<>(names.currentProvinceNamesIn(locale));
    }

    /** Code to name of the current provinces as plain text (exports): a fallback name carries its language. */
    Map<String, String> provinceLabels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        names.currentProvinceNamesIn(locale).forEach((code, name) -> labels.put(code, optionLabel(name)));
        return labels;
    }

    /** The name of one current province, or its code when the reference data does not know it. */
    LocalizedText.Shown provinceName(String code, Locale locale) {
        LocalizedText.Shown name = provinceNames(locale).get(code);
        return name != null ? name : new LocalizedText.Shown(code == null ? "" : code, locale.getLanguage(), false);
    }

    /** The description of an HS code in the reader's language by the fallback rule; empty when unknown. */
    String hsDescription(String code, Locale locale) {
        return HsCode.tryParse(code)
                .flatMap(names::hsDescription)
                .map(text -> text.in(locale).text())
                .orElse("");
    }

    /** A select option cannot hold a badge: the language of a fallback name follows it in brackets. */
    static String optionLabel(LocalizedText.Shown name) {
        return name.fallback() ? name.text() + " (" + name.language() + ")" : name.text();
    }
}
