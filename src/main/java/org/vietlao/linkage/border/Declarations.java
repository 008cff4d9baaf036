package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Money;

/**
 * Declarations lodged before arrival and moved through their status machine. Lodging is once per trader and
 * client key: the key is stored with the declaration (unique per trader, never expiring), so the same key
 * always answers the same declaration and a concurrent repeat waits for the first and then finds it (decision
 * 0025). Every change writes a history row (who, when) and publishes {@link EntityChanged} for the audit log.
 */
@Service
class Declarations {

    static final String ENTITY = "border_declaration";
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Selectivity selectivity;
    private final BorderAccess access;
    private final BorderParameters parameters;

    Declarations(
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            Selectivity selectivity,
            BorderAccess access,
            BorderParameters parameters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.selectivity = selectivity;
        this.access = access;
        this.parameters = parameters;
    }

    /** A checked declaration, ready to store. */
    record Lodging(
            long traderId,
            String gatePairId,
            Direction direction,
            String plate,
            String vehicleCountry,
            String driverName,
            String driverDocument,
            List<Item> items) {}

    record Item(
            String hsCode,
            String description,
            BigDecimal quantity,
            String unit,
            Money value,
            String origin,
            String certificateOfOrigin,
            String preference) {}

    /** The declaration lodged, and whether this call created it (false: an earlier call with the same key did). */
    record Lodged(long id, boolean created) {}

    /** The actions of the status machine, as the API names them. */
    enum Action {
        REGISTER,
        START_INSPECTION,
        COMPLETE_INSPECTION,
        RELEASE,
        EXIT,
        CANCEL;

        /** Only a border officer at the gate; the others (register, cancel) also the declarant. */
        boolean officerOnly() {
            return this != REGISTER && this != CANCEL;
        }
    }

    @Transactional
    Lodged lodge(String clientKey, String requestHash, Lodging lodging, Actor actor, boolean demo) {
        Instant now = clock.instant();
        // One round trip stores the declaration, its items and the first history row; on a repeated key the
        // insert does nothing (waiting for a concurrent insert of the same key to commit) and neither do the others.
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("trader", lodging.traderId());
        params.put("key", clientKey);
        params.put("hash", requestHash);
        params.put("gate", lodging.gatePairId());
        params.put("direction", lodging.direction().name());
        params.put("plate", lodging.plate());
        params.put("country", lodging.vehicleCountry());
        params.put("driver", lodging.driverName());
        params.put("document", lodging.driverDocument());
        params.put("by", actor.username());
        params.put("at", Timestamp.from(now));
        params.put("demo", demo);
        Optional<Long> inserted = jdbc.sql("""
				WITH d AS (
				    INSERT INTO border_declaration (trader_id, client_key, request_hash, gate_pair_id, direction,
				        vehicle_plate, vehicle_country, driver_name, driver_document, status, lodged_by, lodged_at,
				        updated_at, demo)
				    VALUES (:trader, :key, :hash, :gate, :direction, :plate, :country, :driver, :document, 'STORED', :by,
				        :at, :at, :demo)
				    ON CONFLICT (trader_id, client_key) DO NOTHING RETURNING id),
				i AS (
				    INSERT INTO border_declaration_item (declaration_id, line_no, hs_code, description, quantity, unit,
				        value_amount, value_currency, origin_country, co_form, preference)
				    SELECT d.id, v.* FROM d CROSS JOIN (VALUES\s""" + itemRows(lodging.items(), params) + """
				) AS v),
				h AS (
				    INSERT INTO border_declaration_history (declaration_id, seq, from_status, to_status, actor, at)
				    SELECT d.id, 1, NULL, 'STORED', :by, :at FROM d)
				SELECT id FROM d""")
                .params(params)
                .query(Long.class)
                .optional();
        if (inserted.isEmpty()) {
            // Same trader and key: committed by an earlier call (a concurrent one was waited for by the insert).
            var earlier = jdbc.sql(
                            "SELECT id, request_hash FROM border_declaration WHERE trader_id = :t AND client_key = :k")
                    .param("t", lodging.traderId())
                    .param("k", clientKey)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .single();
            if (!earlier.getValue().equals(requestHash)) {
                throw BusinessException.onField(ErrorCode.IDM_001, "Idempotency-Key");
            }
            return new Lodged(earlier.getKey(), false);
        }
        long id = inserted.get();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("trader", lodging.traderId());
        values.put("gatePair", lodging.gatePairId());
        values.put("direction", lodging.direction().name());
        values.put("plate", lodging.plate());
        values.put("items", lodging.items().size());
        values.put("status", DeclarationStatus.STORED.name());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return new Lodged(id, true);
    }

    /** The items as rows of a VALUES list, their values added to {@code params}; types cast for NULLs. */
    private static String itemRows(List<Item> items, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (i > 0) {
                sql.append(", ");
            }
            sql.append("(")
                    .append(i + 1)
                    .append(", CAST(:hs%1$d AS varchar), CAST(:d%1$d AS varchar), CAST(:q%1$d AS numeric), "
                            .formatted(i))
                    .append("CAST(:u%1$d AS varchar), CAST(:v%1$d AS numeric), CAST(:c%1$d AS char(3)), ".formatted(i))
                    .append("CAST(:o%1$d AS char(2)), CAST(:f%1$d AS varchar), CAST(:p%1$d AS varchar))".formatted(i));
            params.put("hs" + i, item.hsCode());
            params.put("d" + i, item.description());
            params.put("q" + i, item.quantity());
            params.put("u" + i, item.unit());
            params.put("v" + i, item.value().amount());
            params.put("c" + i, item.value().currency());
            params.put("o" + i, item.origin());
            params.put("f" + i, item.certificateOfOrigin());
            params.put("p" + i, item.preference());
        }
        return sql.toString();
    }

    /**
     * Runs {@code action} on declaration {@code id} for {@code actor}. A declaration the actor may not see is
     * BRD-001 (404); an action of officers only, by someone else who may see it, AUT-002 (403); then the status
     * machine's rule.
     */
    @Transactional
    long act(long id, Action action, Actor actor) {
        Row row = lockVisible(id, actor);
        if ((action.officerOnly() || !actor.actsFor(row.traderId())) && !actor.guardsGate(row.gatePairId())) {
            throw new BusinessException(ErrorCode.AUT_002);
        }
        Declaration declaration = new Declaration(id, row.status(), row.channel());
        Instant now = clock.instant();
        int seq = nextSeq(id);
        switch (action) {
            case REGISTER -> {
                DeclarationStatus registered = declaration.register();
                requireNotBlocked(row.traderId(), LocalDate.ofInstant(now, BorderParameters.BORDER_ZONE));
                move(id, row.status(), registered, actor.username(), now, seq++, null);
                assignChannel(new Declaration(id, registered, null), row, actor.username(), now, seq);
            }
            case START_INSPECTION ->
                move(id, row.status(), declaration.startInspection(), actor.username(), now, seq, null);
            case COMPLETE_INSPECTION ->
                move(id, row.status(), declaration.completeInspection(), actor.username(), now, seq, null);
            case RELEASE -> move(id, row.status(), declaration.release(), actor.username(), now, seq, null);
            case EXIT -> move(id, row.status(), declaration.exit(), actor.username(), now, seq, null);
            case CANCEL -> move(id, row.status(), declaration.cancel(), actor.username(), now, seq, null);
        }
        return id;
    }

    private void assignChannel(Declaration registered, Row row, String actor, Instant now, int seq) {
        DeclarationStatus assigned = registered.assignChannel();
        LocalDate day = LocalDate.ofInstant(now, BorderParameters.BORDER_ZONE);
        List<Selectivity.ItemFacts> items = jdbc.sql("""
				SELECT hs_code, origin_country, value_amount, value_currency FROM border_declaration_item
				WHERE declaration_id = :id ORDER BY line_no""")
                .param("id", row.id())
                .query((rs, n) -> new Selectivity.ItemFacts(
                        rs.getString(1), rs.getString(2), Money.of(rs.getBigDecimal(3), rs.getString(4))))
                .list();
        Selectivity.Decision decision = selectivity.decide(
                new Selectivity.Facts(
                        row.id(), row.traderId(), row.gatePairId(), row.direction(), items, () -> priorReleases(row)),
                day);
        jdbc.sql("""
				UPDATE border_declaration SET channel = :channel, channel_basis = :basis, channel_rule_id = :rule,
				    channel_reason = :reason, channel_draw = :draw, channel_seed = :seed, channel_at = :at
				WHERE id = :id""")
                .param("channel", decision.channel().name())
                .param("basis", decision.basis())
                .param("rule", decision.ruleId())
                .param("reason", decision.ruleName())
                .param("draw", decision.draw())
                .param("seed", decision.seed())
                .param("at", Timestamp.from(now))
                .param("id", row.id())
                .update();
        move(
                row.id(),
                DeclarationStatus.REGISTERED,
                assigned,
                actor,
                now,
                seq,
                decision.channel() + " " + decision.basis());
    }

    private long priorReleases(Row row) {
        return jdbc.sql("""
				SELECT count(*) FROM border_declaration WHERE trader_id = :t AND id <> :id
				AND status IN ('RELEASED', 'EXITED')""")
                .param("t", row.traderId())
                .param("id", row.id())
                .query(Long.class)
                .single();
    }

    private void requireNotBlocked(long traderId, LocalDate day) {
        jdbc.sql("""
				SELECT reason FROM border_trader_block WHERE trader_id = :t AND since <= :day
				AND (lifted_on IS NULL OR lifted_on > :day) ORDER BY since LIMIT 1""")
                .param("t", traderId)
                .param("day", Date.valueOf(day))
                .query(String.class)
                .optional()
                .ifPresent(reason -> {
                    throw new BusinessException(ErrorCode.BRD_005, reason);
                });
    }

    /**
     * YELLOW declarations nobody has touched (still channel-assigned) for longer than the re-routing delay in
     * force go to BLUE, recorded as a re-route by the system. Answers how many moved.
     */
    @Transactional
    int rerouteUntouchedYellow() {
        Instant now = clock.instant();
        BigDecimal hours = parameters.on(
                BorderParameters.YELLOW_REROUTE_HOURS, LocalDate.ofInstant(now, BorderParameters.BORDER_ZONE));
        Instant before = now.minus(
                Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue()));
        List<Long> ids = jdbc.sql("""
				SELECT id FROM border_declaration WHERE status = 'CHANNEL_ASSIGNED' AND channel = 'YELLOW'
				AND channel_at < :before ORDER BY id FOR UPDATE SKIP LOCKED""")
                .param("before", Timestamp.from(before))
                .query(Long.class)
                .list();
        for (long id : ids) {
            jdbc.sql("""
					UPDATE border_declaration SET channel = 'BLUE', channel_basis = 'REROUTE', channel_rule_id = NULL,
					    channel_reason = NULL, channel_at = :at, updated_at = :at, version = version + 1 WHERE id = :id""").param("at", Timestamp.from(now)).param("id", id).update();
            history(
                    id,
                    nextSeq(id),
                    DeclarationStatus.CHANNEL_ASSIGNED,
                    DeclarationStatus.CHANNEL_ASSIGNED,
                    SYSTEM,
                    now,
                    "YELLOW->BLUE REROUTE");
            events.publishEvent(EntityChanged.updated(
                    ENTITY, id, Map.of("channel", "YELLOW"), Map.of("channel", "BLUE", "channelBasis", "REROUTE")));
        }
        return ids.size();
    }

    @Scheduled(fixedDelayString = "${linkage.border.reroute-interval:PT10M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "border.yellow-reroute", lockAtMostFor = "PT10M")
    void rerouteOnSchedule() {
        rerouteUntouchedYellow();
    }

    private void move(
            long id, DeclarationStatus from, DeclarationStatus to, String actor, Instant at, int seq, String note) {
        jdbc.sql("UPDATE border_declaration SET status = :to, updated_at = :at, version = version + 1 WHERE id = :id")
                .param("to", to.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
        history(id, seq, from, to, actor, at, note);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "status", from.name(), to.name()));
    }

    private void history(
            long id, int seq, DeclarationStatus from, DeclarationStatus to, String actor, Instant at, String note) {
        jdbc.sql("""
				INSERT INTO border_declaration_history (declaration_id, seq, from_status, to_status, actor, at, note)
				VALUES (:id, :seq, :from, :to, :actor, :at, :note)""")
                .param("id", id)
                .param("seq", seq)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .update();
    }

    private int nextSeq(long id) {
        return jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM border_declaration_history WHERE declaration_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    /** The row, locked for the change, if the actor may see it; else BRD-001. */
    private Row lockVisible(long id, Actor actor) {
        Row row = jdbc.sql("""
				SELECT id, trader_id, gate_pair_id, direction, status, channel FROM border_declaration WHERE id = :id
				FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        Direction.valueOf(rs.getString(4)),
                        DeclarationStatus.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : Channel.valueOf(rs.getString(6))))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_001, id));
        if (!BorderAccess.maySee(actor, row.traderId(), row.gatePairId())) {
            throw new BusinessException(ErrorCode.BRD_001, id);
        }
        return row;
    }

    record Row(
            long id,
            long traderId,
            String gatePairId,
            Direction direction,
            DeclarationStatus status,
            Channel channel) {}

    /** Whether the actor may see the declaration; unknown ids answer false. */
    @Transactional(readOnly = true)
    boolean visible(long id, Actor actor) {
        return jdbc.sql("SELECT trader_id, gate_pair_id FROM border_declaration WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> BorderAccess.maySee(actor, rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(false);
    }
}
