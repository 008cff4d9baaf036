package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * Border residents and their purchases at border markets, recorded by the officers of the gate where the
 * resident is registered; each purchase answers its exempt part, taxable excess and the reason.
 */
@RestController
@Tag(name = "Border")
class ResidentApiController {

    private static final BigDecimal MAX_VALUE = new BigDecimal("1E15");

    private final Residents residents;
    private final BorderAccess access;
    private final Gates gates;
    private final Clock clock;
    private final RequestValidation validation;

    ResidentApiController(
            Residents residents,
            BorderAccess access,
            Gates gates,
            Clock clock,
            jakarta.validation.Validator validator) {
        this.residents = residents;
        this.access = access;
        this.gates = gates;
        this.clock = clock;
        this.validation = new RequestValidation(validator);
    }

    record NewResident(
            @Schema(example = "Hồ Văn Lâm") @Size(max = 200) String fullName,

            @Schema(example = "045201000123", description = "Citizen identity card or passport number") @Size(max = 50)
            String idDocument,

            @Schema(example = "VN") @Size(max = 3) String nationality,
            @Schema(example = "Lao Bảo") @Size(max = 200) String commune,

            @Schema(description = "Normally resident in a border commune (checked against residence papers)")
            Boolean borderResident,

            @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId) {}

    record NewPurchase(
            @Schema(example = "2026-12-07") @Size(max = 10) String date,
            @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId,
            @Valid @Size(max = 50) List<@Valid PurchaseItem> items,
            @Schema(example = "2500000") BigDecimal valueVnd) {}

    record PurchaseItem(
            @Schema(example = "071410") @Size(max = 20) String hsCode,
            @Schema(example = "Cassava") @Size(max = 200) String description) {}

    record ResidentView(Residents.Resident resident, List<Residents.Entry> ledger) {}

    @PostMapping("/api/v1/residents")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a border resident",
            description = "At a gate pair the officer is bound to; one resident per nationality and identity document "
                    + "(BRD-017 for a second). Audited.")
    @ErrorCodes({ErrorCode.BRD_007, ErrorCode.BRD_017, ErrorCode.AUT_002})
    Residents.Resident register(@RequestBody NewResident body, Actor actor) throws BindException {
        BorderAccess.requireGateIfGiven(actor, body.gatePairId());
        validation.check(body);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String name = required(body.fullName(), "fullName", errors);
        String document = required(body.idDocument(), "idDocument", errors);
        String commune = required(body.commune(), "commune", errors);
        String gate = required(body.gatePairId(), "gatePairId", errors);
        String nationality = null;
        try {
            nationality = CountryCode.parse(body.nationality(), "nationality").alpha2();
        } catch (BusinessException ex) {
            errors.addAll(ex.errors());
        }
        if (body.borderResident() == null) {
            errors.add(new BusinessException.FieldError("borderResident", "border.field.required"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_017, errors);
        }
        gate = gate.toUpperCase(Locale.ROOT);
        if (!gates.exists(gate)) {
            throw BusinessException.onField(ErrorCode.BRD_007, "gatePairId", gate);
        }
        long id = residents.register(
                new Residents.Registration(name, document, nationality, commune, body.borderResident(), gate),
                actor,
                false);
        return residents.visible(id, actor);
    }

    @GetMapping("/api/v1/residents/{id}")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "A resident with the ledger of a month",
            description = "month: any date of the month (default: this month, UTC+7). For officers of the gate.")
    @ErrorCodes({ErrorCode.BRD_016, ErrorCode.BRD_017})
    ResidentView one(
            @PathVariable long id,
            @RequestParam(required = false) @Parameter(example = "2026-12-01") String month,
            Actor actor) {
        Residents.Resident resident = residents.visible(id, actor);
        LocalDate day = month == null ? today() : date(month, "month");
        return new ResidentView(resident, residents.ledger(id, day));
    }

    @PostMapping("/api/v1/residents/{id}/purchases")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a purchase: exempt part, taxable excess and reason",
            description = "date (not in the future), gate pair, items (HS codes checked against the permitted list) "
                    + "and the value in VND. Up to the daily cap (VND 2,000,000) on at most the days a month in force "
                    + "on that date (4) is exempt; reason MONTHLY_LIMIT_REACHED, NOT_BORDER_RESIDENT, "
                    + "GOODS_NOT_ON_LIST or DAILY_LIMIT_EXCEEDED when part is taxable. By an officer of the "
                    + "resident's gate. Audited.")
    @ErrorCodes({ErrorCode.BRD_016, ErrorCode.BRD_017, ErrorCode.AUT_002})
    Residents.Entry purchase(@PathVariable long id, @RequestBody NewPurchase body, Actor actor) throws BindException {
        residents.visible(id, actor);
        BorderAccess.requireGateIfGiven(actor, body.gatePairId());
        validation.check(body);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        try {
            date = body.date() == null ? null : LocalDate.parse(body.date().strip());
        } catch (DateTimeParseException ex) {
            // reported below
        }
        if (date == null || date.isAfter(today()) || date.getYear() < 2000) {
            errors.add(new BusinessException.FieldError("date", "border.field.purchase-date"));
        }
        String gate = required(body.gatePairId(), "gatePairId", errors);
        List<String> codes = new ArrayList<>();
        if (body.items() == null || body.items().isEmpty()) {
            errors.add(new BusinessException.FieldError("items", "border.field.required"));
        } else {
            for (int i = 0; i < body.items().size(); i++) {
                PurchaseItem item = body.items().get(i);
                try {
                    HsCode code = HsCode.parse(item == null ? null : item.hsCode(), "items[" + i + "].hsCode");
                    codes.add(code.digits());
                } catch (BusinessException ex) {
                    errors.addAll(ex.errors());
                }
            }
        }
        if (body.valueVnd() == null
                || body.valueVnd().signum() <= 0
                || body.valueVnd().compareTo(MAX_VALUE) >= 0
                || body.valueVnd().stripTrailingZeros().scale() > 0) {
            errors.add(new BusinessException.FieldError("valueVnd", "border.field.value"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_017, errors);
        }
        return residents.purchase(
                id,
                new Residents.Purchase(
                        date,
                        gate.toUpperCase(Locale.ROOT),
                        codes,
                        body.valueVnd().setScale(0)),
                actor);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BorderParameters.BORDER_ZONE));
    }

    private static LocalDate date(String text, String field) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw BusinessException.onField(ErrorCode.BRD_017, field);
            }
            return date;
        } catch (DateTimeParseException ex) {
            throw BusinessException.onField(ErrorCode.BRD_017, field);
        }
    }

    private static String required(String value, String field, List<BusinessException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new BusinessException.FieldError(field, "border.field.required"));
            return null;
        }
        return value.strip();
    }
}
