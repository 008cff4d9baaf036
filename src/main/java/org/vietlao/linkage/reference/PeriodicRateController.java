package org.vietlao.linkage.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.IdempotentRequests;

/**
 * Daily and monthly exchange rates per US dollar (issue 15): everyone signed in reads them and their corrections,
 * analysts import them from CSV, all or nothing.
 */
@RestController
@RequestMapping("/api/v1/reference/exchange-rates/periodic")
@Tag(name = "Reference data")
class PeriodicRateController {

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final PeriodicRates rates;
    private final ReferenceData referenceData;
    private final IdempotentRequests idempotentRequests;

    PeriodicRateController(PeriodicRates rates, ReferenceData referenceData, IdempotentRequests idempotentRequests) {
        this.rates = rates;
        this.referenceData = referenceData;
        this.idempotentRequests = idempotentRequests;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Daily and monthly exchange rates per US dollar",
            description = "The rates whose period meets [from, to] (default: the last 31 days), by currency and date, "
                    + "at most 5,000, each with its source.")
    @ApiResponse(responseCode = "200", description = "The rates")
    @ErrorCodes({ErrorCode.PLT_002, ErrorCode.REF_004})
    List<PeriodicRates.PeriodicRate> list(
            @RequestParam(required = false) @Parameter(example = "LAK") String currency,
            @RequestParam(required = false) @Parameter(example = "2026-01-01") String from,
            @RequestParam(required = false) @Parameter(example = "2026-12-31") String to) {
        String code = null;
        if (currency != null && !currency.isBlank()) {
            code = currency.strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                throw new BusinessException(ErrorCode.PLT_002, "currency");
            }
        }
        LocalDate last = referenceData.dateOrToday(to);
        LocalDate first = from == null ? last.minusDays(31) : referenceData.dateOrToday(from);
        for (LocalDate day : List.of(first, last)) {
            if (day.getYear() < ExchangeRates.FIRST_YEAR || day.getYear() > 2200) {
                throw new BusinessException(ErrorCode.REF_004, day.toString());
            }
        }
        return rates.list(code, first, last);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "A daily or monthly rate with every value it had",
            description = "corrections[]: each earlier value, the value that replaced it, why, by whom and when.")
    @ApiResponse(responseCode = "200", description = "The rate and its corrections, oldest first")
    @ErrorCodes({ErrorCode.REF_017, ErrorCode.PLT_002})
    PeriodicRates.History history(@PathVariable long id) {
        return rates.history(id);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "Import daily and monthly rates from CSV, all or nothing",
            description = "Columns: currency (ISO 4217, not USD), basis (DAILY or MONTHLY), date (YYYY-MM-DD; "
                    + "YYYY-MM for a month), rate_per_usd, source (such as State Bank of Viet Nam central rate or "
                    + "Bank of the Lao PDR reference rate), source_url (optional) and correction_reason (optional). "
                    + "A row that repeats a recorded rate changes nothing; one that gives another value for a rate "
                    + "already recorded by the same source is refused unless correction_reason says why, and then "
                    + "the old value is kept in the rate's history. Any bad row refuses the file (REF-015) with "
                    + "every bad row in errors[] as rows[<line>].<column>. Up to 10 MB. Audited.")
    @ApiResponse(
            responseCode = "201",
            description = "Imported; with an Idempotency-Key already used for this file, the first answer again")
    @ErrorCodes({ErrorCode.REF_015, ErrorCode.REF_016, ErrorCode.IDM_001, ErrorCode.IDM_002, ErrorCode.PLT_004})
    ResponseEntity<PeriodicRates.Report> importCsv(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                    @Parameter(description = "Optional; a new value (a UUID) per import")
                    String idempotencyKey,
            Actor actor) {
        if (file == null || file.isEmpty()) {
            throw new BusinessException(ErrorCode.REF_016);
        }
        if (file.getSize() > MAX_BYTES) {
            throw new BusinessException(ErrorCode.PLT_004, "10 MB");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException ex) {
            throw new BusinessException(ErrorCode.REF_016);
        }
        IdempotentRequests.Answer<PeriodicRates.Report> answer = idempotentRequests.once(
                new IdempotentRequests.Request(actor, idempotencyKey, "exchange-rate-import", content),
                PeriodicRates.Report.class,
                HttpStatus.CREATED.value(),
                () -> rates.importCsv(content, actor));
        return ResponseEntity.status(answer.status())
                .header(IdempotentRequests.REPLAYED_HEADER, String.valueOf(answer.replayed()))
                .body(answer.body());
    }
}
