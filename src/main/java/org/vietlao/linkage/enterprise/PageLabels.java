package org.vietlao.linkage.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final ReferenceData referenceData;
    private final ReferenceNames names;

    PageLabels(ReferenceData referenceData, ReferenceNames names) {
        this.referenceData = referenceData;
        this.names = names;
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
