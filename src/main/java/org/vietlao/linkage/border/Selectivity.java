package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.CurrencyConverter;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.Money;

/**
 * Assigns the risk channel of a registered declaration the ASYCUDA way: first the local criteria (a rule forces
 * its channel; when several hold, the most severe wins, then the lowest rule id), then the random selection
 * (one draw in [0, 1) against the RED and YELLOW rates in force that day), else GREEN. Every decision says what
 * decided it; the draw comes from the configured seed and the declaration's id, so it can be reproduced.
 */
@Component
class Selectivity {

    private final JdbcClient jdbc;
    private final BorderParameters parameters;
    private final CurrencyConverter converter;
    private final long seed;

    Selectivity(
            JdbcClient jdbc,
            BorderParameters parameters,
            CurrencyConverter converter,
            @Value("${linkage.border.selectivity-seed:13}") long seed) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.converter = converter;
        this.seed = seed;
    }

    /** What a rule can look at. */
    record Facts(
            long declarationId,
            long traderId,
            String gatePairId,
            Direction direction,
            List<ItemFacts> items,
            LongSupplier priorReleases) {}

    record ItemFacts(String hsCode, String origin, Money value) {}

    /**
     * A channel and why.
     *
     * @param basis RULE, RANDOM or DEFAULT
     * @param ruleId the rule that decided, for RULE
     * @param ruleName its name then
     * @param draw the random draw (always made, recorded even when a rule decided)
     * @param seed the seed of the draw
     */
    record Decision(Channel channel, String basis, Long ruleId, String ruleName, BigDecimal draw, long seed) {}

    record Rule(
            long id,
            String name,
            Channel channel,
            String hsPrefix,
            String origin,
            Long traderId,
            Integer maxPriorReleases,
            BigDecimal valueThreshold,
            String valueCurrency,
            String gatePairId,
            Direction direction) {}

    Decision decide(Facts facts, LocalDate day) {
        BigDecimal draw = draw(facts.declarationId());
        Rule decisive = null;
        Long prior = null;
        for (Rule rule : activeRules()) {
            if (decisive != null && !rule.channel().moreSevereThan(decisive.channel())) {
                continue;
            }
            if (rule.maxPriorReleases() != null && prior == null) {
                prior = facts.priorReleases().getAsLong();
            }
            if (holds(rule, facts, prior, day)) {
                decisive = rule;
            }
        }
        if (decisive != null) {
            return new Decision(decisive.channel(), "RULE", decisive.id(), decisive.name(), draw, seed);
        }
        BigDecimal red = parameters.on(BorderParameters.RED_RATE, day);
        BigDecimal yellow = parameters.on(BorderParameters.YELLOW_RATE, day);
        if (draw.compareTo(red) < 0) {
            return new Decision(Channel.RED, "RANDOM", null, null, draw, seed);
        }
        if (draw.compareTo(red.add(yellow)) < 0) {
            return new Decision(Channel.YELLOW, "RANDOM", null, null, draw, seed);
        }
        return new Decision(Channel.GREEN, "DEFAULT", null, null, draw, seed);
    }

    /** The draw for a declaration: a pure function of the seed and the id. */
    BigDecimal draw(long declarationId) {
        double u = new SplittableRandom(seed ^ (declarationId * 0x9E3779B97F4A7C15L)).nextDouble();
        return BigDecimal.valueOf(u).setScale(10, RoundingMode.DOWN);
    }

    long seed() {
        return seed;
    }

    List<Rule> activeRules() {
        return jdbc.sql("""
				SELECT id, name, channel, hs_prefix, origin_country, trader_id, max_prior_releases, value_threshold,
				       value_currency, gate_pair_id, direction
				FROM border_selectivity_rule WHERE active ORDER BY id""")
                .query((rs, n) -> new Rule(
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
                        rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction"))))
                .list();
    }

    /** Every criterion the rule sets holds; item criteria (HS prefix, origin) hold when one item meets both. */
    boolean holds(Rule rule, Facts facts, Long priorReleases, LocalDate day) {
        if (rule.gatePairId() != null && !rule.gatePairId().equals(facts.gatePairId())) {
            return false;
        }
        if (rule.direction() != null && rule.direction() != facts.direction()) {
            return false;
        }
        if (rule.traderId() != null && rule.traderId() != facts.traderId()) {
            return false;
        }
        if (rule.maxPriorReleases() != null && priorReleases >= rule.maxPriorReleases()) {
            return false;
        }
        if (rule.hsPrefix() != null || rule.origin() != null) {
            boolean anyItem = facts.items().stream()
                    .anyMatch(item -> (rule.hsPrefix() == null || item.hsCode().startsWith(rule.hsPrefix()))
                            && (rule.origin() == null || rule.origin().equals(item.origin())));
            if (!anyItem) {
                return false;
            }
        }
        if (rule.valueThreshold() != null) {
            return totalIn(rule.valueCurrency(), facts.items(), day).compareTo(rule.valueThreshold()) >= 0;
        }
        return true;
    }

    /**
     * The declared value in {@code currency}; an item whose currency has no rate counts as over any threshold
     * (an unknown value is not a reason to look less closely).
     */
    private BigDecimal totalIn(String currency, List<ItemFacts> items, LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (ItemFacts item : items) {
            if (item.value().isIn(currency)) {
                total = total.add(item.value().amount());
                continue;
            }
            try {
                total = total.add(
                        converter.convert(item.value(), currency, day).to().amount());
            } catch (BusinessException noRate) {
                return new BigDecimal("1E30");
            }
        }
        return total;
    }
}
