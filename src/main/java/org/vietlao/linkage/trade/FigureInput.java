package org.vietlao.linkage.trade;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A trade figure as sent: the API's JSON body and one row of the platform's CSV import have these fields and
 * are checked by the same rules ({@link FigureRules}).
 */
@Schema(name = "TradeFigureRequest")
record FigureInput(
        @Schema(
                example = "2025",
                description = "2024, 2024-H1, 2025-Q1, 2024-01 (a month) or 2025-YTD07 (January–July)")
        @Size(max = 20)
        String period,

        @Schema(example = "TOTAL", description = "VN_TO_LA, LA_TO_VN or TOTAL") @Size(max = 10)
        String flow,

        @Schema(example = "TOTAL", description = "TOTAL or an HS code (2 to 8 digits)") @Size(max = 20)
        String product,

        @Schema(example = "VL-INT-01") @Size(max = 20) String gatePairId,
        @Schema(example = "2980000000") BigDecimal valueUsd,
        BigDecimal rangeLowUsd,
        BigDecimal rangeHighUsd,
        BigDecimal quantity,
        @Schema(example = "t") @Size(max = 10) String unit,
        @Schema(example = "VND") @Size(max = 10) String originalCurrency,
        BigDecimal originalValue,

        @Schema(example = "VN", description = "VN, LA or UNCLEAR") @Size(max = 10)
        String reportingSide,

        @Schema(example = "REPORTED", description = "REPORTED, ROUNDED, ESTIMATE or LOWER_BOUND") @Size(max = 20)
        String status,

        @Schema(example = "32.7") BigDecimal publishedGrowthPct,

        @Schema(example = "Ministry of Industry and Trade (MoIT)") @Size(max = 300)
        String agency,

        @Schema(example = "SGGP") @Size(max = 300) String publisher,

        @Schema(example = "https://en.sggp.org.vn/vietnam-rises-as-laos-third-largest-trading-partner-post123256.html")
        @Size(max = 1000)
        String url,

        @Schema(example = "2026-01-15", description = "year, year-month or date") @Size(max = 10)
        String published,

        @Size(max = 2000) String notes,

        @Schema(description = "On PUT: the version read, for optimistic locking")
        Integer version) {}
