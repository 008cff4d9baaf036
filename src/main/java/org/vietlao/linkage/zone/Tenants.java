package org.vietlao.linkage.zone;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * A park's tenants: enterprises of the registry with their leased land, investment, jobs and start date. The
 * park's operator (ENTERPRISE users of the organisation that owns the operator enterprise, decision 0058) and
 * analysts and ministry officials keep them; the leased areas may never add up to more than the leasable area
 * (ZON-006). Occupancy is computed from them ({@link Occupancy}). Audited as {@code zone_tenant}.
 */
@Service
@Transactional
class Tenants {

    static final String ENTITY = "zone_tenant";

    private final JdbcClient jdbc;
    private final Zones zones;
    private final EnterpriseDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tenants(
            JdbcClient jdbc,
            Zones zones,
            EnterpriseDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    record Tenant(
            long id,
            long zoneId,
            long enterpriseId,
            String enterpriseName,
            String enterpriseCountry,
            BigDecimal leasedHa,
            BigDecimal investment,
            String currency,
            Integer jobs,
            LocalDate startedOn,
            int version) {

        Map<String, Object> auditValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("zoneId", zoneId);
            values.put("enterpriseId", enterpriseId);
            values.put("leasedHa", leasedHa);
            values.put("investment", investment);
            values.put("currency", currency);
            values.put("jobs", jobs);
            values.put("startedOn", startedOn);
            return values;
        }
    }

    /** What the operator, an analyst or a ministry official sends for one tenant. */
    record Lease(
            Long enterpriseId,
            BigDecimal leasedHa,
            BigDecimal investment,
            @Size(max = 3) String currency,
            Integer jobs,
            LocalDate startedOn) {}

    List<Tenant> of(long zoneId) {
        return jdbc.sql("SELECT * FROM zone_tenant WHERE zone_id = :z ORDER BY leased_ha DESC, id")
                .param("z", zoneId)
                .query((rs, n) -> {
                    long enterprise = rs.getLong("enterprise_id");
                    var profile = directory.find(new EnterpriseId(enterprise));
                    return new Tenant(
                            rs.getLong("id"),
                            rs.getLong("zone_id"),
                            enterprise,
                            profile.map(p -> p.name()).orElse("#" + enterprise),
                            profile.map(p -> p.country()).orElse(null),
                            rs.getBigDecimal("leased_ha"),
                            rs.getBigDecimal("investment"),
                            rs.getString("currency"),
                            (Integer) rs.getObject("jobs"),
                            rs.getDate("started_on") == null
                                    ? null
                                    : rs.getDate("started_on").toLocalDate(),
                            rs.getInt("version"));
                })
                .list();
    }

    /** The park's occupancy now, from its leases. */
    Occupancy occupancy(Zones.Zone zone) {
        return Occupancy.of(zone.leasableHa(), leasedAreas(zone.id(), 0));
    }

    private List<BigDecimal> leasedAreas(long zoneId, long exceptTenant) {
        return jdbc.sql("SELECT leased_ha FROM zone_tenant WHERE zone_id = :z AND id <> :except")
                .param("z", zoneId)
                .param("except", exceptTenant)
                .query(BigDecimal.class)
                .list();
    }

    Tenant add(long zoneId, Lease lease, Actor actor) {
        Zones.Zone zone = zones.require(zoneId);
        actor.require(zone.tenantsEditableBy(actor));
        check(zone, 0, lease);
        if (jdbc.sql("SELECT count(*) FROM zone_tenant WHERE zone_id = :z AND enterprise_id = :e")
                        .param("z", zoneId)
                        .param("e", lease.enterpriseId())
                        .query(Long.class)
                        .single()
                > 0) {
            throw BusinessException.onField(ErrorCode.ZON_005, "enterpriseId", lease.enterpriseId());
        }
        long id = jdbc.sql("""
				INSERT INTO zone_tenant (zone_id, enterprise_id, leased_ha, investment, currency, jobs, started_on,
				  created_by, created_at)
				VALUES (:z, :e, :ha, :investment, :currency, :jobs, :started, :by, :at) RETURNING id""")
                .param("z", zoneId)
                .param("e", lease.enterpriseId())
                .param("ha", lease.leasedHa())
                .param("investment", lease.investment())
                .param("currency", lease.investment() == null ? null : lease.currency())
                .param("jobs", lease.jobs())
                .param("started", lease.startedOn() == null ? null : Date.valueOf(lease.startedOn()))
                .param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        Tenant created = require(zoneId, id);
        events.publishEvent(EntityChanged.created(ENTITY, id, created.auditValues()));
        return created;
    }

    Tenant change(long zoneId, long tenantId, Lease lease, Actor actor) {
        Zones.Zone zone = zones.require(zoneId);
        actor.require(zone.tenantsEditableBy(actor));
        Tenant before = require(zoneId, tenantId);
        check(zone, tenantId, lease);
        if (lease.enterpriseId() != before.enterpriseId()) {
            throw new BusinessException(ErrorCode.ZON_003, List.of(Zones.field("enterpriseId", "sameEnterprise")));
        }
        jdbc.sql("""
				UPDATE zone_tenant SET leased_ha = :ha, investment = :investment, currency = :currency, jobs = :jobs,
				  started_on = :started, version = version + 1, updated_by = :by, updated_at = :at WHERE id = :id""")
                .param("ha", lease.leasedHa())
                .param("investment", lease.investment())
                .param("currency", lease.investment() == null ? null : lease.currency())
                .param("jobs", lease.jobs())
                .param("started", lease.startedOn() == null ? null : Date.valueOf(lease.startedOn()))
                .param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("id", tenantId)
                .update();
        Tenant after = require(zoneId, tenantId);
        EntityChanged change = EntityChanged.updated(ENTITY, tenantId, before.auditValues(), after.auditValues());
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    void remove(long zoneId, long tenantId, Actor actor) {
        Zones.Zone zone = zones.require(zoneId);
        actor.require(zone.tenantsEditableBy(actor));
        require(zoneId, tenantId);
        jdbc.sql("DELETE FROM zone_tenant WHERE id = :id").param("id", tenantId).update();
        events.publishEvent(EntityChanged.deleted(ENTITY, tenantId));
    }

    Tenant require(long zoneId, long tenantId) {
        return of(zoneId).stream()
                .filter(t -> t.id() == tenantId)
                .findFirst()
                .orElseThrow(() -> BusinessException.onField(ErrorCode.ZON_004, "tenantId", tenantId));
    }

    private void check(Zones.Zone zone, long tenantId, Lease lease) {
        if (lease == null) {
            throw new BusinessException(ErrorCode.ZON_003, List.of(Zones.field("body", "required")));
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (lease.enterpriseId() == null
                || directory.find(new EnterpriseId(lease.enterpriseId())).isEmpty()) {
            errors.add(Zones.field("enterpriseId", "enterprise"));
        }
        if (lease.leasedHa() == null
                || lease.leasedHa().signum() <= 0
                || lease.leasedHa().scale() > 2
                || lease.leasedHa().compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0) {
            errors.add(Zones.field("leasedHa", "area"));
        }
        if (lease.investment() != null
                && (lease.investment().signum() < 0
                        || lease.investment().scale() > 2
                        || lease.investment().precision() - lease.investment().scale() > 18)) {
            errors.add(Zones.field("investment", "amount"));
        }
        if ((lease.investment() == null)
                        != (lease.currency() == null || lease.currency().isBlank())
                || (lease.currency() != null
                        && !lease.currency().isBlank()
                        && !lease.currency().matches("[A-Z]{3}"))) {
            errors.add(Zones.field("currency", "amountAndCurrency"));
        }
        if (lease.jobs() != null && (lease.jobs() < 0 || lease.jobs() > 1_000_000)) {
            errors.add(Zones.field("jobs", "range", 0, 1_000_000));
        }
        if (lease.startedOn() != null
                && (lease.startedOn().getYear() < 1945 || lease.startedOn().getYear() > 2100)) {
            errors.add(Zones.field("startedOn", "date"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ZON_003, errors);
        }
        if (zone.leasableHa() != null) {
            Occupancy after = Occupancy.of(
                    zone.leasableHa(),
                    java.util.stream.Stream.concat(
                                    leasedAreas(zone.id(), tenantId).stream(),
                                    java.util.stream.Stream.of(lease.leasedHa()))
                            .toList());
            if (after.availableHa().signum() < 0) {
                throw BusinessException.onField(
                        ErrorCode.ZON_006, "leasedHa", zone.leasableHa().toPlainString());
            }
        }
    }
}
