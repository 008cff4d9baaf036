package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.RequestValidation;
import org.vietlao.linkage.shared.Role;

/**
 * Pre-arrival declarations over the API: lodged by an ENTERPRISE for its own enterprise or by a BORDER_OFFICER
 * at their gates, once per client key; moved through the status machine by the officers at the gate (the
 * declarant may also register and cancel). Refused transitions are 409 with the code of the rule.
 */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "Border")
class DeclarationApiController {

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final Declarations declarations;
    private final DeclarationViews views;
    private final BorderAccess access;
    private final Gates gates;
    private final RequestValidation validation;

    DeclarationApiController(
            Declarations declarations,
            DeclarationViews views,
            BorderAccess access,
            Gates gates,
            jakarta.validation.Validator validator) {
        this.declarations = declarations;
        this.views = views;
        this.access = access;
        this.gates = gates;
        this.validation = new RequestValidation(validator);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Lodge a declaration before arrival",
            description = "Gate pair, direction (EXPORT from Viet Nam, IMPORT into Viet Nam, TRANSIT), trader (an "
                    + "enterprise of the registry), vehicle, driver and 1–100 items (HS code of 6 or 8 digits, "
                    + "description, quantity, UN/ECE unit, value and ISO 4217 currency, origin country, certificate "
                    + "of origin form). Items of Vietnamese or Lao origin with Form S are marked VN_LA_BORDER_TRADE_0. "
                    + "The Idempotency-Key header (1–200 visible ASCII characters, chosen by the client) is "
                    + "required: the same key for the same trader always answers the same declaration (200), never a "
                    + "second one, also when both requests arrive at once; the same key with other content is "
                    + "IDM-001. Roles: ENTERPRISE for its own enterprises, BORDER_OFFICER at their gates. Audited.")
    @ApiResponse(responseCode = "201", description = "Lodged: status STORED")
    @ApiResponse(responseCode = "200", description = "Already lodged with this key: the same declaration")
    @ErrorCodes({
        ErrorCode.IDM_001,
        ErrorCode.IDM_002,
        ErrorCode.BRD_006,
        ErrorCode.BRD_007,
        ErrorCode.BRD_008,
        ErrorCode.AUT_002,
        ErrorCode.REF_013,
        ErrorCode.PLT_013
    })
    ResponseEntity<DeclarationViews.DeclarationView> lodge(
            @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                    @Parameter(description = "Client-chosen key, e.g. a UUID; required")
                    String key,
            @RequestBody LodgingForm body,
            Actor actor)
            throws BindException {
        BorderAccess.requireMayLodge(actor, body.traderId(), body.gatePairId());
        if (key == null || !KEY.matcher(key).matches()) {
            throw BusinessException.onField(ErrorCode.IDM_002, IdempotentRequests.HEADER);
        }
        validation.check(body);
        Declarations.Lodging lodging = body.toLodging();
        if (!gates.exists(lodging.gatePairId())) {
            throw BusinessException.onField(ErrorCode.BRD_007, "gatePairId", lodging.gatePairId());
        }
        if (!actor.has(Role.ENTERPRISE) && !access.exists(lodging.traderId())) {
            throw BusinessException.onField(ErrorCode.BRD_008, "traderId", lodging.traderId());
        }
        String hash = LodgingForm.fingerprint(lodging);
        Declarations.Lodged lodged = declarations.lodge(key, hash, lodging, actor, false);
        if (lodged.created()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .header("Location", "/api/v1/declarations/" + lodged.id())
                    .body(stored(lodged.id(), lodging, actor));
        }
        return ResponseEntity.ok()
                .header(IdempotentRequests.REPLAYED_HEADER, "true")
                .body(views.visible(lodged.id(), actor));
    }

    /** The answer of a fresh lodging, from what was stored, without reading it back. */
    private static DeclarationViews.DeclarationView stored(long id, Declarations.Lodging lodging, Actor actor) {
        Instant now = Instant.now();
        List<DeclarationViews.ItemView> items = new java.util.ArrayList<>();
        for (int i = 0; i < lodging.items().size(); i++) {
            Declarations.Item item = lodging.items().get(i);
            items.add(new DeclarationViews.ItemView(
                    i + 1,
                    item.hsCode(),
                    item.description(),
                    item.quantity(),
                    item.unit(),
                    item.value().amount(),
                    item.value().currency(),
                    item.origin(),
                    item.certificateOfOrigin(),
                    item.preference()));
        }
        return new DeclarationViews.DeclarationView(
                id,
                DeclarationStatus.STORED.name(),
                null,
                null,
                lodging.traderId(),
                lodging.gatePairId(),
                lodging.direction().name(),
                new DeclarationViews.Vehicle(lodging.plate(), lodging.vehicleCountry()),
                new DeclarationViews.Driver(lodging.driverName(), lodging.driverDocument()),
                items,
                actor.username(),
                now,
                now,
                false,
                List.of(new DeclarationViews.HistoryEntry(
                        1, null, DeclarationStatus.STORED.name(), actor.username(), now, null)));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Open declarations: the queue",
            description = "Not yet exited or cancelled, oldest first (at most 500): a BORDER_OFFICER's at their gates "
                    + "(optionally one gate pair), an ENTERPRISE user's own.")
    @ErrorCodes({ErrorCode.REF_013})
    List<DeclarationViews.QueueLine> queue(
            @RequestParam(required = false) @Parameter(example = "VL-INT-06") String gatePairId, Actor actor) {
        String gate = gatePairId == null
                ? null
                : GatePairId.parse(gatePairId, "gatePairId").value();
        return views.queue(actor, gate, 500);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "One declaration with its history",
            description = "Items, channel with what decided it (rule, random draw with its seed, default or "
                    + "re-route) and every status change with who and when. For the declarant's organisation and the "
                    + "officers of its gate.")
    @ErrorCodes({ErrorCode.BRD_001})
    DeclarationViews.DeclarationView one(@PathVariable long id, Actor actor) {
        return views.visible(id, actor);
    }

    @PostMapping("/{id}/register")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Register: the channel is assigned",
            description = "STORED → REGISTERED → CHANNEL_ASSIGNED. Refused for a blocked trader (BRD-005 with the "
                    + "reason, e.g. TAX_OVERDUE_90_DAYS). By the declarant or an officer of the gate. Audited.")
    @ErrorCodes({ErrorCode.BRD_001, ErrorCode.BRD_002, ErrorCode.BRD_005, ErrorCode.AUT_002})
    DeclarationViews.DeclarationView register(@PathVariable long id, Actor actor) {
        return act(id, Declarations.Action.REGISTER, actor);
    }

    @PostMapping("/{id}/start-inspection")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "Start the document check (YELLOW) or physical inspection (RED)",
            description = "By an officer of the gate. GREEN and BLUE have none (BRD-010). Audited.")
    @ErrorCodes({ErrorCode.BRD_001, ErrorCode.BRD_002, ErrorCode.BRD_010, ErrorCode.AUT_002})
    DeclarationViews.DeclarationView startInspection(@PathVariable long id, Actor actor) {
        return act(id, Declarations.Action.START_INSPECTION, actor);
    }

    @PostMapping("/{id}/complete-inspection")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(summary = "Complete the check or inspection", description = "By an officer of the gate. Audited.")
    @ErrorCodes({ErrorCode.BRD_001, ErrorCode.BRD_002, ErrorCode.AUT_002})
    DeclarationViews.DeclarationView completeInspection(@PathVariable long id, Actor actor) {
        return act(id, Declarations.Action.COMPLETE_INSPECTION, actor);
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "Release the goods",
            description = "GREEN and BLUE once the channel is assigned; YELLOW and RED only after the check or "
                    + "inspection is completed (BRD-003). By an officer of the gate. Audited.")
    @ErrorCodes({ErrorCode.BRD_001, ErrorCode.BRD_002, ErrorCode.BRD_003, ErrorCode.AUT_002})
    DeclarationViews.DeclarationView release(@PathVariable long id, Actor actor) {
        return act(id, Declarations.Action.RELEASE, actor);
    }

    @PostMapping("/{id}/exit")
    @PreAuthorize("hasRole('BORDER_OFFICER')")
    @Operation(
            summary = "The vehicle exits the control zone",
            description = "Only after release (BRD-004). By an officer of the gate. Audited.")
    @ErrorCodes({ErrorCode.BRD_001, ErrorCode.BRD_004, ErrorCode.AUT_002})
    DeclarationViews.DeclarationView exit(@PathVariable long id, Actor actor) {
        return act(id, Declarations.Action.EXIT, actor);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'BORDER_OFFICER')")
    @Operation(
            summary = "Cancel before release",
            description = "By the declarant or an officer of the gate; refused once released (BRD-009). Audited.")
    @ErrorCodes({ErrorCode.BRD_001, ErrorCode.BRD_002, ErrorCode.BRD_009, ErrorCode.AUT_002})
    DeclarationViews.DeclarationView cancel(@PathVariable long id, Actor actor) {
        return act(id, Declarations.Action.CANCEL, actor);
    }

    private DeclarationViews.DeclarationView act(long id, Declarations.Action action, Actor actor) {
        declarations.act(id, action, actor);
        return views.visible(id, actor);
    }
}
