package org.vietlao.linkage.border;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Vehicle visits at a gate: opened on arrival in the control zone, linked to the vehicle's open declarations at
 * that gate, with timestamped events from an officer, an app or a plate camera, closed by gate-out. One plate has
 * at most one open visit; gate-in without an open pre-declaration is refused and the refusal recorded.
 */
@Service
class Visits {

    static final String ENTITY = "border_visit";

    /** The events of a visit in the order a vehicle meets them. */
    enum EventType {
        ARRIVED,
        PARKED,
        CALLED_TO_GATE,
        GATE_IN,
        CUSTOMS_START,
        INSPECTION_START,
        INSPECTION_END,
        RELEASED,
        GATE_OUT
    }

    enum Source {
        OFFICER,
        APP,
        CAMERA
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Visits(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    record Opening(
            String gatePairId, String side, String plate, String vehicleCountry, Instant arrivedAt, Source source) {}

    /** An event as recorded: {@code refusedCode} is set when the rule refused it (the row is kept all the same). */
    record Recorded(long visitId, long eventId, EventType type, Instant at, String refusedCode) {}

    /** Opens a visit with its arrival event; BRD-012 when the plate already has an open visit. */
    @Transactional
    long open(Opening opening, Actor actor, boolean demo) {
        Instant now = clock.instant();
        Instant arrived = opening.arrivedAt() == null ? now : opening.arrivedAt();
        Optional<Long> id = jdbc.sql("""
				INSERT INTO border_visit (gate_pair_id, side, plate, vehicle_country, opened_by, opened_at, demo)
				VALUES (:gate, :side, :plate, :country, :by, :at, :demo)
				ON CONFLICT (plate) WHERE closed_at IS NULL DO NOTHING RETURNING id""")
                .param("gate", opening.gatePairId())
                .param("side", opening.side())
                .param("plate", opening.plate())
                .param("country", opening.vehicleCountry())
                .param("by", actor.username())
                .param("at", Timestamp.from(arrived))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_012, opening.plate());
        }
        linkOpenDeclarations(id.get(), opening.gatePairId(), opening.plate());
        insertEvent(id.get(), EventType.ARRIVED, arrived, opening.source(), actor.username(), now, null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("gatePair", opening.gatePairId());
        values.put("side", opening.side());
        values.put("plate", opening.plate());
        values.put("arrivedAt", arrived.toString());
        events.publishEvent(EntityChanged.created(ENTITY, id.get(), values));
        return id.get();
    }

    /**
     * Records one event. A closed visit refuses every event (BRD-020); an event before the arrival or after the
     * gate-out is BRD-014. A gate-in without an open declaration for the plate at the gate is recorded as
     * refused (BRD-013) and answered as such: the caller turns it into a 409 after this transaction commits.
     */
    @Transactional
    Recorded record(long visitId, EventType type, Instant at, Source source, Actor actor) {
        Visit visit = lockVisible(visitId, actor);
        if (visit.closedAt() != null) {
            throw new BusinessException(ErrorCode.BRD_020, visitId);
        }
        if (at.isBefore(visit.openedAt())) {
            throw new BusinessException(
                    ErrorCode.BRD_014, List.of(new BusinessException.FieldError("at", "border.field.event-order")));
        }
        Instant now = clock.instant();
        String refused = null;
        if (type == EventType.GATE_IN) {
            int linked = linkOpenDeclarations(visitId, visit.gatePairId(), visit.plate());
            if (linked == 0 && !hasOpenLinkedDeclaration(visitId)) {
                refused = ErrorCode.BRD_013.code();
            }
        }
        long eventId = insertEvent(visitId, type, at, source, actor.username(), now, refused);
        if (type == EventType.GATE_OUT && refused == null) {
            jdbc.sql("UPDATE border_visit SET closed_at = :at WHERE id = :id")
                    .param("at", Timestamp.from(at))
                    .param("id", visitId)
                    .update();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("event", type.name());
        values.put("at", at.toString());
        values.put("source", source.name());
        if (refused != null) {
            values.put("refused", refused);
        }
        events.publishEvent(EntityChanged.updated(ENTITY, visitId, Map.of(), values));
        return new Recorded(visitId, eventId, type, at, refused);
    }

    private boolean hasOpenLinkedDeclaration(long visitId) {
        return jdbc.sql("""
				SELECT count(*) FROM border_visit_declaration l JOIN border_declaration d ON d.id = l.declaration_id
				WHERE l.visit_id = :v AND d.status NOT IN ('EXITED', 'CANCELLED')""").param("v", visitId).query(Long.class).single() > 0;
    }

    /** Links the plate's open declarations at the gate not linked yet; answers how many were open in all. */
    private int linkOpenDeclarations(long visitId, String gatePairId, String plate) {
        jdbc.sql("""
				INSERT INTO border_visit_declaration (visit_id, declaration_id)
				SELECT :v, id FROM border_declaration
				WHERE gate_pair_id = :gate AND vehicle_plate = :plate AND status NOT IN ('EXITED', 'CANCELLED')
				ON CONFLICT DO NOTHING""")
                .param("v", visitId)
                .param("gate", gatePairId)
                .param("plate", plate)
                .update();
        return jdbc.sql("""
				SELECT count(*) FROM border_declaration WHERE gate_pair_id = :gate AND vehicle_plate = :plate
				AND status NOT IN ('EXITED', 'CANCELLED')""")
                .param("gate", gatePairId)
                .param("plate", plate)
                .query(Integer.class)
                .single();
    }

    private long insertEvent(
            long visitId, EventType type, Instant at, Source source, String by, Instant now, String refused) {
        return jdbc.sql("""
				INSERT INTO border_visit_event (visit_id, type, at, source, recorded_by, recorded_at, refused)
				VALUES (:v, :type, :at, :source, :by, :now, :refused) RETURNING id""")
                .param("v", visitId)
                .param("type", type.name())
                .param("at", Timestamp.from(at))
                .param("source", source.name())
                .param("by", by)
                .param("now", Timestamp.from(now))
                .param("refused", refused)
                .query(Long.class)
                .single();
    }

    record Visit(long id, String gatePairId, String side, String plate, Instant openedAt, Instant closedAt) {}

    private Visit lockVisible(long id, Actor actor) {
        Visit visit = jdbc.sql("""
				SELECT id, gate_pair_id, side, plate, opened_at, closed_at FROM border_visit WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Visit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_011, id));
        if (!actor.guardsGate(visit.gatePairId())) {
            throw new BusinessException(ErrorCode.BRD_011, id);
        }
        return visit;
    }

    /** The gate of a visit, to decide who may act on it before reading what they sent; empty when unknown. */
    @Transactional(readOnly = true)
    Optional<String> gateOf(long id) {
        return jdbc.sql("SELECT gate_pair_id FROM border_visit WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    static EventType eventType(String input) {
        try {
            return EventType.valueOf(input.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
