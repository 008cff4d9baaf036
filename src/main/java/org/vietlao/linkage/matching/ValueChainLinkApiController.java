package org.vietlao.linkage.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The curated value-chain links the matching uses: everyone signed in reads them, analysts edit them.
 */
@RestController
@RequestMapping("/api/v1/matching/value-chain-links")
@Tag(name = "Matching")
class ValueChainLinkApiController {

    private final ValueChainLinks links;

    ValueChainLinkApiController(ValueChainLinks links) {
        this.links = links;
    }

    record LinkBody(
            @Schema(example = "0714") @Size(max = 20) String inputPrefix,
            @Schema(example = "1108") @Size(max = 20) String productPrefix,
            @Schema(example = "0.8") BigDecimal strength,

            @Schema(example = "Cassava roots are milled into starch") @Size(max = ValueChainLinks.MAX_NOTE)
            String note) {

        ValueChainLinks.Submission submission() {
            return new ValueChainLinks.Submission(inputPrefix, productPrefix, strength, note);
        }
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Value-chain links", description = "By input, then product.")
    List<ValueChainLink> list() {
        return links.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One value-chain link")
    @ApiResponse(responseCode = "404", description = "MAT-010: no such link")
    ValueChainLink one(@PathVariable long id) {
        return links.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a value-chain link",
            description = "inputPrefix and productPrefix: known HS codes of 2, 4, 6 or 8 digits, used as prefixes, not "
                    + "equal; strength: the product fit the link gives, above 0 and at most 1, two decimals at most; note: "
                    + "optional, up to 500 characters. Matches use it from the next request on. Audited.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "PLT-002: a value of the wrong type; PLT-011: a key repeated; PLT-012: a control character in a text")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an analyst")
    @ApiResponse(responseCode = "409", description = "MAT-011: the same link exists")
    @ApiResponse(
            responseCode = "422",
            description = "MAT-009: invalid fields, named in errors[]; PLT-013: note over 500 characters")
    ValueChainLink create(@Valid @RequestBody LinkBody link) {
        return links.create(link.submission());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Change a value-chain link", description = "The same rules as when adding one. Audited.")
    @ApiResponse(responseCode = "404", description = "MAT-010: no such link")
    ValueChainLink update(@PathVariable long id, @Valid @RequestBody LinkBody link) {
        return links.update(id, link.submission());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a value-chain link", description = "Audited.")
    @ApiResponse(responseCode = "404", description = "MAT-010: no such link")
    void delete(@PathVariable long id) {
        links.delete(id);
    }
}
