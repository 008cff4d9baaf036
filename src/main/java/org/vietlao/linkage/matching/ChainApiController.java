package org.vietlao.linkage.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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
 * Linkage chains: everyone signed in reads them and their view with gaps; analysts define them.
 */
@RestController
@RequestMapping("/api/v1/matching/chains")
@Tag(name = "Matching")
class ChainApiController {

    private final Chains chains;
    private final ChainViews views;

    ChainApiController(Chains chains, ChainViews views) {
        this.chains = chains;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Linkage chains", description = "In the order they were defined.")
    List<Chain> list() {
        return chains.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One linkage chain")
    @ApiResponse(responseCode = "404", description = "MAT-013: no such chain")
    Chain one(@PathVariable long id) {
        return chains.get(id);
    }

    @GetMapping("/{id}/view")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Who sits at each stage, and the gaps",
            description = "For each stage, the enterprises of each country that offer one of the stage's HS codes (the "
                    + "first 20 by id, with full counts), and gap = true when none does in the stage's country.")
    @ApiResponse(responseCode = "404", description = "MAT-013: no such chain")
    ChainViews.ChainView view(@PathVariable long id, Locale locale) {
        return views.of(chains.get(id), locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Define a linkage chain",
            description = "name (up to 200 characters, unique), names {vi, lo, en} (optional), sector AGRICULTURE, "
                    + "ELECTRONICS, RENEWABLE_ENERGY or OTHER, description (optional, up to 2,000), stages: 1 to 12, "
                    + "each {country VN or LA, hsCodes: 1 to 10 known HS codes of 2, 4, 6 or 8 digits, label, labels}. "
                    + "Audited.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "PLT-002: a value of the wrong type; PLT-011: a key repeated; PLT-012: a control character in a text")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an analyst")
    @ApiResponse(responseCode = "409", description = "MAT-018: the name is taken")
    @ApiResponse(
            responseCode = "422",
            description = "MAT-012: invalid fields, named in errors[]; PLT-013: a text over its limit")
    Chain create(@Valid @RequestBody Chains.Submission chain) {
        return chains.create(chain);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "Redefine a linkage chain",
            description = "The same fields and rules as when it was defined. Audited.")
    @ApiResponse(responseCode = "404", description = "MAT-013: no such chain")
    Chain update(@PathVariable long id, @Valid @RequestBody Chains.Submission chain) {
        return chains.update(id, chain);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a linkage chain", description = "Audited.")
    @ApiResponse(responseCode = "404", description = "MAT-013: no such chain")
    void delete(@PathVariable long id) {
        chains.delete(id);
    }
}
