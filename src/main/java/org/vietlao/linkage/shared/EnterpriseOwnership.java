package org.vietlao.linkage.shared;

import java.util.Set;

/**
 * Which enterprises an organisation owns. The registry answers it; the platform asks once per request while
 * it resolves the {@link Actor}, so that neither depends on the other.
 */
public interface EnterpriseOwnership {

    /** The ids of the enterprises the organisation owns; empty for none. */
    Set<Long> enterprisesOwnedBy(long organisationId);
}
