package org.vietlao.linkage.expo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.matching.PartnerMatches;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * B2B meeting requests between participants of an event: suggested from matching's partners who also attend,
 * sent within a quota, accepted or declined by the receiving side (or an organiser on its behalf), expired when
 * the event's request deadline passes, and forbidden for a pair after a "no thanks".
 */
@Service
@Transactional
class Meetings {

    static final String ENTITY = "expo_meeting";
    static final int MAX_MESSAGE = 1000;

    private final JdbcClient jdbc;
    private final Events eventsOfExpo;
    private final Participants participants;
    private final PartnerMatches matches;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestExpiry expiry;

    Meetings(
            JdbcClient jdbc,
            Events eventsOfExpo,
            Participants participants,
            PartnerMatches matches,
            ApplicationEventPublisher events,
            Clock clock,
            RequestExpiry expiry) {
        this.expiry = expiry;
        this.jdbc = jdbc;
        this.eventsOfExpo = eventsOfExpo;
        this.participants = participants;
        this.matches = matches;
        this.events = events;
        this.clock = clock;
    }

    record Meeting(
            long id,
            long eventId,
            long fromEnterpriseId,
            long toEnterpriseId,
            double score,
            String status,
            String message,
            String answer,
            Instant sentAt,
            Integer slot,
            Integer table,
            boolean locked) {

        boolean involves(long enterprise) {
            return fromEnterpriseId == enterprise || toEnterpriseId == enterprise;
        }
    }

    record Suggestion(long enterpriseId, double score, List<PartnerMatches.Reason> reasons) {}

    /** When requests close: the first slot's start minus the event's closing hours; null without slots. */
    Instant closesAt(Events.Event event) {
        return RequestExpiry.closesAt(event);
    }

    /** Marks the event's open requests expired once its deadline has passed (kept even if the caller fails). */
    void expireDue(Events.Event event) {
        expiry.expireDue(event);
    }

    /** Matching's partners for the enterprise among the event's participants, minus pairs already live or refused. */
    @Transactional(readOnly = true)
    List<Suggestion> suggestions(long eventId, long enterpriseId) {
        eventsOfExpo.require(eventId);
        if (!participants.isRegistered(eventId, enterpriseId)) {
            throw BusinessException.onField(ErrorCode.EXP_024, "enterpriseId");
        }
        Set<EnterpriseId> attending = new HashSet<>();
        participants.of(eventId).forEach(p -> attending.add(new EnterpriseId(p.enterpriseId())));
        Set<Long> excluded = new HashSet<>(jdbc.sql("""
				SELECT CASE WHEN from_enterprise_id = :x THEN to_enterprise_id ELSE from_enterprise_id END
				FROM expo_meeting WHERE event_id = :e AND status IN ('REQUESTED', 'ACCEPTED')
				  AND (from_enterprise_id = :x OR to_enterprise_id = :x)
				UNION SELECT CASE WHEN low_id = :x THEN high_id ELSE low_id END FROM expo_no_thanks
				WHERE event_id = :e AND (low_id = :x OR high_id = :x)""")
                .param("e", eventId)
                .param("x", enterpriseId)
                .query(Long.class)
                .list());
        return matches.rankedAmong(new EnterpriseId(enterpriseId), attending).stream()
                .filter(m -> !excluded.contains(m.partner().value()))
                .map(m -> new Suggestion(m.partner().value(), m.score(), m.reasons()))
                .toList();
    }

    Meeting request(long eventId, long from, Long to, String message, String username) {
        Events.Event event = eventsOfExpo.require(eventId);
        expireDue(event);
        Instant closes = closesAt(event);
        if (closes != null && !clock.instant().isBefore(closes)) {
            throw new BusinessException(ErrorCode.EXP_023, closes.toString());
        }
        if (!participants.isRegistered(eventId, from)) {
            throw BusinessException.onField(ErrorCode.EXP_024, "fromEnterpriseId");
        }
        if (to == null || to == from || !participants.isRegistered(eventId, to)) {
            throw BusinessException.onField(ErrorCode.EXP_018, "toEnterpriseId");
        }
        String fromCountry = countryOf(eventId, from);
        if (fromCountry.equals(countryOf(eventId, to))) {
            throw BusinessException.onField(ErrorCode.EXP_018, "toEnterpriseId");
        }
        if (refused(eventId, from, to)) {
            throw BusinessException.onField(ErrorCode.EXP_020, "toEnterpriseId");
        }
        if (live(eventId, from, to)) {
            throw new BusinessException(ErrorCode.EXP_022);
        }
        long sent = jdbc.sql("SELECT count(*) FROM expo_meeting WHERE event_id = :e AND from_enterprise_id = :x")
                .param("e", eventId)
                .param("x", from)
                .query(Long.class)
                .single();
        if (sent >= event.requestQuota()) {
            throw new BusinessException(ErrorCode.EXP_019, event.requestQuota());
        }
        double score = matches.between(new EnterpriseId(from), new EnterpriseId(to))
                .map(PartnerMatches.PartnerMatch::score)
                .orElse(0.0);
        String text = message == null || message.isBlank() ? null : message.strip();
        long id = jdbc.sql("""
				INSERT INTO expo_meeting (event_id, from_enterprise_id, to_enterprise_id, score, status, message, sent_by,
				  sent_at) VALUES (:e, :from, :to, :score, 'REQUESTED', :message, :by, :at) RETURNING id""")
                .param("e", eventId)
                .param("from", from)
                .param("to", to)
                .param("score", BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_EVEN))
                .param("message", text)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("eventId", eventId);
        values.put("from", from);
        values.put("to", to);
        values.put("status", "REQUESTED");
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return find(id);
    }

    /** The meeting if the actor may see it (either side, or anyone who oversees all), else EXP-016. */
    @Transactional(readOnly = true)
    Meeting visible(long id, Actor actor, List<Long> own) {
        Meeting meeting = jdbc.sql("SELECT * FROM expo_meeting WHERE id = :id")
                .param("id", id)
                .query(Meetings::meeting)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.EXP_016, id));
        if (!ExpoAccess.overseesAll(actor) && own.stream().noneMatch(meeting::involves)) {
            throw new BusinessException(ErrorCode.EXP_016, id);
        }
        return meeting;
    }

    /** The receiving side (or an organiser) answers an open request. */
    Meeting answer(long id, boolean accept, String answer, Actor actor, List<Long> own) {
        Meeting meeting = visible(id, actor, own);
        if (!ExpoAccess.organiser(actor) && !own.contains(meeting.toEnterpriseId())) {
            throw new BusinessException(ErrorCode.EXP_021);
        }
        expireDue(eventsOfExpo.require(meeting.eventId()));
        meeting = find(id);
        if (!meeting.status().equals("REQUESTED")) {
            throw new BusinessException(ErrorCode.EXP_017);
        }
        String status = accept ? "ACCEPTED" : "DECLINED";
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        jdbc.sql("""
				UPDATE expo_meeting SET status = :s, answer = :a, answered_by = :by, answered_at = :at WHERE id = :id""")
                .param("s", status)
                .param("a", text)
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", meeting.status());
        before.put("answer", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status);
        after.put("answer", text);
        events.publishEvent(EntityChanged.updated(ENTITY, id, before, after));
        return find(id);
    }

    /** Either side or an organiser cancels a requested or accepted meeting; its slot and table are freed. */
    Meeting cancel(long id, Actor actor, List<Long> own) {
        Meeting meeting = visible(id, actor, own);
        if (!ExpoAccess.organiser(actor) && own.stream().noneMatch(meeting::involves)) {
            throw new BusinessException(ErrorCode.EXP_021);
        }
        if (!meeting.status().equals("REQUESTED") && !meeting.status().equals("ACCEPTED")) {
            throw new BusinessException(ErrorCode.EXP_017);
        }
        jdbc.sql("""
				UPDATE expo_meeting SET status = 'CANCELLED', slot_number = NULL, table_number = NULL, locked = FALSE,
				  answered_by = :by, answered_at = :at WHERE id = :id""")
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        events.publishEvent(EntityChanged.updated(ENTITY, id, "status", meeting.status(), "CANCELLED"));
        return find(id);
    }

    /** "No thanks": the pair may not meet at this event; a live request between them is cancelled. */
    void noThanks(long eventId, long enterprise, Long other, String username) {
        eventsOfExpo.require(eventId);
        if (other == null || other == enterprise || !participants.isRegistered(eventId, other)) {
            throw BusinessException.onField(ErrorCode.EXP_018, "otherEnterpriseId");
        }
        long low = Math.min(enterprise, other);
        long high = Math.max(enterprise, other);
        jdbc.sql("""
				INSERT INTO expo_no_thanks (event_id, low_id, high_id, said_by, said_at) VALUES (:e, :l, :h, :by, :at)
				ON CONFLICT DO NOTHING""")
                .param("e", eventId)
                .param("l", low)
                .param("h", high)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        List<Long> live = jdbc.sql("""
				SELECT id FROM expo_meeting WHERE event_id = :e AND status IN ('REQUESTED', 'ACCEPTED')
				AND LEAST(from_enterprise_id, to_enterprise_id) = :l AND GREATEST(from_enterprise_id, to_enterprise_id) = :h""")
                .param("e", eventId)
                .param("l", low)
                .param("h", high)
                .query(Long.class)
                .list();
        for (long id : live) {
            jdbc.sql("""
					UPDATE expo_meeting SET status = 'CANCELLED', slot_number = NULL, table_number = NULL, locked = FALSE
					WHERE id = :id""").param("id", id).update();
            events.publishEvent(EntityChanged.updated(ENTITY, id, "status", "REQUESTED or ACCEPTED", "CANCELLED"));
        }
        events.publishEvent(EntityChanged.created("expo_no_thanks", eventId + "/" + low + "/" + high, Map.of()));
    }

    @Transactional(readOnly = true)
    Meeting find(long id) {
        return jdbc.sql("SELECT * FROM expo_meeting WHERE id = :id")
                .param("id", id)
                .query(Meetings::meeting)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.EXP_016, id));
    }

    /** The event's meetings involving any of {@code enterprises}; all of them when {@code enterprises} is null. */
    @Transactional(readOnly = true)
    List<Meeting> of(long eventId, List<Long> enterprises) {
        if (enterprises != null && enterprises.isEmpty()) {
            return List.of();
        }
        String where = enterprises == null ? "" : " AND (from_enterprise_id IN (:x) OR to_enterprise_id IN (:x))";
        var sql = jdbc.sql("SELECT * FROM expo_meeting WHERE event_id = :e" + where
                        + " ORDER BY slot_number NULLS LAST, table_number, id")
                .param("e", eventId);
        if (enterprises != null) {
            sql = sql.param("x", enterprises);
        }
        return sql.query(Meetings::meeting).list();
    }

    private boolean refused(long eventId, long a, long b) {
        return jdbc.sql("SELECT count(*) FROM expo_no_thanks WHERE event_id = :e AND low_id = :l AND high_id = :h")
                        .param("e", eventId)
                        .param("l", Math.min(a, b))
                        .param("h", Math.max(a, b))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean live(long eventId, long a, long b) {
        return jdbc.sql("""
				SELECT count(*) FROM expo_meeting WHERE event_id = :e AND status IN ('REQUESTED', 'ACCEPTED')
				AND LEAST(from_enterprise_id, to_enterprise_id) = :l AND GREATEST(from_enterprise_id, to_enterprise_id) = :h""")
                        .param("e", eventId)
                        .param("l", Math.min(a, b))
                        .param("h", Math.max(a, b))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String countryOf(long eventId, long enterprise) {
        return jdbc.sql("SELECT country FROM expo_participant WHERE event_id = :e AND enterprise_id = :x")
                .param("e", eventId)
                .param("x", enterprise)
                .query(String.class)
                .single();
    }

    private static Meeting meeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getLong("from_enterprise_id"),
                rs.getLong("to_enterprise_id"),
                rs.getBigDecimal("score").doubleValue(),
                rs.getString("status"),
                rs.getString("message"),
                rs.getString("answer"),
                rs.getTimestamp("sent_at").toInstant(),
                (Integer) rs.getObject("slot_number"),
                (Integer) rs.getObject("table_number"),
                rs.getBoolean("locked"));
    }
}
