package org.vietlao.linkage.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * Linkages: the accepted pairs, with the sectors, provinces and gate they had when they were made, and their
 * counts for the dashboards.
 */
@Repository
class Linkages {

    static final String ENTITY = "matching_linkage";

    private final JdbcClient jdbc;
    private final MatchingIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Linkages(JdbcClient jdbc, MatchingIndex index, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param gatePairId the border-gate pair of the road estimate when it was made, {@code null} without one
     * @param distanceKm the road estimate, {@code null} without one
     */
    record Linkage(
            long id,
            long interestId,
            long vnEnterpriseId,
            long laEnterpriseId,
            String vnSector,
            String laSector,
            String vnProvinceCode,
            String laProvinceCode,
            String gatePairId,
            Integer distanceKm,
            Instant establishedAt) {}

    /** Counts of linkages: each linkage counts once for each sector and province of its two enterprises. */
    record Summary(long total, List<Count> bySector, List<Count> byProvince, List<Count> byGate) {}

    /**
     * @param key the sector (ISIC class), the province code or the gate-pair id ({@code null}: no route)
     * @param country for provinces, VN or LA
     */
    record Count(String key, String country, long count) {}

    boolean exist(Party one, Party other) {
        Party vn = Party.VIET_NAM.equals(one.country()) ? one : other;
        Party la = vn == one ? other : one;
        return jdbc.sql("SELECT count(*) FROM matching_linkage WHERE vn_enterprise_id = :vn AND la_enterprise_id = :la")
                        .param("vn", vn.id())
                        .param("la", la.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the linkage of an accepted interest, audited, and tells other modules. */
    Linkage establish(Interest interest, Party sender, Party receiver) {
        Party vn = Party.VIET_NAM.equals(sender.country()) ? sender : receiver;
        Party la = vn == sender ? receiver : sender;
        GateRoutes.Route route = index.state()
                .routes()
                .between(vn.provinceCode(), la.provinceCode())
                .orElse(null);
        Integer distance = route == null ? null : (int) Math.round(route.distanceKm());
        Instant now = clock.instant();
        long id = jdbc.sql("""
				INSERT INTO matching_linkage (interest_id, vn_enterprise_id, la_enterprise_id, vn_sector, la_sector,
				                              vn_province_code, la_province_code, gate_pair_id, distance_km, established_at)
				VALUES (:interest, :vn, :la, :vnSector, :laSector, :vnProvince, :laProvince, :gate, :distance, :at)
				RETURNING id""")
                .param("interest", interest.id())
                .param("vn", vn.id())
                .param("la", la.id())
                .param("vnSector", vn.sector())
                .param("laSector", la.sector())
                .param("vnProvince", vn.provinceCode())
                .param("laProvince", la.provinceCode())
                .param("gate", route == null ? null : route.pairId())
                .param("distance", distance)
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("interestId", interest.id());
        values.put("vnEnterpriseId", vn.id());
        values.put("laEnterpriseId", la.id());
        values.put("gatePairId", route == null ? null : route.pairId());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        events.publishEvent(new LinkageEstablished(
                id, new EnterpriseId(vn.id()), new EnterpriseId(la.id()), route == null ? null : route.pairId()));
        return new Linkage(
                id,
                interest.id(),
                vn.id(),
                la.id(),
                vn.sector(),
                la.sector(),
                vn.provinceCode(),
                la.provinceCode(),
                route == null ? null : route.pairId(),
                distance,
                now);
    }

    List<Linkage> all() {
        return jdbc.sql("SELECT * FROM matching_linkage ORDER BY established_at DESC, id DESC")
                .query(Linkages::linkage)
                .list();
    }

    /** The linkages of these enterprises, newest first. */
    List<Linkage> of(Collection<EnterpriseId> enterprises) {
        if (enterprises.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
				SELECT * FROM matching_linkage WHERE vn_enterprise_id IN (:ids) OR la_enterprise_id IN (:ids)
				ORDER BY established_at DESC, id DESC""")
                .param("ids", enterprises.stream().map(EnterpriseId::value).toList())
                .query(Linkages::linkage)
                .list();
    }

    /**
     * What the linkages page keeps; {@code null} means any.
     *
     * @param province a province code of either side
     * @param gatePairId the border-gate pair of the road estimate
     * @param year the year it was made, in the region's time
     */
    record Filter(String province, String gatePairId, Integer year) {}

    record Page(List<Linkage> items, int page, int size, long total) {

        public long first() {
            return (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + items.size();
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return last() < total;
        }
    }

    /**
     * A page of the linkages the filter keeps, newest first; with {@code onlyOf} not {@code null}, only those of
     * these enterprises (an ENTERPRISE user's own).
     */
    Page search(Filter filter, Collection<EnterpriseId> onlyOf, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (onlyOf != null) {
            if (onlyOf.isEmpty()) {
                return new Page(List.of(), page, size, 0);
            }
            where.append(" AND (vn_enterprise_id IN (:ids) OR la_enterprise_id IN (:ids))");
            params.put("ids", onlyOf.stream().map(EnterpriseId::value).toList());
        }
        if (filter.province() != null) {
            where.append(" AND (vn_province_code = :province OR la_province_code = :province)");
            params.put("province", filter.province());
        }
        if (filter.gatePairId() != null) {
            where.append(" AND gate_pair_id = :gate");
            params.put("gate", filter.gatePairId());
        }
        if (filter.year() != null) {
            where.append(" AND EXTRACT(YEAR FROM established_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = :year");
            params.put("year", filter.year());
        }
        long total = jdbc.sql("SELECT count(*) FROM matching_linkage" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Linkage> items = jdbc.sql("SELECT * FROM matching_linkage" + where
                        + " ORDER BY established_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Linkages::linkage)
                .list();
        return new Page(items, page, size, total);
    }

    /** The gate pairs that linkages went through, for the filter. */
    List<String> gatePairs() {
        return jdbc.sql("SELECT DISTINCT gate_pair_id FROM matching_linkage WHERE gate_pair_id IS NOT NULL ORDER BY 1")
                .query(String.class)
                .list();
    }

    Summary summary() {
        long total = jdbc.sql("SELECT count(*) FROM matching_linkage")
                .query(Long.class)
                .single();
        List<Count> bySector = jdbc.sql("""
				SELECT sector, count(DISTINCT id) AS n FROM (
				    SELECT id, vn_sector AS sector FROM matching_linkage UNION ALL SELECT id, la_sector FROM matching_linkage) s
				GROUP BY sector ORDER BY n DESC, sector""")
                .query((rs, n) -> new Count(rs.getString("sector"), null, rs.getLong("n")))
                .list();
        List<Count> byProvince = jdbc.sql("""
				SELECT country, province, count(*) AS n FROM (
				    SELECT 'VN' AS country, vn_province_code AS province FROM matching_linkage
				    UNION ALL SELECT 'LA', la_province_code FROM matching_linkage) p
				GROUP BY country, province ORDER BY n DESC, country DESC, province""")
                .query((rs, n) -> new Count(rs.getString("province"), rs.getString("country"), rs.getLong("n")))
                .list();
        List<Count> byGate = jdbc.sql("""
				SELECT gate_pair_id, count(*) AS n FROM matching_linkage GROUP BY gate_pair_id
				ORDER BY n DESC, gate_pair_id NULLS LAST""")
                .query((rs, n) -> new Count(rs.getString("gate_pair_id"), null, rs.getLong("n")))
                .list();
        return new Summary(total, bySector, byProvince, byGate);
    }

    private static Linkage linkage(ResultSet rs, int row) throws SQLException {
        return new Linkage(
                rs.getLong("id"),
                rs.getLong("interest_id"),
                rs.getLong("vn_enterprise_id"),
                rs.getLong("la_enterprise_id"),
                rs.getString("vn_sector"),
                rs.getString("la_sector"),
                rs.getString("vn_province_code"),
                rs.getString("la_province_code"),
                rs.getString("gate_pair_id"),
                (Integer) rs.getObject("distance_km"),
                rs.getTimestamp("established_at").toInstant());
    }
}
