package org.vietlao.linkage.expo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.expo.scheduling.MeetingScheduler;
import org.vietlao.linkage.expo.scheduling.ScheduleResult;
import org.vietlao.linkage.expo.scheduling.SchedulingProblem;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * "Schedule all" for an event: every accepted meeting gets a slot and a table, locked meetings stay, a re-run
 * moves as few meetings as it can and says which moved. Each run is kept with what it proved.
 */
@Service
@Transactional
class EventSchedule {

    /** How long the organiser's "schedule all" may search. */
    static final long TIME_LIMIT_MILLIS = 10_000;

    private final JdbcClient jdbc;
    private final Events eventsOfExpo;
    private final Meetings meetings;
    private final Participants participants;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    EventSchedule(
            JdbcClient jdbc,
            Events eventsOfExpo,
            Meetings meetings,
            Participants participants,
            ApplicationEventPublisher events,
            ObjectMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.eventsOfExpo = eventsOfExpo;
        this.meetings = meetings;
        this.participants = participants;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    record Unscheduled(long meetingId, String reason) {}

    record Run(
            long id,
            Instant runAt,
            String runBy,
            String status,
            boolean optimal,
            String method,
            int accepted,
            int scheduled,
            long weightPlaced,
            long weightBound,
            double gapPercent,
            int slotsUsed,
            int slotLowerBound,
            int moved,
            long millis,
            List<Unscheduled> unscheduled) {}

    /** A meeting's weight: 100 for being held plus its match score in hundredths (decision 0029). */
    static int weight(double score) {
        return 100 + (int) Math.round(100 * Math.max(0, Math.min(1, score)));
    }

    Run scheduleAll(long eventId, String username) {
        jdbc.sql("SELECT id FROM expo_event WHERE id = :e FOR UPDATE")
                .param("e", eventId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.EXP_002, eventId));
        Events.Event event = eventsOfExpo.require(eventId);
        meetings.expireDue(event);
        List<Meetings.Meeting> accepted = meetings.of(eventId, null).stream()
                .filter(m -> m.status().equals("ACCEPTED"))
                .toList();
        Map<Long, Integer> index = new HashMap<>();
        List<Long> enterprises = new ArrayList<>();
        int[][] pairs = new int[accepted.size()][];
        int[] weights = new int[accepted.size()];
        int[] locked = new int[accepted.size()];
        int[] lockedTable = new int[accepted.size()];
        int[] previous = new int[accepted.size()];
        for (int i = 0; i < accepted.size(); i++) {
            Meetings.Meeting m = accepted.get(i);
            pairs[i] = new int[] {
                indexOf(index, enterprises, m.fromEnterpriseId()), indexOf(index, enterprises, m.toEnterpriseId())
            };
            weights[i] = weight(m.score());
            boolean placed = m.slot() != null;
            locked[i] = m.locked() && placed ? m.slot() - 1 : -1;
            lockedTable[i] = m.locked() && placed ? m.table() - 1 : -1;
            previous[i] = placed ? m.slot() - 1 : -1;
        }
        int slots = event.slots().size();
        Map<Long, Set<Integer>> blocked = participants.blocked(eventId);
        BitSet[] available = new BitSet[enterprises.size()];
        for (int p = 0; p < enterprises.size(); p++) {
            Set<Integer> theirs = blocked.get(enterprises.get(p));
            if (theirs != null && !theirs.isEmpty()) {
                BitSet free = new BitSet();
                free.set(0, slots);
                theirs.forEach(s -> free.clear(s - 1));
                available[p] = free;
            }
        }
        SchedulingProblem problem = new SchedulingProblem(
                enterprises.size(),
                pairs,
                slots,
                event.tables(),
                available,
                weights,
                locked,
                lockedTable,
                previous,
                true,
                TIME_LIMIT_MILLIS);
        ScheduleResult result = new MeetingScheduler().schedule(problem);
        List<String> violations = MeetingScheduler.violations(problem, result.slot(), result.table());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the scheduler broke a rule: " + violations);
        }
        // Free every unlocked place first: the table-once index must not see two meetings at one table mid-way.
        jdbc.sql("""
				UPDATE expo_meeting SET slot_number = NULL, table_number = NULL
				WHERE event_id = :e AND NOT locked AND slot_number IS NOT NULL""").param("e", eventId).update();
        for (int i = 0; i < accepted.size(); i++) {
            Meetings.Meeting m = accepted.get(i);
            if (m.locked() && m.slot() != null) {
                continue;
            }
            Integer slot = result.slot()[i] >= 0 ? result.slot()[i] + 1 : null;
            Integer table = result.slot()[i] >= 0 ? result.table()[i] + 1 : null;
            jdbc.sql("UPDATE expo_meeting SET slot_number = :s, table_number = :t WHERE id = :id")
                    .param("s", slot)
                    .param("t", table)
                    .param("id", m.id())
                    .update();
            if (!java.util.Objects.equals(slot, m.slot()) || !java.util.Objects.equals(table, m.table())) {
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("slot", m.slot());
                before.put("table", m.table());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("slot", slot);
                after.put("table", table);
                events.publishEvent(EntityChanged.updated(Meetings.ENTITY, m.id(), before, after));
            }
        }
        List<Unscheduled> unscheduled = result.unscheduled().stream()
                .map(u -> new Unscheduled(
                        accepted.get(u.meeting()).id(), u.reason().name()))
                .toList();
        String unscheduledJson;
        try {
            unscheduledJson = json.writeValueAsString(unscheduled);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long runId = jdbc.sql("""
				INSERT INTO expo_schedule_run (event_id, run_by, run_at, status, optimal, method, accepted, scheduled,
				  weight_placed, weight_bound, slots_used, slot_lower_bound, moved, millis, unscheduled)
				VALUES (:e, :by, :at, :status, :optimal, :method, :accepted, :scheduled, :placed, :bound, :used, :lower,
				  :moved, :millis, CAST(:unscheduled AS JSONB)) RETURNING id""")
                .param("e", eventId)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("status", result.status().name())
                .param("optimal", result.optimal())
                .param("method", result.method().name())
                .param("accepted", accepted.size())
                .param("scheduled", result.scheduled())
                .param("placed", result.weightScheduled())
                .param("bound", result.weightBound())
                .param("used", result.slotsUsed())
                .param("lower", result.slotLowerBound())
                .param("moved", result.moved().size())
                .param("millis", result.millis())
                .param("unscheduled", unscheduledJson)
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("eventId", eventId);
        values.put("status", result.status().name());
        values.put("scheduled", result.scheduled());
        values.put("accepted", accepted.size());
        values.put("moved", result.moved().size());
        events.publishEvent(EntityChanged.created("expo_schedule_run", runId, values));
        return latest(eventId).orElseThrow();
    }

    /** Locks (or unlocks) a scheduled meeting: a re-run keeps a locked meeting in its slot and at its table. */
    Meetings.Meeting lock(long eventId, long meetingId, boolean lock) {
        Meetings.Meeting meeting = meetings.find(meetingId);
        if (meeting.eventId() != eventId) {
            throw new BusinessException(ErrorCode.EXP_016, meetingId);
        }
        if (lock && (meeting.slot() == null || !meeting.status().equals("ACCEPTED"))) {
            throw new BusinessException(ErrorCode.EXP_017);
        }
        jdbc.sql("UPDATE expo_meeting SET locked = :l WHERE id = :id")
                .param("l", lock)
                .param("id", meetingId)
                .update();
        events.publishEvent(EntityChanged.updated(Meetings.ENTITY, meetingId, "locked", meeting.locked(), lock));
        return meetings.find(meetingId);
    }

    @Transactional(readOnly = true)
    java.util.Optional<Run> latest(long eventId) {
        return jdbc.sql("SELECT * FROM expo_schedule_run WHERE event_id = :e ORDER BY run_at DESC, id DESC LIMIT 1")
                .param("e", eventId)
                .query((rs, n) -> {
                    List<Unscheduled> unscheduled;
                    try {
                        unscheduled = List.of(json.readValue(rs.getString("unscheduled"), Unscheduled[].class));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    long placed = rs.getLong("weight_placed");
                    long bound = rs.getLong("weight_bound");
                    return new Run(
                            rs.getLong("id"),
                            rs.getTimestamp("run_at").toInstant(),
                            rs.getString("run_by"),
                            rs.getString("status"),
                            rs.getBoolean("optimal"),
                            rs.getString("method"),
                            rs.getInt("accepted"),
                            rs.getInt("scheduled"),
                            placed,
                            bound,
                            bound <= 0 ? 0 : Math.round(10000.0 * (bound - placed) / bound) / 100.0,
                            rs.getInt("slots_used"),
                            rs.getInt("slot_lower_bound"),
                            rs.getInt("moved"),
                            rs.getLong("millis"),
                            unscheduled);
                })
                .optional();
    }

    private static int indexOf(Map<Long, Integer> index, List<Long> enterprises, long enterprise) {
        return index.computeIfAbsent(enterprise, k -> {
            enterprises.add(k);
            return enterprises.size() - 1;
        });
    }
}
