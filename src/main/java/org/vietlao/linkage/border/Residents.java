package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Border residents and their purchase ledger: each purchase is split into its exempt part and taxable excess by
 * {@link Allowance}, with the cap and day count in force on the purchase date. One resident's purchases are
 * recorded one at a time (the resident's row is locked), so two at once cannot both use the last allowance.
 */
@Service
class Residents {

    static final String ENTITY = "border_resident";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final BorderParameters parameters;

    Residents(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, BorderParameters parameters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.parameters = parameters;
    }

    record Registration(
            String fullName,
            String idDocument,
            String nationality,
            String commune,
            boolean borderResident,
            String gatePairId) {}

    record Resident(
            long id,
            String fullName,
            String idDocument,
            String nationality,
            String commune,
            boolean borderResident,
            String gatePairId,
            boolean demo) {}

    record Purchase(LocalDate date, String gatePairId, List<String> hsCodes, BigDecimal valueVnd) {}

    record Entry(
            long id,
            long residentId,
            LocalDate date,
            String gatePairId,
            List<String> hsCodes,
            BigDecimal valueVnd,
            BigDecimal exemptVnd,
            BigDecimal taxableVnd,
            String reason,
            BigDecimal capVnd,
            int daysAllowed,
            String capSource) {}

    @Transactional
    long register(Registration registration, Actor actor, boolean demo) {
        Optional<Long> id = jdbc.sql("""
				INSERT INTO border_resident (full_name, id_document, nationality, commune, border_resident, gate_pair_id,
				    registered_by, registered_at, demo)
				VALUES (:name, :doc, :nat, :commune, :resident, :gate, :by, :at, :demo)
				ON CONFLICT (nationality, id_document) DO NOTHING RETURNING id""")
                .param("name", registration.fullName())
                .param("doc", registration.idDocument())
                .param("nat", registration.nationality())
                .param("commune", registration.commune())
                .param("resident", registration.borderResident())
                .param("gate", registration.gatePairId())
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw BusinessException.onField(ErrorCode.BRD_017, "idDocument");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nationality", registration.nationality());
        values.put("commune", registration.commune());
        values.put("borderResident", registration.borderResident());
        values.put("gatePair", registration.gatePairId());
        events.publishEvent(EntityChanged.created(ENTITY, id.get(), values));
        return id.get();
    }

    /** The resident if registered at a gate the officer is bound to; else BRD-016. */
    @Transactional(readOnly = true)
    Resident visible(long id, Actor actor) {
        Resident resident = find(id, false).orElseThrow(() -> new BusinessException(ErrorCode.BRD_016, id));
        if (!actor.guardsGate(resident.gatePairId())) {
            throw new BusinessException(ErrorCode.BRD_016, id);
        }
        return resident;
    }

    private Optional<Resident> find(long id, boolean lock) {
        return jdbc.sql("""
				SELECT id, full_name, id_document, nationality, commune, border_resident, gate_pair_id, demo
				FROM border_resident WHERE id = :id""" + (lock ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> new Resident(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getBoolean(8)))
                .optional();
    }

    @Transactional
    Entry purchase(long residentId, Purchase purchase, Actor actor) {
        Resident resident =
                find(residentId, true).orElseThrow(() -> new BusinessException(ErrorCode.BRD_016, residentId));
        if (!actor.guardsGate(resident.gatePairId())) {
            throw new BusinessException(ErrorCode.BRD_016, residentId);
        }
        LocalDate day = purchase.date();
        BorderParameters.Value cap = parameters.valueOn(BorderParameters.DAILY_ALLOWANCE_VND, day);
        int daysAllowed = parameters.on(BorderParameters.DAYS_PER_MONTH, day).intValue();
        BigDecimal usedThatDay = jdbc.sql("""
				SELECT coalesce(sum(exempt_vnd), 0) FROM border_resident_purchase
				WHERE resident_id = :r AND purchase_date = :day""")
                .param("r", residentId)
                .param("day", Date.valueOf(day))
                .query(BigDecimal.class)
                .single();
        int otherDays = jdbc.sql("""
				SELECT count(DISTINCT purchase_date) FROM border_resident_purchase
				WHERE resident_id = :r AND exempt_vnd > 0 AND purchase_date <> :day
				AND purchase_date >= :first AND purchase_date < :next""")
                .param("r", residentId)
                .param("day", Date.valueOf(day))
                .param("first", Date.valueOf(day.withDayOfMonth(1)))
                .param("next", Date.valueOf(day.withDayOfMonth(1).plusMonths(1)))
                .query(Integer.class)
                .single();
        boolean onList = allOnList(purchase.hsCodes());
        Allowance.Split split = Allowance.split(
                resident.borderResident(),
                onList,
                purchase.valueVnd(),
                cap.value(),
                daysAllowed,
                usedThatDay,
                otherDays);
        Instant now = clock.instant();
        long id = jdbc.sql("""
				INSERT INTO border_resident_purchase (resident_id, purchase_date, gate_pair_id, hs_codes, value_vnd,
				    exempt_vnd, taxable_vnd, reason, cap_vnd, days_allowed, recorded_by, recorded_at)
				VALUES (:r, :day, :gate, CAST(:codes AS varchar(8)[]), :value, :exempt, :taxable, :reason, :cap, :days,
				    :by, :at)
				RETURNING id""")
                .param("r", residentId)
                .param("day", Date.valueOf(day))
                .param("gate", purchase.gatePairId())
                .param("codes", "{" + String.join(",", purchase.hsCodes()) + "}")
                .param("value", purchase.valueVnd())
                .param("exempt", split.exemptVnd())
                .param("taxable", split.taxableVnd())
                .param("reason", split.reason() == null ? null : split.reason().name())
                .param("cap", cap.value())
                .param("days", daysAllowed)
                .param("by", actor.username())
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("purchase", id);
        values.put("date", day.toString());
        values.put("valueVnd", purchase.valueVnd().toPlainString());
        values.put("exemptVnd", split.exemptVnd().toPlainString());
        values.put("taxableVnd", split.taxableVnd().toPlainString());
        values.put("reason", split.reason() == null ? "" : split.reason().name());
        events.publishEvent(EntityChanged.updated(ENTITY, residentId, Map.of(), values));
        return new Entry(
                id,
                residentId,
                day,
                purchase.gatePairId(),
                purchase.hsCodes(),
                purchase.valueVnd(),
                split.exemptVnd(),
                split.taxableVnd(),
                split.reason() == null ? null : split.reason().name(),
                cap.value(),
                daysAllowed,
                cap.source());
    }

    /** Every code falls under a prefix of the permitted list. */
    private boolean allOnList(List<String> codes) {
        for (String code : codes) {
            boolean on = jdbc.sql("SELECT count(*) FROM border_permitted_good WHERE :code LIKE hs_prefix || '%'")
                            .param("code", code)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!on) {
                return false;
            }
        }
        return true;
    }

    /** The resident's ledger of a month, in date order. */
    @Transactional(readOnly = true)
    List<Entry> ledger(long residentId, LocalDate anyDayOfMonth) {
        LocalDate first = anyDayOfMonth.withDayOfMonth(1);
        return jdbc.sql("""
				SELECT id, resident_id, purchase_date, gate_pair_id, hs_codes, value_vnd, exempt_vnd, taxable_vnd, reason,
				       cap_vnd, days_allowed
				FROM border_resident_purchase WHERE resident_id = :r AND purchase_date >= :first AND purchase_date < :next
				ORDER BY purchase_date, id""")
                .param("r", residentId)
                .param("first", Date.valueOf(first))
                .param("next", Date.valueOf(first.plusMonths(1)))
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        codes(rs.getArray(5)),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getString(9),
                        rs.getBigDecimal(10),
                        rs.getInt(11),
                        null))
                .list();
    }

    private static List<String> codes(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
