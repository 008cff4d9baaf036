package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Maintenance of the selectivity rules (criteria forcing a channel) and the trader blocks (refusing
 * registration), by administrators (decision 0035). Rules are never deleted, only deactivated, because
 * declarations keep the id of the rule that decided their channel. Blocks are lifted from a date, never
 * deleted, so that a refusal stays explained. Every change publishes {@link EntityChanged}.
 */
@Service
class RiskSettings {

    static final String RULE = "border_selectivity_rule";
    static final String BLOCK = "border_trader_block";

    /** The reasons a trader may be blocked for (VNACCS). */
    enum BlockReason {
        TAX_OVERDUE_90_DAYS,
        SUSPENDED,
        DISSOLVED,
        BANKRUPT
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RiskSettings(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A rule as stored and shown. */
    record RuleView(
            long id,
            String name,
            Channel channel,
            String hsPrefix,
            String originCountry,
            Long traderId,
            Integer maxPriorReleases,
            BigDecimal valueThreshold,
            String valueCurrency,
            String gatePairId,
            Direction direction,
            boolean active,
            boolean demo) {

        Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", name);
            values.put("channel", channel.name());
            values.put("hsPrefix", hsPrefix);
            values.put("originCountry", originCountry);
            values.put("traderId", traderId);
            values.put("maxPriorReleases", maxPriorReleases);
            values.put("valueThreshold", valueThreshold);
            values.put("valueCurrency", valueCurrency);
            values.put("gatePairId", gatePairId);
            values.put("direction", direction == null ? null : direction.name());
            values.put("active", active);
            return values;
        }
    }

    record BlockView(long traderId, BlockReason reason, LocalDate since, LocalDate liftedOn, boolean demo) {}

    List<RuleView> rules() {
        return jdbc.sql("SELECT * FROM border_selectivity_rule ORDER BY active DESC, id")
                .query((rs, n) -> rule(rs))
                .list();
    }

    RuleView rule(long id) {
        return jdbc.sql("SELECT * FROM border_selectivity_rule WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rule(rs))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_029, id));
    }

    @Transactional
    RuleView create(RuleView rule) {
        long id = jdbc.sql("""
				INSERT INTO border_selectivity_rule (name, channel, hs_prefix, origin_country, trader_id,
				    max_prior_releases, value_threshold, value_currency, gate_pair_id, direction, active)
				VALUES (:name, :channel, :hs, :origin, :trader, :prior, :threshold, :currency, :gate, :direction,
				    :active) RETURNING id""").params(params(rule)).query(Long.class).single();
        RuleView created = rule(id);
        events.publishEvent(EntityChanged.created(RULE, id, created.values()));
        return created;
    }

    @Transactional
    RuleView update(long id, RuleView rule) {
        RuleView before = jdbc.sql("SELECT * FROM border_selectivity_rule WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> rule(rs))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_029, id));
        Map<String, Object> params = params(rule);
        params.put("id", id);
        jdbc.sql("""
				UPDATE border_selectivity_rule SET name = :name, channel = :channel, hs_prefix = :hs,
				    origin_country = :origin, trader_id = :trader, max_prior_releases = :prior,
				    value_threshold = :threshold, value_currency = :currency, gate_pair_id = :gate,
				    direction = :direction, active = :active WHERE id = :id""").params(params).update();
        RuleView after = rule(id);
        EntityChanged change = EntityChanged.updated(RULE, id, before.values(), after.values());
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    private static Map<String, Object> params(RuleView rule) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", rule.name());
        params.put("channel", rule.channel().name());
        params.put("hs", rule.hsPrefix());
        params.put("origin", rule.originCountry());
        params.put("trader", rule.traderId());
        params.put("prior", rule.maxPriorReleases());
        params.put("threshold", rule.valueThreshold());
        params.put("currency", rule.valueCurrency());
        params.put("gate", rule.gatePairId());
        params.put(
                "direction", rule.direction() == null ? null : rule.direction().name());
        params.put("active", rule.active());
        return params;
    }

    private static RuleView rule(java.sql.ResultSet rs) throws SQLException {
        String direction = rs.getString("direction");
        return new RuleView(
                rs.getLong("id"),
                rs.getString("name"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("hs_prefix"),
                rs.getString("origin_country"),
                (Long) rs.getObject("trader_id"),
                (Integer) rs.getObject("max_prior_releases"),
                rs.getBigDecimal("value_threshold"),
                rs.getString("value_currency"),
                rs.getString("gate_pair_id"),
                direction == null ? null : Direction.valueOf(direction),
                rs.getBoolean("active"),
                rs.getBoolean("demo"));
    }

    // ------------------------------------------------------------------------------------------------- blocks

    List<BlockView> blocks() {
        return jdbc.sql("""
				SELECT trader_id, reason, since, lifted_on, demo FROM border_trader_block
				ORDER BY lifted_on IS NOT NULL, since DESC, trader_id""")
                .query((rs, n) -> new BlockView(
                        rs.getLong(1),
                        BlockReason.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getBoolean(5)))
                .list();
    }

    /** Blocks a trader for a reason from a date; an open block for the same reason is BRD-030. */
    @Transactional
    BlockView block(long traderId, BlockReason reason, LocalDate since) {
        boolean open = jdbc.sql("""
				SELECT count(*) > 0 FROM border_trader_block WHERE trader_id = :t AND reason = :r AND lifted_on IS NULL""")
                .param("t", traderId)
                .param("r", reason.name())
                .query(Boolean.class)
                .single();
        if (open) {
            throw BusinessException.onField(ErrorCode.BRD_030, "reason", reason.name());
        }
        int inserted = jdbc.sql("""
				INSERT INTO border_trader_block (trader_id, reason, since) VALUES (:t, :r, :s)
				ON CONFLICT DO NOTHING""")
                .param("t", traderId)
                .param("r", reason.name())
                .param("s", Date.valueOf(since))
                .update();
        if (inserted == 0) {
            throw BusinessException.onField(ErrorCode.BRD_030, "since", since);
        }
        events.publishEvent(EntityChanged.created(
                BLOCK,
                traderId + "/" + reason + "/" + since,
                Map.of("trader", traderId, "reason", reason.name(), "since", since.toString())));
        return new BlockView(traderId, reason, since, null, false);
    }

    /** Lifts the open block of a trader for a reason from {@code liftedOn} (not before it began). */
    @Transactional
    BlockView lift(long traderId, BlockReason reason, LocalDate liftedOn) {
        LocalDate since = jdbc.sql("""
				SELECT since FROM border_trader_block WHERE trader_id = :t AND reason = :r AND lifted_on IS NULL
				FOR UPDATE""")
                .param("t", traderId)
                .param("r", reason.name())
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate)
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_029, traderId + "/" + reason));
        if (liftedOn.isBefore(since)) {
            throw BusinessException.onField(ErrorCode.BRD_030, "liftedOn", since);
        }
        jdbc.sql("""
				UPDATE border_trader_block SET lifted_on = :l WHERE trader_id = :t AND reason = :r AND since = :s""")
                .param("l", Date.valueOf(liftedOn))
                .param("t", traderId)
                .param("r", reason.name())
                .param("s", Date.valueOf(since))
                .update();
        events.publishEvent(EntityChanged.updated(
                BLOCK, traderId + "/" + reason + "/" + since, "liftedOn", null, liftedOn.toString()));
        return new BlockView(traderId, reason, since, liftedOn, false);
    }
}
