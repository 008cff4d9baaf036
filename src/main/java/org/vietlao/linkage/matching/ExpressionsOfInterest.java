package org.vietlao.linkage.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseRemoved;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Expressions of interest, the workflow: sent by an ENTERPRISE user for one of their enterprises to a suggested
 * partner across the border, answered by the partner's users, expired when nobody answers in time, withdrawn
 * when an enterprise leaves the registry. Who may see and answer one is on {@link Interest}; the SQL is in
 * {@link Interests}. Every change is audited.
 */
@Service
class ExpressionsOfInterest {

    static final int MAX_MESSAGE = 1000;

    private final Interests interests;
    private final Matchmaker matchmaker;
    private final Linkages linkages;
    private final MatchingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpressionsOfInterest(
            Interests interests,
            Matchmaker matchmaker,
            Linkages linkages,
            MatchingSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.interests = interests;
        this.matchmaker = matchmaker;
        this.linkages = linkages;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends interest from one of the actor's enterprises to a partner across the border that relates to it.
     * Fails with MAT-017 (ids missing), MAT-015 (message too long; over the API Bean Validation answers PLT-013
     * first), AUT-002 (not the actor's enterprise), MAT-001 (unknown enterprise), MAT-003 (same country), MAT-016
     * (no product relation), MAT-014 (already linked) or MAT-004 (an open interest between the two already
     * waits).
     */
    @Transactional
    Interest send(Actor actor, Long fromId, Long toId, String message) {
        // Whether the caller acts for the sending enterprise is decided before the rest is checked (decision 0009).
        if (fromId != null) {
            actor.require(actor.actsFor(fromId));
        }
        List<BusinessException.FieldError> missing = new ArrayList<>();
        if (fromId == null) {
            missing.add(new BusinessException.FieldError("fromEnterpriseId", "validation.NotNull"));
        }
        if (toId == null) {
            missing.add(new BusinessException.FieldError("toEnterpriseId", "validation.NotNull"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessException(ErrorCode.MAT_017, missing);
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MAX_MESSAGE) {
            throw BusinessException.onField(ErrorCode.MAT_015, "message", MAX_MESSAGE);
        }
        EnterpriseId from = new EnterpriseId(fromId);
        EnterpriseId to = new EnterpriseId(toId);
        Party sender = matchmaker.party(from);
        Party receiver = matchmaker.party(to);
        if (sender.country().equals(receiver.country())) {
            throw BusinessException.onField(ErrorCode.MAT_003, "toEnterpriseId");
        }
        if (matchmaker.between(from, to).isEmpty()) {
            throw BusinessException.onField(ErrorCode.MAT_016, "toEnterpriseId");
        }
        if (linkages.exist(sender, receiver)) {
            throw new BusinessException(ErrorCode.MAT_014);
        }
        Instant now = clock.instant();
        expired(interests.expireBetween(fromId, toId, now));
        if (interests.openBetween(fromId, toId)) {
            throw new BusinessException(ErrorCode.MAT_004);
        }
        Instant expiresAt = now.plus(settings.interestExpiry());
        long id = interests.insert(sender, receiver, text, actor.username(), now, expiresAt);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fromEnterpriseId", fromId);
        values.put("toEnterpriseId", toId);
        values.put("message", text);
        values.put("expiresAt", expiresAt.toString());
        events.publishEvent(EntityChanged.created(Interests.ENTITY, id, values));
        events.publishEvent(new InterestSent(id, from, to));
        return interests.get(id);
    }

    /** Accepted by a user of the receiving enterprise; the pair becomes a linkage. */
    @Transactional
    Interest accept(Actor actor, long id) {
        Interest answered = answerable(actor, id).accept(actor.username(), clock.instant());
        store(answered);
        linkages.establish(
                answered,
                matchmaker.party(new EnterpriseId(answered.fromEnterpriseId())),
                matchmaker.party(new EnterpriseId(answered.toEnterpriseId())));
        return answered;
    }

    /** Declined by a user of the receiving enterprise. */
    @Transactional
    Interest decline(Actor actor, long id) {
        Interest answered = answerable(actor, id).decline(actor.username(), clock.instant());
        store(answered);
        return answered;
    }

    /** The interest, for its sender's or receiver's users and for those who oversee every enterprise (MAT-008). */
    Interest visible(Actor actor, long id) {
        Interest interest = interests.get(id);
        if (!interest.isVisibleTo(actor)) {
            throw new BusinessException(ErrorCode.MAT_008, String.valueOf(id));
        }
        return interest;
    }

    /** What these enterprises received, newest first. */
    List<Interest> receivedBy(Collection<EnterpriseId> enterprises) {
        return interests.receivedBy(enterprises);
    }

    /** What these enterprises sent, newest first. */
    List<Interest> sentBy(Collection<EnterpriseId> enterprises) {
        return interests.sentBy(enterprises);
    }

    /** The latest interest, sent either way, between the enterprise and each partner that has one. */
    Map<Long, Interest> latestWith(EnterpriseId enterprise, Collection<Long> partners) {
        return interests.latestWith(enterprise, partners);
    }

    /** Closes every open interest past its expiry, audited; returns how many. */
    @Transactional
    int expireOverdue(Instant now) {
        return expired(interests.expireOverdue(now));
    }

    /** An enterprise that leaves the registry withdraws what it sent and what waits for its answer. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EnterpriseRemoved removed) {
        interests
                .withdrawOpenOf(removed.id())
                .forEach(id -> events.publishEvent(EntityChanged.updated(
                        Interests.ENTITY, id, "status", Interest.Status.OPEN, Interest.Status.WITHDRAWN)));
    }

    private int expired(List<Long> ids) {
        ids.forEach(id -> events.publishEvent(
                EntityChanged.updated(Interests.ENTITY, id, "status", Interest.Status.OPEN, Interest.Status.EXPIRED)));
        return ids.size();
    }

    private Interest answerable(Actor actor, long id) {
        Interest interest = interests
                .lockForAnswer(id)
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_008, String.valueOf(id)));
        if (!interest.mayBeAnsweredBy(actor)) {
            throw new BusinessException(ErrorCode.MAT_005);
        }
        return interest;
    }

    private void store(Interest answered) {
        interests.storeAnswer(answered);
        events.publishEvent(new InterestAnswered(
                answered.id(),
                new EnterpriseId(answered.fromEnterpriseId()),
                new EnterpriseId(answered.toEnterpriseId()),
                answered.status() == Interest.Status.ACCEPTED));
        events.publishEvent(EntityChanged.updated(
                Interests.ENTITY, answered.id(), "status", Interest.Status.OPEN, answered.status()));
    }
}
