package org.vietlao.linkage.matching;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * Today's province names for the pages in the reader's language, as the reference module names them (one rule
 * for every module: {@link ReferenceNames} and the {@link LocalizedText} fallback).
 */
@Component
class ProvinceNames {

    private final ReferenceNames names;

    ProvinceNames(ReferenceNames names) {
        this.names = names;
    }

    /** Province code to name, for both countries. */
    Map<String, LocalizedText.Shown> in(String language) {
        return names.currentProvinceNamesIn(Locale.forLanguageTag(language));
    }
}
