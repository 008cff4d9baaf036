package org.vietlao.linkage.matching;

import java.util.List;
import java.util.Map;

/**
 * A linkage chain an analyst curates: ordered stages, each a set of HS codes made in one country.
 *
 * @param id its identifier
 * @param name its name in the analyst's language
 * @param names translations by language ({@code vi}, {@code lo}, {@code en})
 * @param sector one of the MoU's priority sectors, or OTHER
 * @param description optional
 * @param demo whether it is demo data
 * @param stages in order, from the first
 */
record Chain(
        long id,
        String name,
        Map<String, String> names,
        Sector sector,
        String description,
        boolean demo,
        List<Stage> stages) {

    /** The MoU's three priority sectors, and everything else. */
    enum Sector {
        AGRICULTURE,
        ELECTRONICS,
        RENEWABLE_ENERGY,
        OTHER
    }

    String nameIn(String language) {
        String translated = names.get(language);
        return translated == null || translated.isBlank() ? name : translated;
    }

    /**
     * @param position 1 for the first stage
     * @param country where the stage happens, VN or LA
     * @param hsCodes what is made at the stage: HS chapters, headings, subheadings or national lines
     * @param label optional
     * @param labels translations of the label by language
     */
    record Stage(int position, String country, List<String> hsCodes, String label, Map<String, String> labels) {

        String labelIn(String language) {
            String translated = labels.get(language);
            return translated == null || translated.isBlank() ? label : translated;
        }
    }
}
