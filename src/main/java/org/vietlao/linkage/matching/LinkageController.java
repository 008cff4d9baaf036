package org.vietlao.linkage.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Linkages (accepted interests) and their counts for the dashboards.
 */
@RestController
@RequestMapping("/api/v1/matching/linkages")
@Tag(name = "Matching")
class LinkageController {

    private final Linkages linkages;
    private final InterestViews views;
    private final EnterpriseAccess access;

    LinkageController(Linkages linkages, InterestViews views, EnterpriseAccess access) {
        this.linkages = linkages;
        this.views = views;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Linkages, newest first",
            description = "All of them for analysts, ministry officials and administrators; an ENTERPRISE user's own.")
    @ApiResponse(responseCode = "403", description = "AUT-002: another role")
    List<InterestViews.LinkageView> list(Locale locale) {
        Actor actor = access.actor();
        List<Linkages.Linkage> found;
        if (EnterpriseAccess.overseesAll(actor)) {
            found = linkages.all();
        } else if (actor.hasRole("ENTERPRISE")) {
            found = linkages.of(access.ownEnterprises());
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
