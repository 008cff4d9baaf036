package org.vietlao.linkage.pilot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vietlao.linkage.pilot.mcda.GroupMethod;
import org.vietlao.linkage.pilot.mcda.RandomIndex;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * One evaluation of pilot linkage models, with the rules on who may do what in which state.
 */
record Evaluation(
        long id,
        Names title,
        String description,
        String owner,
        EvaluationState state,
        GroupMethod method,
        RandomIndex riTable,
        boolean demo,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt) {

    boolean isOwnedBy(Actor actor) {
        return owner.equals(actor.username());
    }

    void requireOwner(Actor actor) {
        if (!isOwnedBy(actor)) {
            throw new BusinessException(ErrorCode.PIL_016);
        }
    }

    void requireState(EvaluationState required) {
        if (state != required) {
            throw new BusinessException(ErrorCode.PIL_017, state.name());
        }
    }

    /** Structure, candidates and evaluators change only in draft, and only by the owner. */
    void requireShapeableBy(Actor actor) {
        requireOwner(actor);
        requireState(EvaluationState.DRAFT);
    }

    /** Judging starts once there is something to compare and someone to compare it. */
    void requireReadyToOpen(Actor actor, int candidates, int evaluators) {
        requireShapeableBy(actor);
        if (candidates < 2 || evaluators < 1) {
            throw new BusinessException(ErrorCode.PIL_022);
        }
    }

    /**
     * Its owner and invited evaluators see it; ministry officials and administrators see it once it is closed.
     *
     * @param evaluator whether the actor is one of its invited evaluators
     */
    boolean isVisibleTo(Actor actor, boolean evaluator) {
        return isOwnedBy(actor) || evaluator || (actor.readsEveryClosedEvaluation() && state == EvaluationState.CLOSED);
    }

    /**
     * Closing is the owner's (PIL-016), on an open evaluation (PIL-017), once every invited evaluator has
     * completed every matrix (PIL-018, naming who has not) with a consistency ratio of at most 0.10 (PIL-019,
     * naming each evaluator's inconsistent matrices).
     *
     * @param matricesByEvaluator each invited evaluator's username, in the order invited, with the status of each
     *     of their matrices
     */
    void requireClosableBy(Actor actor, Map<String, List<MatrixStatus>> matricesByEvaluator) {
        requireOwner(actor);
        requireState(EvaluationState.OPEN);
        List<String> incomplete = matricesByEvaluator.entrySet().stream()
                .filter(evaluator -> !evaluator.getValue().stream().allMatch(MatrixStatus::complete))
                .map(Map.Entry::getKey)
                .toList();
        if (!incomplete.isEmpty()) {
            throw new BusinessException(ErrorCode.PIL_018, String.join(", ", incomplete));
        }
        List<String> inconsistent = new ArrayList<>();
        matricesByEvaluator.forEach((evaluator, matrices) -> matrices.stream()
                .filter(matrix -> !matrix.consistent())
                .forEach(matrix ->
                        inconsistent.add(evaluator + " " + matrix.spec().key())));
        if (!inconsistent.isEmpty()) {
            throw new BusinessException(ErrorCode.PIL_019, String.join(", ", inconsistent));
        }
    }
}
