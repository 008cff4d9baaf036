package org.vietlao.linkage.pilot;

import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Finds an evaluation for an actor, or answers PIL-015 as if there were none when they may not see it (so that
 * nobody learns which evaluations exist); the rules of who sees what are {@link Evaluation}'s.
 */
@Component
class EvaluationAccess {

    private final Evaluations evaluations;

    EvaluationAccess(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The evaluation, if the actor may see it. */
    Evaluation visible(long id, Actor actor) {
        return evaluations
                .find(id)
                .filter(e -> e.isVisibleTo(actor, isEvaluator(e, actor)))
                .orElseThrow(() -> new BusinessException(ErrorCode.PIL_015, id));
    }

    /** The evaluation, locked for a change until the end of the transaction, if the actor may see it. */
    Evaluation lockedVisible(long id, Actor actor) {
        return evaluations
                .lock(id)
                .filter(e -> e.isVisibleTo(actor, isEvaluator(e, actor)))
                .orElseThrow(() -> new BusinessException(ErrorCode.PIL_015, id));
    }

    /** Locked, and only while its owner may still change its structure. */
    Evaluation shapeable(long id, Actor actor) {
        Evaluation evaluation = lockedVisible(id, actor);
        evaluation.requireShapeableBy(actor);
        return evaluation;
    }

    boolean isEvaluator(Evaluation evaluation, Actor actor) {
        return evaluations.isEvaluator(evaluation.id(), actor.username());
    }

    /** PIL-020 unless the actor is an invited evaluator of it. */
    void requireEvaluator(Evaluation evaluation, Actor actor) {
        if (!isEvaluator(evaluation, actor)) {
            throw new BusinessException(ErrorCode.PIL_020);
        }
    }
}
