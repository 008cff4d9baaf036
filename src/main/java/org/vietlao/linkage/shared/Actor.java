package org.vietlao.linkage.shared;

import java.util.Set;

/**
 * Who is acting: the signed-in person as every module sees them, resolved once per request by the platform
 * (a controller declares an {@code Actor} parameter) and passed on into services. Rules about who may do what
 * read as sentences on it ({@code actor.overseesEveryEnterprise()}, {@code actor.mayEdit(enterprise)}) rather
 * than as role-name comparisons in each module.
 *
 * @param userId the person's account id
 * @param username the name they sign in with (what the audit log records)
 * @param displayName the name shown on pages
 * @param roles what they may do
 * @param organisationId the organisation they act for; {@code null} for none
 * @param enterpriseIds the registry's enterprises their organisation owns (for ENTERPRISE users; empty for
 *     everyone else), as the request found them
 * @param gatePairIds the border-gate pairs a border officer is bound to; empty for everyone else
 */
public record Actor(
        long userId,
        String username,
        String displayName,
        Set<Role> roles,
        Long organisationId,
        Set<Long> enterpriseIds,
        Set<String> gatePairIds) {

    public Actor {
        roles = Set.copyOf(roles);
        enterpriseIds = Set.copyOf(enterpriseIds);
        gatePairIds = Set.copyOf(gatePairIds);
    }

    /**
     * Someone acting outside a signed-in request (a start-up task closing the demo evaluation as its owner, a
     * test): no account id, no organisation, no enterprises, no gates.
     */
    public static Actor onBehalfOf(String username, Role... roles) {
        return new Actor(0, username, username, Set.of(roles), null, Set.of(), Set.of());
    }

    /** A record another module owns on behalf of an organisation (an enterprise of the registry, say). */
    public interface OrganisationOwned {

        /** The owning organisation; {@code null} when nobody owns it. */
        Long ownerOrganisationId();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAnalyst() {
        return has(Role.ANALYST);
    }

    public boolean isAdministrator() {
        return has(Role.ADMIN);
    }

    /** An ENTERPRISE user who acts for an organisation. */
    public boolean speaksForAnOrganisation() {
        return has(Role.ENTERPRISE) && organisationId != null;
    }

    /** Analysts, ministry officials and administrators see every enterprise's matches, linkages and records. */
    public boolean overseesEveryEnterprise() {
        return has(Role.ANALYST) || has(Role.MINISTRY) || has(Role.ADMIN);
    }

    /** Ministry officials and administrators read every finished (closed) evaluation and report. */
    public boolean readsEveryClosedEvaluation() {
        return has(Role.MINISTRY) || has(Role.ADMIN);
    }

    /** An ENTERPRISE user whose organisation owns the enterprise. */
    public boolean actsFor(long enterpriseId) {
        return has(Role.ENTERPRISE) && enterpriseIds.contains(enterpriseId);
    }

    /** An ENTERPRISE user of the organisation that owns the record. */
    public boolean actsForOwnerOf(OrganisationOwned record) {
        return speaksForAnOrganisation() && organisationId.equals(record.ownerOrganisationId());
    }

    /** Analysts keep every record of the registry; ENTERPRISE users those their organisation owns. */
    public boolean mayEdit(OrganisationOwned record) {
        return isAnalyst() || actsForOwnerOf(record);
    }

    /** Analysts register records on nobody's behalf; ENTERPRISE users for their own organisation. */
    public boolean mayRegisterEnterprises() {
        return isAnalyst() || speaksForAnOrganisation();
    }

    /** A border officer bound to the gate pair. */
    public boolean guardsGate(String gatePairId) {
        return has(Role.BORDER_OFFICER) && gatePairIds.contains(gatePairId);
    }

    /** Fails with AUT-002 unless {@code allowed}: the refusal every module gives for a rule of who may act. */
    public void require(boolean allowed) {
        if (!allowed) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
    }
}
