package org.vietlao.linkage.platform;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    /**
     * What to read of the log: every filter optional ({@code null} or blank for any). {@code from} and {@code to}
     * are calendar days in the region's time (UTC+7), both included.
     */
    record Query(String entityType, String actor, LocalDate from, LocalDate to, Sort sort, int page, int size) {

        Query {
            entityType = blankToNull(entityType);
            actor = blankToNull(actor);
            sort = sort == null ? Sort.NEWEST : sort;
            page = Math.max(0, page);
            size = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        }

        static Query ofType(String entityType, int page, int size) {
            return new Query(entityType, null, null, null, Sort.NEWEST, page, size);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** The orders the log can be read in; each ends on the entry id so that pages never overlap. */
    enum Sort {
        NEWEST("occurred_at DESC, id DESC"),
        OLDEST("occurred_at ASC, id ASC"),
        USER("actor ASC, occurred_at DESC, id DESC"),
        RECORD("entity_type ASC, entity_id ASC, occurred_at DESC, id DESC");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    static final int MAX_PAGE_SIZE = 200;

    /** The region's clock: Vietnam and Laos share UTC+7 all year round. */
    static final ZoneOffset REGION = ZoneOffset.ofHours(7);

    /** A page of the log, newest first, optionally for one type of record. */
    Page page(int page, int size, String entityType) {
        return page(Query.ofType(entityType, page, size));
    }

    /** A page of the log as the query asks: filtered, sorted and counted in the database. */
    Page page(Query query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.entityType() != null) {
            conditions.add("entity_type = :type");
            params.put("type", query.entityType());
        }
        if (query.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(REGION).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(query.to().plusDays(1).atStartOfDay(REGION).toInstant()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Entry> entries = jdbc.sql(
                        "SELECT id, occurred_at, actor, entity_type, entity_id, action, changes::text AS changes, "
                                + "(SELECT u.display_name FROM app_user u WHERE u.username = audit_event.actor) "
                                + "AS display_name FROM audit_event" + where + " ORDER BY " + query.sort().orderBy
                                + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
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
        return new Page(entries, query.page(), query.size(), total);
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

    /** The users present in the log, in order, read as a loose index scan like {@link #entityTypes()}. */
    List<String> actors() {
        return jdbc.sql("""
				WITH RECURSIVE actors (actor) AS (
				    SELECT min(actor) FROM audit_event
				    UNION ALL
				    SELECT (SELECT min(actor) FROM audit_event WHERE actor > actors.actor)
				    FROM actors WHERE actors.actor IS NOT NULL)
				SELECT actor FROM actors WHERE actor IS NOT NULL""").query(String.class).list();
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
