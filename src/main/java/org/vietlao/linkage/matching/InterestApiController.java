package org.vietlao.linkage.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * Expressions of interest over the API: ENTERPRISE users send them from their enterprises and answer those
 * their enterprises received.
 */
@RestController
@RequestMapping("/api/v1/matching/interests")
@Tag(name = "Matching")
class InterestApiController {

    private final ExpressionsOfInterest interests;
    private final InterestViews views;
    private final RequestValidation validation;

    InterestApiController(
            ExpressionsOfInterest interests, InterestViews views, jakarta.validation.Validator validator) {
        this.validation = new RequestValidation(validator);
        this.interests = interests;
        this.views = views;
    }

    record NewInterest(
            @Schema(example = "12") Long fromEnterpriseId,
            @Schema(example = "3") Long toEnterpriseId,

            @Schema(example = "We buy 5,000 t of fresh cassava a year.") @Size(max = ExpressionsOfInterest.MAX_MESSAGE)
            String message) {}

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Send interest to a suggested partner",
            description = "From one of the caller's enterprises to an enterprise across the border that relates to it "
                    + "by product (it would appear among its matches). The partner answers within "
                    + "linkage.matching.interest-expiry (30 days by default). message: optional, up to 1,000 characters. "
                    + "Audited.")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(
            responseCode = "400",
            description =
                    "PLT-002: a value of the wrong type; PLT-011: a key repeated; PLT-012: a control character in a text")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an enterprise of the caller's organisation")
    @ApiResponse(responseCode = "404", description = "MAT-001: no such enterprise")
    @ApiResponse(
            responseCode = "409",
            description = "MAT-004: an open interest between the two waits; MAT-014: already linked")
    @ApiResponse(
            responseCode = "422",
            description = "MAT-003: same country; MAT-016: no product relation; MAT-017: ids missing; "
                    + "PLT-013: message over 1,000 characters")
    InterestViews.InterestView send(@RequestBody NewInterest body, Actor actor, Locale locale) throws BindException {
        // Whether the caller acts for the sending enterprise comes before the body's limits (decision 0009).
        if (body.fromEnterpriseId() != null) {
            actor.require(actor.actsFor(body.fromEnterpriseId()));
        }
        validation.check(body);
        return views.of(interests.send(actor, body.fromEnterpriseId(), body.toEnterpriseId(), body.message()), locale);
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "Interest received by the caller's enterprises", description = "Newest first.")
    List<InterestViews.InterestView> inbox(Actor actor, Locale locale) {
        return views.of(interests.receivedBy(EnterpriseRef.ownedBy(actor)), locale);
    }

    @GetMapping("/outbox")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "Interest sent by the caller's enterprises", description = "Newest first.")
    List<InterestViews.InterestView> outbox(Actor actor, Locale locale) {
        return views.of(interests.sentBy(EnterpriseRef.ownedBy(actor)), locale);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "One expression of interest",
            description = "For the users of either enterprise, analysts, ministry officials and administrators.")
    @ApiResponse(responseCode = "404", description = "MAT-008: no such interest for this caller")
    InterestViews.InterestView one(@PathVariable long id, Actor actor, Locale locale) {
        return views.of(interests.visible(actor, id), locale);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(
            summary = "Accept: the pair becomes a linkage",
            description = "By a user of the receiving enterprise. Audited.")
    @ApiResponse(responseCode = "403", description = "MAT-005: only the receiving side answers")
    @ApiResponse(responseCode = "404", description = "MAT-008: no such interest")
    @ApiResponse(responseCode = "409", description = "MAT-006: expired; MAT-007: already answered or closed")
    InterestViews.InterestView accept(@PathVariable long id, Actor actor, Locale locale) {
        return views.of(interests.accept(actor, id), locale);
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "Decline", description = "By a user of the receiving enterprise. Audited.")
    @ApiResponse(responseCode = "403", description = "MAT-005: only the receiving side answers")
    @ApiResponse(responseCode = "404", description = "MAT-008: no such interest")
    @ApiResponse(responseCode = "409", description = "MAT-006: expired; MAT-007: already answered or closed")
    InterestViews.InterestView decline(@PathVariable long id, Actor actor, Locale locale) {
        return views.of(interests.decline(actor, id), locale);
    }
}
