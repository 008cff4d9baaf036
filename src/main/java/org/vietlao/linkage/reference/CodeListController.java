package org.vietlao.linkage.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ISO 3166-1 countries and ISO 4217 currencies.
 */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data")
class CodeListController {

    private final CodeLists codeLists;

    CodeListController(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @GetMapping("/countries")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "ISO 3166-1 countries",
            description = "With their ISO 4217 currencies and UN M49 regions; by alpha-2 code.")
    List<CodeLists.IsoCountry> countries() {
        return codeLists.countries();
    }

    @GetMapping("/currencies")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "ISO 4217 currencies",
            description =
                    "The currencies in use, each with the entities using it; includeWithdrawn=true adds withdrawn ones.")
    List<CodeLists.IsoCurrency> currencies(@RequestParam(defaultValue = "false") boolean includeWithdrawn) {
        return codeLists.currencies(includeWithdrawn);
    }
}
