package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.Role;

/**
 * Border infrastructure projects (gate upgrades, inspection yards, storage, coal conveyors, roads and rail to a gate,
 * petroleum depots, power lines) with their milestones; a milestone not reached by its planned date is late.
 * Analysts, ministry officials and administrators read every project; a border officer those at their gates.
 */
@Service
class InfrastructureProjects {

    static final String ENTITY = "energy_infra_project";
    static final String MILESTONE = "energy_infra_milestone";

    enum Kind {
        BORDER_GATE_UPGRADE,
        INSPECTION_YARD,
        WAREHOUSE,
        COAL_CONVEYOR,
        ROAD_RAIL,
        PETROLEUM_DEPOT,
        POWER_LINE
    }

    enum Status {
        PLANNED,
        UNDER_WAY,
        COMPLETED,
        SUSPENDED
    }

    enum MilestoneState {
        DONE,
        DONE_LATE,
        DUE,
        LATE
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InfrastructureProjects(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    record Plan(
            LocalizedText name,
            Kind kind,
            String gatePairId,
            String corridor,
            String country,
            String owner,
            BigDecimal budget,
            String currency,
            String fundingSource,
            BigDecimal progressPct,
            Status status,
            List<String> documents,
            String source) {}

    record Milestone(long id, String name, LocalDate plannedOn, LocalDate actualOn, MilestoneState state) {}

    record Project(long id, Plan plan, List<Milestone> milestones, boolean late, boolean demo) {}

    /** Filters of the list; {@code null}: any. */
    record Filter(String gatePairId, Kind kind, String country, Status status) {}

    static MilestoneState state(LocalDate planned, LocalDate actual, LocalDate today) {
        if (actual != null) {
            return actual.isAfter(planned) ? MilestoneState.DONE_LATE : MilestoneState.DONE;
        }
        return today.isAfter(planned) ? MilestoneState.LATE : MilestoneState.DUE;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ReferenceData.REGION_TIME));
    }

    @Transactional
    long create(Plan p, Actor actor, boolean demo) {
        long id = jdbc.sql("""
				INSERT INTO energy_infra_project (name_en, name_vi, name_lo, kind, gate_pair_id, corridor, country, owner,
				    budget, currency, funding_source, progress_pct, status, documents, source, created_by, created_at, demo)
				VALUES (:en, :vi, :lo, :kind, :gate, :corridor, :country, :owner, :budget, :currency, :funding, :progress,
				    :status, CAST(:documents AS TEXT[]), :source, :by, :at, :demo) RETURNING id""")
                .param("en", p.name().en())
                .param("vi", p.name().vi())
                .param("lo", p.name().lo())
                .param("kind", p.kind().name())
                .param("gate", p.gatePairId())
                .param("corridor", p.corridor())
                .param("country", p.country())
                .param("owner", p.owner())
                .param("budget", p.budget())
                .param("currency", p.currency())
                .param("funding", p.fundingSource())
                .param("progress", p.progressPct())
                .param("status", p.status().name())
                .param("documents", p.documents().toArray(new String[0]))
                .param("source", p.source())
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", p.name().en());
        values.put("kind", p.kind());
        values.put("gatePair", p.gatePairId());
        values.put("corridor", p.corridor());
        values.put("country", p.country());
        values.put("owner", p.owner());
        values.put("budget", p.budget());
        values.put("currency", p.currency());
        values.put("progressPct", p.progressPct());
        values.put("status", p.status());
        values.put("documents", p.documents());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return id;
    }

    @Transactional
    long addMilestone(long projectId, String name, LocalDate planned, LocalDate actual, Actor actor) {
        find(projectId);
        long id = jdbc.sql("""
				INSERT INTO energy_infra_milestone (project_id, name, planned_on, actual_on) VALUES (:p, :name, :planned, :actual)
				RETURNING id""")
                .param("p", projectId)
                .param("name", name)
                .param("planned", Date.valueOf(planned))
                .param("actual", actual == null ? null : Date.valueOf(actual))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("projectId", projectId);
        values.put("name", name);
        values.put("plannedOn", planned);
        values.put("actualOn", actual);
        events.publishEvent(EntityChanged.created(MILESTONE, id, values));
        return id;
    }

    /** Progress and status: audited as the fields that changed. */
    @Transactional
    void progress(long projectId, BigDecimal progressPct, Status status) {
        Project before = find(projectId);
        jdbc.sql("UPDATE energy_infra_project SET progress_pct = :p, status = :s WHERE id = :id")
                .param("p", progressPct)
                .param("s", status.name())
                .param("id", projectId)
                .update();
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("progressPct", before.plan().progressPct());
        from.put("status", before.plan().status());
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("progressPct", progressPct);
        to.put("status", status);
        EntityChanged changed = EntityChanged.updated(ENTITY, projectId, from, to);
        if (!changed.isEmpty()) {
            events.publishEvent(changed);
        }
    }

    static boolean mayRead(Actor actor, String gatePairId) {
        return actor.overseesEveryEnterprise() || (gatePairId != null && actor.guardsGate(gatePairId));
    }

    @Transactional(readOnly = true)
    Project visible(long id, Actor actor) {
        Project project = find(id);
        if (!mayRead(actor, project.plan().gatePairId())) {
            throw new BusinessException(ErrorCode.ENR_015, id);
        }
        return project;
    }

    Project find(long id) {
        return query(" WHERE p.id = :id", Map.of("id", id)).stream()
                .findFirst()
                .orElseThrow(() -> new BusinessException(ErrorCode.ENR_015, id));
    }

    @Transactional(readOnly = true)
    List<Project> list(Filter filter, Actor actor) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.gatePairId() != null) {
            where.append(" AND p.gate_pair_id = :gate");
            params.put("gate", filter.gatePairId());
        }
        if (filter.kind() != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.country() != null) {
            where.append(" AND p.country = :country");
            params.put("country", filter.country());
        }
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", filter.status().name());
        }
        if (!actor.overseesEveryEnterprise()) {
            where.append(" AND p.gate_pair_id IN (:gates)");
            params.put(
                    "gates",
                    actor.has(Role.BORDER_OFFICER) && !actor.gatePairIds().isEmpty()
                            ? List.copyOf(actor.gatePairIds())
                            : List.of("-"));
        }
        return query(where.toString(), params);
    }

    private List<Project> query(String where, Map<String, ?> params) {
        LocalDate today = today();
        Map<Long, List<Milestone>> milestones = jdbc
                .sql("""
				SELECT m.project_id, m.id, m.name, m.planned_on, m.actual_on FROM energy_infra_milestone m
				JOIN energy_infra_project p ON p.id = m.project_id""" + where + " ORDER BY m.planned_on, m.id")
                .params(params)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new Milestone(
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getDate(4).toLocalDate(),
                                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                                state(
                                        rs.getDate(4).toLocalDate(),
                                        rs.getDate(5) == null
                                                ? null
                                                : rs.getDate(5).toLocalDate(),
                                        today))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
				SELECT p.id, p.name_en, p.name_vi, p.name_lo, p.kind, p.gate_pair_id, p.corridor, p.country, p.owner, p.budget,
				    p.currency, p.funding_source, p.progress_pct, p.status, p.documents, p.source, p.demo
				FROM energy_infra_project p""" + where + " ORDER BY p.id")
                .params(params)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    Array docs = rs.getArray(15);
                    List<Milestone> list = milestones.getOrDefault(id, List.of());
                    return new Project(
                            id,
                            new Plan(
                                    LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4)),
                                    Kind.valueOf(rs.getString(5)),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getBigDecimal(10),
                                    rs.getString(11),
                                    rs.getString(12),
                                    rs.getBigDecimal(13),
                                    Status.valueOf(rs.getString(14)),
                                    docs == null ? List.of() : List.of((String[]) docs.getArray()),
                                    rs.getString(16)),
                            list,
                            list.stream().anyMatch(m -> m.state() == MilestoneState.LATE),
                            rs.getBoolean(17));
                })
                .list();
    }
}
