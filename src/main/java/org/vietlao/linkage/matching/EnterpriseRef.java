package org.vietlao.linkage.matching;

import java.util.List;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;

/**
 * An enterprise as an interest, a linkage or a chain stage names it.
 *
 * @param id its identifier
 * @param name the name in its own language; {@code null} once it has left the registry
 * @param displayName the name in the reader's language when it gave one
 * @param country VN or LA
 * @param province the province code
 */
record EnterpriseRef(long id, String name, String displayName, String country, String province) {

    static EnterpriseRef of(Party party, String language) {
        return new EnterpriseRef(
                party.id(), party.name(), party.nameIn(language), party.country(), party.provinceCode());
    }

    /** The enterprises the actor acts for (an ENTERPRISE user's organisation's), in id order. */
    static List<EnterpriseId> ownedBy(Actor actor) {
        return actor.enterpriseIds().stream().sorted().map(EnterpriseId::new).toList();
    }

    static EnterpriseRef unknown(long id) {
        return new EnterpriseRef(id, null, null, null, null);
    }
}
