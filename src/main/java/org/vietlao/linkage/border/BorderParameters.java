package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The effective-dated parameters of the border rules (allowance cap, days a month, random selection rates,
 * re-routing delay). A value applies from its effective date until the next one; a change may only take effect
 * today or later, so that what was decided yesterday stays decided by yesterday's value.
 */
@Component
class BorderParameters {

    /** Border dates are the gates' local dates (both countries are UTC+7). */
    static final ZoneId BORDER_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String RED_RATE = "random.red.rate";
    static final String YELLOW_RATE = "random.yellow.rate";
    static final String YELLOW_REROUTE_HOURS = "yellow.reroute.hours";
    static final String DAILY_ALLOWANCE_VND = "resident.daily.allowance.vnd";
    static final String DAYS_PER_MONTH = "resident.days.per.month";
    static final String TRANSIT_TIME_LIMIT_HOURS = "transit.time.limit.hours";
    static final String TRANSIT_ENQUIRY_DAYS = "transit.enquiry.days";
    static final String TRANSIT_RECOVERY_DAYS = "transit.recovery.days";

    private static final BigDecimal ONE = BigDecimal.ONE;

    /** Known names and what a value must be. */
    private static final Map<String, Predicate<BigDecimal>> RULES = Map.of(
            RED_RATE, v -> v.signum() >= 0 && v.compareTo(ONE) <= 0,
            YELLOW_RATE, v -> v.signum() >= 0 && v.compareTo(ONE) <= 0,
            YELLOW_REROUTE_HOURS, v -> v.signum() > 0 && v.compareTo(BigDecimal.valueOf(24 * 365)) <= 0,
            DAILY_ALLOWANCE_VND,
                    v -> v.signum() >= 0
                            && v.stripTrailingZeros().scale() <= 0
                            && v.compareTo(new BigDecimal("1000000000000")) < 0,
            DAYS_PER_MONTH,
                    v -> v.signum() >= 0
                            && v.compareTo(BigDecimal.valueOf(31)) <= 0
                            && v.stripTrailingZeros().scale() <= 0,
            TRANSIT_TIME_LIMIT_HOURS, BorderParameters::wholeDaysOrHours,
            TRANSIT_ENQUIRY_DAYS, BorderParameters::wholeDaysOrHours,
            TRANSIT_RECOVERY_DAYS, BorderParameters::wholeDaysOrHours);

    /** A whole number from 1 to 8,760 (a year in hours). */
    private static boolean wholeDaysOrHours(BigDecimal v) {
        return v.signum() > 0 && v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(24 * 365)) <= 0;
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BorderParameters(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** One value in force on a day, with when it took effect and its source. */
    record Value(String name, BigDecimal value, LocalDate effectiveFrom, String source) {}

    BigDecimal on(String name, LocalDate day) {
        return valueOn(name, day).value();
    }

    Value valueOn(String name, LocalDate day) {
        return jdbc.sql("""
				SELECT name, value, effective_from, source FROM border_parameter
				WHERE name = :name AND effective_from <= :day ORDER BY effective_from DESC LIMIT 1""")
                .param("name", name)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> new Value(
                        rs.getString(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_018, name));
    }

    /** Every value of a parameter, earliest first. */
    List<Value> history(String name) {
        requireKnown(name);
        return jdbc.sql("""
				SELECT name, value, effective_from, source FROM border_parameter WHERE name = :name
				ORDER BY effective_from""")
                .param("name", name)
                .query((rs, n) -> new Value(
                        rs.getString(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    static void requireKnown(String name) {
        if (!RULES.containsKey(name)) {
            throw new BusinessException(ErrorCode.BRD_018, name);
        }
    }

    /**
     * Sets {@code value} from {@code effectiveFrom} (today or later, in the gates' time zone), replacing a value
     * already set for that same date. Audited.
     */
    @Transactional
    Value set(String name, BigDecimal value, LocalDate effectiveFrom, String source, String actor) {
        requireKnown(name);
        var errors = new java.util.ArrayList<BusinessException.FieldError>();
        if (value == null || !RULES.get(name).test(value)) {
            errors.add(new BusinessException.FieldError("value", "border.parameter.invalid-value", name));
        }
        LocalDate today = LocalDate.now(clock.withZone(BORDER_ZONE));
        if (effectiveFrom == null || effectiveFrom.isBefore(today) || effectiveFrom.isAfter(today.plusYears(50))) {
            errors.add(new BusinessException.FieldError("effectiveFrom", "border.parameter.not-before-today", today));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_019, errors);
        }
        String from = source == null || source.isBlank() ? "set by " + actor : source.strip();
        jdbc.sql("""
				INSERT INTO border_parameter (name, effective_from, value, set_by, set_at, source)
				VALUES (:name, :from, :value, :by, :at, :source)
				ON CONFLICT (name, effective_from) DO UPDATE
				SET value = EXCLUDED.value, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at, source = EXCLUDED.source""")
                .param("name", name)
                .param("from", Date.valueOf(effectiveFrom))
                .param("value", value)
                .param("by", actor)
                .param("at", Timestamp.from(clock.instant()))
                .param("source", from)
                .update();
        events.publishEvent(EntityChanged.created(
                "border_parameter",
                name + "@" + effectiveFrom,
                Map.of("value", value.toPlainString(), "effectiveFrom", effectiveFrom.toString(), "source", from)));
        return new Value(name, value, effectiveFrom, from);
    }
}
