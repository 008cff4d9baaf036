package org.vietlao.linkage.expo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * The Expo over the API: events (ANALYST, ADMIN), booths (ENTERPRISE applies for its own enterprise; organisers
 * decide), participants and blocked slots, meeting requests, "schedule all" and locks. Every change is audited.
 */
@RestController
// JSON only, decided before the handler runs: a caller that accepts no JSON gets 406 and changes nothing.
@RequestMapping(value = "/api/v1/expo", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Expo", description = "Vietnam–Laos Expo: events, booths, B2B meetings and their schedule")
class ExpoApiController {

    private final Events events;
    private final Booths booths;
    private final Participants participants;
    private final Meetings meetings;
    private final EventSchedule schedule;
    private final Agreements agreements;
    private final RequestValidation validation;

    ExpoApiController(
            Events events,
            Booths booths,
            Participants participants,
            Meetings meetings,
            EventSchedule schedule,
            Agreements agreements,
            Validator validator) {
        this.agreements = agreements;
        this.events = events;
        this.booths = booths;
        this.participants = participants;
        this.meetings = meetings;
        this.schedule = schedule;
        this.validation = new RequestValidation(validator);
    }

    // ---- events

    @PostMapping("/events")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.EXP_001})
    @Operation(
            summary = "Create an event",
            description = "Name in English, Vietnamese and Lao; venue; dates; halls with booth capacity; meeting days "
                    + "made of blocks of equal slots (a gap between blocks is a break); tables per slot; booths per "
                    + "province; requests per participant; hours before the first slot when open requests expire.")
    Events.Event create(Actor actor, @RequestBody Events.NewEvent body) throws BindException {
        validation.check(body);
        return events.create(body, actor.username());
    }

    @GetMapping("/events")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every event, newest first (past events stay readable)")
    List<Events.Event> events(Actor actor) {
        return events.all();
    }

    @GetMapping("/events/{id}")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.EXP_002})
    @Operation(summary = "One event with its halls and slots")
    Events.Event event(Actor actor, @PathVariable long id) {
        return events.require(id);
    }

    @PutMapping("/events/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_001, ErrorCode.EXP_002})
    @Operation(
            summary = "Change an event",
            description = "Its names in the three languages, its city and its quotas; dates, halls, slots and tables "
                    + "stay as created, because booths and scheduled meetings refer to them.")
    Events.Event change(Actor actor, @PathVariable long id, @RequestBody Events.Details body) throws BindException {
        events.require(id);
        validation.check(body);
        return events.change(id, body, actor.username());
    }

    // ---- booths

    record BoothApplication(
            @Schema(example = "12") Long enterpriseId,
            @Schema(example = "[\"071410\"]") List<@Size(max = 12) String> products) {}

    @PostMapping("/events/{id}/booths")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({
        ErrorCode.AUT_002,
        ErrorCode.EXP_001,
        ErrorCode.EXP_002,
        ErrorCode.EXP_006,
        ErrorCode.EXP_007,
        ErrorCode.EXP_008,
        ErrorCode.ENT_011,
        ErrorCode.REF_001
    })
    @Operation(
            summary = "Apply for a free booth",
            description = "For one of the caller's verified enterprises, with up to 20 products from its offers.")
    Booths.Booth apply(Actor actor, @PathVariable long id, @RequestBody BoothApplication body) throws BindException {
        ExpoAccess.requireActingFor(actor, body.enterpriseId());
        validation.check(body);
        return booths.apply(id, body.enterpriseId(), body.products(), actor.username());
    }

    @GetMapping("/events/{id}/booths")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.EXP_002})
    @Operation(
            summary = "Booths of an event",
            description = "Organisers and ministry officials see every application; others the approved booths and "
                    + "their own enterprises' applications.")
    List<Booths.Booth> booths(Actor actor, @PathVariable long id) {
        events.require(id);
        if (ExpoAccess.overseesAll(actor)) {
            return booths.of(id, false);
        }
        List<Long> own = ExpoAccess.ownEnterprises(actor);
        return booths.of(id, false).stream()
                .filter(b -> b.status().equals("APPROVED") || own.contains(b.enterpriseId()))
                .toList();
    }

    record Approval(
            @Schema(description = "hall to place the booth in; the first with room when absent")
            Long hallId) {}

    @PostMapping("/events/{id}/booths/{boothId}/approve")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({
        ErrorCode.EXP_001,
        ErrorCode.EXP_002,
        ErrorCode.EXP_003,
        ErrorCode.EXP_004,
        ErrorCode.EXP_005,
        ErrorCode.EXP_009
    })
    @Operation(
            summary = "Approve a booth",
            description = "Within the event's per-province quota (EXP-004 names the province and the quota) and the "
                    + "halls' capacity (EXP-005); the booth gets the next free number in its hall and the enterprise "
                    + "becomes a participant.")
    Booths.Booth approve(
            Actor actor,
            @PathVariable long id,
            @PathVariable long boothId,
            @RequestBody(required = false) Approval body) {
        return booths.approve(id, boothId, body == null ? null : body.hallId(), actor.username());
    }

    record Decline(
            @Schema(example = "The stand space for processed food is full.") @Size(max = Booths.MAX_REASON)
            String reason) {}

    @PostMapping("/events/{id}/booths/{boothId}/decline")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_002, ErrorCode.EXP_003, ErrorCode.EXP_009, ErrorCode.EXP_010})
    @Operation(summary = "Decline a booth, with the reason the enterprise reads")
    Booths.Booth decline(Actor actor, @PathVariable long id, @PathVariable long boothId, @RequestBody Decline body)
            throws BindException {
        validation.check(body);
        return booths.decline(id, boothId, body.reason(), actor.username());
    }

    // ---- participants

    record Registration(@Schema(example = "12") Long enterpriseId) {}

    @PostMapping("/events/{id}/participants")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.EXP_002, ErrorCode.ENT_011})
    @Operation(summary = "Register one of the caller's enterprises as a visitor (booth holders are registered)")
    List<Participants.Participant> register(Actor actor, @PathVariable long id, @RequestBody Registration body) {
        ExpoAccess.requireActingFor(actor, body.enterpriseId());
        events.require(id);
        participants.register(id, body.enterpriseId(), actor.username());
        return participants.of(id).stream()
                .filter(p -> p.enterpriseId() == body.enterpriseId())
                .toList();
    }

    record BlockedSlots(
            @Schema(example = "12") Long enterpriseId,
            @Schema(example = "[1, 2]") List<Integer> slots) {}

    @PutMapping("/events/{id}/blocked-slots")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.EXP_002, ErrorCode.EXP_011, ErrorCode.EXP_024})
    @Operation(
            summary = "The slots a participant cannot meet in",
            description = "Replaces the enterprise's blocked slots (numbers from 1); the scheduler keeps them free.")
    BlockedSlots block(Actor actor, @PathVariable long id, @RequestBody BlockedSlots body) {
        ExpoAccess.requireActingFor(actor, body.enterpriseId());
        Events.Event event = events.require(id);
        participants.block(
                id,
                body.enterpriseId(),
                body.slots() == null ? List.of() : body.slots(),
                event.slots().size());
        return new BlockedSlots(
                body.enterpriseId(),
                List.copyOf(participants.blocked(id).getOrDefault(body.enterpriseId(), java.util.Set.of())));
    }

    // ---- meetings

    @GetMapping("/events/{id}/suggestions")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.EXP_002, ErrorCode.EXP_024, ErrorCode.MAT_001})
    @Operation(
            summary = "Suggested meetings",
            description = "Matching's ranked partners across the border who also attend, with its reasons; pairs "
                    + "already requested or refused are left out.")
    List<Meetings.Suggestion> suggestions(Actor actor, @PathVariable long id, @RequestParam long enterpriseId) {
        if (!ExpoAccess.organiser(actor)) {
            ExpoAccess.requireActingFor(actor, enterpriseId);
        }
        return meetings.suggestions(id, enterpriseId);
    }

    record MeetingRequest(
            @Schema(example = "12") Long fromEnterpriseId,
            @Schema(example = "3") Long toEnterpriseId,

            @Schema(example = "We would like to discuss cassava supply for 2027.") @Size(max = Meetings.MAX_MESSAGE)
            String message) {}

    @PostMapping("/events/{id}/meetings")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({
        ErrorCode.AUT_002,
        ErrorCode.EXP_002,
        ErrorCode.EXP_018,
        ErrorCode.EXP_019,
        ErrorCode.EXP_020,
        ErrorCode.EXP_022,
        ErrorCode.EXP_023,
        ErrorCode.EXP_024
    })
    @Operation(
            summary = "Request a meeting",
            description = "From one of the caller's participating enterprises to a participant of the other country, "
                    + "within the event's request quota and before requests close.")
    Meetings.Meeting request(Actor actor, @PathVariable long id, @RequestBody MeetingRequest body)
            throws BindException {
        ExpoAccess.requireActingFor(actor, body.fromEnterpriseId());
        validation.check(body);
        return meetings.request(id, body.fromEnterpriseId(), body.toEnterpriseId(), body.message(), actor.username());
    }

    @GetMapping("/events/{id}/meetings")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.EXP_002})
    @Operation(
            summary = "Meetings of an event",
            description = "An enterprise user sees only its own enterprises' requests and meetings (its agenda: slot "
                    + "and table); organisers and ministry officials see all.")
    List<Meetings.Meeting> meetings(Actor actor, @PathVariable long id) {
        meetings.expireDue(events.require(id));
        return meetings.of(id, ExpoAccess.overseesAll(actor) ? null : ExpoAccess.ownEnterprises(actor));
    }

    record Answer(
            @Schema(example = "Glad to meet you.") @Size(max = Meetings.MAX_MESSAGE)
            String message) {}

    @PostMapping("/meetings/{id}/accept")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_016, ErrorCode.EXP_017, ErrorCode.EXP_021})
    @Operation(summary = "Accept a request", description = "By the receiving side, or an organiser on its behalf.")
    Meetings.Meeting accept(Actor actor, @PathVariable long id, @RequestBody(required = false) Answer body)
            throws BindException {
        return answer(actor, id, true, body);
    }

    @PostMapping("/meetings/{id}/decline")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_016, ErrorCode.EXP_017, ErrorCode.EXP_021})
    @Operation(summary = "Decline a request", description = "By the receiving side, or an organiser on its behalf.")
    Meetings.Meeting decline(Actor actor, @PathVariable long id, @RequestBody(required = false) Answer body)
            throws BindException {
        return answer(actor, id, false, body);
    }

    private Meetings.Meeting answer(Actor actor, long id, boolean accept, Answer body) throws BindException {
        List<Long> own = ExpoAccess.ownEnterprises(actor);
        Meetings.Meeting meeting = meetings.visible(id, actor, own);
        if (!ExpoAccess.organiser(actor) && !own.contains(meeting.toEnterpriseId())) {
            throw new BusinessException(ErrorCode.EXP_021);
        }
        if (body != null) {
            validation.check(body);
        }
        return meetings.answer(id, accept, body == null ? null : body.message(), actor, own);
    }

    @PostMapping("/meetings/{id}/cancel")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_016, ErrorCode.EXP_017, ErrorCode.EXP_021})
    @Operation(summary = "Cancel a requested or accepted meeting", description = "By either side or an organiser.")
    Meetings.Meeting cancel(Actor actor, @PathVariable long id) {
        return meetings.cancel(id, actor, ExpoAccess.ownEnterprises(actor));
    }

    record NoThanks(
            @Schema(example = "12") Long enterpriseId,
            @Schema(example = "3") Long otherEnterpriseId) {}

    @PostMapping("/events/{id}/no-thanks")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.EXP_002, ErrorCode.EXP_018})
    @Operation(
            summary = "No thanks",
            description = "The pair may not meet at this event; a live request between them is cancelled.")
    void noThanks(Actor actor, @PathVariable long id, @RequestBody NoThanks body) {
        ExpoAccess.requireActingFor(actor, body.enterpriseId());
        meetings.noThanks(id, body.enterpriseId(), body.otherEnterpriseId(), actor.username());
    }

    // ---- schedule

    @PostMapping("/events/{id}/schedule")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_002})
    @Operation(
            summary = "Schedule all accepted meetings",
            description = "Every accepted meeting gets a slot and a table (no participant twice in a slot, both "
                    + "available, no more meetings than tables); locked meetings stay; a re-run moves as few "
                    + "meetings as it can. The answer says whether the result is proven optimal, else the proven "
                    + "bound and the gap, and why each unscheduled meeting did not fit.")
    EventSchedule.Run scheduleAll(Actor actor, @PathVariable long id) {
        return schedule.scheduleAll(id, actor.username());
    }

    @GetMapping("/events/{id}/schedule")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN', 'MINISTRY')")
    @ErrorCodes({ErrorCode.EXP_002, ErrorCode.EXP_016})
    @Operation(summary = "The latest schedule run of an event")
    EventSchedule.Run latest(Actor actor, @PathVariable long id) {
        events.require(id);
        return schedule.latest(id).orElseThrow(() -> new BusinessException(ErrorCode.EXP_016, id));
    }

    @PostMapping("/events/{id}/meetings/{meetingId}/lock")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_016, ErrorCode.EXP_017})
    @Operation(summary = "Lock a scheduled meeting in its slot and at its table")
    Meetings.Meeting lock(Actor actor, @PathVariable long id, @PathVariable long meetingId) {
        return schedule.lock(id, meetingId, true);
    }

    @PostMapping("/events/{id}/meetings/{meetingId}/unlock")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.EXP_016, ErrorCode.EXP_017})
    @Operation(summary = "Unlock a meeting: the next run may move it")
    Meetings.Meeting unlock(Actor actor, @PathVariable long id, @PathVariable long meetingId) {
        return schedule.lock(id, meetingId, false);
    }

    // ---- agreements

    record AgreementBody(
            @Schema(example = "12") Long vnEnterpriseId,
            @Schema(example = "3") Long laEnterpriseId,

            @Schema(example = "CONTRACT", description = "CONTRACT or MOU") @Size(max = 10)
            String kind,

            @Schema(example = "[\"071410\"]") List<@Size(max = 12) String> hsCodes,
            @Schema(example = "250000.00") java.math.BigDecimal amount,
            @Schema(example = "USD") @Size(max = 3) String currency,
            @Schema(example = "2026-09-25") java.time.LocalDate signedOn,

            @Schema(description = "the accepted meeting of the pair it came from")
            Long meetingId) {}

    @PostMapping("/events/{id}/agreements")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.EXP_002, ErrorCode.EXP_025, ErrorCode.MAT_001, ErrorCode.MAT_003})
    @Operation(
            summary = "Record an agreement signed at the event",
            description =
                    "A contract or MoU between a Vietnamese and a Lao enterprise: products (HS), value and "
                            + "currency (both or neither), the signing date (during the event or the day after), and the "
                            + "accepted meeting it came from. The pair becomes a linkage in matching (or keeps the one it has).")
    Agreements.Agreement agreement(Actor actor, @PathVariable long id, @RequestBody AgreementBody body)
            throws BindException {
        validation.check(body);
        return agreements.record(
                id,
                body.vnEnterpriseId(),
                body.laEnterpriseId(),
                body.kind(),
                body.hsCodes(),
                body.amount(),
                body.currency(),
                body.signedOn(),
                body.meetingId(),
                actor.username());
    }

    record PilotProposalBody(
            @Schema(
                    example = "AGRICULTURE",
                    description = "AGRICULTURE, ELECTRONICS, RENEWABLE_ENERGY or OTHER (default)")
            @Size(max = 40)
            String sector,

            @Schema(description = "optional id of a matching chain the candidate models (PIL-027 if unknown)")
            Long chainRef) {}

    @PostMapping("/events/{id}/agreements/{agreementId}/pilot-proposals/{evaluationId}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({
        ErrorCode.EXP_002,
        ErrorCode.EXP_026,
        ErrorCode.PIL_015,
        ErrorCode.PIL_016,
        ErrorCode.PIL_017,
        ErrorCode.PIL_011,
        ErrorCode.PIL_025,
        ErrorCode.PIL_027
    })
    @Operation(
            summary = "Propose an agreement as a pilot-model candidate",
            description = "The agreement becomes a candidate of a draft pilot evaluation the caller owns (names in "
                    + "en/vi/lo from its kind, parties and event; sector OTHER unless given). Proposing the same "
                    + "agreement to the same evaluation again changes nothing and answers the same candidate with "
                    + "created = false (decision 0044).")
    org.vietlao.linkage.pilot.PilotCandidates.Proposed proposeToPilot(
            Actor actor,
            @PathVariable long id,
            @PathVariable long agreementId,
            @PathVariable long evaluationId,
            @RequestBody(required = false) PilotProposalBody body) {
        // Who may act is decided in the service before the sector and chain are read (decision 0009).
        PilotProposalBody given = body == null ? new PilotProposalBody(null, null) : body;
        return agreements.proposeToPilot(id, agreementId, evaluationId, actor, given.sector(), given.chainRef());
    }
}
