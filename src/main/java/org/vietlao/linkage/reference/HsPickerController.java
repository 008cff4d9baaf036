package org.vietlao.linkage.reference;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The options of the HS product picker on the pages (the API is for bearer tokens, the pages have a session):
 * codes whose code starts with, or whose description in the reader's language contains, what was typed, accents
 * ignored. Vietnamese readers search the Vietnamese descriptions; others the English ones (the nomenclature has no
 * Lao text). Lao readers see a chapter's Lao name (the platform's translation, decision 0100), and beside the
 * English description of a heading or subheading the Lao name of its chapter. A query too short or too long gives
 * no options rather than an error: the picker is typing help.
 */
@Controller
class HsPickerController {

    static final int OPTIONS = 12;

    private final HsNomenclature nomenclature;

    HsPickerController(HsNomenclature nomenclature) {
        this.nomenclature = nomenclature;
    }

    /**
     * One option: the code, its description for the reader, whether that description is English, and for Lao
     * readers the Lao name of its chapter shown before an English description ({@code null} otherwise).
     */
    record HsOption(String code, String description, boolean english, String laoChapter) {

        HsOption(String code, String description, boolean english) {
            this(code, description, english, null);
        }

        /** What the box shows once chosen. */
        public String label() {
            return laoChapter == null ? description : laoChapter + ReferenceNames.LAO_CHAPTER_SEPARATOR + description;
        }
    }

    @GetMapping("/reference/hs/options")
    @PreAuthorize("isAuthenticated()")
    String options(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String level,
            Model model,
            Locale locale) {
        String query = q == null ? "" : q.strip();
        int minLevel = "6".equals(level) ? 6 : 2;
        List<HsOption> options = List.of();
        if (query.length() >= HsNomenclature.MIN_QUERY_LENGTH && query.length() <= HsNomenclature.MAX_QUERY_LENGTH) {
            boolean vietnamese = "vi".equals(locale.getLanguage());
            boolean lao = "lo".equals(locale.getLanguage());
            List<HsEntry> found = HsNomenclature.isCodePrefix(query)
                    ? nomenclature.startingWith(query, 60)
                    : nomenclature.matching(
                            query, vietnamese ? HsNomenclature.Language.VI : HsNomenclature.Language.EN, 60);
            options = found.stream()
                    .filter(entry -> entry.level() >= minLevel)
                    .limit(OPTIONS)
                    .map(entry -> option(entry, vietnamese, lao))
                    .toList();
        }
        model.addAttribute("options", options);
        model.addAttribute("query", query);
        return "reference/hs-options :: options";
    }

    private HsOption option(HsEntry entry, boolean vietnamese, boolean lao) {
        if (vietnamese && entry.descriptionVi() != null) {
            return new HsOption(entry.code(), entry.descriptionVi(), false);
        }
        if (lao && entry.descriptionLo() != null) {
            return new HsOption(entry.code(), entry.descriptionLo(), false);
        }
        String english = entry.descriptionEn() != null
                ? entry.descriptionEn()
                : nomenclature.find(entry.parent()).map(HsEntry::descriptionEn).orElse("");
        return new HsOption(
                entry.code(),
                english,
                true,
                lao ? nomenclature.laoChapter(entry.code()).orElse(null) : null);
    }
}
