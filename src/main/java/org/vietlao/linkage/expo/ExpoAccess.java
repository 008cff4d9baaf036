package org.vietlao.linkage.expo;

import java.util.List;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/** Who may act on the Expo: organisers (ANALYST, ADMIN) and the ENTERPRISE users of each enterprise. */
final class ExpoAccess {

    private ExpoAccess() {}

    /** Analysts and administrators organise the Expo: events, booth decisions, the schedule, agreements. */
    static boolean organiser(Actor actor) {
        return actor.isAnalyst() || actor.isAdministrator();
    }

    /** Organisers and ministry officials see every booth application and meeting. */
    static boolean overseesAll(Actor actor) {
        return actor.overseesEveryEnterprise();
    }

    /** AUT-002 unless the caller is an ENTERPRISE user of the enterprise's organisation. */
    static void requireActingFor(Actor actor, Long enterpriseId) {
        if (enterpriseId == null || !actor.actsFor(enterpriseId)) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }

    /** The enterprises the caller acts for, in id order; empty for anyone but an ENTERPRISE user. */
    static List<Long> ownEnterprises(Actor actor) {
        if (!actor.has(Role.ENTERPRISE)) {
            return List.of();
        }
        return actor.enterpriseIds().stream().sorted().toList();
    }
}
