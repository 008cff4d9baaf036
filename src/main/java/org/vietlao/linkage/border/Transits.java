package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.vietlao.linkage.shared.Role;

/**
 * Transit movements of goods through Viet Nam (Lao goods to a Vietnamese seaport, or out through another gate)
 * under seals and a guarantee (decision 0034). The guarantee must cover the highest duty/tax exposure among the
 * countries crossed; a multiple-journey guarantee's balance is reserved at release and restored on discharge, a
 * single-journey one covers one movement. The time limit is fixed at release from the parameter in force; a
 * movement not arrived by then becomes OVERDUE (an alert in its history and the audit log), then ENQUIRY after
 * the enquiry period, then RECOVERED from the guarantee after the recovery period. Every change writes a history
 * row and publishes {@link EntityChanged}.
 */
@Service
class Transits {

    static final String ENTITY = "border_transit";
    static final String GUARANTEE = "border_guarantee";

    /** An arrival time may run this far ahead of the server's clock (a device's clock drift). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final BorderParameters parameters;

    Transits(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, BorderParameters parameters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.parameters = parameters;
    }

    enum Journey {
        SINGLE,
        MULTIPLE
    }

    record NewGuarantee(long traderId, Journey journey, String reference, BigDecimal amount, String currency) {}

    record Movement(
            long traderId,
            String departureOffice,
            List<String> transitOffices,
            String destinationOffice,
            String plate,
            String vehicleCountry,
            String currency,
            Map<String, BigDecimal> exposures,
            long guaranteeId,
            List<String> seals,
            List<Item> items) {

        /** What the guarantee must cover: the highest exposure among the countries crossed (ACTS). */
        BigDecimal guaranteeRequired() {
            return exposures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        }
    }

    record Item(String hsCode, String description, BigDecimal quantity, String unit, BigDecimal value) {}

    record Seal(String id, boolean intact) {}

    record Arrival(Instant at, List<Seal> seals, String lateReason) {}

    // ---------------------------------------------------------------------------------------------- guarantees

    @Transactional
    long lodgeGuarantee(NewGuarantee guarantee, Actor actor) {
        long id = jdbc.sql("""
				INSERT INTO border_guarantee (trader_id, journey, reference, amount, currency, balance, lodged_by,
				    lodged_at)
				VALUES (:t, :j, :r, :a, :c, :a, :by, :at) ON CONFLICT (trader_id, reference) DO NOTHING RETURNING id""")
                .param("t", guarantee.traderId())
                .param("j", guarantee.journey().name())
                .param("r", guarantee.reference())
                .param("a", guarantee.amount())
                .param("c", guarantee.currency())
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> BusinessException.onField(ErrorCode.BRD_028, "reference"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("trader", guarantee.traderId());
        values.put("journey", guarantee.journey().name());
        values.put("reference", guarantee.reference());
        values.put("amount", guarantee.amount());
        values.put("currency", guarantee.currency());
        events.publishEvent(EntityChanged.created(GUARANTEE, id, values));
        return id;
    }

    /** Who may see a guarantee: the principal's organisation and border officers (who release against it). */
    static boolean maySeeGuarantee(Actor actor, long traderId) {
        return actor.actsFor(traderId) || actor.has(Role.BORDER_OFFICER);
    }

    // ------------------------------------------------------------------------------------------------ movement

    @Transactional
    long declare(Movement movement, Actor actor) {
        long guaranteeTrader = jdbc.sql("SELECT trader_id FROM border_guarantee WHERE id = :id")
                .param("id", movement.guaranteeId())
                .query(Long.class)
                .optional()
                .filter(trader -> maySeeGuarantee(actor, trader))
                .orElseThrow(() -> BusinessException.onField(ErrorCode.BRD_022, "guaranteeId"));
        if (guaranteeTrader != movement.traderId()) {
            throw BusinessException.onField(ErrorCode.BRD_022, "guaranteeId");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
				INSERT INTO border_transit (trader_id, departure_office, transit_offices, destination_office,
				    vehicle_plate, vehicle_country, currency, guarantee_required, guarantee_id, status, lodged_by,
				    lodged_at, updated_at)
				VALUES (:t, :dep, CAST(:via AS varchar[]), :dest, :plate, :country, :cur, :req, :g, 'DECLARED', :by,
				    :at, :at) RETURNING id""")
                .param("t", movement.traderId())
                .param("dep", movement.departureOffice())
                .param("via", "{" + String.join(",", movement.transitOffices()) + "}")
                .param("dest", movement.destinationOffice())
                .param("plate", movement.plate())
                .param("country", movement.vehicleCountry())
                .param("cur", movement.currency())
                .param("req", movement.guaranteeRequired())
                .param("g", movement.guaranteeId())
                .param("by", actor.username())
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        for (int i = 0; i < movement.items().size(); i++) {
            Item item = movement.items().get(i);
            jdbc.sql("""
					INSERT INTO border_transit_item (transit_id, line_no, hs_code, description, quantity, unit,
					    value_amount) VALUES (:id, :n, :hs, :d, :q, :u, :v)""")
                    .param("id", id)
                    .param("n", i + 1)
                    .param("hs", item.hsCode())
                    .param("d", item.description())
                    .param("q", item.quantity())
                    .param("u", item.unit())
                    .param("v", item.value())
                    .update();
        }
        movement.exposures()
                .forEach((country, amount) -> jdbc.sql(
                                "INSERT INTO border_transit_exposure (transit_id, country, amount) VALUES (:id, :c, :a)")
                        .param("id", id)
                        .param("c", country)
                        .param("a", amount)
                        .update());
        for (String seal : movement.seals()) {
            jdbc.sql("INSERT INTO border_transit_seal (transit_id, seal_id) VALUES (:id, :s)")
                    .param("id", id)
                    .param("s", seal)
                    .update();
        }
        history(id, 1, null, TransitStatus.DECLARED, actor.username(), now, null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("trader", movement.traderId());
        values.put("departureOffice", movement.departureOffice());
        values.put("transitOffices", movement.transitOffices());
        values.put("destinationOffice", movement.destinationOffice());
        values.put("plate", movement.plate());
        values.put("guarantee", movement.guaranteeId());
        values.put("guaranteeRequired", movement.guaranteeRequired());
        values.put("currency", movement.currency());
        values.put("seals", movement.seals());
        values.put("status", TransitStatus.DECLARED.name());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return id;
    }

    /**
     * Release for transit by an officer of the office of departure: reserves the required amount on the guarantee
     * (BRD-024 when it cannot: too small a balance, another currency, a single-journey guarantee already used) and
     * fixes the time limit from the parameter in force today.
     */
    @Transactional
    void release(long id, Actor actor) {
        Row row = lockVisible(id, actor);
        BorderAccess.requireOfficerAt(actor, row.departureOffice());
        TransitStatus released = row.status().release();
        Guarantee guarantee = lockGuarantee(row.guaranteeId());
        BigDecimal required = row.guaranteeRequired();
        if (!guarantee.currency().equals(row.currency())) {
            throw new BusinessException(ErrorCode.BRD_024, required + " " + row.currency(), guarantee.currency());
        }
        if (guarantee.journey() == Journey.SINGLE) {
            Long other = jdbc.sql("""
					SELECT id FROM border_transit WHERE guarantee_id = :g AND id <> :id AND reserved IS NOT NULL
					ORDER BY id LIMIT 1""")
                    .param("g", guarantee.id())
                    .param("id", id)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (other != null) {
                throw new BusinessException(ErrorCode.BRD_024, required + " " + row.currency(), "SINGLE #" + other);
            }
        }
        if (guarantee.balance().compareTo(required) < 0) {
            throw new BusinessException(
                    ErrorCode.BRD_024, required + " " + row.currency(), guarantee.balance() + " " + row.currency());
        }
        Instant now = clock.instant();
        int hours = parameters
                .on(BorderParameters.TRANSIT_TIME_LIMIT_HOURS, LocalDate.ofInstant(now, BorderParameters.BORDER_ZONE))
                .intValue();
        Instant deadline = now.plus(Duration.ofHours(hours));
        reserve(guarantee, required.negate());
        jdbc.sql("""
				UPDATE border_transit SET status = :s, reserved = :r, time_limit_hours = :h, released_at = :at,
				    deadline = :d, updated_at = :at WHERE id = :id""")
                .param("s", released.name())
                .param("r", required)
                .param("h", hours)
                .param("at", Timestamp.from(now))
                .param("d", Timestamp.from(deadline))
                .param("id", id)
                .update();
        history(
                id,
                nextSeq(id),
                row.status(),
                released,
                actor.username(),
                now,
                "reserved " + required.toPlainString() + " " + row.currency() + "; limit " + hours + " h");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", released.name());
        after.put("reserved", required);
        after.put("deadline", deadline.toString());
        events.publishEvent(
                EntityChanged.updated(ENTITY, id, Map.of("status", row.status().name()), after));
    }

    /**
     * Arrival at the office of destination with the seals checked: every declared seal reported (BRD-022), after
     * the time limit only with a reason (BRD-025). A broken seal gives DISCREPANCY.
     */
    @Transactional
    void arrive(long id, Arrival arrival, Actor actor) {
        Row row = lockVisible(id, actor);
        BorderAccess.requireOfficerAt(actor, row.destinationOffice());
        if (!row.status().inTransit()) {
            throw new BusinessException(ErrorCode.BRD_023, row.status().name());
        }
        Instant now = clock.instant();
        List<BusinessException.FieldError> errors = new ArrayList<>();
        // Arrival times come to the minute (the page) or second; the release is stored to the microsecond.
        if (arrival.at().isBefore(row.releasedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
                || arrival.at().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new BusinessException.FieldError("at", "border.transit.arrival-time"));
        }
        List<String> declared = jdbc.sql("SELECT seal_id FROM border_transit_seal WHERE transit_id = :id")
                .param("id", id)
                .query(String.class)
                .list();
        Set<String> reported = new java.util.HashSet<>();
        for (int i = 0; i < arrival.seals().size(); i++) {
            Seal seal = arrival.seals().get(i);
            if (!declared.contains(seal.id()) || !reported.add(seal.id())) {
                errors.add(new BusinessException.FieldError(
                        "seals[" + i + "].id", "border.transit.seal-unknown", seal.id()));
            }
        }
        if (errors.isEmpty() && !reported.containsAll(declared)) {
            errors.add(new BusinessException.FieldError("seals", "border.transit.seal-missing"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_022, errors);
        }
        boolean late = arrival.at().isAfter(row.deadline());
        if (late && arrival.lateReason() == null) {
            throw BusinessException.onField(ErrorCode.BRD_025, "lateReason", row.deadline());
        }
        boolean intact = arrival.seals().stream().allMatch(Seal::intact);
        TransitStatus arrived = row.status().arrive(intact);
        for (Seal seal : arrival.seals()) {
            jdbc.sql("UPDATE border_transit_seal SET intact = :i WHERE transit_id = :id AND seal_id = :s")
                    .param("i", seal.intact())
                    .param("id", id)
                    .param("s", seal.id())
                    .update();
        }
        jdbc.sql("""
				UPDATE border_transit SET status = :s, arrived_at = :a, late = :late, late_reason = :reason,
				    updated_at = :now WHERE id = :id""")
                .param("s", arrived.name())
                .param("a", Timestamp.from(arrival.at()))
                .param("late", late)
                .param("reason", late ? arrival.lateReason() : null)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        StringBuilder note = new StringBuilder(late ? "LATE: " + arrival.lateReason() : "on time");
        arrival.seals().stream()
                .filter(seal -> !seal.intact())
                .forEach(seal -> note.append("; seal broken ").append(seal.id()));
        history(id, nextSeq(id), row.status(), arrived, actor.username(), now, truncate(note.toString()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", arrived.name());
        after.put("arrivedAt", arrival.at().toString());
        after.put("late", late);
        after.put("lateReason", late ? arrival.lateReason() : null);
        events.publishEvent(
                EntityChanged.updated(ENTITY, id, Map.of("status", row.status().name(), "late", false), after));
    }

    /** Discharge at the office of destination: the guarantee's reservation is restored. */
    @Transactional
    void discharge(long id, Actor actor) {
        Row row = lockVisible(id, actor);
        BorderAccess.requireOfficerAt(actor, row.destinationOffice());
        TransitStatus discharged = row.status().discharge();
        Guarantee guarantee = lockGuarantee(row.guaranteeId());
        reserve(guarantee, row.reserved());
        Instant now = clock.instant();
        jdbc.sql("UPDATE border_transit SET status = :s, updated_at = :at WHERE id = :id")
                .param("s", discharged.name())
                .param("at", Timestamp.from(now))
                .param("id", id)
                .update();
        history(
                id,
                nextSeq(id),
                row.status(),
                discharged,
                actor.username(),
                now,
                "restored " + row.reserved().toPlainString() + " " + row.currency());
        events.publishEvent(
                EntityChanged.updated(ENTITY, id, "status", row.status().name(), discharged.name()));
    }

    /** Cancel before release: by the principal or an officer of the office of departure. */
    @Transactional
    void cancel(long id, Actor actor) {
        Row row = lockVisible(id, actor);
        actor.require(actor.actsFor(row.traderId()) || actor.guardsGate(row.departureOffice()));
        TransitStatus cancelled = row.status().cancel();
        Instant now = clock.instant();
        jdbc.sql("UPDATE border_transit SET status = :s, updated_at = :at WHERE id = :id")
                .param("s", cancelled.name())
                .param("at", Timestamp.from(now))
                .param("id", id)
                .update();
        history(id, nextSeq(id), row.status(), cancelled, actor.username(), now, null);
        events.publishEvent(
                EntityChanged.updated(ENTITY, id, "status", row.status().name(), cancelled.name()));
    }

    /** What one sweep moved. */
    record Swept(int overdue, int enquiry, int recovered) {}

    /**
     * Released movements past their time limit become OVERDUE (the alert); OVERDUE ones older than the enquiry
     * period go to ENQUIRY; ENQUIRY ones older than the recovery period are RECOVERED: what was reserved is taken
     * from the guarantee for good. Periods are the parameters in force today.
     */
    @Transactional
    Swept sweep() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BorderParameters.BORDER_ZONE);
        long enquiryDays =
                parameters.on(BorderParameters.TRANSIT_ENQUIRY_DAYS, today).longValue();
        long recoveryDays =
                parameters.on(BorderParameters.TRANSIT_RECOVERY_DAYS, today).longValue();
        int overdue = 0;
        for (long id : due("status = 'RELEASED' AND deadline < :t", now)) {
            jdbc.sql("UPDATE border_transit SET status = 'OVERDUE', overdue_at = :at, updated_at = :at WHERE id = :id")
                    .param("at", Timestamp.from(now))
                    .param("id", id)
                    .update();
            history(
                    id,
                    nextSeq(id),
                    TransitStatus.RELEASED,
                    TransitStatus.OVERDUE,
                    Declarations.SYSTEM,
                    now,
                    "ALERT: no arrival by the time limit");
            events.publishEvent(EntityChanged.updated(ENTITY, id, "status", "RELEASED", "OVERDUE"));
            overdue++;
        }
        int enquiry = 0;
        for (long id : due("status = 'OVERDUE' AND overdue_at < :t", now.minus(Duration.ofDays(enquiryDays)))) {
            jdbc.sql("UPDATE border_transit SET status = 'ENQUIRY', enquiry_at = :at, updated_at = :at WHERE id = :id")
                    .param("at", Timestamp.from(now))
                    .param("id", id)
                    .update();
            history(
                    id,
                    nextSeq(id),
                    TransitStatus.OVERDUE,
                    TransitStatus.ENQUIRY,
                    Declarations.SYSTEM,
                    now,
                    "enquiry opened after " + enquiryDays + " days overdue");
            events.publishEvent(EntityChanged.updated(ENTITY, id, "status", "OVERDUE", "ENQUIRY"));
            enquiry++;
        }
        int recovered = 0;
        for (long id : due("status = 'ENQUIRY' AND enquiry_at < :t", now.minus(Duration.ofDays(recoveryDays)))) {
            Row row = lock(id);
            Guarantee guarantee = lockGuarantee(row.guaranteeId());
            jdbc.sql("UPDATE border_guarantee SET recovered = recovered + :r WHERE id = :g")
                    .param("r", row.reserved())
                    .param("g", guarantee.id())
                    .update();
            jdbc.sql("""
					UPDATE border_transit SET status = 'RECOVERED', recovered_at = :at, recovered_amount = :r,
					    updated_at = :at WHERE id = :id""")
                    .param("at", Timestamp.from(now))
                    .param("r", row.reserved())
                    .param("id", id)
                    .update();
            history(
                    id,
                    nextSeq(id),
                    TransitStatus.ENQUIRY,
                    TransitStatus.RECOVERED,
                    Declarations.SYSTEM,
                    now,
                    "recovered " + row.reserved().toPlainString() + " " + row.currency() + " from guarantee #"
                            + guarantee.id());
            events.publishEvent(EntityChanged.updated(
                    ENTITY,
                    id,
                    Map.of("status", "ENQUIRY"),
                    Map.of("status", "RECOVERED", "recoveredAmount", row.reserved())));
            events.publishEvent(EntityChanged.updated(
                    GUARANTEE,
                    guarantee.id(),
                    Map.of("recovered", guarantee.recovered()),
                    Map.of("recovered", guarantee.recovered().add(row.reserved()))));
            recovered++;
        }
        return new Swept(overdue, enquiry, recovered);
    }

    @Scheduled(fixedDelayString = "${linkage.border.transit-sweep-interval:PT10M}", initialDelayString = "PT3M")
    @SchedulerLock(name = "border.transit-sweep", lockAtMostFor = "PT10M")
    void sweepOnSchedule() {
        sweep();
    }

    private List<Long> due(String condition, Instant before) {
        return jdbc.sql("SELECT id FROM border_transit WHERE " + condition + " ORDER BY id FOR UPDATE SKIP LOCKED")
                .param("t", Timestamp.from(before))
                .query(Long.class)
                .list();
    }

    // -------------------------------------------------------------------------------------------------- helpers

    record Guarantee(
            long id,
            long traderId,
            Journey journey,
            String reference,
            BigDecimal amount,
            String currency,
            BigDecimal balance,
            BigDecimal recovered) {}

    private Guarantee lockGuarantee(long id) {
        return jdbc.sql("SELECT * FROM border_guarantee WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> guarantee(rs))
                .single();
    }

    static Guarantee guarantee(java.sql.ResultSet rs) throws SQLException {
        return new Guarantee(
                rs.getLong("id"),
                rs.getLong("trader_id"),
                Journey.valueOf(rs.getString("journey")),
                rs.getString("reference"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getBigDecimal("balance"),
                rs.getBigDecimal("recovered"));
    }

    /** Adds {@code delta} to the balance (negative: a reservation); audited. */
    private void reserve(Guarantee guarantee, BigDecimal delta) {
        BigDecimal balance = guarantee.balance().add(delta);
        jdbc.sql("UPDATE border_guarantee SET balance = :b WHERE id = :id")
                .param("b", balance)
                .param("id", guarantee.id())
                .update();
        events.publishEvent(EntityChanged.updated(
                GUARANTEE, guarantee.id(), Map.of("balance", guarantee.balance()), Map.of("balance", balance)));
    }

    record Row(
            long id,
            long traderId,
            String departureOffice,
            List<String> transitOffices,
            String destinationOffice,
            TransitStatus status,
            long guaranteeId,
            BigDecimal guaranteeRequired,
            BigDecimal reserved,
            String currency,
            Instant releasedAt,
            Instant deadline) {

        List<String> offices() {
            List<String> all = new ArrayList<>();
            all.add(departureOffice);
            all.addAll(transitOffices);
            all.add(destinationOffice);
            return all;
        }
    }

    /** Whether the actor may see a movement: the principal's organisation or an officer of any of its offices. */
    static boolean maySee(Actor actor, Row row) {
        return actor.actsFor(row.traderId()) || row.offices().stream().anyMatch(actor::guardsGate);
    }

    private Row lock(long id) {
        return jdbc.sql("SELECT * FROM border_transit WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.BRD_021, id));
    }

    private Row lockVisible(long id, Actor actor) {
        Row row = lock(id);
        if (!maySee(actor, row)) {
            throw new BusinessException(ErrorCode.BRD_021, id);
        }
        return row;
    }

    static Row row(java.sql.ResultSet rs) throws SQLException {
        Timestamp released = rs.getTimestamp("released_at");
        Timestamp deadline = rs.getTimestamp("deadline");
        return new Row(
                rs.getLong("id"),
                rs.getLong("trader_id"),
                rs.getString("departure_office"),
                offices(rs.getArray("transit_offices")),
                rs.getString("destination_office"),
                TransitStatus.valueOf(rs.getString("status")),
                rs.getLong("guarantee_id"),
                rs.getBigDecimal("guarantee_required"),
                rs.getBigDecimal("reserved"),
                rs.getString("currency"),
                released == null ? null : released.toInstant(),
                deadline == null ? null : deadline.toInstant());
    }

    static List<String> offices(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private void history(
            long id, int seq, TransitStatus from, TransitStatus to, String actor, Instant at, String note) {
        jdbc.sql("""
				INSERT INTO border_transit_history (transit_id, seq, from_status, to_status, actor, at, note)
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
        return jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM border_transit_history WHERE transit_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static String truncate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600);
    }
}
