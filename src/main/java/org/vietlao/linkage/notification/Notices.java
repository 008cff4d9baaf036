package org.vietlao.linkage.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.enterprise.EnterpriseVerified;
import org.vietlao.linkage.matching.InterestAnswered;
import org.vietlao.linkage.matching.InterestSent;
import org.vietlao.linkage.pilot.EvaluationClosed;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.NoticeRaised;

/**
 * Turns what happened in other modules into inbox notices, once the change is committed (a change that
 * rolls back tells nobody), each in a transaction of its own: an interest received (the receiving
 * enterprise's users) or answered (the sender's users), a profile verified or rejected (the enterprise's
 * users), an evaluation closed (its owner and evaluators), and any {@link NoticeRaised} a module publishes.
 */
@Component
class Notices {

    private final Inbox inbox;
    private final EnterpriseDirectory enterprises;

    Notices(Inbox inbox, EnterpriseDirectory enterprises) {
        this.inbox = inbox;
        this.enterprises = enterprises;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(NoticeRaised notice) {
        inbox.deliver(notice);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(InterestSent sent) {
        Optional<EnterpriseProfile> from = enterprises.find(sent.from());
        Optional<EnterpriseProfile> to = enterprises.find(sent.to());
        inbox.deliver(new NoticeRaised(
                Set.of(),
                owner(to),
                "interest-received",
                Label.of("notification.interestReceived", names(from), names(to)),
                "/matching/interests"));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(InterestAnswered answered) {
        Optional<EnterpriseProfile> from = enterprises.find(answered.from());
        Optional<EnterpriseProfile> to = enterprises.find(answered.to());
        inbox.deliver(new NoticeRaised(
                Set.of(),
                owner(from),
                answered.accepted() ? "interest-accepted" : "interest-declined",
                Label.of(
                        answered.accepted() ? "notification.interestAccepted" : "notification.interestDeclined",
                        names(to),
                        names(from)),
                "/matching/interests"));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EnterpriseVerified verified) {
        if (verified.ownerOrganisationId() == null) {
            return;
        }
        Map<String, String> names = names(enterprises.find(verified.id()));
        inbox.deliver(new NoticeRaised(
                Set.of(),
                Set.of(verified.ownerOrganisationId()),
                "enterprise-verification",
                Label.of(
                        "notification.enterpriseVerified",
                        names.isEmpty() ? verified.name() : names,
                        Label.of("enterprise.status." + verified.status())),
                "/enterprises/" + verified.id().value()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EvaluationClosed closed) {
        Set<String> people = new LinkedHashSet<>();
        people.add(closed.owner());
        people.addAll(closed.evaluators());
        inbox.deliver(new NoticeRaised(
                people,
                Set.of(),
                "evaluation-closed",
                Label.of("notification.evaluationClosed", closed.title()),
                "/pilot/evaluations/" + closed.evaluationId()));
    }

    private static Set<Long> owner(Optional<EnterpriseProfile> enterprise) {
        return enterprise
                .map(EnterpriseProfile::ownerOrganisationId)
                .map(Set::of)
                .orElse(Set.of());
    }

    /** The enterprise's name in each language it has, the registered name where one is missing. */
    private static Map<String, String> names(Optional<EnterpriseProfile> enterprise) {
        return enterprise
                .map(e -> {
                    Map<String, String> names = new LinkedHashMap<>();
                    for (String lang : List.of("en", "vi", "lo")) {
                        names.put(lang, e.names().getOrDefault(lang, e.name()));
                    }
                    return names;
                })
                .orElse(Map.of());
    }
}
