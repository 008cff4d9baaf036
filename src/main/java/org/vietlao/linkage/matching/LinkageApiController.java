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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * Linkages (accepted interests) and their counts for the dashboards.
 */
@RestController
@RequestMapping("/api/v1/matching/linkages")
@Tag(name = "Matching")
class LinkageApiController {

    private final Linkages linkages;
    private final InterestViews views;
    private final MatchingSheets sheets;

    LinkageApiController(Linkages linkages, InterestViews views, MatchingSheets sheets) {
        this.linkages = linkages;
        this.views = views;
        this.sheets = sheets;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    @Operation(
            summary = "Export linkages as CSV or XLSX",
            description = "Newest first, filtered by province (a province code of either side), gate (the border-gate "
                    + "pair id) and year (established, in UTC+7); format csv or xlsx (default xlsx). Headings and "
                    + "province names in the Accept-Language of the request (en, vi, lo), times in UTC+7. Roles: "
                    + "ANALYST, MINISTRY, ADMIN see every linkage; ENTERPRISE only its own organisation's.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment")
    @ApiResponse(responseCode = "400", description = "PLT-002: a filter or format is malformed")
    @ApiResponse(responseCode = "403", description = "AUT-002: another role")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Parameter(example = "LA-SV") String province,
            @RequestParam(required = false) @Parameter(example = "VL-INT-06") String gate,
            @RequestParam(required = false) @Parameter(example = "2026") String year,
            @RequestParam(required = false) @Parameter(example = "xlsx") String format,
            Actor actor,
            Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.linkages(actor, LinkagePageController.linkageFilter(province, gate, year), locale)
                .download(as, "linkages");
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Linkages, newest first",
            description = "All of them for analysts, ministry officials and administrators; an ENTERPRISE user's own.")
    @ApiResponse(responseCode = "403", description = "AUT-002: another role")
    List<InterestViews.LinkageView> list(Actor actor, Locale locale) {
        List<Linkages.Linkage> found;
        if (actor.overseesEveryEnterprise()) {
            found = linkages.all();
        } else if (actor.has(Role.ENTERPRISE)) {
            found = linkages.of(EnterpriseRef.ownedBy(actor));
        } else {
            throw new BusinessException(ErrorCode.AUT_002);
        }
        return found.stream().map(linkage -> views.of(linkage, locale)).toList();
    }

    @GetMapping("/summary")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "How many linkages, per sector, province and border-gate pair",
            description =
                    "Each linkage counts once for each sector (ISIC class) and province of its two enterprises, "
                            + "as they were when it was made, and once for the gate pair of its road estimate (key null: none).")
    Linkages.Summary summary() {
        return linkages.summary();
    }
}
