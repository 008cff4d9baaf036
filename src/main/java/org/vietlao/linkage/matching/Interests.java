package org.vietlao.linkage.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The table of expressions of interest, SQL only: the workflow, its rules and its audit are in
 * {@link ExpressionsOfInterest}.
 */
@Repository
class Interests {

    static final String ENTITY = "matching_interest";

    /** Either direction between enterprises {@code :a} and {@code :b}. */
    private static final String PAIR = "((from_enterprise_id = :a AND to_enterprise_id = :b) "
            + "OR (from_enterprise_id = :b AND to_enterprise_id = :a))";

    private final JdbcClient jdbc;

    Interests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an open interest, sent either way, waits between the two enterprises. */
    boolean openBetween(long a, long b) {
        return jdbc.sql("SELECT count(*) FROM matching_interest WHERE status = 'OPEN' AND " + PAIR)
                        .param("a", a)
                        .param("b", b)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Stores a new open interest; returns its id. */
    long insert(Party sender, Party receiver, String message, String user, Instant now, Instant expiresAt) {
        return jdbc.sql("""
				INSERT INTO matching_interest (from_enterprise_id, to_enterprise_id, from_country, to_country, message,
				                               status, sent_by, sent_at, expires_at)
				VALUES (:from, :to, :fromCountry, :toCountry, :message, 'OPEN', :user, :now, :expires) RETURNING id""")
                .param("from", sender.id())
                .param("to", receiver.id())
                .param("fromCountry", sender.country())
                .param("toCountry", receiver.country())
                .param("message", message)
                .param("user", user)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
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

    /** Marks every open interest past its expiry expired; returns their ids. */
    List<Long> expireOverdue(Instant now) {
        return expire(now, "", Map.of());
    }

    /** Marks the open interest between the two enterprises expired if it is past its expiry; returns its id. */
    List<Long> expireBetween(long a, long b, Instant now) {
        return expire(now, " AND " + PAIR, Map.of("a", a, "b", b));
    }

    private List<Long> expire(Instant now, String andWhere, Map<String, Object> params) {
        return jdbc.sql("UPDATE matching_interest SET status = 'EXPIRED' WHERE status = 'OPEN' "
                        + "AND expires_at <= :now" + andWhere + " RETURNING id")
                .param("now", Timestamp.from(now))
                .params(params)
                .query(Long.class)
                .list();
    }

    /** Withdraws every open interest the enterprise sent or received; returns their ids. */
    List<Long> withdrawOpenOf(EnterpriseId enterprise) {
        return jdbc.sql("""
				UPDATE matching_interest SET status = 'WITHDRAWN'
				WHERE status = 'OPEN' AND (from_enterprise_id = :id OR to_enterprise_id = :id) RETURNING id""").param("id", enterprise.value()).query(Long.class).list();
    }

    /** The interest, locked until the transaction ends, to be answered. */
    Optional<Interest> lockForAnswer(long id) {
        return jdbc.sql("SELECT * FROM matching_interest WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Interests::interest)
                .optional();
    }

    /** Stores the answer of an interest that was open. */
    void storeAnswer(Interest answered) {
        jdbc.sql("""
				UPDATE matching_interest SET status = :status, answered_by = :user, answered_at = :at
				WHERE id = :id AND status = 'OPEN'""")
                .param("status", answered.status().name())
                .param("user", answered.answeredBy())
                .param("at", Timestamp.from(answered.answeredAt()))
                .param("id", answered.id())
                .update();
    }

    /** The interest; MAT-008 when there is none. */
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
