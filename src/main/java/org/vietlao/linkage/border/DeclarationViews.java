package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/** Declarations as the API and the pages show them: items, channel with its reason, and the full history. */
@Component
@Transactional(readOnly = true)
class DeclarationViews {

    private final JdbcClient jdbc;
    private final BorderAccess access;

    DeclarationViews(JdbcClient jdbc, BorderAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    record Vehicle(String plate, String country) {}

    record Driver(String name, String document) {}

    record ItemView(
            int line,
            String hsCode,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal value,
            String currency,
            String originCountry,
            String certificateOfOrigin,
            String preference) {}

    /**
     * Why the channel is what it is.
     *
     * @param basis RULE (a selectivity rule), RANDOM (the draw under a rate), DEFAULT (nothing selected it), REROUTE
     *     (an untouched YELLOW moved to BLUE)
     * @param ruleId the deciding rule, for RULE
     * @param ruleName its name when it decided
     * @param draw the random draw in [0, 1)
     * @param seed the seed the draw came from
     */
    record ChannelReason(String basis, Long ruleId, String ruleName, BigDecimal draw, Long seed, Instant at) {}

    record HistoryEntry(int seq, String fromStatus, String toStatus, String actor, Instant at, String note) {}

    record DeclarationView(
            long id,
            String status,
            String channel,
            ChannelReason channelReason,
            long traderId,
            String gatePairId,
            String direction,
            Vehicle vehicle,
            Driver driver,
            List<ItemView> items,
            String lodgedBy,
            Instant lodgedAt,
            Instant updatedAt,
            boolean demo,
            List<HistoryEntry> history) {}

    /** One declaration the actor may see; else BRD-001. */
    DeclarationView visible(long id, Actor actor) {
        DeclarationView view = find(id).orElseThrow(() -> new BusinessException(ErrorCode.BRD_001, id));
        if (!BorderAccess.maySee(actor, view.traderId(), view.gatePairId())) {
            throw new BusinessException(ErrorCode.BRD_001, id);
        }
        return view;
    }

    java.util.Optional<DeclarationView> find(long id) {
        List<ItemView> items = jdbc.sql("""
				SELECT line_no, hs_code, description, quantity, unit, value_amount, value_currency, origin_country,
				       co_form, preference
				FROM border_declaration_item WHERE declaration_id = :id ORDER BY line_no""")
                .param("id", id)
                .query((rs, n) -> new ItemView(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
        List<HistoryEntry> history = jdbc.sql("""
				SELECT seq, from_status, to_status, actor, at, note FROM border_declaration_history
				WHERE declaration_id = :id ORDER BY seq""")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
        return jdbc.sql("""
				SELECT id, status, channel, channel_basis, channel_rule_id, channel_reason, channel_draw, channel_seed,
				       channel_at, trader_id, gate_pair_id, direction, vehicle_plate, vehicle_country, driver_name,
				       driver_document, lodged_by, lodged_at, updated_at, demo
				FROM border_declaration WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new DeclarationView(
                        rs.getLong("id"),
                        rs.getString("status"),
                        rs.getString("channel"),
                        rs.getString("channel_basis") == null
                                ? null
                                : new ChannelReason(
                                        rs.getString("channel_basis"),
                                        (Long) rs.getObject("channel_rule_id"),
                                        rs.getString("channel_reason"),
                                        rs.getBigDecimal("channel_draw"),
                                        (Long) rs.getObject("channel_seed"),
                                        rs.getTimestamp("channel_at").toInstant()),
                        rs.getLong("trader_id"),
                        rs.getString("gate_pair_id"),
                        rs.getString("direction"),
                        new Vehicle(rs.getString("vehicle_plate"), rs.getString("vehicle_country")),
                        new Driver(rs.getString("driver_name"), rs.getString("driver_document")),
                        items,
                        rs.getString("lodged_by"),
                        rs.getTimestamp("lodged_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getBoolean("demo"),
                        history))
                .optional();
    }

    /** One line of a queue: enough to pick the declaration to work on. */
    record QueueLine(
            long id,
            String status,
            String channel,
            String gatePairId,
            String direction,
            String plate,
            long traderId,
            Instant lodgedAt,
            boolean demo) {}

    /** Open declarations at the officer's gates (or the enterprise's own), oldest first; at most {@code limit}. */
    List<QueueLine> queue(Actor actor, String gatePairId, int limit) {
        String where;
        if (actor.has(Role.BORDER_OFFICER)) {
            where = "gate_pair_id IN (:gates)";
        } else if (actor.has(Role.ENTERPRISE) && actor.organisationId() != null) {
            where = "trader_id IN (:traders)";
        } else {
            throw new BusinessException(ErrorCode.AUT_002);
        }
        List<String> gates = actor.gatePairIds().isEmpty() ? List.of("-") : List.copyOf(actor.gatePairIds());
        return jdbc.sql(
                        "SELECT id, status, channel, gate_pair_id, direction, vehicle_plate, trader_id, lodged_at, demo "
                                + "FROM border_declaration WHERE " + where
                                + " AND status NOT IN ('EXITED', 'CANCELLED') AND (:gate::text IS NULL OR gate_pair_id = :gate)"
                                + " ORDER BY lodged_at, id LIMIT :limit")
                .param("gates", gates)
                .param("traders", BorderAccess.ownTraders(actor))
                .param("gate", gatePairId)
                .param("limit", limit)
                .query((rs, n) -> new QueueLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getBoolean(9)))
                .list();
    }
}
