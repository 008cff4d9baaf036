package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.RequestValidation;

/** The effective-dated parameters of the border rules, set by administrators. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Border")
class ParameterApiController {

    private final BorderParameters parameters;
    private final BorderAccess access;
    private final RequestValidation validation;

    ParameterApiController(BorderParameters parameters, BorderAccess access, jakarta.validation.Validator validator) {
        this.parameters = parameters;
        this.access = access;
        this.validation = new RequestValidation(validator);
    }

    record NewValue(
            @Schema(example = "2000000") BigDecimal value,

            @Schema(example = "2027-01-01", description = "Today (UTC+7) or later") @Size(max = 10)
            String effectiveFrom,

            @Schema(example = "Decree 14/2018/ND-CP as amended") @Size(max = 300)
            String source) {}

    @PutMapping("/api/v1/parameters/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Set a border parameter from a date",
            description = "name: resident.daily.allowance.vnd, resident.days.per.month, random.red.rate, "
                    + "random.yellow.rate, yellow.reroute.hours, transit.time.limit.hours, "
                    + "transit.enquiry.days or transit.recovery.days. The value applies from effectiveFrom (today or "
                    + "later) until a later one; what was decided before that date keeps its value. source: where "
                    + "the value comes from. Audited.")
    @ErrorCodes({ErrorCode.BRD_018, ErrorCode.BRD_019})
    BorderParameters.Value set(
            @PathVariable @Parameter(example = "resident.daily.allowance.vnd") String name,
            @RequestBody NewValue body,
            Actor actor)
            throws BindException {
        BorderParameters.requireKnown(name);
        validation.check(body);
        LocalDate from = null;
        if (body.effectiveFrom() != null) {
            try {
                from = LocalDate.parse(body.effectiveFrom().strip());
            } catch (DateTimeParseException ex) {
                throw BusinessException.onField(ErrorCode.BRD_019, "effectiveFrom");
            }
        }
        return parameters.set(name, body.value(), from, body.source(), actor.username());
    }

    @GetMapping("/api/v1/parameters/{name}")
    @PreAuthorize("hasAnyRole('ADMIN', 'BORDER_OFFICER', 'MINISTRY', 'ANALYST')")
    @Operation(summary = "Every value of a border parameter with its effective date and source")
    @ErrorCodes({ErrorCode.BRD_018})
    List<BorderParameters.Value> history(@PathVariable String name) {
        return parameters.history(name);
    }
}
