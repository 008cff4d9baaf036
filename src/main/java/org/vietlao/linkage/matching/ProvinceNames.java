package org.vietlao.linkage.matching;

import java.util.LinkedHashMap;
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

    /**
     * Province code to name as plain text, for select options and exports that cannot hold a badge: a name shown
     * in another language is followed by that language in brackets, "Nghe An Province (en)".
     */
    Map<String, String> labels(String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        in(language)
                .forEach((code, name) ->
                        labels.put(code, name.fallback() ? name.text() + " (" + name.language() + ")" : name.text()));
        return labels;
    }
}
