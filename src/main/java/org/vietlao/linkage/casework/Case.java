package org.vietlao.linkage.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;

/**
 * An obstacle or proposal as stored, with the rules of who sees it and who takes which step.
 *
 * @param filerKind ENTERPRISE, ASSOCIATION or PROVINCE
 * @param homeCountry the filer's country (its contact point reviews admissibility)
 * @param country where the obstacle arose (its contact point routes it to one of its bodies)
 */
record Case(
        long id,
        String reference,
        String filerUsername,
        Long filerOrganisationId,
        String filerKind,
        String filerName,
        String homeCountry,
        String kind,
        Topic topic,
        String country,
        String provinceCode,
        String gatePairId,
        List<String> hsCodes,
        String measure,
        String title,
        String description,
        String language,
        boolean publishable,
        CaseStatus status,
        String proposedBodyId,
        String bodyId,
        String answer,
        String answerLanguage,
        String reason,
        boolean escalated,
        boolean needsGovernment,
        Step step,
        LocalDate stepStartedOn,
        LocalDate stepDeadline,
        LocalDate submittedOn,
        LocalDate closedOn,
        int version,
        boolean demo) {

    /** Coordinators (analysts at VIOIT and IICE, the contact points) act on every case. */
    static boolean coordinates(Actor actor) {
        return actor.has(Role.ANALYST);
    }

    /** Analysts, ministry officials and administrators read every case. */
    static boolean readsEveryCase(Actor actor) {
        return actor.has(Role.ANALYST) || actor.has(Role.MINISTRY) || actor.has(Role.ADMIN);
    }

    /** The enterprise, association or department that filed it (any user of its organisation). */
    boolean isFiledBy(Actor actor) {
        boolean filerRole = actor.has(Role.ENTERPRISE) || actor.has(Role.ASSOCIATION) || actor.has(Role.PROVINCE_DOIT);
        if (!filerRole) {
            return false;
        }
        return filerOrganisationId != null
                ? filerOrganisationId.equals(actor.organisationId())
                : filerUsername.equals(actor.username());
    }

    /** A contact person of the body the case is routed to. */
    boolean isAnsweredBy(Actor actor, String actorsBody) {
        return actor.has(Role.CASE_BODY) && bodyId != null && bodyId.equals(actorsBody);
    }

    boolean isVisibleTo(Actor actor, String actorsBody) {
        return readsEveryCase(actor) || isFiledBy(actor) || isAnsweredBy(actor, actorsBody);
    }

    /**
     * Whether the reader may see the members an association filed for: the association itself only (decision
     * 0048); neither the other country's contact point, nor a body, nor a ministry, nor the public.
     */
    boolean showsMembersTo(Actor actor) {
        return isFiledBy(actor);
    }

    /** The fields the audit log compares. */
    Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status.name());
        values.put("bodyId", bodyId);
        values.put("proposedBodyId", proposedBodyId);
        values.put("escalated", escalated);
        values.put("needsGovernment", needsGovernment);
        values.put("answerLanguage", answerLanguage);
        values.put("step", step == null ? null : step.name());
        values.put("stepDeadline", stepDeadline == null ? null : stepDeadline.toString());
        return values;
    }
}
