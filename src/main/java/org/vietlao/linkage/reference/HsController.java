package org.vietlao.linkage.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The HS 2022 nomenclature: one code with its descriptions, section and HS 2017 correspondence, and search by
 * code prefix or by words in English or Vietnamese.
 */
@RestController
@RequestMapping("/api/v1/reference/hs")
@Tag(
        name = "Reference data",
        description = "HS nomenclature, countries, currencies, provinces, border gates, exchange rates")
class HsController {

    private final HsNomenclature nomenclature;

    HsController(HsNomenclature nomenclature) {
        this.nomenclature = nomenclature;
    }

    /** {@code lo}: chapters and sections only, the platform's own translation (decision 0100); else null. */
    record HsDescription(String en, String vi, String lo) {}

    record HsSection(String number, HsDescription description) {}

    /** {@code hs2017} is given for subheadings and national lines only. */
    record HsCodeView(
            String code,
            int level,
            String parent,
            boolean national,
            HsDescription description,
            HsSection section,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> hs2017) {}

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "One HS 2022 code or Vietnamese national line",
            description =
                    "Accepts 2, 4, 6 or 8 digits; dots are ignored (0714.10). Subheadings and national lines carry "
                            + "their HS 2017 correspondence in hs2017. description.lo is given for chapters and "
                            + "sections only: the platform's own Lao translation, not an official text (decision 0100).")
    @ApiResponse(responseCode = "200", description = "The code")
    @ApiResponse(responseCode = "400", description = "REF-001: not 2, 4, 6 or 8 digits")
    @ApiResponse(responseCode = "404", description = "REF-002: not in the nomenclature")
    HsCodeView one(@PathVariable @Parameter(example = "071410") String code) {
        String digits = HsNomenclature.normalise(code);
        HsEntry entry = nomenclature.find(digits).orElseThrow(() -> new BusinessException(ErrorCode.REF_002, digits));
        List<String> hs2017 = entry.level() >= 6 ? nomenclature.hs2017Of(entry) : null;
        return view(entry, nomenclature.sectionTitles(), nomenclature.laoSectionTitles(), hs2017);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Search HS codes",
            description =
                    "Digits (\"0714\", \"0714.10\") list the codes starting with them in nomenclature order. Words "
                            + "match descriptions in the language asked for, ignoring case and Vietnamese diacritics (\"ca phe\" "
                            + "finds \"cà phê\"); every word must occur. Best matches first. lang defaults to the caller's "
                            + "language when it is en or vi, else en.")
    @ApiResponse(responseCode = "200", description = "The matching codes, best first; empty when none match")
    @ApiResponse(
            responseCode = "400",
            description = "REF-005: q missing, shorter than 2 or longer than 100 characters; "
                    + "REF-009: lang not en or vi; PLT-003: limit outside 1..100")
    List<HsCodeView> search(
            @RequestParam(required = false) @Parameter(example = "ca phe") String q,
            @RequestParam(required = false) @Parameter(description = "en or vi") String lang,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        String query = q == null ? "" : q.strip();
        if (query.length() < HsNomenclature.MIN_QUERY_LENGTH || query.length() > HsNomenclature.MAX_QUERY_LENGTH) {
            throw new BusinessException(ErrorCode.REF_005);
        }
        HsNomenclature.Language language = language(lang);
        List<HsEntry> found = HsNomenclature.isCodePrefix(query)
                ? nomenclature.startingWith(query, limit)
                : nomenclature.matching(query, language, limit);
        Map<String, String> titles = nomenclature.sectionTitles();
        Map<String, String> laoTitles = nomenclature.laoSectionTitles();
        return found.stream().map(entry -> view(entry, titles, laoTitles, null)).toList();
    }

    private static HsNomenclature.Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return "vi".equals(LocaleContextHolder.getLocale().getLanguage())
                    ? HsNomenclature.Language.VI
                    : HsNomenclature.Language.EN;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> HsNomenclature.Language.EN;
            case "vi" -> HsNomenclature.Language.VI;
            default -> throw new BusinessException(ErrorCode.REF_009, ReferenceData.abbreviated(lang));
        };
    }

    private static HsCodeView view(
            HsEntry entry, Map<String, String> sectionTitles, Map<String, String> laoTitles, List<String> hs2017) {
        HsSection section = entry.section() == null
                ? null
                : new HsSection(
                        entry.section(),
                        new HsDescription(sectionTitles.get(entry.section()), null, laoTitles.get(entry.section())));
        return new HsCodeView(
                entry.code(),
                entry.level(),
                entry.parent(),
                entry.national(),
                new HsDescription(entry.descriptionEn(), entry.descriptionVi(), entry.descriptionLo()),
                section,
                hs2017);
    }
}
