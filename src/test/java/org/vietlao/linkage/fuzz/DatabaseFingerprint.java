package org.vietlao.linkage.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A cheap answer to "did this request change any data?": a hash over every row of every table the
 * application writes, per table, read after each request.
 *
 * <p>Two shortcuts keep it cheap. PostgreSQL assigns a transaction id only to a transaction that writes, so
 * when the next unassigned id has not moved since the last reading, nothing was written anywhere and the
 * hash is not recomputed. And the large reference tables that only migrations fill (HS nomenclature,
 * concordance, ISIC, countries, currencies, provinces, border gates) are hashed once before and once after
 * the whole suite instead of after every request.
 *
 * <p>Left out, because a rejected request may rightly change them: {@link #BOOKKEEPING} (HTTP sessions, API
 * tokens, the sign-in throttle and the audit of sign-ins, Flyway's history, jobs' locks).
 */
final class DatabaseFingerprint {

    /**
     * Tables whose rows change for rejected requests by design: a failed sign-in is counted (throttle) and
     * audited, a session or token may be created, touched or expire, a scheduled job takes its lock.
     */
    static final Set<String> BOOKKEEPING = Set.of(
            "spring_session",
            "spring_session_attributes",
            "api_token",
            "login_failure",
            "login_attempt",
            "sign_in_attempt",
            "sign_in_throttle",
            "sign_in_audit",
            "shedlock",
            "flyway_schema_history");

    /** Reference tables filled by migrations only; no API operation writes them. Checked once per run. */
    static final Set<String> MIGRATION_ONLY = Set.of(
            "hs_code",
            "hs_concordance_2017",
            "hs_section",
            "isic_class",
            "currency",
            "currency_use",
            "country",
            "province",
            "province_merger",
            "border_gate_pair",
            "border_province");

    private final JdbcClient jdbc;
    private final String perRequestQuery;
    private final String referenceQuery;
    private long lastXidHorizon = -1;
    private Map<String, String> last;

    DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""").query(String.class).list();
        List<String> perRequest = tables.stream()
                .filter(t -> !BOOKKEEPING.contains(t) && !MIGRATION_ONLY.contains(t))
                .toList();
        List<String> reference =
                tables.stream().filter(MIGRATION_ONLY::contains).toList();
        this.perRequestQuery = query(perRequest);
        this.referenceQuery = query(reference);
    }

    /** Tables hashed after every request. */
    private static String query(List<String> tables) {
        if (tables.isEmpty()) {
            return "SELECT 'none' AS t, '0' AS h";
        }
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            // Sign-in audit rows are bookkeeping too (see the class comment); every other audit row counts.
            String where = table.equals("audit_event") ? " WHERE x.action NOT LIKE 'SIGN%'" : "";
            sql.append("SELECT '")
                    .append(table)
                    .append("' AS t, count(*) || ':' || coalesce(sum(hashtextextended(x::text, 0)), 0) AS h FROM \"")
                    .append(table)
                    .append("\" x")
                    .append(where);
        }
        return sql.toString();
    }

    /** The per-table hashes now (recomputed only when some transaction wrote since the last reading). */
    synchronized Map<String, String> read() {
        long horizon = jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class)
                .single();
        if (horizon != lastXidHorizon || last == null) {
            last = hashes(perRequestQuery);
            lastXidHorizon = horizon;
        }
        return last;
    }

    Map<String, String> readReference() {
        return hashes(referenceQuery);
    }

    private Map<String, String> hashes(String sql) {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql(sql)
                .query((rs, n) -> out.put(rs.getString("t"), rs.getString("h")))
                .list();
        return out;
    }

    /** The tables whose hash differs between two readings. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream()
                .filter(t -> !after.get(t).equals(before.get(t)))
                .toList();
    }
}
