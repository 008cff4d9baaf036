package org.vietlao.linkage.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Yearly exchange rates per US dollar: everyone signed in reads them, administrators add them.
 */
@RestController
@RequestMapping("/api/v1/reference/exchange-rates")
@Tag(name = "Reference data")
class ExchangeRateController {

    private final ExchangeRates exchangeRates;
    private final ReferenceData referenceData;

    ExchangeRateController(ExchangeRates exchangeRates, ReferenceData referenceData) {
        this.exchangeRates = exchangeRates;
        this.referenceData = referenceData;
    }

    record NewExchangeRate(
            @Schema(example = "LAK") @Size(max = 10) String currency,
            @Schema(example = "2024") Integer year,
            @Schema(example = "21573.5") BigDecimal ratePerUsd,

            @Schema(example = "Bank of the Lao PDR") @Size(max = ExchangeRates.MAX_SOURCE)
            String source,

            @Schema(example = "https://www.bol.gov.la/") @Size(max = ExchangeRates.MAX_URL)
            String sourceUrl) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Yearly exchange rates per US dollar", description = "By currency, year and source.")
    @ApiResponse(responseCode = "200", description = "The rates")
    @ApiResponse(responseCode = "400", description = "PLT-002: currency is not three letters")
    List<ExchangeRate> list(@RequestParam(required = false) @Parameter(example = "VND") String currency) {
        if (currency == null || currency.isBlank()) {
            return exchangeRates.list(null);
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new BusinessException(ErrorCode.PLT_002, "currency");
        }
        return exchangeRates.list(code);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a yearly exchange rate",
            description = "currency: a current ISO 4217 code other than USD; year: from 1900 to this year; ratePerUsd: "
                    + "units per US dollar, above zero, at most 8 decimals; source: who published it (up to 200 "
                    + "characters); sourceUrl: optional http(s) address. Audited.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an administrator")
    @ApiResponse(
            responseCode = "409",
            description = "REF-008: this source already gave a rate for that currency and year")
    @ApiResponse(responseCode = "422", description = "REF-007: invalid fields, named in errors[]")
    ExchangeRate add(@Valid @RequestBody NewExchangeRate rate) {
        return exchangeRates.record(
                new ExchangeRates.Submission(
                        rate.currency(), rate.year(), rate.ratePerUsd(), rate.source(), rate.sourceUrl()),
                referenceData.today());
    }
}
