package org.vietlao.linkage.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseRemoved;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Expressions of interest: sent by an ENTERPRISE user for one of their enterprises to a suggested partner across
 * the border, answered by the partner's users, expired when nobody answers in time. Every change is audited.
 */
@Repository
class Interests {

    static final String ENTITY = "matching_interest";
    static final int MAX_MESSAGE = 1000;

    /** Either direction between enterprises {@code :a} and {@code :b}. */
    private static final String PAIR = "((from_enterprise_id = :a AND to_enterprise_id = :b) "
            + "OR (from_enterprise_id = :b AND to_enterprise_id = :a))";

    private final JdbcClient jdbc;
    private final Matchmaker matchmaker;
    private final Linkages linkages;
    private final MatchingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Interests(
            JdbcClient jdbc,
            Matchmaker matchmaker,
            Linkages linkages,
            MatchingSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.matchmaker = matchmaker;
        this.linkages = linkages;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends interest from one of the actor's enterprises to a partner across the border that relates to it.
     * Fails with MAT-017 (ids missing), MAT-015 (message too long; over the API Bean Validation answers PLT-013 first), AUT-002 (not the actor's enterprise), MAT-001
     * (unknown enterprise), MAT-003 (same country), MAT-016 (no product relation), MAT-014 (already linked) or
     * MAT-004 (an open interest between the two already waits).
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
        actor.require(actor.actsFor(fromId));
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
        expire(now, " AND " + PAIR, Map.of("a", fromId, "b", toId));
        if (jdbc.sql("SELECT count(*) FROM matching_interest WHERE status = 'OPEN' AND " + PAIR)
                        .param("a", fromId)
                        .param("b", toId)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new BusinessException(ErrorCode.MAT_004);
        }
        Instant expiresAt = now.plus(settings.interestExpiry());
        long id = jdbc.sql("""
				INSERT INTO matching_interest (from_enterprise_id, to_enterprise_id, from_country, to_country, message,
				                               status, sent_by, sent_at, expires_at)
				VALUES (:from, :to, :fromCountry, :toCountry, :message, 'OPEN', :user, :now, :expires) RETURNING id""")
                .param("from", fromId)
                .param("to", toId)
                .param("fromCountry", sender.country())
                .param("toCountry", receiver.country())
                .param("message", text)
                .param("user", actor.username())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fromEnterpriseId", fromId);
        values.put("toEnterpriseId", toId);
        values.put("message", text);
        values.put("expiresAt", expiresAt.toString());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        events.publishEvent(new InterestSent(id, from, to));
        return get(id);
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

    /** The interest, for its sender's or receiver's users and for those who oversee every enterprise. */
    Interest visible(Actor actor, long id) {
        Interest interest = get(id);
        if (!actor.overseesEveryEnterprise()
                && !actor.actsFor(interest.fromEnterpriseId())
                && !actor.actsFor(interest.toEnterpriseId())) {
            throw new BusinessException(ErrorCode.MAT_008, String.valueOf(id));
        }
        return interest;
    }

    /** What these enterprises received, newest first. */
    List<Interest> receivedBy(Collection<EnterpriseId> enterprises) {
        return listFor("to_enterprise_id", enterprises);
    }

    /** What these enterprises sent, newest first. */
    List<Interest> sentBy(Collection<EnterpriseId> enterprises) {
        return listFor("from_enterprise_id", enterprises);
    }

    /**
     * The latest interest, sent either way, between the enterprise and each of the partners that has one: what
     * the matches page shows instead of a second "send" button.
     */
    Map<Long, Interest> latestWith(EnterpriseId enterprise, Collection<Long> partners) {
        if (partners.isEmpty()) {
            return Map.of();
        }
        Map<Long, Interest> latest = new LinkedHashMap<>();
        jdbc.sql("""
				SELECT DISTINCT ON (partner) *, CASE WHEN from_enterprise_id = :me THEN to_enterprise_id
				                                     ELSE from_enterprise_id END AS partner
				FROM matching_interest
				WHERE (from_enterprise_id = :me AND to_enterprise_id IN (:partners))
				   OR (to_enterprise_id = :me AND from_enterprise_id IN (:partners))
				ORDER BY partner, sent_at DESC, id DESC""")
                .param("me", enterprise.value())
                .param("partners", List.copyOf(partners))
                .query(rs -> {
                    latest.put(rs.getLong("partner"), interest(rs, 0));
                });
        return latest;
    }

    /** Closes every open interest past its expiry, audited; returns how many. */
    @Transactional
    int expireOverdue(Instant now) {
        return expire(now, "", Map.of());
    }

    private int expire(Instant now, String andWhere, Map<String, Object> params) {
        List<Long> expired = jdbc.sql("UPDATE matching_interest SET status = 'EXPIRED' WHERE status = 'OPEN' "
                        + "AND expires_at <= :now" + andWhere + " RETURNING id")
                .param("now", Timestamp.from(now))
                .params(params)
                .query(Long.class)
                .list();
        expired.forEach(id -> events.publishEvent(
                EntityChanged.updated(ENTITY, id, "status", Interest.Status.OPEN, Interest.Status.EXPIRED)));
        return expired.size();
    }

    /** An enterprise that leaves the registry withdraws what it sent and what waits for its answer. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void on(EnterpriseRemoved removed) {
        List<Long> withdrawn = jdbc.sql("""
				UPDATE matching_interest SET status = 'WITHDRAWN'
				WHERE status = 'OPEN' AND (from_enterprise_id = :id OR to_enterprise_id = :id) RETURNING id""")
                .param("id", removed.id().value())
                .query(Long.class)
                .list();
        withdrawn.forEach(id -> events.publishEvent(
                EntityChanged.updated(ENTITY, id, "status", Interest.Status.OPEN, Interest.Status.WITHDRAWN)));
    }

    private Interest answerable(Actor actor, long id) {
        Interest interest = jdbc.sql("SELECT * FROM matching_interest WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Interests::interest)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_008, String.valueOf(id)));
        if (!actor.actsFor(interest.toEnterpriseId())) {
            throw new BusinessException(ErrorCode.MAT_005);
        }
        return interest;
    }

    private void store(Interest answered) {
        jdbc.sql("""
				UPDATE matching_interest SET status = :status, answered_by = :user, answered_at = :at
				WHERE id = :id AND status = 'OPEN'""")
                .param("status", answered.status().name())
                .param("user", answered.answeredBy())
                .param("at", Timestamp.from(answered.answeredAt()))
                .param("id", answered.id())
                .update();
        events.publishEvent(new InterestAnswered(
                answered.id(),
                new EnterpriseId(answered.fromEnterpriseId()),
                new EnterpriseId(answered.toEnterpriseId()),
                answered.status() == Interest.Status.ACCEPTED));
        events.publishEvent(
                EntityChanged.updated(ENTITY, answered.id(), "status", Interest.Status.OPEN, answered.status()));
    }

    Interest get(long id) {
        return jdbc.sql("SELECT * FROM matching_interest WHERE id = :id")
                .param("id", id)
                .query(Interests::interest)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_008, String.valueOf(id)));
    }

    private List<Interest> listFor(String column, Collection<EnterpriseId> enterprises) {
        if (enterprises.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM matching_interest WHERE " + column + " IN (:ids) ORDER BY sent_at DESC, id DESC")
                .param("ids", enterprises.stream().map(EnterpriseId::value).toList())
                .query(Interests::interest)
                .list();
    }

    private static Interest interest(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Interest(
                rs.getLong("id"),
                rs.getLong("from_enterprise_id"),
                rs.getLong("to_enterprise_id"),
                rs.getString("message"),
                Interest.Status.valueOf(rs.getString("status")),
                rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
