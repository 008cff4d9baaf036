package org.vietlao.linkage.pilot;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.matching.MatchingDirectory;
import org.vietlao.linkage.pilot.mcda.GroupMethod;
import org.vietlao.linkage.pilot.mcda.Inputs;
import org.vietlao.linkage.pilot.mcda.InvalidInput;
import org.vietlao.linkage.pilot.mcda.RandomIndex;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.TextRules;

/**
 * An evaluation and its shape: an analyst opens an evaluation with the MoU's five criteria, adds candidates,
 * invites evaluators and opens judging. The judging itself (matrices, closing, the frozen result) is
 * {@link Judging}'s. Every change is published as an {@link EntityChanged} for the audit log.
 */
@Service
@Transactional
class PilotEvaluations {

    /** Sub-criteria per MoU criterion, in the order of the MoU text (see the {@code pilot.mou.*} messages). */
    static final int[] MOU_SUBCRITERIA = {2, 4, 2, 2, 7};

    static final List<String> SECTORS = List.of("AGRICULTURE", "ELECTRONICS", "RENEWABLE_ENERGY", "OTHER");

    /** The length of the {@code description} columns of evaluations and candidates. */
    static final int MAX_DESCRIPTION = 4000;

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale LO = Locale.forLanguageTag("lo");

    private final Evaluations evaluations;
    private final MatchingDirectory chains;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final People people;
    private final EvaluationAccess access;

    PilotEvaluations(
            Evaluations evaluations,
            MatchingDirectory chains,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            People people,
            EvaluationAccess access) {
        this.evaluations = evaluations;
        this.chains = chains;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.people = people;
        this.access = access;
    }

    @Transactional(readOnly = true)
    List<Evaluations.Summary> list(Actor actor) {
        List<Evaluations.Summary> visible = evaluations.visibleTo(actor);
        Map<String, String> names = people.namesOf(
                visible.stream().map(s -> s.evaluation().owner()).distinct().toList());
        return visible.stream()
                .map(s -> s.withOwnerName(names.get(s.evaluation().owner())))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Evaluations.Analyst> analysts() {
        return evaluations.analysts();
    }

    /** Opens a new evaluation in draft with the MoU's five criteria and their sub-criteria. */
    long create(Actor actor, Names title, String description, String method, String riTable) {
        if (!actor.isAnalyst()) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
        requireNames(title, "title");
        GroupMethod groupMethod = mcda(() -> Inputs.groupMethod(method, "method"));
        RandomIndex table = mcda(() -> Inputs.randomIndex(riTable, "riTable", 1));
        long id = evaluations.insert(title, description(description), actor.username(), groupMethod, table);
        events.publishEvent(EntityChanged.created(
                "pilot_evaluation",
                id,
                Map.of(
                        "title",
                        title.en(),
                        "owner",
                        actor.username(),
                        "method",
                        groupMethod.name(),
                        "riTable",
                        table.key())));
        for (int c = 1; c <= MOU_SUBCRITERIA.length; c++) {
            long criterionId = evaluations.insertCriterion(id, c, mou("pilot.mou.c" + c));
            for (int s = 1; s <= MOU_SUBCRITERIA[c - 1]; s++) {
                evaluations.insertSubcriterion(criterionId, mou("pilot.mou.c" + c + ".s" + s));
            }
        }
        return id;
    }

    @Transactional(readOnly = true)
    View view(long id, Actor actor) {
        Evaluation evaluation = access.visible(id, actor);
        return new View(
                evaluation,
                evaluations.structure(id),
                evaluation.isOwnedBy(actor),
                access.isEvaluator(evaluation, actor),
                people.nameOf(evaluation.owner()));
    }

    void update(long id, Actor actor, Names title, String description, String method, String riTable) {
        Evaluation evaluation = access.shapeable(id, actor);
        requireNames(title, "title");
        GroupMethod groupMethod = mcda(() -> Inputs.groupMethod(method, "method"));
        RandomIndex table = mcda(() -> Inputs.randomIndex(riTable, "riTable", 1));
        int largest = evaluations.structure(id).matrices().stream()
                .mapToInt(Structure.MatrixSpec::size)
                .max()
                .orElse(1);
        if (largest > maxElements(table)) {
            throw BusinessException.onField(ErrorCode.PIL_011, "riTable", "riTable", largest, maxElements(table));
        }
        evaluations.update(id, title, description(description), groupMethod, table);
        events.publishEvent(EntityChanged.updated(
                "pilot_evaluation",
                id,
                settings(evaluation.title(), evaluation.description(), evaluation.method(), evaluation.riTable()),
                settings(title, blankToNull(description), groupMethod, table)));
    }

    void renameCriterion(long id, Actor actor, int position, Names name) {
        access.shapeable(id, actor);
        requireNames(name, "name");
        Structure.Criterion criterion = evaluations
                .structure(id)
                .criterion(position)
                .orElseThrow(() -> new BusinessException(ErrorCode.PIL_026, "criterion " + position));
        evaluations.renameCriterion(criterion.id(), name);
        events.publishEvent(
                EntityChanged.updated("pilot_criterion", criterion.id(), "name", audit(criterion.name()), audit(name)));
    }

    void addSubcriterion(long id, Actor actor, int criterionPosition, Names name) {
        Evaluation evaluation = access.shapeable(id, actor);
        requireNames(name, "name");
        Structure.Criterion criterion = evaluations
                .structure(id)
                .criterion(criterionPosition)
                .orElseThrow(() -> new BusinessException(ErrorCode.PIL_026, "criterion " + criterionPosition));
        if (criterion.subcriteria().size() >= maxElements(evaluation.riTable())) {
            throw new BusinessException(
                    ErrorCode.PIL_011,
                    "subcriteria",
                    criterion.subcriteria().size() + 1,
                    maxElements(evaluation.riTable()));
        }
        long subId = evaluations.insertSubcriterion(criterion.id(), name);
        events.publishEvent(EntityChanged.created(
                "pilot_subcriterion",
                subId,
                Map.of("evaluation", id, "criterion", criterionPosition, "name", name.en())));
    }

    void renameSubcriterion(long id, Actor actor, long subId, Names name) {
        access.shapeable(id, actor);
        requireNames(name, "name");
        Structure.Subcriterion sub = subcriterion(id, subId).sub();
        evaluations.renameSubcriterion(subId, name);
        events.publishEvent(EntityChanged.updated("pilot_subcriterion", subId, "name", audit(sub.name()), audit(name)));
    }

    void removeSubcriterion(long id, Actor actor, long subId) {
        access.shapeable(id, actor);
        SubOf found = subcriterion(id, subId);
        if (found.criterion().subcriteria().size() <= 1) {
            throw new BusinessException(ErrorCode.PIL_024);
        }
        evaluations.deleteSubcriterion(
                found.criterion().id(), subId, found.sub().position());
        events.publishEvent(EntityChanged.deleted("pilot_subcriterion", subId));
    }

    long addCandidate(long id, Actor actor, Names name, String sector, String description, Long chainRef) {
        return insertCandidate(access.shapeable(id, actor), name, sector, description, chainRef, null);
    }

    /**
     * Another module proposes a candidate (decision 0044): it joins the draft evaluation the proposer owns, under
     * the same rules as one added on the evaluation's page; a second proposal from the same source is a no-op that
     * answers the candidate the first one made, whatever state the evaluation is in by then.
     */
    PilotCandidates.Proposed propose(
            long id, Actor actor, String sourceRef, Names name, String sector, String description, Long chainRef) {
        Evaluation evaluation = access.lockedVisible(id, actor);
        evaluation.requireOwner(actor);
        Optional<Long> earlier = evaluations.candidateFrom(id, sourceRef);
        if (earlier.isPresent()) {
            return new PilotCandidates.Proposed(id, earlier.get(), false);
        }
        evaluation.requireShapeableBy(actor);
        return new PilotCandidates.Proposed(
                id, insertCandidate(evaluation, name, sector, description, chainRef, sourceRef), true);
    }

    private long insertCandidate(
            Evaluation evaluation, Names name, String sector, String description, Long chainRef, String sourceRef) {
        long id = evaluation.id();
        requireNames(name, "name");
        if (sector == null || !SECTORS.contains(sector)) {
            throw BusinessException.onField(ErrorCode.PIL_025, "sector", "sector");
        }
        if (chainRef != null && chains.chain(chainRef).isEmpty()) {
            throw BusinessException.onField(ErrorCode.PIL_027, "chainRef", chainRef);
        }
        int candidates = evaluations.structure(id).candidates().size();
        if (candidates >= maxElements(evaluation.riTable())) {
            throw new BusinessException(
                    ErrorCode.PIL_011, "candidates", candidates + 1, maxElements(evaluation.riTable()));
        }
        long candidateId = evaluations.insertCandidate(id, name, sector, description(description), chainRef);
        if (sourceRef != null) {
            evaluations.markCandidateSource(candidateId, sourceRef);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("evaluation", id);
        values.put("name", name.en());
        values.put("sector", sector);
        values.put("chainRef", chainRef);
        if (sourceRef != null) {
            values.put("source", sourceRef);
        }
        events.publishEvent(EntityChanged.created("pilot_candidate", candidateId, values));
        return candidateId;
    }

    void removeCandidate(long id, Actor actor, long candidateId) {
        access.shapeable(id, actor);
        Structure.Candidate candidate = evaluations.structure(id).candidates().stream()
                .filter(c -> c.id() == candidateId)
                .findFirst()
                .orElseThrow(() -> new BusinessException(ErrorCode.PIL_026, "candidate " + candidateId));
        evaluations.deleteCandidate(id, candidateId, candidate.position());
        events.publishEvent(EntityChanged.deleted("pilot_candidate", candidateId));
    }

    void invite(long id, Actor actor, String username, Double weight) {
        access.shapeable(id, actor);
        String user = username == null ? "" : username.trim();
        if (evaluations.analyst(user).isEmpty()) {
            throw BusinessException.onField(ErrorCode.PIL_021, "username", user);
        }
        double evaluatorWeight = weight == null ? 1.0 : weight;
        if (!(evaluatorWeight > 0) || !Double.isFinite(evaluatorWeight) || evaluatorWeight > 100) {
            throw BusinessException.onField(ErrorCode.PIL_025, "weight", "weight");
        }
        if (evaluations.isEvaluator(id, user)) {
            return;
        }
        evaluations.insertEvaluator(id, user, evaluatorWeight);
        events.publishEvent(EntityChanged.created(
                "pilot_evaluator",
                id + ":" + user,
                Map.of("evaluation", id, "username", user, "weight", evaluatorWeight)));
    }

    /**
     * Withdraws an evaluator, with their judgements; the owner may do so while judging is open too, so that
     * one absent evaluator does not block the closing.
     */
    void withdraw(long id, Actor actor, String username) {
        Evaluation evaluation = access.lockedVisible(id, actor);
        evaluation.requireOwner(actor);
        if (evaluation.state() == EvaluationState.CLOSED) {
            throw new BusinessException(ErrorCode.PIL_017, evaluation.state().name());
        }
        if (evaluations.deleteEvaluator(id, username) == 0) {
            throw new BusinessException(ErrorCode.PIL_026, username);
        }
        events.publishEvent(EntityChanged.deleted("pilot_evaluator", id + ":" + username));
    }

    void open(long id, Actor actor) {
        Evaluation evaluation = access.lockedVisible(id, actor);
        Structure structure = evaluations.structure(id);
        evaluation.requireReadyToOpen(
                actor, structure.candidates().size(), structure.evaluators().size());
        evaluations.changeState(id, EvaluationState.OPEN, clock.instant());
        events.publishEvent(
                EntityChanged.updated("pilot_evaluation", id, "state", EvaluationState.DRAFT, EvaluationState.OPEN));
    }

    @Transactional(readOnly = true)
    Optional<Long> demoEvaluation() {
        return evaluations.demoEvaluation();
    }

    /**
     * Decides whether the caller may change the evaluation's shape, before the handler reads what was sent
     * (decision 0009: 403/404 before 400/422); the change itself checks again under the row lock.
     */
    void requireMayShape(long id, Actor actor) {
        access.visible(id, actor).requireShapeableBy(actor);
    }

    private SubOf subcriterion(long id, long subId) {
        for (Structure.Criterion criterion : evaluations.structure(id).criteria()) {
            for (Structure.Subcriterion sub : criterion.subcriteria()) {
                if (sub.id() == subId) {
                    return new SubOf(criterion, sub);
                }
            }
        }
        throw new BusinessException(ErrorCode.PIL_026, "subcriterion " + subId);
    }

    private Names mou(String key) {
        return new Names(
                messages.getMessage(key, null, Locale.ENGLISH),
                messages.getMessage(key, null, VI),
                messages.getMessage(key, null, LO));
    }

    /** No matrix may outgrow the pairwise limit or the evaluation's random-index table. */
    static int maxElements(RandomIndex table) {
        return Math.min(Inputs.MAX_PAIRWISE_SIZE, table.maxSize());
    }

    private static void requireNames(Names names, String field) {
        if (names == null || !names.complete()) {
            throw BusinessException.onField(ErrorCode.PIL_025, field, field);
        }
    }

    private static <T> T mcda(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput invalid) {
            throw McdaErrors.toBusiness(invalid);
        }
    }

    /** A name as the audit log records it: each of the three languages. */
    private static Map<String, Object> audit(Names names) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("en", names.en());
        values.put("vi", names.vi());
        values.put("lo", names.lo());
        return values;
    }

    private static Map<String, Object> settings(
            Names title, String description, GroupMethod method, RandomIndex riTable) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", audit(title));
        values.put("description", description);
        values.put("method", method);
        values.put("riTable", riTable.key());
        return values;
    }

    private static String description(String text) {
        return TextRules.withinLength("description", blankToNull(text), MAX_DESCRIPTION);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private record SubOf(Structure.Criterion criterion, Structure.Subcriterion sub) {}

    /**
     * An evaluation as one actor sees it.
     *
     * @param ownerName the owner's display name
     */
    record View(Evaluation evaluation, Structure structure, boolean owner, boolean evaluator, String ownerName) {}
}
