package org.vietlao.linkage.matching;

import org.vietlao.linkage.enterprise.EnterpriseId;

/**
 * The receiving enterprise answered an expression of interest. Published inside the transaction that records
 * the answer.
 *
 * @param interestId the interest
 * @param from the enterprise that sent it
 * @param to the enterprise that answered
 * @param accepted whether it accepted (the two are then linked) or declined
 */
public record InterestAnswered(long interestId, EnterpriseId from, EnterpriseId to, boolean accepted) {}
