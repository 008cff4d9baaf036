package org.vietlao.linkage.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Vietnam–Laos border-gate pairs, with the Vietnamese province resolved for a date.
 */
@RestController
@RequestMapping("/api/v1/reference/border-gates")
@Tag(name = "Reference data")
class BorderGateController {

    private final ReferenceData referenceData;
    private final BorderGates borderGates;

    BorderGateController(ReferenceData referenceData, BorderGates borderGates) {
        this.referenceData = referenceData;
        this.borderGates = borderGates;
    }

    /** One side's point; {@code precision} is exact, town, district or none. */
    record GateSideView(
            Double latitude, Double longitude, String precision, String place, BigDecimal borderDistanceKm) {

        static GateSideView of(GatePoint point) {
            return new GateSideView(
                    point.latitude(),
                    point.longitude(),
                    point.precision().code(),
                    point.place(),
                    point.borderDistanceKm());
        }
    }

    /**
     * {@code vnProvince} is the province on the date asked for; the provinces before and after the 2025 merger are
     * given as well. The {@code ...Text} fields and {@code sources} are the source list's own words.
     */
    record BorderGateView(
            String pairId,
            String vnGate,
            String laoGate,
            String type,
            boolean typeUncertain,
            String typeText,
            String type2016Text,
            ProvinceSummary vnProvince,
            ProvinceSummary vnProvinceBeforeMerger,
            ProvinceSummary vnProvinceAfterMerger,
            String vnDistrictBeforeMerger,
            ProvinceSummary laoProvince,
            String laoProvinceText,
            GateSideView vnSide,
            GateSideView laoSide,
            String statusNotes,
            String coordinateSource,
            List<String> sources) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Vietnam–Laos border-gate pairs",
            description = "Both gate names, the provinces on each side, the type (international, main, secondary, "
                    + "planned) and a point per side with its precision class (exact, town, district: 10–60 km off, "
                    + "for map placement only; none). The Vietnamese province is resolved for date (default today).")
    @ApiResponse(responseCode = "200", description = "The pairs, by pair id")
    @ApiResponse(responseCode = "400", description = "REF-004: date not YYYY-MM-DD")
    List<BorderGateView> list(@RequestParam(required = false) @Parameter(example = "2025-06-30") String date) {
        LocalDate day = referenceData.dateOrToday(date);
        return borderGates.all().stream().map(gate -> view(gate, day)).toList();
    }

    private static BorderGateView view(BorderGates.Sourced gate, LocalDate day) {
        BorderGatePair pair = gate.pair();
        return new BorderGateView(
                pair.pairId(),
                pair.vnGate(),
                pair.laoGate(),
                pair.type().code(),
                pair.typeUncertain(),
                gate.typeText(),
                gate.type2016Text(),
                ProvinceSummary.of(pair.vnProvinceOn(day)),
                ProvinceSummary.of(pair.vnProvinceBeforeMerger()),
                ProvinceSummary.of(pair.vnProvinceAfterMerger()),
                gate.vnDistrictBeforeMerger(),
                ProvinceSummary.of(pair.laoProvince()),
                gate.laoProvinceText(),
                GateSideView.of(pair.vnSide()),
                GateSideView.of(pair.laoSide()),
                gate.statusNotes(),
                gate.coordinateSource(),
                gate.sources());
    }
}
