package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.pilot.Evaluations.Cell;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Judging an open evaluation: each invited evaluator fills their pairwise matrices (previewed live, saved and
 * audited); the owner closes it once every evaluator has completed every matrix with a consistency ratio of at
 * most 0.10 (the rules are {@link Evaluation#requireClosableBy}'s), and the result is frozen. Every change is
 * published as an {@link EntityChanged} for the audit log.
 */
@Service
@Transactional
class Judging {

    private static final double SCALE_EPSILON = 1e-9;

    private final Evaluations evaluations;
    private final EvaluationAccess access;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    Judging(
            Evaluations evaluations,
            EvaluationAccess access,
            ApplicationEventPublisher events,
            ObjectMapper json,
            Clock clock) {
        this.evaluations = evaluations;
        this.access = access;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The actor's progress on each of their matrices. */
    @Transactional(readOnly = true)
    List<MatrixStatus> progress(long id, Actor actor) {
        Evaluation evaluation = access.visible(id, actor);
        access.requireEvaluator(evaluation, actor);
        Structure structure = evaluations.structure(id);
        Map<String, Map<Cell, Double>> mine = evaluations.allJudgements(id).getOrDefault(actor.username(), Map.of());
        List<MatrixStatus> statuses = new ArrayList<>();
        for (Structure.MatrixSpec spec : structure.matrices()) {
            statuses.add(MatrixStatus.of(spec, mine.getOrDefault(spec.key(), Map.of()), evaluation.riTable()));
        }
        return statuses;
    }

    @Transactional(readOnly = true)
    MatrixView matrix(long id, Actor actor, String key) {
        Evaluation evaluation = access.visible(id, actor);
        access.requireEvaluator(evaluation, actor);
        Structure structure = evaluations.structure(id);
        Structure.MatrixSpec spec =
                structure.matrix(key).orElseThrow(() -> new BusinessException(ErrorCode.PIL_023, key));
        Map<Cell, Double> cells = evaluations.judgements(id, actor.username(), key);
        return new MatrixView(evaluation, structure, spec, cells, MatrixStatus.of(spec, cells, evaluation.riTable()));
    }

    /** The live analysis of judgements being entered, without saving them. */
    @Transactional(readOnly = true)
    MatrixStatus preview(long id, Actor actor, String key, Map<Cell, Double> cells) {
        Evaluation evaluation = access.visible(id, actor);
        access.requireEvaluator(evaluation, actor);
        Structure.MatrixSpec spec =
                evaluations.structure(id).matrix(key).orElseThrow(() -> new BusinessException(ErrorCode.PIL_023, key));
        checkCells(spec, cells);
        return MatrixStatus.of(spec, cells, evaluation.riTable());
    }

    /** Replaces the actor's judgements in one matrix (cells left out are cleared). */
    MatrixStatus saveJudgements(long id, Actor actor, String key, Map<Cell, Double> cells) {
        Evaluation evaluation = access.lockedVisible(id, actor);
        access.requireEvaluator(evaluation, actor);
        evaluation.requireState(EvaluationState.OPEN);
        Structure.MatrixSpec spec =
                evaluations.structure(id).matrix(key).orElseThrow(() -> new BusinessException(ErrorCode.PIL_023, key));
        checkCells(spec, cells);
        Map<Cell, Double> before = evaluations.judgements(id, actor.username(), key);
        evaluations.replaceJudgements(id, actor.username(), key, cells, clock.instant());
        MatrixStatus status = MatrixStatus.of(spec, cells, evaluation.riTable());
        events.publishEvent(EntityChanged.updated(
                "pilot_judgements",
                id + ":" + actor.username() + ":" + key,
                judgementValues(MatrixStatus.of(spec, before, evaluation.riTable()), before),
                judgementValues(status, cells)));
        return status;
    }

    /** A matrix's judgements as the audit log records them: how many, their consistency ratio, each cell. */
    private static Map<String, Object> judgementValues(MatrixStatus status, Map<Cell, Double> cells) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("filled", status.filled());
        values.put("cr", status.analysis() == null ? null : status.analysis().cr());
        values.put(
                "judgements",
                cells.entrySet().stream()
                        .map(e -> e.getKey().row() + "," + e.getKey().column() + "=" + e.getValue())
                        .sorted()
                        .toList());
        return values;
    }

    /**
     * Closes judging and freezes the result. Only the owner closes an open evaluation, and only when every
     * invited evaluator has filled every matrix with a consistency ratio of at most 0.10.
     */
    FrozenResult close(long id, Actor actor) {
        Evaluation evaluation = access.lockedVisible(id, actor);
        Structure structure = evaluations.structure(id);
        Map<String, Map<String, Map<Cell, Double>>> judgements = evaluations.allJudgements(id);
        Map<String, List<MatrixStatus>> matricesByEvaluator = new LinkedHashMap<>();
        for (Structure.Evaluator evaluator : structure.evaluators()) {
            Map<String, Map<Cell, Double>> theirs = judgements.getOrDefault(evaluator.username(), Map.of());
            matricesByEvaluator.put(
                    evaluator.username(),
                    structure.matrices().stream()
                            .map(spec -> MatrixStatus.of(
                                    spec, theirs.getOrDefault(spec.key(), Map.of()), evaluation.riTable()))
                            .toList());
        }
        evaluation.requireClosableBy(actor, matricesByEvaluator);
        Instant now = clock.instant();
        FrozenResult result = ResultCalculation.compute(evaluation, structure, judgements, actor.username(), now);
        evaluations.saveResult(id, toJson(result), actor.username(), now);
        evaluations.changeState(id, EvaluationState.CLOSED, now);
        events.publishEvent(
                EntityChanged.updated("pilot_evaluation", id, "state", EvaluationState.OPEN, EvaluationState.CLOSED));
        events.publishEvent(new EvaluationClosed(
                id,
                titles(evaluation.title()),
                evaluation.owner(),
                structure.evaluators().stream()
                        .map(Structure.Evaluator::username)
                        .toList()));
        events.publishEvent(EntityChanged.created(
                "pilot_result",
                id,
                Map.of(
                        "closedBy",
                        actor.username(),
                        "topsisRanking",
                        result.topsisRanking(),
                        "ahpRanking",
                        result.ahpRanking())));
        return result;
    }

    /** The frozen result, as stored at closing. */
    @Transactional(readOnly = true)
    FrozenResult result(long id, Actor actor) {
        Evaluation evaluation = access.visible(id, actor);
        evaluation.requireState(EvaluationState.CLOSED);
        return evaluations
                .result(id)
                .map(this::fromJson)
                .orElseThrow(() -> new BusinessException(ErrorCode.PIL_015, id));
    }

    private static void checkCells(Structure.MatrixSpec spec, Map<Cell, Double> cells) {
        for (Map.Entry<Cell, Double> entry : cells.entrySet()) {
            Cell cell = entry.getKey();
            String field = "matrix[" + cell.row() + "][" + cell.column() + "]";
            if (cell.row() < 0 || cell.row() >= cell.column() || cell.column() >= spec.size()) {
                throw BusinessException.onField(ErrorCode.PIL_025, field, field);
            }
            double value = entry.getValue() == null ? Double.NaN : entry.getValue();
            if (!(value >= 1 / 9.0 - SCALE_EPSILON && value <= 9 + SCALE_EPSILON)) {
                throw BusinessException.onField(ErrorCode.PIL_006, field, field, value);
            }
        }
    }

    private String toJson(FrozenResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a frozen result is always serialisable", ex);
        }
    }

    private FrozenResult fromJson(String text) {
        try {
            return json.readValue(text, FrozenResult.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a stored result no longer reads", ex);
        }
    }

    private static Map<String, String> titles(Names title) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("en", title.en());
        if (title.vi() != null) {
            titles.put("vi", title.vi());
        }
        if (title.lo() != null) {
            titles.put("lo", title.lo());
        }
        return titles;
    }

    record MatrixView(
            Evaluation evaluation,
            Structure structure,
            Structure.MatrixSpec spec,
            Map<Cell, Double> cells,
            MatrixStatus status) {}
}
