package org.vietlao.linkage.casework;

import java.time.LocalDate;
import java.util.List;
import org.vietlao.linkage.shared.Actor;

/**
 * What a reader is shown of a case. The members behind an association's case are shown to the association only
 * (decision 0048): every other reader, the other country's contact point and bodies included, gets {@code null}
 * for {@code members} and {@code memberCount}, in the API, the pages and the exports alike, because all of them
 * are built from this one view.
 */
final class CaseViews {

    private CaseViews() {}

    record CaseView(
            long id,
            String reference,
            String kind,
            Topic topic,
            String homeCountry,
            String country,
            String provinceCode,
            String gatePairId,
            List<String> hsCodes,
            String measure,
            String title,
            String description,
            String language,
            boolean publishable,
            String filerKind,
            String filerName,
            List<String> members,
            Integer memberCount,
            CaseStatus status,
            String proposedBodyId,
            String bodyId,
            String answer,
            String answerLanguage,
            String reason,
            boolean escalated,
            boolean needsGovernment,
            Step step,
            LocalDate stepDeadline,
            LocalDate submittedOn,
            LocalDate closedOn,
            long supporters,
            TrafficLight trafficLight,
            long stepsOnTime,
            long stepsDue,
            boolean demo,
            List<CaseStore.Event> history,
            List<CaseStore.StepRow> steps,
            List<CaseStore.Message> messages) {}

    /** A closed case its filer let be published, without who filed it. */
    record PublicCase(
            String reference,
            String kind,
            Topic topic,
            String country,
            String gatePairId,
            List<String> hsCodes,
            String title,
            String description,
            String language,
            String bodyId,
            String answer,
            String answerLanguage,
            LocalDate submittedOn,
            LocalDate closedOn,
            boolean demo) {}

    static CaseView of(Case c, Actor reader, CaseStore store, LocalDate today) {
        List<CaseStore.StepRow> steps = store.steps(c.id());
        long due = steps.stream().filter(s -> s.isDue(today)).count();
        long onTime = steps.stream().filter(CaseStore.StepRow::onTime).count();
        List<String> members = c.showsMembersTo(reader) ? store.members(c.id()) : null;
        return new CaseView(
                c.id(),
                c.reference(),
                c.kind(),
                c.topic(),
                c.homeCountry(),
                c.country(),
                c.provinceCode(),
                c.gatePairId(),
                c.hsCodes(),
                c.measure(),
                c.title(),
                c.description(),
                c.language(),
                c.publishable(),
                c.filerKind(),
                c.filerName(),
                members,
                members == null ? null : members.size(),
                c.status(),
                c.proposedBodyId(),
                c.bodyId(),
                c.answer(),
                c.answerLanguage(),
                c.reason(),
                c.escalated(),
                c.needsGovernment(),
                c.step(),
                c.stepDeadline(),
                c.submittedOn(),
                c.closedOn(),
                store.supporters(c.id()),
                TrafficLight.of(onTime, due),
                onTime,
                due,
                c.demo(),
                store.events(c.id()),
                steps,
                store.messages(c.id()));
    }

    static PublicCase publicOf(Case c) {
        return new PublicCase(
                c.reference(),
                c.kind(),
                c.topic(),
                c.country(),
                c.gatePairId(),
                c.hsCodes(),
                c.title(),
                c.description(),
                c.language(),
                c.bodyId(),
                c.answer(),
                c.answerLanguage(),
                c.submittedOn(),
                c.closedOn(),
                c.demo());
    }
}
