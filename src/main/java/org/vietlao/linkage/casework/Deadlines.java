package org.vietlao.linkage.casework;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The deadline of each step in working days, effective-dated (decision 0047): a value holds from its date until
 * the next one, a step takes the value in force on the day it started, and a change may only take effect today or
 * later, so that a step already running keeps the deadline it started with.
 */
@Component
class Deadlines {

    static final int MAX_DAYS = 500;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Deadlines(JdbcClient jdbc, WorkingDays workingDays, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
        this.events = events;
    }

    /** A value of a step's deadline with when it took effect and its source. */
    record Value(Step step, int workingDays, LocalDate effectiveFrom, String source, String setBy) {}

    static Step step(String name) {
        try {
            return Step.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new BusinessException(ErrorCode.CAS_009, String.valueOf(name));
        }
    }

    Value on(Step step, LocalDate day) {
        return jdbc.sql("""
				SELECT step, working_days, effective_from, source, set_by FROM casework_deadline
				WHERE step = :step AND effective_from <= :day ORDER BY effective_from DESC LIMIT 1""")
                .param("step", step.name())
                .param("day", Date.valueOf(day))
                .query((rs, n) -> read(rs))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.CAS_009, step.name()));
    }

    /** The deadline of {@code step} started on {@code start}, counted in {@code country}'s working days. */
    LocalDate deadline(Step step, LocalDate start, String country) {
        return workingDays.plus(country, start, on(step, start).workingDays());
    }

    List<Value> history(Step step) {
        return jdbc.sql("""
				SELECT step, working_days, effective_from, source, set_by FROM casework_deadline WHERE step = :step
				ORDER BY effective_from""")
                .param("step", step.name())
                .query((rs, n) -> read(rs))
                .list();
    }

    /** Sets the step's deadline from {@code effectiveFrom} (today or later); CAS-010 otherwise. Audited. */
    @Transactional
    Value set(Step step, Integer days, LocalDate effectiveFrom, String source, Actor actor) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (days == null || days < 1 || days > MAX_DAYS) {
            errors.add(new BusinessException.FieldError("workingDays", "casework.deadline.error.days", MAX_DAYS));
        }
        LocalDate today = Cases.today(clock);
        if (effectiveFrom == null || effectiveFrom.isBefore(today) || effectiveFrom.isAfter(today.plusYears(50))) {
            errors.add(new BusinessException.FieldError("effectiveFrom", "casework.deadline.error.from", today));
        }
        String text = source == null ? "" : source.strip();
        if (text.length() > 300 || !org.vietlao.linkage.shared.TextRules.isAcceptable(text)) {
            errors.add(new BusinessException.FieldError("source", "validation.Size", 300, 0));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.CAS_010, errors);
        }
        String from = text.isEmpty() ? "set by " + actor.username() : text;
        jdbc.sql("""
				INSERT INTO casework_deadline (step, effective_from, working_days, source, set_by, set_at)
				VALUES (:step, :from, :days, :source, :by, :at)
				ON CONFLICT (step, effective_from) DO UPDATE SET working_days = EXCLUDED.working_days,
				  source = EXCLUDED.source, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .param("step", step.name())
                .param("from", Date.valueOf(effectiveFrom))
                .param("days", days)
                .param("source", from)
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(EntityChanged.created(
                "casework_deadline",
                step.name() + "@" + effectiveFrom,
                Map.of("workingDays", days, "effectiveFrom", effectiveFrom.toString(), "source", from)));
        return new Value(step, days, effectiveFrom, from, actor.username());
    }

    private static Value read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Value(
                Step.valueOf(rs.getString(1)),
                rs.getInt(2),
                rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getString(5));
    }
}
