package org.vietlao.linkage.enterprise;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * An enterprise of the registry: its checked {@link Profile}, who owns it and whether an analyst has verified
 * it. Its methods are the registry's rules about who may do what to it.
 */
final class Enterprise implements Actor.OrganisationOwned {

    private final Long id;
    private final int version;
    private final Long ownerOrganisationId;
    private final boolean demo;
    private Profile profile;
    private VerificationStatus verification;
    private Instant verifiedAt;
    private String verifiedBy;

    Enterprise(
            Long id,
            int version,
            Profile profile,
            Long ownerOrganisationId,
            boolean demo,
            VerificationStatus verification,
            Instant verifiedAt,
            String verifiedBy) {
        this.id = id;
        this.version = version;
        this.profile = profile;
        this.ownerOrganisationId = ownerOrganisationId;
        this.demo = demo;
        this.verification = verification;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
    }

    /**
     * A new, unverified enterprise. An ENTERPRISE user registers it for their own organisation, which then owns
     * it; an ANALYST registers it on nobody's behalf. Anyone else may not register.
     */
    static Enterprise register(Profile profile, Actor actor) {
        checkMayRegister(actor);
        Long owner = actor.isAnalyst() ? null : actor.organisationId();
        return new Enterprise(null, 0, profile, owner, false, VerificationStatus.UNVERIFIED, null, null);
    }

    /**
     * Fails with AUT-002 unless the actor may register enterprises at all: an analyst, or an ENTERPRISE user of
     * an organisation. Checked before the profile is looked at, so that the refusal comes first.
     */
    static void checkMayRegister(Actor actor) {
        actor.require(actor.mayRegisterEnterprises());
    }

    /** An analyst edits every enterprise; an ENTERPRISE user only those of their organisation. */
    boolean isEditableBy(Actor actor) {
        return actor.mayEdit(this);
    }

    void checkEditableBy(Actor actor) {
        actor.require(isEditableBy(actor));
    }

    /**
     * Replaces the profile and answers what changed. When someone other than an analyst changes who the
     * enterprise is (country, registration number or a name), an earlier verification no longer holds.
     */
    Map<String, Object> changeProfile(Profile next, Actor actor) {
        checkEditableBy(actor);
        Map<String, Object> before = auditValues();
        if (verification == VerificationStatus.VERIFIED && !actor.isAnalyst() && !profile.sameIdentityAs(next)) {
            verification = VerificationStatus.UNVERIFIED;
            verifiedAt = null;
            verifiedBy = null;
        }
        profile = next;
        return EntityChanged.diff(before, auditValues());
    }

    /** Only an analyst verifies, rejects or withdraws a verification; answers what changed. */
    Map<String, Object> verify(VerificationStatus status, Actor actor, Instant at) {
        actor.require(actor.isAnalyst());
        Map<String, Object> before = auditValues();
        verification = status;
        verifiedAt = status == VerificationStatus.UNVERIFIED ? null : at;
        verifiedBy = status == VerificationStatus.UNVERIFIED ? null : actor.username();
        return EntityChanged.diff(before, auditValues());
    }

    /** What the audit log records of it: the profile's values and the verification status. */
    Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>(profile.auditValues());
        values.put("verificationStatus", verification);
        return values;
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    Profile profile() {
        return profile;
    }

    @Override
    public Long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    boolean demo() {
        return demo;
    }

    VerificationStatus verification() {
        return verification;
    }

    Instant verifiedAt() {
        return verifiedAt;
    }

    String verifiedBy() {
        return verifiedBy;
    }
}
