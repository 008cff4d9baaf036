package org.vietlao.linkage.enterprise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Registers, changes, verifies and removes enterprises, one at a time or a whole import file at once. Every
 * change is audited ({@link EntityChanged}, in the same transaction) and announced to other modules
 * ({@link EnterpriseRegistered}, {@link EnterpriseProfileChanged}, {@link EnterpriseRemoved}).
 */
@Service
class EnterpriseRegistry {

    static final String ENTITY = "enterprise";

    private final Enterprises enterprises;
    private final ReferenceData referenceData;
    private final Sectors sectors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseRegistry(
            Enterprises enterprises,
            ReferenceData referenceData,
            Sectors sectors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
        this.sectors = sectors;
        this.events = events;
        this.clock = clock;
    }

    /** An enterprise as saved, with the registered enterprises whose names are close to its own. */
    record Saved(Enterprise enterprise, List<Enterprises.SimilarName> similarNames) {}

    /** What an import added, with the possible duplicates by name for each row. */
    record Imported(List<Long> ids, Map<Integer, List<Enterprises.SimilarName>> similarNamesByRow) {}

    Catalogue catalogue() {
        return new RegistryCatalogue(referenceData, sectors);
    }

    @Transactional(readOnly = true)
    Enterprise find(long id) {
        return enterprises.find(id).orElseThrow(() -> new BusinessException(ErrorCode.ENT_011, id));
    }

    /**
     * Registers a new enterprise. Refused with ENT-003 (409) when its country already has the registration
     * number; a near-identical name in the same province is only reported back.
     */
    @Transactional
    Saved register(Profile.Draft draft, Actor actor) {
        Enterprise.checkMayRegister(actor);
        Profile profile = Profile.check(draft, catalogue());
        Enterprise enterprise = Enterprise.register(profile, actor);
        enterprises
                .idOfRegistration(profile.country(), profile.registrationNumber())
                .ifPresent(other -> {
                    throw registered(profile);
                });
        List<Enterprises.SimilarName> similar =
                enterprises.similarNames(profile.country(), profile.provinceCode(), profile.name(), null);
        long id = enterprises.insert(enterprise);
        announceRegistered(id, profile);
        return new Saved(find(id), similar);
    }

    /**
     * Replaces an enterprise's profile if nobody changed it since {@code version} (PLT-009 otherwise). Only its
     * owner's ENTERPRISE users and analysts may (AUT-002).
     */
    @Transactional
    Saved change(long id, int version, Profile.Draft draft, Actor actor) {
        Enterprise enterprise = find(id);
        enterprise.checkEditableBy(actor);
        Profile profile = Profile.check(draft, catalogue());
        enterprises
                .idOfRegistration(profile.country(), profile.registrationNumber())
                .filter(other -> other != id)
                .ifPresent(other -> {
                    throw registered(profile);
                });
        Enterprise edited = new Enterprise(
                id,
                version,
                enterprise.profile(),
                enterprise.ownerOrganisationId(),
                enterprise.demo(),
                enterprise.verification(),
                enterprise.verifiedAt(),
                enterprise.verifiedBy());
        Map<String, Object> before = edited.auditValues();
        edited.changeProfile(profile, actor);
        if (!enterprises.update(edited)) {
            throw new BusinessException(ErrorCode.PLT_009);
        }
        EntityChanged change = EntityChanged.updated(ENTITY, id, before, edited.auditValues());
        if (!change.isEmpty()) {
            events.publishEvent(change);
            events.publishEvent(new EnterpriseProfileChanged(new EnterpriseId(id)));
        }
        return new Saved(
                find(id), enterprises.similarNames(profile.country(), profile.provinceCode(), profile.name(), id));
    }

    /**
     * Fails with ENT-011 for an unknown enterprise and AUT-002 when the actor may not change it: called before
     * a request's content is validated, so that who may act is decided first (decision 0009).
     */
    @Transactional(readOnly = true)
    void checkEditable(long id, Actor actor) {
        find(id).checkEditableBy(actor);
    }

    @Transactional
    void remove(long id, Actor actor) {
        Enterprise enterprise = find(id);
        enterprise.checkEditableBy(actor);
        enterprises.delete(id);
        events.publishEvent(EntityChanged.deleted(ENTITY, id));
        events.publishEvent(new EnterpriseRemoved(new EnterpriseId(id)));
    }

    /** Sets the verification status; analysts only (AUT-002), ENT-014 for an unknown status. */
    @Transactional
    Enterprise verify(long id, String status, Actor actor) {
        Enterprise enterprise = find(id);
        VerificationStatus next;
        try {
            next = VerificationStatus.valueOf(
                    status == null ? "" : status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw BusinessException.onField(ErrorCode.ENT_014, "status");
        }
        VerificationStatus was = enterprise.verification();
        Map<String, Object> before = enterprise.auditValues();
        enterprise.verify(next, actor, clock.instant());
        if (!enterprises.update(enterprise)) {
            throw new BusinessException(ErrorCode.PLT_009);
        }
        EntityChanged change = EntityChanged.updated(ENTITY, id, before, enterprise.auditValues());
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        events.publishEvent(new EnterpriseProfileChanged(new EnterpriseId(id)));
        if (was != next) {
            events.publishEvent(new EnterpriseVerified(
                    new EnterpriseId(id), enterprise.profile().name(), next.name(), enterprise.ownerOrganisationId()));
        }
        return find(id);
    }

    /**
     * Registers every row of an import file, or none: any invalid row, a registration number twice in the file
     * or one already registered refuses the whole file with ENT-012, listing every bad row.
     */
    @Transactional
    Imported importRows(List<EnterpriseCsv.ParsedRow> rows, Actor actor) {
        Catalogue catalogue = catalogue();
        List<ImportRejected.RowError> errors = new ArrayList<>();
        List<Enterprise> accepted = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        for (EnterpriseCsv.ParsedRow row : rows) {
            Violations violations = row.violations();
            Profile profile = Profile.check(row.draft(), catalogue, violations);
            String country = Profile.text(row.draft().country()) == null
                    ? ""
                    : row.draft().country().strip().toUpperCase(Locale.ROOT);
            String number = RegistrationNumber.normalised(country, row.draft().registrationNumber());
            // Checked even when the row breaks other rules, so that the report lists every problem at once.
            if (("VN".equals(country) || "LA".equals(country)) && number != null) {
                Integer earlier = firstRowOfNumber.putIfAbsent(country + " " + number, row.row());
                if (earlier != null) {
                    violations.add(
                            ErrorCode.ENT_012, "registrationNumber", "enterprise.error.duplicateInFile", earlier);
                } else if (enterprises.idOfRegistration(country, number).isPresent()) {
                    violations.add(ErrorCode.ENT_003, "registrationNumber", "enterprise.error.alreadyRegistered");
                }
            }
            violations.all().forEach(v -> errors.add(new ImportRejected.RowError(row.row(), v)));
            if (violations.isEmpty()) {
                accepted.add(Enterprise.register(profile, actor));
                rowNumbers.add(row.row());
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        List<Long> ids = new ArrayList<>();
        Map<Integer, List<Enterprises.SimilarName>> similar = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            Profile profile = accepted.get(i).profile();
            List<Enterprises.SimilarName> close =
                    enterprises.similarNames(profile.country(), profile.provinceCode(), profile.name(), null);
            if (!close.isEmpty()) {
                similar.put(rowNumbers.get(i), close);
            }
            long id = enterprises.insert(accepted.get(i));
            announceRegistered(id, profile);
            ids.add(id);
        }
        return new Imported(ids, similar);
    }

    private void announceRegistered(long id, Profile profile) {
        events.publishEvent(EntityChanged.created(ENTITY, id, profile.auditValues()));
        events.publishEvent(new EnterpriseRegistered(new EnterpriseId(id)));
    }

    private static BusinessException registered(Profile profile) {
        return new BusinessException(
                ErrorCode.ENT_003,
                List.of(new BusinessException.FieldError("registrationNumber", "enterprise.error.alreadyRegistered")),
                profile.country(),
                profile.registrationNumber());
    }
}
