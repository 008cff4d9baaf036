package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.Money;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * Selectivity rules and trader blocks, maintained by administrators (decision 0035). Errors are problem+json:
 * BRD-029 for an unknown rule or open block, BRD-030 with every offending field.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Border")
class RiskSettingsApiController {

    private static final BigDecimal MAX_VALUE = new BigDecimal("1E18");

    private final RiskSettings settings;
    private final BorderAccess access;
    private final Gates gates;
    private final RequestValidation validation;

    RiskSettingsApiController(
            RiskSettings settings, BorderAccess access, Gates gates, jakarta.validation.Validator validator) {
        this.settings = settings;
        this.access = access;
        this.gates = gates;
        this.validation = new RequestValidation(validator);
    }

    record RuleForm(
            @Schema(example = "Fertiliser from third countries: document check") @Size(max = 200)
            String name,

            @Schema(
                    example = "YELLOW",
                    allowableValues = {"GREEN", "BLUE", "YELLOW", "RED"})
            @Size(max = 10)
            String channel,

            @Schema(example = "3104", description = "HS prefix of 2 to 8 digits") @Size(max = 8)
            String hsPrefix,

            @Schema(example = "TH") @Size(max = 3) String originCountry,

            @Schema(description = "One trader (an enterprise id)")
            Long traderId,

            @Schema(example = "3", description = "Holds for traders with fewer earlier released declarations")
            Integer maxPriorReleases,

            @Schema(example = "500000000", description = "Holds when the declaration's value reaches it")
            BigDecimal valueThreshold,

            @Schema(example = "VND") @Size(max = 3) String valueCurrency,
            @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId,

            @Schema(
                    example = "IMPORT",
                    allowableValues = {"EXPORT", "IMPORT", "TRANSIT"})
            @Size(max = 10)
            String direction,

            @Schema(description = "Default true; a rule is deactivated, never deleted")
            Boolean active) {}

    record BlockForm(
            @Schema(example = "1") Long traderId,

            @Schema(
                    example = "TAX_OVERDUE_90_DAYS",
                    allowableValues = {"TAX_OVERDUE_90_DAYS", "SUSPENDED", "DISSOLVED", "BANKRUPT"})
            @Size(max = 30)
            String reason,

            @Schema(example = "2026-12-07", description = "Block: from this date; lift: lifted on this date")
            @Size(max = 10)
            String date) {}

    @GetMapping("/api/v1/selectivity-rules")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Selectivity rules, active first")
    List<RiskSettings.RuleView> rules() {
        return settings.rules();
    }

    @GetMapping("/api/v1/selectivity-rules/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One selectivity rule")
    @ErrorCodes({ErrorCode.BRD_029})
    RiskSettings.RuleView rule(@PathVariable long id) {
        return settings.rule(id);
    }

    @PostMapping("/api/v1/selectivity-rules")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Add a selectivity rule",
            description = "A rule forces its channel on a declaration when every criterion it sets holds: HS prefix "
                    + "(2–8 digits) of an item, origin of an item, trader, trader history (fewer earlier releases "
                    + "than maxPriorReleases), declared value at or above valueThreshold (with valueCurrency), gate "
                    + "pair, direction. At least one criterion. Audited.")
    @ErrorCodes({ErrorCode.BRD_030})
    ResponseEntity<RiskSettings.RuleView> createRule(@RequestBody RuleForm body) throws BindException {
        validation.check(body);
        RiskSettings.RuleView created = settings.create(rule(body));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/selectivity-rules/" + created.id())
                .body(created);
    }

    @PutMapping("/api/v1/selectivity-rules/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Change or deactivate a selectivity rule",
            description = "The whole rule as for POST; active false deactivates it. Declarations already assigned "
                    + "keep the rule's name as it was. Audited with what changed.")
    @ErrorCodes({ErrorCode.BRD_029, ErrorCode.BRD_030})
    RiskSettings.RuleView updateRule(@PathVariable long id, @RequestBody RuleForm body) throws BindException {
        settings.rule(id);
        validation.check(body);
        return settings.update(id, rule(body));
    }

    @GetMapping("/api/v1/trader-blocks")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Trader blocks, open ones first")
    List<RiskSettings.BlockView> blocks() {
        return settings.blocks();
    }

    @PostMapping("/api/v1/trader-blocks")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Block a trader from registering declarations",
            description = "traderId, reason (TAX_OVERDUE_90_DAYS, SUSPENDED, DISSOLVED, BANKRUPT) and date (from). "
                    + "An open block for the same reason is BRD-030. Registration is then refused with BRD-005 and "
                    + "the reason. Audited.")
    @ErrorCodes({ErrorCode.BRD_030})
    ResponseEntity<RiskSettings.BlockView> block(@RequestBody BlockForm body) throws BindException {
        validation.check(body);
        Block block = parseBlock(body);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(settings.block(block.trader(), block.reason(), block.date()));
    }

    @PostMapping("/api/v1/trader-blocks/lift")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Lift a trader's open block from a date",
            description = "traderId, reason and date (lifted on; not before the block began). BRD-029 when no block "
                    + "for that reason is open. Audited.")
    @ErrorCodes({ErrorCode.BRD_029, ErrorCode.BRD_030})
    RiskSettings.BlockView lift(@RequestBody BlockForm body) throws BindException {
        validation.check(body);
        Block block = parseBlock(body);
        return settings.lift(block.trader(), block.reason(), block.date());
    }

    record Block(long trader, RiskSettings.BlockReason reason, LocalDate date) {}

    Block parseBlock(BlockForm body) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (body.traderId() == null || body.traderId() <= 0 || !access.exists(body.traderId())) {
            errors.add(new BusinessException.FieldError("traderId", "border.rule.trader"));
        }
        RiskSettings.BlockReason reason = null;
        try {
            reason = body.reason() == null
                    ? null
                    : RiskSettings.BlockReason.valueOf(body.reason().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            // reported below
        }
        if (reason == null) {
            errors.add(new BusinessException.FieldError("reason", "border.block.reason"));
        }
        LocalDate date = null;
        try {
            date = body.date() == null ? null : LocalDate.parse(body.date().strip());
        } catch (DateTimeParseException ex) {
            // reported below
        }
        if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
            errors.add(new BusinessException.FieldError("date", "border.block.date"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_030, errors);
        }
        return new Block(body.traderId(), reason, date);
    }

    /** The rule as sent, every field checked, every error listed under BRD-030. */
    RiskSettings.RuleView rule(RuleForm body) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String name = text(body.name());
        if (name == null) {
            errors.add(new BusinessException.FieldError("name", "border.field.required"));
        }
        Channel channel = null;
        try {
            channel = body.channel() == null
                    ? null
                    : Channel.valueOf(body.channel().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            // reported below
        }
        if (channel == null) {
            errors.add(new BusinessException.FieldError("channel", "border.rule.channel"));
        }
        // An HS level (2, 4, 6 or 8 digits; dots and spaces tolerated), through the one parser.
        String hs = text(body.hsPrefix());
        if (hs != null) {
            hs = HsCode.tryParse(hs).map(HsCode::digits).orElse(null);
            if (hs == null) {
                errors.add(new BusinessException.FieldError("hsPrefix", "border.rule.hs-prefix"));
            }
        }
        String origin = null;
        if (text(body.originCountry()) != null) {
            try {
                origin =
                        CountryCode.parse(body.originCountry(), "originCountry").alpha2();
            } catch (BusinessException ex) {
                errors.addAll(ex.errors());
            }
        }
        if (body.traderId() != null && (body.traderId() <= 0 || !access.exists(body.traderId()))) {
            errors.add(new BusinessException.FieldError("traderId", "border.rule.trader"));
        }
        if (body.maxPriorReleases() != null && body.maxPriorReleases() <= 0) {
            errors.add(new BusinessException.FieldError("maxPriorReleases", "border.rule.prior"));
        }
        String currency = null;
        if (text(body.valueCurrency()) != null) {
            try {
                currency = Money.currency(body.valueCurrency(), "valueCurrency");
            } catch (BusinessException ex) {
                errors.addAll(ex.errors());
            }
        }
        BigDecimal threshold = body.valueThreshold();
        if (threshold != null
                && (threshold.signum() < 0
                        || threshold.compareTo(MAX_VALUE) >= 0
                        || threshold.stripTrailingZeros().scale() > 2)) {
            errors.add(new BusinessException.FieldError("valueThreshold", "border.field.value"));
        }
        if ((threshold == null) != (text(body.valueCurrency()) == null)) {
            errors.add(new BusinessException.FieldError("valueCurrency", "border.rule.threshold-currency"));
        }
        String gate = text(body.gatePairId()) == null
                ? null
                : body.gatePairId().strip().toUpperCase(Locale.ROOT);
        if (gate != null && !gates.exists(gate)) {
            errors.add(new BusinessException.FieldError("gatePairId", "border.rule.gate"));
        }
        Direction direction = null;
        if (text(body.direction()) != null) {
            try {
                direction = Direction.valueOf(body.direction().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                errors.add(new BusinessException.FieldError(
                        "direction", "border.field.direction", body.direction().strip()));
            }
        }
        boolean anyCriterion = hs != null
                || text(body.originCountry()) != null
                || body.traderId() != null
                || body.maxPriorReleases() != null
                || threshold != null
                || gate != null
                || text(body.direction()) != null;
        if (!anyCriterion) {
            errors.add(new BusinessException.FieldError("hsPrefix", "border.rule.no-criterion"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_030, errors);
        }
        return new RiskSettings.RuleView(
                0,
                name.length() > 200 ? name.substring(0, 200) : name,
                channel,
                hs,
                origin,
                body.traderId(),
                body.maxPriorReleases(),
                threshold,
                currency,
                gate,
                direction,
                body.active() == null || body.active(),
                false);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
