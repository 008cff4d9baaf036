package org.vietlao.linkage.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/** The products the trade indicators suggest a country sells across the border (decision 0045). */
@RestController
@Tag(name = "Matching")
class SuggestedProductApiController {

    private final SuggestedProducts suggested;

    SuggestedProductApiController(SuggestedProducts suggested) {
        this.suggested = suggested;
    }

    @GetMapping("/api/v1/matching/suggested-products")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Products the trade indicators suggest a country sells to the other",
            description = "The export-potential shortlist the trade module last fed for this exporter (VNM or LAO) "
                    + "and year (default: the latest year fed), largest potential first, each product with its RCA, "
                    + "potential and actual exports in USD, its HS description in the Accept-Language of the request "
                    + "(Vietnamese for vi; English otherwise, the HS nomenclature having no Lao text) and the source "
                    + "of the numbers. Nothing fed: year null and no products.")
    @ApiResponse(responseCode = "200", description = "{exporter, importer, year, source, products}")
    @ErrorCodes({ErrorCode.PLT_002})
    SuggestedProducts.Suggestion suggestedProducts(
            @RequestParam @Parameter(example = "VNM") String exporter,
            @RequestParam(required = false) @Parameter(example = "2022") Integer year,
            Locale locale) {
        String e = exporter.strip().toUpperCase(Locale.ROOT);
        if (!e.equals("VNM") && !e.equals("LAO")) {
            throw BusinessException.onField(ErrorCode.PLT_002, "exporter", "exporter");
        }
        if (year != null && (year < 1950 || year > 2100)) {
            throw BusinessException.onField(ErrorCode.PLT_002, "year", "year");
        }
        String language = locale.getLanguage();
        return (year == null ? suggested.latest(e, language) : suggested.forYear(e, year, language))
                .orElse(new SuggestedProducts.Suggestion(e, null, year, null, List.of()));
    }
}
