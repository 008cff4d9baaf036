package org.vietlao.linkage.border;

import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CurrentActor;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Who may see and act on what at the border: a BORDER_OFFICER only at the gate pairs they are bound to, an
 * ENTERPRISE user only for the enterprises its organisation owns. MINISTRY and ANALYST see aggregates only
 * (the time-release figures), never one declaration.
 */
@Component
class BorderAccess {

    static final String OFFICER = "BORDER_OFFICER";
    static final String ENTERPRISE = "ENTERPRISE";

    private final EnterpriseDirectory enterprises;

    BorderAccess(EnterpriseDirectory enterprises) {
        this.enterprises = enterprises;
    }

    Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new BusinessException(ErrorCode.AUT_001));
    }

    static boolean isOfficerAt(Actor actor, String gatePairId) {
        return actor.hasRole(OFFICER)
                && gatePairId != null
                && actor.gatePairIds().contains(gatePairId);
    }

    boolean actsFor(Actor actor, long traderId) {
        return actor.hasRole(ENTERPRISE)
                && actor.organisationId() != null
                && enterprises.isOwnedBy(new EnterpriseId(traderId), actor.organisationId());
    }

    /** The enterprises the actor's organisation owns ({@code -1} alone when none, for an SQL IN list). */
    java.util.List<Long> ownTraders(Actor actor) {
        if (!actor.hasRole(ENTERPRISE) || actor.organisationId() == null) {
            return java.util.List.of(-1L);
        }
        var ids = enterprises.ownedBy(actor.organisationId()).stream()
                .map(EnterpriseId::value)
                .toList();
        return ids.isEmpty() ? java.util.List.of(-1L) : ids;
    }

    /** Whether the registry has the enterprise. */
    boolean exists(long traderId) {
        return enterprises.find(new EnterpriseId(traderId)).isPresent();
    }

    /** An officer at the gate, or a user of the trader's organisation. */
    boolean maySee(Actor actor, long traderId, String gatePairId) {
        return isOfficerAt(actor, gatePairId) || actsFor(actor, traderId);
    }

    /**
     * Before anything sent is validated: an enterprise user lodges only for its own enterprise, an officer only at
     * their gates. Values the caller left out are the validation's business.
     */
    void requireMayLodge(Actor actor, Long traderId, String gatePairId) {
        if (actor.hasRole(OFFICER)) {
            String gate = gatePairId == null ? null : gatePairId.strip().toUpperCase(java.util.Locale.ROOT);
            if (gate != null && !actor.gatePairIds().contains(gate)) {
                throw new BusinessException(ErrorCode.AUT_002);
            }
            return;
        }
        if (actor.hasRole(ENTERPRISE)) {
            if (traderId != null && !actsFor(actor, traderId)) {
                throw new BusinessException(ErrorCode.AUT_002);
            }
            return;
        }
        throw new BusinessException(ErrorCode.AUT_002);
    }

    /** An officer bound to the gate. */
    static void requireOfficerAt(Actor actor, String gatePairId) {
        if (!isOfficerAt(actor, gatePairId)) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }
}
