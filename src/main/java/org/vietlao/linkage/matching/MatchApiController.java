package org.vietlao.linkage.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * Suggested partners across the border for one enterprise, with their reasons.
 */
@RestController
@Tag(name = "Matching")
class MatchApiController {

    private final Matchmaker matchmaker;
    private final MatchViews views;
    private final MatchingSheets sheets;

    MatchApiController(Matchmaker matchmaker, MatchViews views, MatchingSheets sheets) {
        this.matchmaker = matchmaker;
        this.views = views;
        this.sheets = sheets;
    }

    @GetMapping("/api/v1/enterprises/{id}/matches/export")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    @Operation(
            summary = "Export an enterprise's partners as CSV or XLSX",
            description = "The best " + Matchmaker.MAX_LISTED + " partners, filtered and sorted as on the matches "
                    + "page: province (the partner's province code), hs (2 to 8 digits starting a code of some "
                    + "relation), minScore (0 to 1), verified=true (verified partners only), sort (SCORE, DISTANCE, "
                    + "NAME); format csv or xlsx (default xlsx). Headings, countries, provinces, directions, relations, "
                    + "explanations and interest states in the Accept-Language of the request (en, vi, lo). CSV is "
                    + "UTF-8 with a byte-order mark, formula-like text cells get a leading apostrophe. Roles: "
                    + "ANALYST, MINISTRY, ADMIN for any enterprise; ENTERPRISE for its own organisation's only.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment")
    @ApiResponse(responseCode = "400", description = "PLT-002: a filter, sort or format is malformed")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an enterprise of the caller's organisation")
    @ApiResponse(responseCode = "404", description = "MAT-001: no such enterprise")
    ResponseEntity<byte[]> export(
            @PathVariable @Parameter(example = "1") long id,
            @RequestParam(required = false) @Parameter(example = "40") String province,
            @RequestParam(required = false) @Parameter(example = "0714") String hs,
            @RequestParam(required = false) @Parameter(example = "0.5") String minScore,
            @RequestParam(required = false) @Parameter(example = "true") String verified,
            @RequestParam(required = false) @Parameter(example = "SCORE") String sort,
            @RequestParam(required = false) @Parameter(example = "xlsx") String format,
            Actor actor,
            Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.matches(
                        actor,
                        new EnterpriseId(id),
                        MatchListing.Criteria.parse(province, hs, minScore, verified, sort),
                        locale)
                .download(as, "matches-" + id);
    }

    @GetMapping("/api/v1/enterprises/{id}/matches")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Suggested partners across the border",
            description = "Vietnamese partners for a Lao enterprise and Lao partners for a Vietnamese one, best first "
                    + "(ties by partner id), each with its score in [0, 1], direction, the products involved, the "
                    + "component scores, the border-gate pair of the road estimate and an explanation in the "
                    + "Accept-Language of the request (en, vi, lo). The formula is in docs/matching.md. ENTERPRISE users "
                    + "see the matches of their own enterprises only; analysts, ministry officials and administrators "
                    + "those of any enterprise.")
    @ApiResponse(responseCode = "200", description = "The partners, best first")
    @ApiResponse(responseCode = "400", description = "MAT-002: limit outside 1..50; PLT-002: not a number")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an enterprise of the caller's organisation")
    @ApiResponse(responseCode = "404", description = "MAT-001: no such enterprise")
    List<MatchViews.MatchView> matches(
            @PathVariable @Parameter(example = "1") long id,
            @RequestParam(defaultValue = "10") @Parameter(description = "1 to 50") int limit,
            Actor actor,
            Locale locale) {
        Matchmaker.Suggestions suggestions = matchmaker.suggestionsFor(actor, new EnterpriseId(id), limit);
        return suggestions.matches().stream()
                .map(match -> views.of(match, locale))
                .toList();
    }
}
