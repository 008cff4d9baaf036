package org.vietlao.linkage.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * The provinces of Viet Nam and Laos valid on a date, with the 2025 Vietnamese merger on both sides of it.
 */
@RestController
@RequestMapping("/api/v1/reference/provinces")
@Tag(name = "Reference data")
class ProvinceController {

    private final ReferenceData referenceData;
    private final Provinces provinces;
    private final ReferenceNames names;

    ProvinceController(ReferenceData referenceData, Provinces provinces, ReferenceNames names) {
        this.referenceData = referenceData;
        this.provinces = provinces;
        this.names = names;
    }

    /**
     * {@code mergedFrom}: for a Vietnamese province from 2025-07-01, the old provinces it was formed from (an
     * unchanged province lists itself). {@code mergedInto}: for an old Vietnamese province, the new one.
     */
    record ProvinceView(
            String country,
            String code,
            String name,
            String shortName,
            String nameEn,
            String capital,
            double latitude,
            double longitude,
            LocalDate validFrom,
            LocalDate validTo,
            List<ProvinceSummary> mergedFrom,
            ProvinceSummary mergedInto,
            LocalizedText names,
            LocalizedText.Shown displayName) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Provinces valid on a date",
            description =
                    "Viet Nam: 63 provinces until 2025-06-30, 34 from 2025-07-01; Laos: 18. Without country, both "
                            + "(Viet Nam first); without date, today in Indochina Time. names: the province in en, vi "
                            + "and lo where a source gives it; displayName: in the caller's language (Accept-Language), by the fallback rule en, vi, lo, with fallback true when not in that language.")
    @ApiResponse(responseCode = "200", description = "The provinces, by code")
    @ApiResponse(responseCode = "400", description = "REF-003: country not VN or LA; REF-004: date not YYYY-MM-DD")
    List<ProvinceView> list(
            @RequestParam(required = false) @Parameter(description = "VN or LA") String country,
            @RequestParam(required = false) @Parameter(example = "2025-07-01") String date,
            Locale locale) {
        List<String> countries = country == null ? List.of("VN", "LA") : List.of(ReferenceData.knownCountry(country));
        LocalDate day = referenceData.dateOrToday(date);
        Map<Province, Province> merger = provinces.merger();
        Map<String, LocalizedText> named = new HashMap<>();
        names.provincesOn(day).forEach(p -> named.put(p.code().code(), p.names()));
        List<ProvinceView> views = new ArrayList<>();
        for (String each : countries) {
            for (Province province : provinces.on(each, day)) {
                List<ProvinceSummary> from = merger.entrySet().stream()
                        .filter(oldToNew -> oldToNew.getValue().equals(province))
                        .map(oldToNew -> ProvinceSummary.of(oldToNew.getKey()))
                        .toList();
                views.add(new ProvinceView(
                        province.country(),
                        province.code(),
                        province.name(),
                        province.shortName(),
                        province.nameEn(),
                        province.capital(),
                        province.latitude(),
                        province.longitude(),
                        province.validFrom(),
                        province.validTo(),
                        from,
                        ProvinceSummary.of(merger.get(province)),
                        named.getOrDefault(province.code(), LocalizedText.of(province.nameEn(), null, null)),
                        named.getOrDefault(province.code(), LocalizedText.of(province.nameEn(), null, null))
                                .in(locale)));
            }
        }
        return views;
    }
}
