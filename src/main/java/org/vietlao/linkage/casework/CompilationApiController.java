package org.vietlao.linkage.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.Spreadsheet;

/** The ministries' yearly compilation and the local-currency KPI, for ministry officials, analysts, administrators. */
@RestController
@RequestMapping("/api/v1/casework")
@Tag(name = "Casework")
class CompilationApiController {

    private final Compilation compilation;
    private final CurrencyKpi kpi;
    private final java.time.Clock clock;

    private final CompilationPdf pdf;

    CompilationApiController(Compilation compilation, CurrencyKpi kpi, java.time.Clock clock, CompilationPdf pdf) {
        this.pdf = pdf;
        this.compilation = compilation;
        this.kpi = kpi;
        this.clock = clock;
    }

    static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw BusinessException.onField(ErrorCode.CAS_011, "year", "year");
        }
        return year;
    }

    @GetMapping(path = "/compilation", produces = "application/json")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    @Operation(
            summary = "The yearly compilation for the border-trade conference",
            description = "Every case submitted in the year with its status, working days taken against the "
                    + "deadlines of its steps and its light; counts by topic, country, province, gate, month and "
                    + "status; on-time rate per body; the proposals needing a government decision. No association "
                    + "member is named.")
    @ApiResponse(responseCode = "200", description = "The compilation")
    @ErrorCodes({ErrorCode.CAS_011, ErrorCode.PLT_002})
    Compilation.Report compilation(@RequestParam(required = false) @Parameter(example = "2026") Integer year) {
        return compilation.of(year(year));
    }

    @GetMapping(
            path = "/compilation.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    @Operation(
            summary = "The yearly compilation's cases as an XLSX sheet in the reader's language",
            description = "Headings, topics, statuses and lights in the language of Accept-Language.")
    @ApiResponse(responseCode = "200", description = "The workbook")
    @ErrorCodes({ErrorCode.CAS_011, ErrorCode.PLT_002})
    ResponseEntity<byte[]> compilationSheet(
            @RequestParam(required = false) @Parameter(example = "2026") Integer year, Locale locale) {
        int y = year(year);
        return compilation.sheet(y, locale).download(Spreadsheet.Format.XLSX, "casework-compilation-" + y);
    }

    @GetMapping(path = "/compilation.pdf", produces = "application/pdf")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    @Operation(
            summary = "The yearly compilation as a PDF with charts, in the reader's language",
            description = "Bar charts of the year's cases by topic, status and month and of the share of answers on "
                    + "time per body (SOLVIT's 55 % and 75 % targets), each with its figures and its source (the "
                    + "platform's own cases, the day of extraction), and the proposals needing a government decision; "
                    + "Lao and Vietnamese fonts embedded; language of Accept-Language.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ErrorCodes({ErrorCode.CAS_011, ErrorCode.PLT_002})
    ResponseEntity<byte[]> compilationPdf(
            @RequestParam(required = false) @Parameter(example = "2026") Integer year, Locale locale) {
        int y = year(year);
        return download(pdf.pdf(y, locale), y);
    }

    static ResponseEntity<byte[]> download(byte[] bytes, int year) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"casework-compilation-" + year + ".pdf\"")
                .body(bytes);
    }

    @GetMapping(path = "/currency-kpi", produces = "application/json")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    @Operation(
            summary = "Share of recorded transactions settled in dong or kip",
            description = "From every module that records money (shared.CurrencyRecords): the share of transactions "
                    + "and of their value in USD (the platform's one converter: daily, then monthly, then yearly "
                    + "rates) recorded in VND or LAK rather than USD, THB or CNY, by month, flow, gate, module and "
                    + "currency, and the monthly trend in percentage points, which the joint statement's aim asks to "
                    + "rise. from and to: YYYY-MM-DD, default the last twelve months.")
    @ApiResponse(responseCode = "200", description = "The KPI")
    @ErrorCodes({ErrorCode.CAS_011})
    CurrencyKpi.Kpi currencyKpi(
            @RequestParam(required = false) @Parameter(example = "2026-01-01") String from,
            @RequestParam(required = false) @Parameter(example = "2026-12-31") String to) {
        LocalDate[] period = period(from, to, Cases.today(clock));
        return kpi.compute(period[0], period[1]);
    }

    static LocalDate[] period(String from, String to, LocalDate today) {
        LocalDate last;
        LocalDate first;
        try {
            last = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
        } catch (DateTimeParseException ex) {
            throw BusinessException.onField(ErrorCode.CAS_011, "to", "to");
        }
        try {
            first = from == null || from.isBlank() ? last.minusMonths(12).plusDays(1) : LocalDate.parse(from.strip());
        } catch (DateTimeParseException ex) {
            throw BusinessException.onField(ErrorCode.CAS_011, "from", "from");
        }
        if (first.isAfter(last)
                || first.plusYears(10).isBefore(last)
                || first.getYear() < 1990
                || last.getYear() > 2100) {
            throw BusinessException.onField(ErrorCode.CAS_011, "from", "from");
        }
        return new LocalDate[] {first, last};
    }
}
