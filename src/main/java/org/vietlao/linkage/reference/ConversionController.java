package org.vietlao.linkage.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Money;

/**
 * Converts an amount between currencies on a date through the platform's one converter, showing the rates used.
 */
@RestController
@RequestMapping("/api/v1/reference/convert")
@Tag(name = "Reference data")
class ConversionController {

    private final CurrencyConverter converter;
    private final ReferenceData referenceData;

    ConversionController(CurrencyConverter converter, ReferenceData referenceData) {
        this.converter = converter;
        this.referenceData = referenceData;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Convert an amount between currencies on a date",
            description = "Through the US dollar with the yearly average rates the platform holds: a date uses the "
                    + "rate of its year, or the latest earlier year when its own has none (earlierThanDate: true). "
                    + "The result is rounded to the target currency's minor unit, half-even; rates[] names each "
                    + "rate used with its period and source.")
    @ApiResponse(responseCode = "200", description = "The converted amount with the rates used")
    @ApiResponse(
            responseCode = "400",
            description = "REF-010: amount not a plain decimal or currency not ISO 4217; REF-004: date not YYYY-MM-DD")
    @ApiResponse(responseCode = "404", description = "REF-011: no rate for a currency on or before the date")
    CurrencyConverter.Conversion convert(
            @RequestParam(required = false) @Parameter(example = "1500000") String amount,
            @RequestParam(required = false) @Parameter(example = "VND") String currency,
            @RequestParam(required = false)
                    @Parameter(description = "YYYY-MM-DD; today when absent", example = "2020-06-30")
                    String date,
            @RequestParam(defaultValue = "USD") @Parameter(description = "Target currency", example = "USD")
                    String to) {
        Money money = Money.parse(amount, currency);
        return converter.convert(money, Money.currency(to, "to"), referenceData.dateOrToday(date));
    }
}
