package org.vietlao.linkage.matching;

import org.vietlao.linkage.enterprise.EnterpriseId;

/**
 * An enterprise expressed interest in a partner across the border. Published inside the transaction that
 * records it.
 *
 * @param interestId the interest
 * @param from the enterprise that sent it
 * @param to the enterprise that answers it
 */
public record InterestSent(long interestId, EnterpriseId from, EnterpriseId to) {}
