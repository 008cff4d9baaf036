package org.vietlao.linkage.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.NoticeRaised;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The workflow of cases: filing, every guarded transition with its history (who, when, why), the timed steps and
 * their deadlines, support ("me too") and messages. Who may act is decided before what they sent is read.
 */
@Service
class Cases {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ENTITY = "casework_case";
    static final int MAX_REASON = 2000;
    static final int MAX_ANSWER = 10_000;

    private final CaseStore store;
    private final Bodies bodies;
    private final Deadlines deadlines;
    private final ReferenceNames names;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UserDirectory users;

    Cases(
            CaseStore store,
            Bodies bodies,
            Deadlines deadlines,
            ReferenceNames names,
            Clock clock,
            ApplicationEventPublisher events,
            UserDirectory users) {
        this.users = users;
        this.store = store;
        this.bodies = bodies;
        this.deadlines = deadlines;
        this.names = names;
        this.clock = clock;
        this.events = events;
    }

    /** What a party sends to act on a case. */
    record ActionRequest(
            @Schema(example = "ACCEPT") @Size(max = 20) String action,
            @Size(max = MAX_REASON) String reason,
            @Schema(example = "VN-CUS-QT") @Size(max = 40) String bodyId,
            @Size(max = MAX_ANSWER) String answer,
            @Schema(example = "vi") @Size(max = 2) String answerLanguage,
            Boolean needsGovernment) {}

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Who may file: enterprises for their own enterprise, associations, provincial departments. */
    static boolean mayFile(Actor actor) {
        return (actor.has(Role.ENTERPRISE) && actor.organisationId() != null)
                || actor.has(Role.ASSOCIATION)
                || actor.has(Role.PROVINCE_DOIT);
    }

    /** The case if {@code actor} may see it; CAS-001 otherwise (a case one may not see does not exist). */
    Case visible(long id, Actor actor) {
        String body = actorsBody(actor);
        return store.find(id, false)
                .filter(c -> c.isVisibleTo(actor, body))
                .orElseThrow(() -> new BusinessException(ErrorCode.CAS_001, String.valueOf(id)));
    }

    String actorsBody(Actor actor) {
        return actor.has(Role.CASE_BODY) ? bodies.ofUser(actor.username()).orElse(null) : null;
    }

    @Transactional
    Case file(Actor actor, CaseDraft draft) {
        actor.require(mayFile(actor));
        String filerKind =
                actor.has(Role.ASSOCIATION) ? "ASSOCIATION" : actor.has(Role.PROVINCE_DOIT) ? "PROVINCE" : "ENTERPRISE";
        CaseDraft.Checked c = draft.checked(names, "ASSOCIATION".equals(filerKind));
        LocalDate today = today(clock);
        long id = store.jdbc()
                .sql("SELECT nextval('casework_case_id_seq')")
                .query(Long.class)
                .single();
        String reference = "VLC-%d-%05d".formatted(today.getYear(), id);
        LocalDate deadline = deadlines.deadline(Step.ADMISSIBILITY, today, c.homeCountry());
        store.jdbc()
                .sql("""
				INSERT INTO casework_case (id, reference, filer_username, filer_organisation_id, filer_kind, filer_name,
				  home_country, kind, topic, country, province_code, gate_pair_id, hs_codes, measure, title, description,
				  language, publishable, status, step, step_started_on, step_deadline, submitted_on)
				VALUES (:id, :ref, :u, :org, :fk, :fn, :home, :kind, :topic, :country, :prov, :gate, :hs, :measure,
				  :title, :description, :lang, :pub, 'SUBMITTED', 'ADMISSIBILITY', :today, :deadline, :today)""")
                .param("id", id)
                .param("ref", reference)
                .param("u", actor.username())
                .param("org", actor.organisationId())
                .param("fk", filerKind)
                .param("fn", c.filerName() == null ? actor.displayName() : c.filerName())
                .param("home", c.homeCountry())
                .param("kind", c.kind())
                .param("topic", c.topic().name())
                .param("country", c.country())
                .param("prov", c.provinceCode())
                .param("gate", c.gatePairId())
                .param("hs", String.join(",", c.hsCodes()))
                .param("measure", c.measure())
                .param("title", c.title())
                .param("description", c.description())
                .param("lang", c.language())
                .param("pub", c.publishable())
                .param("today", Date.valueOf(today))
                .param("deadline", Date.valueOf(deadline))
                .update();
        for (String member : c.members()) {
            store.jdbc()
                    .sql("INSERT INTO casework_case_member (case_id, name) VALUES (:id, :n)")
                    .param("id", id)
                    .param("n", member)
                    .update();
        }
        store.startStep(id, Step.ADMISSIBILITY, today, deadline, c.homeCountry(), null);
        store.event(id, clock.instant(), actor.username(), null, null, CaseStatus.SUBMITTED, null, null);
        Case filed = store.find(id, false).orElseThrow();
        events.publishEvent(EntityChanged.created(
                ENTITY,
                id,
                Map.of(
                        "reference",
                        reference,
                        "status",
                        "SUBMITTED",
                        "topic",
                        c.topic().name(),
                        "country",
                        c.country(),
                        "homeCountry",
                        c.homeCountry(),
                        "members",
                        c.members().size())));
        return filed;
    }

    /** Takes an action on a case: CAS-001 unseen, CAS-004 not this party's, CAS-003 wrong status, then content. */
    @Transactional
    Case act(Actor actor, long id, ActionRequest request) {
        Case before = visible(id, actor);
        Action action;
        try {
            action = Action.valueOf(
                    request.action() == null ? "" : request.action().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw BusinessException.onField(ErrorCode.CAS_007, "action");
        }
        requireParty(actor, before, action);
        Case locked = store.find(id, true).orElseThrow();
        return actLocked(actor, id, request, action, locked);
    }

    private Case actLocked(Actor actor, long id, ActionRequest request, Action action, Case before) {
        if (!action.from.contains(before.status()) || (action == Action.ESCALATE && before.escalated())) {
            throw new BusinessException(
                    ErrorCode.CAS_003, before.status().name(), action.name().toLowerCase(Locale.ROOT));
        }
        String reason = request.reason() == null ? null : request.reason().strip();
        if (reason != null && reason.isEmpty()) {
            reason = null;
        }
        if ((action.needsReason && reason == null)
                || (reason != null
                        && (reason.length() > MAX_REASON
                                || !org.vietlao.linkage.shared.TextRules.isAcceptable(reason)))) {
            throw BusinessException.onField(ErrorCode.CAS_005, "reason", MAX_REASON);
        }
        LocalDate today = today(clock);
        CaseStatus to = action.to == null ? before.status() : action.to;
        Map<String, Object> set = new java.util.LinkedHashMap<>();
        set.put("status", to.name());
        switch (action) {
            case START_REVIEW -> {}
            case RETURN, REJECT -> {
                store.finishOpenSteps(id, today);
                set.put("reason", reason);
                clearStep(set);
                if (action == Action.REJECT) {
                    set.put("closed_on", Date.valueOf(today));
                }
            }
            case RESUBMIT -> startStep(set, before, Step.ADMISSIBILITY, today, before.homeCountry(), null);
            case ACCEPT -> {
                store.finishOpenSteps(id, today);
                set.put(
                        "proposed_body_id",
                        bodies.propose(before.country(), before.topic(), before.gatePairId())
                                .orElse(null));
                startStep(set, before, Step.ROUTING, today, before.country(), null);
            }
            case ROUTE -> {
                String chosen = request.bodyId() == null || request.bodyId().isBlank()
                        ? before.proposedBodyId()
                        : request.bodyId().strip().toUpperCase(Locale.ROOT);
                String bodyId = chosen;
                Bodies.Body body = bodies.find(bodyId)
                        .filter(b -> b.country().equals(before.country()))
                        .orElseThrow(
                                () -> BusinessException.onField(ErrorCode.CAS_006, "bodyId", String.valueOf(bodyId)));
                store.finishOpenSteps(id, today);
                set.put("body_id", body.id());
                set.put("answer", null);
                set.put("answer_language", null);
                startStep(set, before, Step.ANSWER, today, body.country(), body.id());
            }
            case ANSWER -> {
                List<BusinessException.FieldError> errors = new ArrayList<>();
                String answer = CaseDraft.text(request.answer(), "answer", MAX_ANSWER, true, errors);
                String lang = request.answerLanguage() == null
                        ? ""
                        : request.answerLanguage().strip().toLowerCase(Locale.ROOT);
                if (!Set.of("en", "vi", "lo").contains(lang)) {
                    errors.add(new BusinessException.FieldError("answerLanguage", "casework.error.language"));
                }
                if (!errors.isEmpty()) {
                    throw new BusinessException(ErrorCode.CAS_007, errors);
                }
                store.finishOpenSteps(id, today);
                set.put("answer", answer);
                set.put("answer_language", lang);
                startStep(set, before, Step.FILER_REPLY, today, before.homeCountry(), before.bodyId());
            }
            case ACCEPT_ANSWER, REFUSE_ANSWER -> {
                store.finishOpenSteps(id, today);
                set.put("reason", reason);
                clearStep(set);
            }
            case CLOSE -> set.put("closed_on", Date.valueOf(today));
            case ESCALATE -> {
                set.put("escalated", true);
                set.put("needs_government", !Boolean.FALSE.equals(request.needsGovernment()));
            }
        }
        StringBuilder sql = new StringBuilder("UPDATE casework_case SET version = version + 1");
        set.keySet().forEach(k -> sql.append(", ").append(k).append(" = :").append(k));
        var spec = store.jdbc().sql(sql + " WHERE id = :id").param("id", id);
        for (var e : set.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.update();
        String coordinatorCountry =
                Case.coordinates(actor) && action.party != Action.Party.FILER && action.party != Action.Party.BODY
                        ? coordinatorCountry(actor)
                        : null;
        store.event(id, clock.instant(), actor.username(), action, before.status(), to, reason, coordinatorCountry);
        Case after = store.find(id, false).orElseThrow();
        events.publishEvent(EntityChanged.updated(ENTITY, id, before.auditValues(), after.auditValues()));
        notifyParties(after, action);
        return after;
    }

    private void startStep(Map<String, Object> set, Case c, Step step, LocalDate today, String country, String body) {
        LocalDate deadline = deadlines.deadline(step, today, country);
        store.startStep(c.id(), step, today, deadline, country, body);
        set.put("step", step.name());
        set.put("step_started_on", Date.valueOf(today));
        set.put("step_deadline", Date.valueOf(deadline));
    }

    private static void clearStep(Map<String, Object> set) {
        set.put("step", null);
        set.put("step_started_on", null);
        set.put("step_deadline", null);
    }

    /**
     * The country of the organisation a coordinator works for (VIOIT: VN, IICE: LA), read through the platform's
     * directory because {@link Actor} carries no country (decision 0075); {@code null} without an organisation.
     */
    String coordinatorCountry(Actor actor) {
        return actor.organisationId() == null
                ? null
                : users.countryOfOrganisation(actor.organisationId()).orElse(null);
    }

    /** Whether the actor is the party of the action on this case (and, for a coordinator, of its country). */
    boolean mayTake(Actor actor, Case c, Action action) {
        return isParty(actor, c, action) && ofTheStepsCountry(actor, c, action);
    }

    private boolean isParty(Actor actor, Case c, Action action) {
        return switch (action.party) {
            case FILER -> c.isFiledBy(actor);
            case COORDINATOR -> Case.coordinates(actor);
            case COORDINATOR_OR_MINISTRY -> Case.coordinates(actor) || actor.has(Role.MINISTRY);
            case BODY -> c.isAnsweredBy(actor, actorsBody(actor));
        };
    }

    private boolean ofTheStepsCountry(Actor actor, Case c, Action action) {
        String country = action.coordinatorCountry(c);
        return action.party != Action.Party.COORDINATOR || country == null || country.equals(coordinatorCountry(actor));
    }

    /** CAS-004: not this action's party; CAS-017: a coordinator, but of the other country's contact point. */
    private void requireParty(Actor actor, Case c, Action action) {
        if (!isParty(actor, c, action)) {
            throw new BusinessException(ErrorCode.CAS_004, action.name().toLowerCase(Locale.ROOT));
        }
        if (!ofTheStepsCountry(actor, c, action)) {
            throw new BusinessException(ErrorCode.CAS_017, action.name().toLowerCase(Locale.ROOT));
        }
    }

    private void notifyParties(Case c, Action action) {
        Set<Long> organisations = c.filerOrganisationId() == null ? Set.of() : Set.of(c.filerOrganisationId());
        Set<String> users = new java.util.HashSet<>();
        if (c.filerOrganisationId() == null) {
            users.add(c.filerUsername());
        }
        if (action == Action.ROUTE && c.bodyId() != null) {
            users.addAll(bodies.usersOf(c.bodyId()));
        }
        events.publishEvent(new NoticeRaised(
                users,
                organisations,
                "casework-" + action.name().toLowerCase(Locale.ROOT),
                Label.of("casework.notice." + action.name(), c.reference()),
                "/casework/cases/" + c.id()));
    }

    /** "Me too": an enterprise, association or department supports an open case it did not file. */
    @Transactional
    long support(Actor actor, long id) {
        actor.require(mayFile(actor));
        Case c = store.find(id, false).orElseThrow(() -> new BusinessException(ErrorCode.CAS_001, String.valueOf(id)));
        if (c.status().isFinal()) {
            throw new BusinessException(ErrorCode.CAS_003, c.status().name(), "support");
        }
        if (c.isFiledBy(actor)) {
            throw new BusinessException(ErrorCode.CAS_008);
        }
        int added = store.jdbc()
                .sql("""
				INSERT INTO casework_support (case_id, username, organisation_id, at) VALUES (:id, :u, :o, :at)
				ON CONFLICT DO NOTHING""")
                .param("id", id)
                .param("u", actor.username())
                .param("o", actor.organisationId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (added == 0) {
            throw new BusinessException(ErrorCode.CAS_008);
        }
        events.publishEvent(
                EntityChanged.created("casework_support", id + ":" + actor.username(), Map.of("caseId", id)));
        return store.supporters(id);
    }

    @Transactional
    CaseStore.Message message(Actor actor, long id, String text) {
        Case c = visible(id, actor);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String t = CaseDraft.text(text, "text", MAX_REASON, true, errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.CAS_007, errors);
        }
        long messageId = store.jdbc()
                .sql("""
				INSERT INTO casework_message (case_id, username, author, at, text) VALUES (:id, :u, :a, :at, :t)
				RETURNING id""")
                .param("id", id)
                .param("u", actor.username())
                .param("a", actor.displayName())
                .param("at", Timestamp.from(clock.instant()))
                .param("t", t)
                .query(Long.class)
                .single();
        events.publishEvent(EntityChanged.created("casework_message", messageId, Map.of("caseId", id)));
        Set<String> users = new java.util.HashSet<>(c.bodyId() == null ? List.of() : bodies.usersOf(c.bodyId()));
        users.remove(actor.username());
        Set<Long> organisations =
                c.filerOrganisationId() == null || c.isFiledBy(actor) ? Set.of() : Set.of(c.filerOrganisationId());
        events.publishEvent(new NoticeRaised(
                users,
                organisations,
                "casework-message",
                Label.of("casework.notice.message", c.reference()),
                "/casework/cases/" + id));
        return store.messages(id).stream()
                .filter(m -> m.id() == messageId)
                .findFirst()
                .orElseThrow();
    }
}
