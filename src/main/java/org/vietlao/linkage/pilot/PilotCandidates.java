package org.vietlao.linkage.pilot;

import java.util.List;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * How another module proposes a candidate for pilot-model evaluation (decision 0044): the proposer names a draft
 * evaluation they own, and the proposal becomes one of its candidates under the rules of the evaluation's page
 * (names in three languages, a sector, an optional linkage chain checked with PIL-027). Proposing the same source
 * again answers the candidate the first proposal made.
 */
@Service
public class PilotCandidates {

    /** The sectors a candidate may have. */
    public static final List<String> SECTORS = PilotEvaluations.SECTORS;

    private final PilotEvaluations pilot;
    private final EvaluationAccess access;

    PilotCandidates(PilotEvaluations pilot, EvaluationAccess access) {
        this.pilot = pilot;
        this.access = access;
    }

    /**
     * A candidate proposed from another module.
     *
     * @param sourceRef where it comes from, stable per source (e.g. {@code expo-agreement:12}), at most 100 characters
     * @param nameEn the candidate's name in English, and below in Vietnamese and Lao
     * @param sector one of {@link #SECTORS}
     * @param chainRef optional id of a matching chain the candidate models
     */
    public record Proposal(
            String sourceRef,
            String nameEn,
            String nameVi,
            String nameLo,
            String sector,
            String description,
            Long chainRef) {}

    /**
     * @param created false when the source had already been proposed to this evaluation (nothing changed)
     */
    public record Proposed(long evaluationId, long candidateId, boolean created) {}

    /**
     * Decides, before anything else is read, whether the actor may propose to the evaluation: PIL-015 (404) when
     * they cannot see it, PIL-016 (403) when they do not own it.
     */
    public void requireMayPropose(long evaluationId, Actor actor) {
        access.visible(evaluationId, actor).requireOwner(actor);
    }

    /**
     * Proposes a candidate to a draft evaluation the actor owns; audited as a created {@code pilot_candidate}.
     * PIL-015/PIL-016 as {@link #requireMayPropose}, PIL-017 when the evaluation is no longer a draft, PIL-025 for
     * a missing name or unknown sector, PIL-027 for an unknown chain, PIL-011 when it has as many candidates as
     * its random-index table allows.
     */
    public Proposed propose(long evaluationId, Actor actor, Proposal proposal) {
        if (proposal.sourceRef() == null
                || proposal.sourceRef().isBlank()
                || proposal.sourceRef().length() > 100) {
            throw BusinessException.onField(ErrorCode.PIL_025, "sourceRef", "sourceRef");
        }
        return pilot.propose(
                evaluationId,
                actor,
                proposal.sourceRef(),
                new Names(proposal.nameEn(), proposal.nameVi(), proposal.nameLo()),
                proposal.sector(),
                proposal.description(),
                proposal.chainRef());
    }
}
