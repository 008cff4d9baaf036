package org.vietlao.linkage.matching;

import org.vietlao.linkage.enterprise.EnterpriseId;

/**
 * A Vietnamese and a Lao enterprise agreed to work together: the receiving side accepted an expression of
 * interest. Published inside the transaction that records the linkage.
 *
 * @param linkageId the linkage
 * @param vietnamese the Vietnamese enterprise
 * @param lao the Lao enterprise
 * @param gatePairId the border-gate pair of the road estimate between them, {@code null} without one
 */
public record LinkageEstablished(long linkageId, EnterpriseId vietnamese, EnterpriseId lao, String gatePairId) {}
