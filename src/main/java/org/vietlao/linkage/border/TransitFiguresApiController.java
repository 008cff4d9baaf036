package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/** Transit in aggregate, for those who oversee every gate (issue 13). */
@RestController
@Tag(name = "Border")
class TransitFiguresApiController {

    private final TransitFigures figures;
    private final Clock clock;

    TransitFiguresApiController(TransitFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/v1/transits/figures")
    @PreAuthorize("hasAnyRole('MINISTRY', 'ANALYST', 'ADMIN')")
    @Operation(
            summary = "Transit movements in aggregate, by route",
            description = "Movements lodged from `from` to `to` (dates in UTC+7, at most 366 days; default: the "
                    + "year so far), per office of departure and of destination: how many, by status, late arrivals, "
                    + "median and 90th percentile hours from release to arrival, amounts recovered from guarantees "
                    + "by currency, and whether every movement of the route is demo data. No trader is named. "
                    + "Source: the platform's own transit records.")
    @ErrorCodes({ErrorCode.BRD_015})
    TransitFigures.Report figures(
            @RequestParam(required = false) @Parameter(example = "2026-01-01") String from,
            @RequestParam(required = false) @Parameter(example = "2026-12-07") String to) {
        LocalDate today = LocalDate.now(clock.withZone(BorderParameters.BORDER_ZONE));
        LocalDate start = VisitApiController.date(from, today.withDayOfYear(1));
        LocalDate end = VisitApiController.date(to, today);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 365) {
            throw new BusinessException(ErrorCode.BRD_015);
        }
        return figures.between(start, end);
    }
}
