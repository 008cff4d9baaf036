package org.vietlao.linkage.platform;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * The audit log: every {@link EntityChanged} is written with who and when, synchronously and so inside the
 * transaction of the change itself (a change that rolls back leaves no audit row, and no change goes
 * unaudited).
 */
@Component
class AuditTrail {

    static final String SYSTEM = "system";
    static final String SIGN_IN = "sign_in";
    static final String SIGNED_IN = "SIGNED_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @EventListener
    void on(EntityChanged change) {
        jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor, entity_type, entity_id, action, changes)
				VALUES (:at, :actor, :type, :id, :action, CAST(:changes AS jsonb))""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", currentActor())
                .param("type", change.entityType())
                .param("id", change.entityId())
                .param("action", change.action().name())
                .param("changes", toJson(change.changes()))
                .update();
    }

    /**
     * One sign-in attempt, successful ({@code SIGNED_IN}) or not ({@code SIGN_IN_FAILED} with the reason), with
     * the name tried as actor and entity, the client address and the door (form or API). Written in its own
     * transaction: a refused sign-in has nothing else to commit, and its record must stay.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void signIn(String username, SignInSource source, String reason) {
        String name = SignInNames.printable(username);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", source.address());
        details.put("channel", source.channel());
        if (reason != null) {
            details.put("reason", reason);
        }
        jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor, entity_type, entity_id, action, changes)
				VALUES (:at, :actor, :type, :id, :action, CAST(:changes AS jsonb))""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", name.isEmpty() ? "-" : name)
                .param("type", SIGN_IN)
                .param("id", name.isEmpty() ? "-" : name)
                .param("action", reason == null ? SIGNED_IN : SIGN_IN_FAILED)
                .param("changes", toJson(details))
                .update();
    }

    /** A page of the log, newest first. */
    Page page(int page, int size, String entityType) {
        int limit = Math.max(1, Math.min(size, 200));
        long offset = (long) Math.max(0, page) * limit;
        String filter = entityType == null || entityType.isBlank() ? "" : " WHERE entity_type = :type";
        var countQuery = jdbc.sql("SELECT count(*) FROM audit_event" + filter);
        var listQuery = jdbc.sql(
                        "SELECT a.id, a.occurred_at, a.actor, u.display_name, a.entity_type, a.entity_id, a.action, "
                                + "a.changes::text AS changes FROM (SELECT * FROM audit_event" + filter
                                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset) a "
                                + "LEFT JOIN app_user u ON u.username = a.actor ORDER BY a.occurred_at DESC, a.id DESC")
                .param("limit", limit)
                .param("offset", offset);
        if (!filter.isEmpty()) {
            countQuery = countQuery.param("type", entityType);
            listQuery = listQuery.param("type", entityType);
        }
        long total = countQuery.query(Long.class).single();
        List<Entry> entries = listQuery
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("display_name"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("action"),
                        rs.getString("changes")))
                .list();
        return new Page(entries, Math.max(0, page), limit, total);
    }

    /**
     * The entity types present in the log, in order. Read as a loose index scan (one index probe per type) so
     * that it stays cheap on a long log.
     */
    List<String> entityTypes() {
        return jdbc.sql("""
				WITH RECURSIVE types (entity_type) AS (
				    SELECT min(entity_type) FROM audit_event
				    UNION ALL
				    SELECT (SELECT min(entity_type) FROM audit_event WHERE entity_type > types.entity_type)
				    FROM types WHERE types.entity_type IS NOT NULL)
				SELECT entity_type FROM types WHERE entity_type IS NOT NULL""").query(String.class).list();
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private String toJson(Map<String, Object> changes) {
        try {
            return json.writeValueAsString(changes == null ? Map.of() : changes);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("audit changes are not serialisable", ex);
        }
    }

    /**
     * {@code changes} is the stored JSON text, written out as JSON (not as a string) by the API; {@code actorName}
     * is the display name of the account named by {@code actor}, {@code null} when there is no such account.
     */
    record Entry(
            long id,
            Instant occurredAt,
            String actor,
            String actorName,
            String entityType,
            String entityId,
            String action,
            @JsonRawValue String changes) {}

    record Page(List<Entry> entries, int page, int size, long total) {}
}
