package org.vietlao.linkage.expo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CurrentActor;
import org.vietlao.linkage.shared.ErrorCode;

/** Who may act on the Expo: organisers (ANALYST, ADMIN) and the ENTERPRISE users of each enterprise. */
@Component
class ExpoAccess {

    private final EnterpriseDirectory directory;

    ExpoAccess(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new BusinessException(ErrorCode.AUT_001));
    }

    static boolean organiser(Actor actor) {
        return actor.hasRole("ANALYST") || actor.hasRole("ADMIN");
    }

    static boolean overseesAll(Actor actor) {
        return organiser(actor) || actor.hasRole("MINISTRY");
    }

    boolean actsFor(Actor actor, long enterpriseId) {
        return actor.hasRole("ENTERPRISE")
                && actor.organisationId() != null
                && directory.isOwnedBy(new EnterpriseId(enterpriseId), actor.organisationId());
    }

    /** AUT-002 unless the caller is an ENTERPRISE user of the enterprise's organisation. */
    void requireActingFor(Long enterpriseId) {
        if (enterpriseId == null || !actsFor(actor(), enterpriseId)) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }

    void requireOrganiser() {
        if (!organiser(actor())) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }

    List<Long> ownEnterprises() {
        Actor actor = actor();
        if (!actor.hasRole("ENTERPRISE") || actor.organisationId() == null) {
            return List.of();
        }
        return directory.ownedBy(actor.organisationId()).stream()
                .map(EnterpriseId::value)
                .toList();
    }
}
