package org.vietlao.linkage.pilot;

import java.time.Instant;
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

    /** Closing is the owner's, on an open evaluation; completeness is checked by the caller. */
    void requireClosableBy(Actor actor) {
        requireOwner(actor);
        requireState(EvaluationState.OPEN);
    }
}
