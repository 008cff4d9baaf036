package org.vietlao.linkage.enterprise;

/**
 * An analyst set an enterprise's verification status. Published inside the transaction of the change;
 * listeners that act on it wait for the commit.
 *
 * @param id the enterprise
 * @param name its name as registered
 * @param status the new status: {@code VERIFIED}, {@code REJECTED} or {@code UNVERIFIED}
 * @param ownerOrganisationId the organisation that owns it, {@code null} for none
 */
public record EnterpriseVerified(EnterpriseId id, String name, String status, Long ownerOrganisationId) {}
