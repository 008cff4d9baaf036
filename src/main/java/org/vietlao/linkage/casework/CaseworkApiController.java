package org.vietlao.linkage.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
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

/** The obstacles desk over the API: cases, their actions, support and messages, bodies and the scoreboard. */
@RestController
@RequestMapping(path = "/api/v1/casework", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Casework")
class CaseworkApiController {

    static final String FILERS = "hasAnyRole('ENTERPRISE', 'ASSOCIATION', 'PROVINCE_DOIT')";
    static final String PARTIES =
            "hasAnyRole('ENTERPRISE', 'ASSOCIATION', 'PROVINCE_DOIT', 'ANALYST', 'MINISTRY', 'ADMIN', 'CASE_BODY')";
    static final String OVERSIGHT = "hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')";

    private final Cases cases;
    private final CaseQueries queries;
    private final Bodies bodies;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final RequestValidation validation;

    CaseworkApiController(
            Cases cases,
            CaseQueries queries,
            Bodies bodies,
            Deadlines deadlines,
            WorkingDays workingDays,
            jakarta.validation.Validator validator) {
        this.validation = new RequestValidation(validator);
        this.cases = cases;
        this.queries = queries;
        this.bodies = bodies;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    /** A case in a list. */
    record CaseSummary(
            long id,
            String reference,
            String kind,
            Topic topic,
            String country,
            String gatePairId,
            String title,
            CaseStatus status,
            String filerKind,
            String bodyId,
            LocalDate submittedOn,
            LocalDate stepDeadline,
            boolean escalated,
            boolean demo) {

        static CaseSummary of(Case c) {
            return new CaseSummary(
                    c.id(),
                    c.reference(),
                    c.kind(),
                    c.topic(),
                    c.country(),
                    c.gatePairId(),
                    c.title(),
                    c.status(),
                    c.filerKind(),
                    c.bodyId(),
                    c.submittedOn(),
                    c.stepDeadline(),
                    c.escalated(),
                    c.demo());
        }
    }

    record SimilarQuery(
            @Schema(example = "CUSTOMS") @Size(max = 30) String topic,
            @Schema(example = "VL-INT-06") @Size(max = 40) String gatePairId,
            @Size(max = CaseDraft.MAX_HS) List<@Size(max = 12) String> hsCodes,

            @Schema(example = "Cassava trucks wait two days at Densavanh") @Size(max = CaseDraft.MAX_DESCRIPTION)
            String text) {}

    record NewMessage(
            @Schema(example = "The documents are attached to the declaration.") @Size(max = Cases.MAX_REASON)
            String text) {}

    record NewDeadline(
            @Schema(example = "40") Integer workingDays,

            @Schema(example = "2027-01-01", description = "Today (UTC+7) or later") @Size(max = 10)
            String effectiveFrom,

            @Schema(example = "Joint statement of the 2026 conference") @Size(max = 300)
            String source) {}

    record Supporters(long supporters) {}

    record WorkingDayAnswer(String country, LocalDate from, int days, LocalDate deadline) {}

    @GetMapping("/cases")
    @PreAuthorize(PARTIES)
    @Operation(
            summary = "The cases the caller sees",
            description = "Enterprises, associations and departments: those their organisation filed; a body's "
                    + "contact people: those routed to their body; analysts (coordinators), ministry officials and "
                    + "administrators: all. Newest first; status filters.")
    @ApiResponse(responseCode = "200", description = "The cases")
    @ErrorCodes({ErrorCode.PLT_002})
    List<CaseSummary> list(@RequestParam(required = false) CaseStatus status, Actor actor) {
        return queries.visibleTo(actor, status).stream().map(CaseSummary::of).toList();
    }

    @PostMapping("/cases")
    @PreAuthorize(FILERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "File an obstacle or a proposal",
            description = "kind: OBSTACLE or PROPOSAL; topic: CUSTOMS, TARIFFS_ORIGIN, TRANSPORT, PAYMENTS, "
                    + "INVESTMENT, STANDARDS_SPS, ENERGY or OTHER; homeCountry: the filer's country (VN or LA, its "
                    + "contact point reviews admissibility); country: where it arose; provinceCode, gatePairId, "
                    + "hsCodes and measure optional; title (200) and description (10,000) required; language: en, vi "
                    + "or lo; publishable: whether the closed case may be published without the filer's name; "
                    + "members: an association's members, seen by the association only. The admissibility review's "
                    + "deadline is set in working days. Audited.")
    @ApiResponse(responseCode = "201", description = "Filed, with its public reference number")
    @ErrorCodes({ErrorCode.CAS_002, ErrorCode.AUT_002})
    CaseViews.CaseView file(Actor actor, @RequestBody CaseDraft draft) throws BindException {
        actor.require(Cases.mayFile(actor));
        validation.check(draft);
        return queries.view(actor, cases.file(actor, draft).id());
    }

    @PostMapping("/cases/similar")
    @PreAuthorize(PARTIES)
    @Operation(
            summary = "Open cases like a new one (before filing it)",
            description = "Same topic and gate pair, products in common when both name some, and close text; at most "
                    + "5, most similar first. The filer may support one (\"me too\") instead of filing.")
    @ApiResponse(responseCode = "200", description = "The similar open cases")
    @ErrorCodes({ErrorCode.CAS_002})
    List<CaseQueries.Suggestion> similar(@RequestBody SimilarQuery query) throws BindException {
        validation.check(query);
        Topic topic;
        try {
            topic = Topic.valueOf(
                    query.topic() == null ? "" : query.topic().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw BusinessException.onField(ErrorCode.CAS_002, "topic");
        }
        String text = query.text() == null ? "" : query.text();
        if (text.length() > CaseDraft.MAX_DESCRIPTION) {
            throw BusinessException.onField(ErrorCode.CAS_002, "text");
        }
        List<String> hs = query.hsCodes() == null
                ? List.of()
                : query.hsCodes().stream()
                        .map(code -> org.vietlao.linkage.shared.HsCode.tryParse(code == null ? "" : code))
                        .flatMap(java.util.Optional::stream)
                        .map(org.vietlao.linkage.shared.HsCode::digits)
                        .toList();
        String gate = query.gatePairId() == null || query.gatePairId().isBlank()
                ? null
                : query.gatePairId().strip().toUpperCase(Locale.ROOT);
        return queries.similar(topic, gate, hs, text);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(PARTIES)
    @Operation(
            summary = "A case with its history, steps, deadlines and messages",
            description = "members and memberCount are given to the association that filed the case only; every "
                    + "other reader gets null (decision 0048). trafficLight: SOLVIT's rule over the case's steps.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ErrorCodes({ErrorCode.CAS_001, ErrorCode.PLT_002})
    CaseViews.CaseView get(@PathVariable long id, Actor actor) {
        return queries.view(actor, id);
    }

    @PostMapping("/cases/{id}/actions")
    @PreAuthorize(PARTIES)
    @Operation(
            summary = "Take a step on a case",
            description = "action: START_REVIEW, RETURN (reason), REJECT (reason), ACCEPT (coordinators of the "
                    + "filer's home country, from SUBMITTED or IN_REVIEW); RESUBMIT (the filer, RETURNED, with what was completed as reason); "
                    + "ROUTE (coordinators of the country where the obstacle arose, ACCEPTED or ANSWER_NOT_ACCEPTED; bodyId, the proposed body when absent, "
                    + "of the country where the obstacle arose); ANSWER (the body's contact people, WITH_BODY; answer "
                    + "and answerLanguage); ACCEPT_ANSWER or REFUSE_ANSWER (reason) by the filer; CLOSE "
                    + "(coordinators of the home country; another country's coordinator is refused with CAS-017); ESCALATE to the ministries' compilation (coordinators or ministry, any time "
                    + "after acceptance, reason; needsGovernment). Each step's deadline is in working days. Audited.")
    @ApiResponse(responseCode = "200", description = "The case after the step")
    @ErrorCodes({
        ErrorCode.CAS_001,
        ErrorCode.CAS_003,
        ErrorCode.CAS_004,
        ErrorCode.CAS_005,
        ErrorCode.CAS_006,
        ErrorCode.CAS_007,
        ErrorCode.CAS_017,
        ErrorCode.PLT_002
    })
    CaseViews.CaseView act(@PathVariable long id, Actor actor, @RequestBody Cases.ActionRequest request)
            throws BindException {
        cases.visible(id, actor);
        validation.check(request);
        cases.act(actor, id, request);
        return queries.view(actor, id);
    }

    @PostMapping("/cases/{id}/support")
    @PreAuthorize(FILERS)
    @Operation(
            summary = "Support an open case (\"me too\")",
            description = "Instead of filing the same obstacle again; counts as support. Not one's own case.")
    @ApiResponse(responseCode = "200", description = "How many now support it")
    @ErrorCodes({ErrorCode.CAS_001, ErrorCode.CAS_003, ErrorCode.CAS_008, ErrorCode.PLT_002})
    Supporters support(@PathVariable long id, Actor actor) {
        return new Supporters(cases.support(actor, id));
    }

    @PostMapping("/cases/{id}/messages")
    @PreAuthorize(PARTIES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Write on a case",
            description = "Between the filer, the coordinators and the body; the other parties are notified.")
    @ApiResponse(responseCode = "201", description = "The message")
    @ErrorCodes({ErrorCode.CAS_001, ErrorCode.CAS_007, ErrorCode.PLT_002})
    CaseStore.Message message(@PathVariable long id, Actor actor, @RequestBody NewMessage message)
            throws BindException {
        cases.visible(id, actor);
        validation.check(message);
        return cases.message(actor, id, message.text());
    }

    @GetMapping("/bodies")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The competent bodies cases are routed to, with names in three languages")
    @ApiResponse(responseCode = "200", description = "The bodies")
    List<Bodies.Body> bodies() {
        return bodies.list();
    }

    @GetMapping("/scoreboard")
    @PreAuthorize(OVERSIGHT)
    @Operation(
            summary = "On-time answers per body",
            description = "Over the answer steps whose deadline has fallen due: how many, how many on time, the share "
                    + "and SOLVIT's light (green ≥ 75 %, yellow 55-75 %, red < 55 %; grey: none due).")
    @ApiResponse(responseCode = "200", description = "One line per body")
    List<CaseQueries.BodyScore> scoreboard() {
        return queries.scoreboard();
    }

    @GetMapping("/public-cases")
    @PermitAll
    @Operation(
            summary = "Case studies: closed cases their filers let be published",
            description = "Without who filed them; q searches title, description and answer.")
    @ApiResponse(responseCode = "200", description = "The cases, newest first, at most 200")
    @ErrorCodes({ErrorCode.CAS_011})
    List<CaseViews.PublicCase> published(@RequestParam(required = false) @Parameter(example = "cassava") String q) {
        if (q != null && q.length() > 200) {
            throw BusinessException.onField(ErrorCode.CAS_011, "q", "q");
        }
        return queries.published(q);
    }

    @GetMapping("/deadlines/{step}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every value of a step's deadline in working days, with its effective date and source")
    @ApiResponse(responseCode = "200", description = "The values, earliest first")
    @ErrorCodes({ErrorCode.CAS_009})
    List<Deadlines.Value> deadlineHistory(
            @PathVariable @Parameter(example = "ANSWER", description = "ADMISSIBILITY, ROUTING, ANSWER or FILER_REPLY")
                    String step) {
        return deadlines.history(Deadlines.step(step));
    }

    @PutMapping("/deadlines/{step}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Set a step's deadline from a date",
            description = "workingDays: 1 to 500; effectiveFrom: today (UTC+7) or later; steps started before keep "
                    + "their deadline. Audited.")
    @ApiResponse(responseCode = "200", description = "The value set")
    @ErrorCodes({ErrorCode.CAS_009, ErrorCode.CAS_010})
    Deadlines.Value setDeadline(@PathVariable String step, Actor actor, @RequestBody NewDeadline body)
            throws BindException {
        Step s = Deadlines.step(step);
        validation.check(body);
        LocalDate from = null;
        if (body.effectiveFrom() != null) {
            try {
                from = LocalDate.parse(body.effectiveFrom().strip());
            } catch (DateTimeParseException ex) {
                throw BusinessException.onField(ErrorCode.CAS_010, "effectiveFrom");
            }
        }
        return deadlines.set(s, body.workingDays(), from, body.source(), actor);
    }

    @GetMapping("/working-days")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The day n working days after a date in Viet Nam or Laos",
            description = "Weekends and the country's public holidays (Tết, Lao New Year and the others) skipped.")
    @ApiResponse(responseCode = "200", description = "The deadline")
    @ErrorCodes({ErrorCode.CAS_011})
    WorkingDayAnswer workingDays(
            @RequestParam(required = false) @Parameter(example = "VN") String country,
            @RequestParam(required = false) @Parameter(example = "2026-02-13") String from,
            @RequestParam(required = false) @Parameter(example = "10") String days) {
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!c.equals("VN") && !c.equals("LA")) {
            throw BusinessException.onField(ErrorCode.CAS_011, "country", "country");
        }
        LocalDate start;
        int n;
        try {
            start = LocalDate.parse(from == null ? "" : from.strip());
        } catch (DateTimeParseException ex) {
            throw BusinessException.onField(ErrorCode.CAS_011, "from", "from");
        }
        try {
            n = Integer.parseInt(days == null ? "" : days.strip());
        } catch (NumberFormatException ex) {
            n = -1;
        }
        if (n < 0 || n > 1000 || start.getYear() < 2000 || start.getYear() > 2100) {
            throw BusinessException.onField(ErrorCode.CAS_011, "days", "days");
        }
        return new WorkingDayAnswer(c, start, n, workingDays.plus(c, start, n));
    }

    @GetMapping("/holidays")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A country's public holidays of a year that fall on weekdays, with their sources")
    @ApiResponse(responseCode = "200", description = "The holidays")
    @ErrorCodes({ErrorCode.CAS_011})
    List<WorkingDays.Holiday> holidays(
            @RequestParam(required = false) @Parameter(example = "LA") String country,
            @RequestParam(required = false) @Parameter(example = "2026") Integer year) {
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!c.equals("VN") && !c.equals("LA")) {
            throw BusinessException.onField(ErrorCode.CAS_011, "country", "country");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw BusinessException.onField(ErrorCode.CAS_011, "year", "year");
        }
        return workingDays.list(c, year);
    }
}
