package org.vietlao.linkage.trade;

import io.swagger.v3.oas.annotations.media.Schema;
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
        String period,

        @Schema(example = "TOTAL", description = "VN_TO_LA, LA_TO_VN or TOTAL")
        String flow,

        @Schema(example = "TOTAL", description = "TOTAL or an HS code (2 to 8 digits)")
        String product,

        @Schema(example = "VN-CAU-TREO_LA-NAM-PHAO") String gatePairId,
        @Schema(example = "2980000000") BigDecimal valueUsd,
        BigDecimal rangeLowUsd,
        BigDecimal rangeHighUsd,
        BigDecimal quantity,
        @Schema(example = "t") String unit,
        @Schema(example = "VND") String originalCurrency,
        BigDecimal originalValue,

        @Schema(example = "VN", description = "VN, LA or UNCLEAR")
        String reportingSide,

        @Schema(example = "REPORTED", description = "REPORTED, ROUNDED, ESTIMATE or LOWER_BOUND")
        String status,

        @Schema(example = "32.7") BigDecimal publishedGrowthPct,

        @Schema(example = "Ministry of Industry and Trade (MoIT)")
        String agency,

        @Schema(example = "SGGP") String publisher,

        @Schema(example = "https://en.sggp.org.vn/vietnam-rises-as-laos-third-largest-trading-partner-post123256.html")
        String url,

        @Schema(example = "2026-01-15", description = "year, year-month or date")
        String published,

        String notes,

        @Schema(description = "On PUT: the version read, for optimistic locking")
        Integer version) {}
