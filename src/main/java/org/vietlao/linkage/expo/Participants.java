package org.vietlao.linkage.expo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/** The enterprises registered for an event (with a booth or as visitors) and the slots each has blocked. */
@Service
@Transactional
class Participants {

    static final String ENTITY = "expo_participant";

    private final JdbcClient jdbc;
    private final EnterpriseDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Participants(JdbcClient jdbc, EnterpriseDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    record Participant(long enterpriseId, String country, String provinceCode) {}

    /** Registers the enterprise (once; a second registration changes nothing). */
    void register(long eventId, long enterpriseId, String username) {
        EnterpriseProfile profile = directory
                .find(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new BusinessException(ErrorCode.ENT_011, enterpriseId));
        int inserted = jdbc.sql("""
				INSERT INTO expo_participant (event_id, enterprise_id, country, province_code, registered_by, registered_at)
				VALUES (:e, :x, :c, :p, :by, :at) ON CONFLICT DO NOTHING""")
                .param("e", eventId)
                .param("x", enterpriseId)
                .param("c", profile.country())
                .param("p", profile.provinceCode())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (inserted > 0) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("eventId", eventId);
            values.put("enterpriseId", enterpriseId);
            events.publishEvent(EntityChanged.created(ENTITY, eventId + "/" + enterpriseId, values));
        }
    }

    @Transactional(readOnly = true)
    List<Participant> of(long eventId) {
        return jdbc.sql("""
				SELECT enterprise_id, country, province_code FROM expo_participant WHERE event_id = :e
				ORDER BY enterprise_id""")
                .param("e", eventId)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional(readOnly = true)
    boolean isRegistered(long eventId, long enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM expo_participant WHERE event_id = :e AND enterprise_id = :x")
                        .param("e", eventId)
                        .param("x", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Replaces the slots the participant has blocked. */
    void block(long eventId, long enterpriseId, List<Integer> slots, int slotCount) {
        if (!isRegistered(eventId, enterpriseId)) {
            throw BusinessException.onField(ErrorCode.EXP_024, "enterpriseId");
        }
        Set<Integer> wanted = new TreeSet<>();
        for (int i = 0; i < slots.size(); i++) {
            Integer slot = slots.get(i);
            if (slot == null || slot < 1 || slot > slotCount) {
                throw new BusinessException(
                        ErrorCode.EXP_011, List.of(Events.field("slots[" + i + "]", "range", 1, slotCount)));
            }
            wanted.add(slot);
        }
        Set<Integer> previous = blocked(eventId).getOrDefault(enterpriseId, Set.of());
        jdbc.sql("DELETE FROM expo_blocked_slot WHERE event_id = :e AND enterprise_id = :x")
                .param("e", eventId)
                .param("x", enterpriseId)
                .update();
        for (int slot : wanted) {
            jdbc.sql("INSERT INTO expo_blocked_slot (event_id, enterprise_id, slot_number) VALUES (:e, :x, :s)")
                    .param("e", eventId)
                    .param("x", enterpriseId)
                    .param("s", slot)
                    .update();
        }
        events.publishEvent(EntityChanged.updated(
                ENTITY, eventId + "/" + enterpriseId, "blockedSlots", List.copyOf(previous), List.copyOf(wanted)));
    }

    @Transactional(readOnly = true)
    Map<Long, Set<Integer>> blocked(long eventId) {
        Map<Long, Set<Integer>> blocked = new LinkedHashMap<>();
        jdbc.sql("SELECT enterprise_id, slot_number FROM expo_blocked_slot WHERE event_id = :e")
                .param("e", eventId)
                .query(rs -> {
                    blocked.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
                });
        return blocked;
    }
}
