package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.Money;
import org.vietlao.linkage.shared.RequestValidation;
import org.vietlao.linkage.shared.Role;

/**
 * Transit of goods through Viet Nam to a seaport or another gate (ACTS/NCTS): guarantees, movements and the
 * actions of the offices of departure and destination. Decision 0034.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Border")
class TransitApiController {

    static final int MAX_ITEMS = 100;
    static final int MAX_SEALS = 50;
    private static final Pattern SEAL = Pattern.compile("[A-Za-z0-9./-]{1,50}");
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Pattern SEAPORT = Pattern.compile("SEA-[A-Z0-9-]{2,16}");
    private static final BigDecimal MAX_VALUE = new BigDecimal("1E15");

    private final Transits transits;
    private final TransitViews views;
    private final BorderAccess access;
    private final Gates gates;
    private final RequestValidation validation;

    TransitApiController(
            Transits transits,
            TransitViews views,
            BorderAccess access,
            Gates gates,
            jakarta.validation.Validator validator) {
        this.transits = transits;
        this.views = views;
        this.access = access;
        this.gates = gates;
        this.validation = new RequestValidation(validator);
    }

    record NewGuarantee(
            @Schema(example = "1", description = "The principal: an enterprise of the registry")
            Long traderId,

            @Schema(
                    example = "MULTIPLE",
                    allowableValues = {"SINGLE", "MULTIPLE"})
            @Size(max = 10)
            String journey,

            @Schema(example = "BCEL-GTE-2026-0042", description = "The bank's reference") @Size(max = 100)
            String reference,

            @Schema(example = "500000000") BigDecimal amount,
            @Schema(example = "VND") @Size(max = 3) String currency) {}

    record Vehicle(
            @Schema(example = "KM-1234") @Size(max = 20) String plate,
            @Schema(example = "LA") @Size(max = 3) String country) {}

    record ExposureForm(
            @Schema(example = "VN") @Size(max = 3) String country,
            @Schema(example = "180000000") BigDecimal amount) {}

    record ItemForm(
            @Schema(example = "310420") @Size(max = 20) String hsCode,

            @Schema(example = "Potassium chloride (potash)") @Size(max = 500)
            String description,

            @Schema(example = "30000") BigDecimal quantity,
            @Schema(example = "KGM") @Size(max = 10) String unit,
            @Schema(example = "450000000") BigDecimal value) {}

    record NewTransit(
            @Schema(example = "1", description = "The principal: an enterprise of the registry")
            Long traderId,

            @Schema(example = "VL-INT-05", description = "Office of departure: an international gate pair")
            @Size(max = 20)
            String departureOffice,

            @Schema(description = "Offices of transit: international gate pairs, in route order") @Size(max = 10)
            List<@Size(max = 20) String> transitOffices,

            @Schema(
                    example = "SEA-VUNG-ANG",
                    description =
                            "Office of destination: an international gate pair or a seaport (GET /api/v1/seaports)")
            @Size(max = 20)
            String destinationOffice,

            @Valid Vehicle vehicle,

            @Schema(example = "VND", description = "Currency of the values and exposures") @Size(max = 3)
            String currency,

            @Schema(
                    description = "Duty and taxes the goods would owe in each country crossed; the guarantee must "
                            + "cover the highest")
            @Valid
            @Size(max = 10)
            List<@Valid ExposureForm> dutyExposure,

            @Schema(example = "1") Long guaranteeId,

            @Schema(description = "Customs seal numbers, 1 to 50") @Size(max = MAX_SEALS)
            List<@Size(max = 60) String> seals,

            @Valid @Size(max = MAX_ITEMS) List<@Valid ItemForm> items) {}

    record SealCheck(
            @Schema(example = "VN-S-0001") @Size(max = 60) String id,

            @Schema(description = "Whether the seal was found intact")
            Boolean intact) {}

    record ArrivalForm(
            @Schema(example = "2026-12-08T14:30:00+07:00") @Size(max = 40)
            String at,

            @Valid @Size(max = MAX_SEALS) List<@Valid SealCheck> seals,

            @Schema(description = "Required when the arrival is after the time limit") @Size(max = 500)
            String lateReason) {}

    @GetMapping("/api/v1/seaports")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER', 'MINISTRY', 'ANALYST', 'ADMIN')")
    @Operation(summary = "Seaports a transit may end at, with their source")
    List<Gates.Seaport> seaports() {
        return gates.seaports();
    }

    @PostMapping("/api/v1/guarantees")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Lodge a transit guarantee",
            description = "SINGLE (one movement) or MULTIPLE (a balance reserved at each release and restored on "
                    + "discharge); amount and ISO 4217 currency; the bank's reference, unique per principal. "
                    + "ENTERPRISE for its own enterprises, BORDER_OFFICER for any. Audited.")
    @ErrorCodes({ErrorCode.BRD_008, ErrorCode.BRD_028, ErrorCode.AUT_002})
    ResponseEntity<TransitViews.GuaranteeView> lodgeGuarantee(@RequestBody NewGuarantee body, Actor actor)
            throws BindException {
        BorderAccess.requireMayLodge(actor, body.traderId(), null);
        validation.check(body);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (body.traderId() == null || body.traderId() <= 0) {
            errors.add(required("traderId"));
        }
        Transits.Journey journey = null;
        try {
            journey = body.journey() == null
                    ? null
                    : Transits.Journey.valueOf(body.journey().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            // reported below
        }
        if (journey == null) {
            errors.add(new BusinessException.FieldError("journey", "border.guarantee.journey"));
        }
        String reference = text(body.reference());
        if (reference == null) {
            errors.add(required("reference"));
        }
        String currency = currency(body.currency(), "currency", errors);
        if (!amount(body.amount(), currency, true)) {
            errors.add(new BusinessException.FieldError("amount", "border.field.value"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_028, errors);
        }
        if (!actor.has(Role.ENTERPRISE) && !access.exists(body.traderId())) {
            throw BusinessException.onField(ErrorCode.BRD_008, "traderId", body.traderId());
        }
        long id = transits.lodgeGuarantee(
                new Transits.NewGuarantee(body.traderId(), journey, reference, body.amount(), currency), actor);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/guarantees/" + id)
                .body(views.guarantee(id, actor));
    }

    @GetMapping("/api/v1/guarantees/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "A guarantee with its balance and what was recovered from it",
            description = "For the principal's organisation and border officers.")
    @ErrorCodes({ErrorCode.BRD_027})
    TransitViews.GuaranteeView guarantee(@PathVariable long id, Actor actor) {
        return views.guarantee(id, actor);
    }

    @PostMapping("/api/v1/transits")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Declare a transit movement",
            description = "Principal, office of departure (an international gate pair), offices of transit "
                    + "(international gate pairs), office of destination (an international gate pair or a seaport), "
                    + "vehicle, seals, items, the duty/tax exposure in each country crossed and the principal's "
                    + "guarantee, which must cover the highest exposure at release. ENTERPRISE for its own "
                    + "enterprises, BORDER_OFFICER at the office of departure. Audited.")
    @ErrorCodes({ErrorCode.BRD_008, ErrorCode.BRD_022, ErrorCode.AUT_002})
    ResponseEntity<TransitViews.TransitView> declare(@RequestBody NewTransit body, Actor actor) throws BindException {
        BorderAccess.requireMayLodge(actor, body.traderId(), body.departureOffice());
        validation.check(body);
        Transits.Movement movement = movement(body);
        if (!actor.has(Role.ENTERPRISE) && !access.exists(movement.traderId())) {
            throw BusinessException.onField(ErrorCode.BRD_008, "traderId", movement.traderId());
        }
        long id = transits.declare(movement, actor);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/transits/" + id)
                .body(views.visible(id, actor));
    }

    @GetMapping("/api/v1/transits")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Transit movements, newest first",
            description = "An ENTERPRISE user's own; a BORDER_OFFICER's at any of their offices (at most 500).")
    List<TransitViews.Line> list(Actor actor) {
        return views.list(actor, 500);
    }

    @GetMapping("/api/v1/transits/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "One transit movement: status, guarantee, seals, time limit and history",
            description = "For the principal's organisation and the officers of its offices.")
    @ErrorCodes({ErrorCode.BRD_021})
    TransitViews.TransitView one(@PathVariable long id, Actor actor) {
        return views.visible(id, actor);
    }

    @PostMapping("/api/v1/transits/{id}/release")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "Release for transit",
            description = "By an officer of the office of departure: reserves the highest exposure on the guarantee "
                    + "(BRD-024 when the balance, currency or a used single-journey guarantee cannot cover it: not "
                    + "released) and fixes the time limit (parameter transit.time.limit.hours). Audited.")
    @ErrorCodes({ErrorCode.BRD_021, ErrorCode.BRD_023, ErrorCode.BRD_024, ErrorCode.AUT_002})
    TransitViews.TransitView release(@PathVariable long id, Actor actor) {
        transits.release(id, actor);
        return views.visible(id, actor);
    }

    @PostMapping("/api/v1/transits/{id}/arrive")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "Arrival at the office of destination, seals checked",
            description = "at (not before the release, not in the future), every declared seal with intact "
                    + "true/false; after the time limit lateReason is required (BRD-025) and the arrival is marked "
                    + "late. A broken seal gives DISCREPANCY, which is not discharged. Possible while RELEASED, "
                    + "OVERDUE or ENQUIRY. By an officer of the office of destination. Audited.")
    @ErrorCodes({ErrorCode.BRD_021, ErrorCode.BRD_022, ErrorCode.BRD_023, ErrorCode.BRD_025, ErrorCode.AUT_002})
    TransitViews.TransitView arrive(@PathVariable long id, @RequestBody ArrivalForm body, Actor actor)
            throws BindException {
        BorderAccess.requireOfficerAt(actor, views.visible(id, actor).destinationOffice());
        validation.check(body);
        transits.arrive(id, arrival(body), actor);
        return views.visible(id, actor);
    }

    @PostMapping("/api/v1/transits/{id}/discharge")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "Discharge the movement",
            description = "Only ARRIVED with every seal intact (BRD-026 for a discrepancy); restores the guarantee's "
                    + "reservation. By an officer of the office of destination. Audited.")
    @ErrorCodes({ErrorCode.BRD_021, ErrorCode.BRD_023, ErrorCode.BRD_026, ErrorCode.AUT_002})
    TransitViews.TransitView discharge(@PathVariable long id, Actor actor) {
        transits.discharge(id, actor);
        return views.visible(id, actor);
    }

    @PostMapping("/api/v1/transits/{id}/cancel")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Cancel before release",
            description = "By the principal or an officer of the office of departure. Audited.")
    @ErrorCodes({ErrorCode.BRD_021, ErrorCode.BRD_023, ErrorCode.AUT_002})
    TransitViews.TransitView cancel(@PathVariable long id, Actor actor) {
        transits.cancel(id, actor);
        return views.visible(id, actor);
    }

    /** The movement as sent, every field checked, every error listed under BRD-022. */
    Transits.Movement movement(NewTransit body) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (body.traderId() == null || body.traderId() <= 0) {
            errors.add(required("traderId"));
        }
        String departure = office(body.departureOffice(), "departureOffice", false, errors);
        List<String> via = new ArrayList<>();
        if (body.transitOffices() != null) {
            for (int i = 0; i < body.transitOffices().size(); i++) {
                String office = office(body.transitOffices().get(i), "transitOffices[" + i + "]", false, errors);
                if (office != null) {
                    via.add(office);
                }
            }
        }
        String destination = office(body.destinationOffice(), "destinationOffice", true, errors);
        Set<String> route = new LinkedHashSet<>();
        route.add(departure);
        boolean repeated = false;
        for (String office : via) {
            repeated |= !route.add(office);
        }
        repeated |= destination != null && destination.equals(departure);
        if (repeated && departure != null) {
            errors.add(new BusinessException.FieldError("transitOffices", "border.transit.route-repeats"));
        }
        String plate = body.vehicle() == null
                ? ""
                : LodgingForm.plateKey(body.vehicle().plate());
        if (plate.length() < 3 || plate.length() > 20) {
            errors.add(new BusinessException.FieldError("vehicle.plate", "border.field.plate"));
        }
        String vehicleCountry =
                country(body.vehicle() == null ? null : body.vehicle().country(), "vehicle.country", errors);
        String currency = currency(body.currency(), "currency", errors);
        Map<String, BigDecimal> exposures = new LinkedHashMap<>();
        if (body.dutyExposure() == null || body.dutyExposure().isEmpty()) {
            errors.add(required("dutyExposure"));
        } else {
            for (int i = 0; i < body.dutyExposure().size(); i++) {
                ExposureForm form = body.dutyExposure().get(i);
                String at = "dutyExposure[" + i + "].";
                String country = country(form == null ? null : form.country(), at + "country", errors);
                BigDecimal amount = form == null ? null : form.amount();
                if (!amount(amount, currency, false)) {
                    errors.add(new BusinessException.FieldError(at + "amount", "border.field.value"));
                } else if (country != null && exposures.putIfAbsent(country, amount) != null) {
                    errors.add(
                            new BusinessException.FieldError(at + "country", "border.transit.exposure-twice", country));
                }
            }
        }
        if (body.guaranteeId() == null || body.guaranteeId() <= 0) {
            errors.add(required("guaranteeId"));
        }
        List<String> seals = new ArrayList<>();
        if (body.seals() == null || body.seals().isEmpty()) {
            errors.add(required("seals"));
        } else {
            for (int i = 0; i < body.seals().size(); i++) {
                String seal = text(body.seals().get(i));
                if (seal == null || !SEAL.matcher(seal).matches() || seals.contains(seal)) {
                    errors.add(new BusinessException.FieldError("seals[" + i + "]", "border.transit.seal"));
                } else {
                    seals.add(seal);
                }
            }
        }
        List<Transits.Item> items = new ArrayList<>();
        if (body.items() == null || body.items().isEmpty()) {
            errors.add(required("items"));
        } else {
            for (int i = 0; i < body.items().size(); i++) {
                Transits.Item item = item(body.items().get(i), "items[" + i + "].", currency, errors);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_022, errors);
        }
        return new Transits.Movement(
                body.traderId(),
                departure,
                List.copyOf(via),
                destination,
                plate,
                vehicleCountry,
                currency,
                exposures,
                body.guaranteeId(),
                List.copyOf(seals),
                List.copyOf(items));
    }

    private Transits.Item item(ItemForm form, String at, String currency, List<BusinessException.FieldError> errors) {
        if (form == null) {
            errors.add(required(at.substring(0, at.length() - 1)));
            return null;
        }
        int before = errors.size();
        String hs = null;
        if (text(form.hsCode()) == null) {
            errors.add(required(at + "hsCode"));
        } else {
            try {
                hs = HsCode.parse(form.hsCode(), at + "hsCode").digits();
                if (hs.length() != 6 && hs.length() != 8) {
                    errors.add(new BusinessException.FieldError(at + "hsCode", "border.field.hs-level", hs));
                }
            } catch (BusinessException ex) {
                errors.addAll(ex.errors());
            }
        }
        String description = text(form.description());
        if (description == null) {
            errors.add(required(at + "description"));
        }
        if (form.quantity() == null
                || form.quantity().signum() <= 0
                || form.quantity().compareTo(MAX_VALUE) >= 0
                || form.quantity().stripTrailingZeros().scale() > 3) {
            errors.add(new BusinessException.FieldError(at + "quantity", "border.field.quantity"));
        }
        String unit = text(form.unit()) == null ? null : form.unit().strip().toUpperCase(Locale.ROOT);
        if (unit == null || !UNIT.matcher(unit).matches()) {
            errors.add(new BusinessException.FieldError(at + "unit", "border.field.unit"));
        }
        if (!amount(form.value(), currency, false)) {
            errors.add(new BusinessException.FieldError(at + "value", "border.field.value"));
        }
        return errors.size() > before ? null : new Transits.Item(hs, description, form.quantity(), unit, form.value());
    }

    /** A gate pair (international) or, where {@code seaportAllowed}, a seaport code. */
    private String office(
            String input, String field, boolean seaportAllowed, List<BusinessException.FieldError> errors) {
        String code = text(input) == null ? null : input.strip().toUpperCase(Locale.ROOT);
        if (code == null) {
            errors.add(required(field));
            return null;
        }
        if (seaportAllowed && SEAPORT.matcher(code).matches()) {
            if (gates.seaport(code)) {
                return code;
            }
        } else if (gates.international(code)) {
            return code;
        }
        errors.add(new BusinessException.FieldError(
                field,
                seaportAllowed ? "border.transit.destination-invalid" : "border.transit.office",
                code.length() > 20 ? code.substring(0, 20) : code));
        return null;
    }

    static Transits.Arrival arrival(ArrivalForm body) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        java.time.Instant at = null;
        if (body.at() == null) {
            errors.add(required("at"));
        } else {
            try {
                at = OffsetDateTime.parse(body.at().strip()).toInstant();
            } catch (DateTimeParseException ex) {
                errors.add(new BusinessException.FieldError("at", "border.field.time"));
            }
        }
        List<Transits.Seal> seals = new ArrayList<>();
        if (body.seals() == null || body.seals().isEmpty()) {
            errors.add(required("seals"));
        } else {
            for (int i = 0; i < body.seals().size(); i++) {
                SealCheck check = body.seals().get(i);
                String id = check == null ? null : text(check.id());
                if (id == null) {
                    errors.add(required("seals[" + i + "].id"));
                } else if (check.intact() == null) {
                    errors.add(required("seals[" + i + "].intact"));
                } else {
                    seals.add(new Transits.Seal(id, check.intact()));
                }
            }
        }
        if (body.lateReason() != null && body.lateReason().length() > 500) {
            errors.add(new BusinessException.FieldError("lateReason", "border.transit.late-reason-length"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_022, errors);
        }
        return new Transits.Arrival(at, List.copyOf(seals), text(body.lateReason()));
    }

    private static boolean amount(BigDecimal amount, String currency, boolean positive) {
        if (amount == null
                || amount.signum() < 0
                || (positive && amount.signum() == 0)
                || amount.compareTo(MAX_VALUE) >= 0) {
            return false;
        }
        // Amounts are stored with 2 decimals at most (NUMERIC(20, 2)), whatever the currency's minor unit.
        int digits = currency == null
                ? 2
                : Math.min(2, Money.of(BigDecimal.ZERO, currency).minorUnit());
        return amount.stripTrailingZeros().scale() <= digits;
    }

    private static String currency(String input, String field, List<BusinessException.FieldError> errors) {
        if (text(input) == null) {
            errors.add(required(field));
            return null;
        }
        try {
            return Money.currency(input, field);
        } catch (BusinessException ex) {
            errors.addAll(ex.errors());
            return null;
        }
    }

    private static String country(String input, String field, List<BusinessException.FieldError> errors) {
        if (text(input) == null) {
            errors.add(required(field));
            return null;
        }
        try {
            return CountryCode.parse(input, field).alpha2();
        } catch (BusinessException ex) {
            errors.addAll(ex.errors());
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BusinessException.FieldError required(String field) {
        return new BusinessException.FieldError(field, "border.field.required");
    }
}
