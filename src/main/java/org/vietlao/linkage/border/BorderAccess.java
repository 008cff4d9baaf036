package org.vietlao.linkage.border;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * Who may see and act on what at the border: a BORDER_OFFICER only at the gate pairs they are bound to, an
 * ENTERPRISE user only for the enterprises its organisation owns. MINISTRY, ANALYST and ADMIN see aggregates
 * only (the time-release figures), never one declaration.
 */
@Component
class BorderAccess {

    private final EnterpriseDirectory enterprises;

    BorderAccess(EnterpriseDirectory enterprises) {
        this.enterprises = enterprises;
    }

    /** An officer at the gate, or a user of the trader's organisation. */
    static boolean maySee(Actor actor, long traderId, String gatePairId) {
        return actor.guardsGate(gatePairId) || actor.actsFor(traderId);
    }

    /** Ministry officials, analysts and administrators read every gate's aggregate figures. */
    static boolean readsEveryGate(Actor actor) {
        return actor.has(Role.MINISTRY) || actor.has(Role.ANALYST) || actor.has(Role.ADMIN);
    }

    /** The enterprises the actor's organisation owns ({@code -1} alone when none, for an SQL IN list). */
    static List<Long> ownTraders(Actor actor) {
        if (!actor.has(Role.ENTERPRISE) || actor.enterpriseIds().isEmpty()) {
            return List.of(-1L);
        }
        return List.copyOf(actor.enterpriseIds());
    }

    /** Whether the registry has the enterprise. */
    boolean exists(long traderId) {
        return enterprises.find(new EnterpriseId(traderId)).isPresent();
    }

    /**
     * Before anything sent is validated: an enterprise user lodges only for its own enterprise, an officer only at
     * their gates. Values the caller left out are the validation's business.
     */
    static void requireMayLodge(Actor actor, Long traderId, String gatePairId) {
        if (actor.has(Role.BORDER_OFFICER)) {
            requireGateIfGiven(actor, gatePairId);
            return;
        }
        if (actor.has(Role.ENTERPRISE)) {
            actor.require(traderId == null || actor.actsFor(traderId));
            return;
        }
        throw new BusinessException(ErrorCode.AUT_002);
    }

    /** A gate sent in a body must be one of the officer's (as sent: a malformed one is no officer's gate). */
    static void requireGateIfGiven(Actor actor, String gatePairId) {
        if (gatePairId != null) {
            actor.require(actor.gatePairIds().contains(gatePairId.strip().toUpperCase(Locale.ROOT)));
        }
    }

    /** An officer bound to the gate. */
    static void requireOfficerAt(Actor actor, String gatePairId) {
        actor.require(actor.guardsGate(gatePairId));
    }
}
