package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * Vehicle visits (the smart-gate layer) and the Time Release Study figures of a gate pair. Officers record visits
 * at their gates; ministry officials, analysts and administrators read the aggregate figures of any gate.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Border")
class VisitApiController {

    /** Clocks of cameras and phones drift: an event up to this far ahead of the server is accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

    private final Visits visits;
    private final TimeReleaseFigures figures;
    private final BorderAccess access;
    private final Gates gates;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RequestValidation validation;

    VisitApiController(
            Visits visits,
            TimeReleaseFigures figures,
            BorderAccess access,
            Gates gates,
            JdbcClient jdbc,
            Clock clock,
            jakarta.validation.Validator validator) {
        this.visits = visits;
        this.figures = figures;
        this.access = access;
        this.gates = gates;
        this.jdbc = jdbc;
        this.clock = clock;
        this.validation = new RequestValidation(validator);
    }

    record NewVisit(
            @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId,

            @Schema(example = "VN", description = "The side of the pair: VN or LA") @Size(max = 2)
            String side,

            @Schema(example = "74C-123.45") @Size(max = 20) String plate,
            @Schema(example = "VN") @Size(max = 3) String vehicleCountry,

            @Schema(example = "2026-12-07T08:15:00+07:00", description = "Arrival in the zone; now when left out")
            @Size(max = 40)
            String arrivedAt,

            @Schema(
                    example = "CAMERA",
                    allowableValues = {"OFFICER", "APP", "CAMERA"})
            @Size(max = 10)
            String source) {}

    record NewEvent(
            @Schema(
                    example = "GATE_IN",
                    allowableValues = {
                        "PARKED",
                        "CALLED_TO_GATE",
                        "GATE_IN",
                        "CUSTOMS_START",
                        "INSPECTION_START",
                        "INSPECTION_END",
                        "RELEASED",
                        "GATE_OUT"
                    })
            @Size(max = 20)
            String type,

            @Schema(example = "2026-12-07T08:40:00+07:00") @Size(max = 40)
            String at,

            @Schema(
                    example = "OFFICER",
                    allowableValues = {"OFFICER", "APP", "CAMERA"})
            @Size(max = 10)
            String source) {}

    record EventView(long id, String type, Instant at, String source, String recordedBy, String refused) {}

    record VisitView(
            long id,
            String gatePairId,
            String side,
            String plate,
            String vehicleCountry,
            Instant openedAt,
            Instant closedAt,
            List<Long> declarations,
            List<EventView> events,
            boolean demo) {}

    @PostMapping("/api/v1/visits")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "A vehicle arrives in the control zone",
            description = "Opens a visit at one side (VN or LA) of a gate pair the officer is bound to, with its "
                    + "ARRIVED event (arrivedAt, ISO 8601 with offset; now when left out; source OFFICER, APP or "
                    + "CAMERA), linked to the vehicle's open declarations at that gate. One plate has at most one open "
                    + "visit (BRD-012). Audited.")
    @ErrorCodes({ErrorCode.BRD_007, ErrorCode.BRD_012, ErrorCode.BRD_014, ErrorCode.AUT_002})
    VisitView open(@RequestBody NewVisit body, Actor actor) throws BindException {
        BorderAccess.requireGateIfGiven(actor, body.gatePairId());
        validation.check(body);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String gate =
                body.gatePairId() == null ? null : body.gatePairId().strip().toUpperCase(Locale.ROOT);
        if (gate == null) {
            errors.add(new BusinessException.FieldError("gatePairId", "border.field.required"));
        }
        String side = body.side() == null ? "" : body.side().strip().toUpperCase(Locale.ROOT);
        if (!side.equals("VN") && !side.equals("LA")) {
            errors.add(new BusinessException.FieldError("side", "border.field.side"));
        }
        String plate = LodgingForm.plateKey(body.plate());
        if (plate.length() < 3 || plate.length() > 20) {
            errors.add(new BusinessException.FieldError("plate", "border.field.plate"));
        }
        String country = null;
        try {
            country = CountryCode.parse(body.vehicleCountry(), "vehicleCountry").alpha2();
        } catch (BusinessException ex) {
            errors.addAll(ex.errors());
        }
        Instant arrived = body.arrivedAt() == null ? null : time(body.arrivedAt(), "arrivedAt", errors);
        if (arrived != null && arrived.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            errors.add(new BusinessException.FieldError("arrivedAt", "border.field.event-order"));
        }
        Visits.Source source = source(body.source(), errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_014, errors);
        }
        if (!gates.exists(gate)) {
            throw BusinessException.onField(ErrorCode.BRD_007, "gatePairId", gate);
        }
        long id = visits.open(new Visits.Opening(gate, side, plate, country, arrived, source), actor, false);
        return view(id);
    }

    @PostMapping("/api/v1/visits/{id}/events")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an event of a visit",
            description = "type: PARKED, CALLED_TO_GATE, GATE_IN, CUSTOMS_START, INSPECTION_START, INSPECTION_END, "
                    + "RELEASED or GATE_OUT; at: ISO 8601 with offset, not before the arrival and at most 10 minutes "
                    + "ahead of the server; source OFFICER, APP or CAMERA. GATE_IN without an open declaration for the "
                    + "vehicle at the gate is refused (409 BRD-013) and the refusal recorded. GATE_OUT closes the "
                    + "visit; a closed visit takes no more events (BRD-020). By an officer of the gate. Audited.")
    @ErrorCodes({ErrorCode.BRD_011, ErrorCode.BRD_013, ErrorCode.BRD_014, ErrorCode.BRD_020})
    VisitView event(@PathVariable long id, @RequestBody NewEvent body, Actor actor) throws BindException {
        String gate = visits.gateOf(id).orElseThrow(() -> new BusinessException(ErrorCode.BRD_011, id));
        if (!actor.guardsGate(gate)) {
            throw new BusinessException(ErrorCode.BRD_011, id);
        }
        validation.check(body);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Visits.EventType type = body.type() == null ? null : Visits.eventType(body.type());
        if (type == null || type == Visits.EventType.ARRIVED) {
            errors.add(
                    new BusinessException.FieldError("type", "border.field.event-type", String.valueOf(body.type())));
        }
        Instant at = time(body.at(), "at", errors);
        if (at != null && at.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            errors.add(new BusinessException.FieldError("at", "border.field.event-order"));
        }
        Visits.Source source = source(body.source(), errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_014, errors);
        }
        Visits.Recorded recorded = visits.record(id, type, at, source, actor);
        if (recorded.refusedCode() != null) {
            // Recorded and committed: now say no.
            throw new BusinessException(ErrorCode.BRD_013, plateOf(id));
        }
        return view(id);
    }

    @GetMapping("/api/v1/visits/{id}")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(summary = "One visit with its events and declarations", description = "For officers of the gate.")
    @ErrorCodes({ErrorCode.BRD_011})
    VisitView one(@PathVariable long id, Actor actor) {
        String gate = visits.gateOf(id).orElseThrow(() -> new BusinessException(ErrorCode.BRD_011, id));
        if (!actor.guardsGate(gate)) {
            throw new BusinessException(ErrorCode.BRD_011, id);
        }
        return view(id);
    }

    @GetMapping("/api/v1/gates/{gatePairId}/queue")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "Vehicles in the zone now",
            description = "Open visits of both sides of the pair, longest in the zone first, with their last event. "
                    + "For officers of the gate.")
    @ErrorCodes({ErrorCode.REF_013, ErrorCode.AUT_002})
    List<TimeReleaseFigures.QueueEntry> queue(@PathVariable String gatePairId, Actor actor) {
        String gate = GatePairId.parse(gatePairId, "gatePairId").value();
        BorderAccess.requireOfficerAt(actor, gate);
        return figures.queue(gate);
    }

    @GetMapping("/api/v1/gates/{gatePairId}/kpis")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'MINISTRY', 'ANALYST', 'ADMIN')")
    @Operation(
            summary = "Time Release Study figures of a gate pair",
            description = "Over the visits that arrived from `from` to `to` (dates in UTC+7, at most 366 days; "
                    + "default: today): queue (gate-in − arrival), processing (release − gate-in), inspection, "
                    + "release time (release − arrival) and total dwell (gate-out − arrival; completed visits only), "
                    + "each as n, mean, median and 90th percentile in minutes; completion rate (visits without "
                    + "gate-out count here), share pre-declared, throughput per day; overall and by side, channel, "
                    + "hour and day. Officers for their gates; MINISTRY, ANALYST and ADMIN for every gate.")
    @ErrorCodes({ErrorCode.BRD_007, ErrorCode.BRD_015, ErrorCode.REF_013, ErrorCode.AUT_002})
    TimeReleaseFigures.Report kpis(
            @PathVariable String gatePairId,
            @RequestParam(required = false) @Parameter(example = "2026-12-01") String from,
            @RequestParam(required = false) @Parameter(example = "2026-12-07") String to,
            Actor actor) {
        String gate = GatePairId.parse(gatePairId, "gatePairId").value();
        if (!BorderAccess.readsEveryGate(actor)) {
            BorderAccess.requireOfficerAt(actor, gate);
        }
        if (!gates.exists(gate)) {
            throw BusinessException.onField(ErrorCode.BRD_007, "gatePairId", gate);
        }
        LocalDate today = LocalDate.now(clock.withZone(BorderParameters.BORDER_ZONE));
        LocalDate start = date(from, today);
        LocalDate end = date(to, today);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 365) {
            throw new BusinessException(ErrorCode.BRD_015);
        }
        return figures.of(gate, start, end);
    }

    /** A date of a figures query (UTC+7), or {@code fallback} when none is given; BRD-015 when unreadable. */
    static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new BusinessException(ErrorCode.BRD_015);
            }
            return date;
        } catch (DateTimeParseException ex) {
            throw new BusinessException(ErrorCode.BRD_015);
        }
    }

    private static Instant time(String text, String field, List<BusinessException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new BusinessException.FieldError(field, "border.field.required"));
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(text.strip()).toInstant();
            if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
                errors.add(new BusinessException.FieldError(field, "border.field.event-order"));
                return null;
            }
            return at;
        } catch (DateTimeParseException ex) {
            errors.add(new BusinessException.FieldError(field, "border.field.time"));
            return null;
        }
    }

    private static Visits.Source source(String text, List<BusinessException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Visits.Source.OFFICER;
        }
        try {
            return Visits.Source.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            errors.add(new BusinessException.FieldError("source", "border.field.source"));
            return null;
        }
    }

    private String plateOf(long id) {
        return jdbc.sql("SELECT plate FROM border_visit WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private VisitView view(long id) {
        List<EventView> events = jdbc.sql("""
				SELECT id, type, at, source, recorded_by, refused FROM border_visit_event WHERE visit_id = :id
				ORDER BY at, id""")
                .param("id", id)
                .query((rs, n) -> new EventView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        List<Long> declarations = jdbc.sql(
                        "SELECT declaration_id FROM border_visit_declaration WHERE visit_id = :id ORDER BY 1")
                .param("id", id)
                .query(Long.class)
                .list();
        return jdbc.sql("""
				SELECT id, gate_pair_id, side, plate, vehicle_country, opened_at, closed_at, demo FROM border_visit
				WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new VisitView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        declarations,
                        events,
                        rs.getBoolean(8)))
                .single();
    }
}
