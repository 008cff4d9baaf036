package org.vietlao.linkage.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored notices, each addressed to one user; a user reads only their own. */
@Repository
class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String recipient, String kind, String key, String args, String link, Instant at) {
        return jdbc.sql("""
				INSERT INTO notification (recipient, kind, message_key, message_args, link, created_at)
				VALUES (:recipient, :kind, :key, CAST(:args AS jsonb), :link, :at) RETURNING id""")
                .param("recipient", recipient)
                .param("kind", kind)
                .param("key", key)
                .param("args", args)
                .param("link", link)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void markEmailed(long id, Instant at) {
        jdbc.sql("UPDATE notification SET emailed_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** One page of the user's notices, newest first. */
    List<Stored> page(String recipient, int page, int size) {
        return jdbc.sql("""
				SELECT * FROM notification WHERE recipient = :recipient
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("recipient", recipient)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Notifications::stored)
                .list();
    }

    long count(String recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = :recipient")
                .param("recipient", recipient)
                .query(Long.class)
                .single();
    }

    long unread(String recipient) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = :recipient AND read_at IS NULL")
                .param("recipient", recipient)
                .query(Long.class)
                .single();
    }

    Optional<Stored> find(long id, String recipient) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id AND recipient = :recipient")
                .param("id", id)
                .param("recipient", recipient)
                .query(Notifications::stored)
                .optional();
    }

    /** Marks the user's notice read; false when it was already read. */
    boolean markRead(long id, String recipient, Instant at) {
        return jdbc.sql("""
						UPDATE notification SET read_at = :at
						WHERE id = :id AND recipient = :recipient AND read_at IS NULL""")
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("recipient", recipient)
                        .update()
                > 0;
    }

    /** Marks every unread notice of the user read; answers their ids. */
    List<Long> markAllRead(String recipient, Instant at) {
        return jdbc.sql("""
				UPDATE notification SET read_at = :at WHERE recipient = :recipient AND read_at IS NULL RETURNING id""")
                .param("at", Timestamp.from(at))
                .param("recipient", recipient)
                .query(Long.class)
                .list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Stored(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("kind"),
                rs.getString("message_key"),
                rs.getString("message_args"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    record Stored(
            long id,
            String recipient,
            String kind,
            String key,
            String args,
            String link,
            Instant createdAt,
            Instant readAt) {}
}
