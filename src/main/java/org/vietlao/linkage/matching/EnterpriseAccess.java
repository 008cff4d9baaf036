package org.vietlao.linkage.matching;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CurrentActor;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Who may see or act for which enterprise in matching: analysts, ministry officials and administrators see
 * every enterprise's matches and linkages; an ENTERPRISE user sees and acts only for the enterprises their
 * organisation owns; nobody else.
 */
@Component
class EnterpriseAccess {

    private final EnterpriseDirectory directory;

    EnterpriseAccess(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new BusinessException(ErrorCode.AUT_001));
    }

    static boolean overseesAll(Actor actor) {
        return actor.hasRole("ANALYST") || actor.hasRole("MINISTRY") || actor.hasRole("ADMIN");
    }

    boolean actsFor(Actor actor, EnterpriseId enterprise) {
        return actor.hasRole("ENTERPRISE")
                && actor.organisationId() != null
                && directory.isOwnedBy(enterprise, actor.organisationId());
    }

    /** Fails with AUT-002 unless the actor oversees all enterprises or acts for this one. */
    void requireView(EnterpriseId enterprise) {
        Actor actor = actor();
        if (!overseesAll(actor) && !actsFor(actor, enterprise)) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }

    /** Fails with AUT-002 unless the actor is an ENTERPRISE user of the organisation that owns it. */
    void requireActingFor(EnterpriseId enterprise) {
        if (!actsFor(actor(), enterprise)) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }

    /** The enterprises the actor's organisation owns; empty for anyone but an ENTERPRISE user. */
    List<EnterpriseId> ownEnterprises() {
        Actor actor = actor();
        if (!actor.hasRole("ENTERPRISE") || actor.organisationId() == null) {
            return List.of();
        }
        return directory.ownedBy(actor.organisationId());
    }
}
