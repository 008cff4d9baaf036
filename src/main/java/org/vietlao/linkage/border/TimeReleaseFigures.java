package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Time Release Study figures of one gate pair over a period (both sides of the pair in one answer), from the
 * visits that arrived in it: overall and split by side, channel, hour and day of arrival (UTC+7).
 */
@Component
@Transactional(readOnly = true)
class TimeReleaseFigures {

    /** Where the method and the figures come from. */
    static final String SOURCE = "WCO Guide to Measure the Time Required for the Release of Goods, v3 (2018): "
            + "method; figures: vehicle-visit events recorded on this platform (border_visit_event)";

    static final String NO_CHANNEL = "NONE";

    private final JdbcClient jdbc;

    TimeReleaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Report(
            String gatePairId,
            LocalDate from,
            LocalDate to,
            String timeZone,
            long days,
            BigDecimal throughputPerDay,
            String source,
            TimeRelease.Figures overall,
            Map<String, TimeRelease.Figures> bySide,
            Map<String, TimeRelease.Figures> byChannel,
            Map<String, TimeRelease.Figures> byHour,
            Map<String, TimeRelease.Figures> byDay) {}

    Report of(String gatePairId, LocalDate from, LocalDate to) {
        List<TimeRelease.VisitTimes> visits = visits(gatePairId, from, to);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        TimeRelease.Figures overall = TimeRelease.figures(visits);
        return new Report(
                gatePairId,
                from,
                to,
                BorderParameters.BORDER_ZONE.getId(),
                days,
                BigDecimal.valueOf(overall.completed()).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN),
                SOURCE,
                overall,
                group(visits, TimeRelease.VisitTimes::side),
                group(visits, TimeRelease.VisitTimes::channel),
                group(visits, v -> String.format("%02d", local(v.arrival()).getHour())),
                group(visits, v -> local(v.arrival()).toLocalDate().toString()));
    }

    private static ZonedDateTime local(Instant at) {
        return at.atZone(BorderParameters.BORDER_ZONE);
    }

    private static Map<String, TimeRelease.Figures> group(
            List<TimeRelease.VisitTimes> visits, Function<TimeRelease.VisitTimes, String> key) {
        Map<String, List<TimeRelease.VisitTimes>> groups =
                visits.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        Map<String, TimeRelease.Figures> figures = new TreeMap<>();
        groups.forEach((name, members) -> figures.put(name, TimeRelease.figures(members)));
        return figures;
    }

    List<TimeRelease.VisitTimes> visits(String gatePairId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(BorderParameters.BORDER_ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BorderParameters.BORDER_ZONE).toInstant();
        List<TimeRelease.VisitTimes> visits = new ArrayList<>();
        jdbc.sql("""
				SELECT v.id, v.side,
				       (SELECT max(CASE d.channel WHEN 'RED' THEN 4 WHEN 'YELLOW' THEN 3 WHEN 'BLUE' THEN 2
				                                  WHEN 'GREEN' THEN 1 END)
				        FROM border_visit_declaration l JOIN border_declaration d ON d.id = l.declaration_id
				        WHERE l.visit_id = v.id) AS severity,
				       EXISTS (SELECT 1 FROM border_visit_declaration l WHERE l.visit_id = v.id) AS pre_declared,
				       min(e.at) FILTER (WHERE e.type = 'ARRIVED') AS arrived,
				       min(e.at) FILTER (WHERE e.type = 'GATE_IN') AS gate_in,
				       min(e.at) FILTER (WHERE e.type = 'INSPECTION_START') AS inspection_start,
				       min(e.at) FILTER (WHERE e.type = 'INSPECTION_END') AS inspection_end,
				       min(e.at) FILTER (WHERE e.type = 'RELEASED') AS released,
				       min(e.at) FILTER (WHERE e.type = 'GATE_OUT') AS gate_out
				FROM border_visit v
				LEFT JOIN border_visit_event e ON e.visit_id = v.id AND e.refused IS NULL
				WHERE v.gate_pair_id = :gate AND v.opened_at >= :start AND v.opened_at < :end
				GROUP BY v.id, v.side ORDER BY v.id""")
                .param("gate", gatePairId)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(rs -> {
                    Integer severity = (Integer) rs.getObject("severity");
                    visits.add(new TimeRelease.VisitTimes(
                            rs.getLong("id"),
                            rs.getString("side"),
                            severity == null ? NO_CHANNEL : Channel.values()[severity - 1].name(),
                            rs.getBoolean("pre_declared"),
                            instant(rs.getTimestamp("arrived")),
                            instant(rs.getTimestamp("gate_in")),
                            instant(rs.getTimestamp("inspection_start")),
                            instant(rs.getTimestamp("inspection_end")),
                            instant(rs.getTimestamp("released")),
                            instant(rs.getTimestamp("gate_out"))));
                });
        return visits;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Of {@code gates}, the one whose latest visit is the most recent; empty when none has a visit. */
    java.util.Optional<String> latestVisited(List<String> gates) {
        if (gates.isEmpty()) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("SELECT gate_pair_id FROM border_visit WHERE gate_pair_id IN (:gates) "
                        + "ORDER BY opened_at DESC LIMIT 1")
                .param("gates", gates)
                .query(String.class)
                .optional();
    }

    /** A vehicle in the zone now: where it is and since when. */
    record QueueEntry(
            long visitId,
            String plate,
            String side,
            String lastEvent,
            Instant lastAt,
            Instant arrivedAt,
            long declarations,
            boolean demo) {}

    /** The open visits of a gate pair, longest in the zone first. */
    List<QueueEntry> queue(String gatePairId) {
        return jdbc.sql("""
				SELECT v.id, v.plate, v.side, last.type, last.at, v.opened_at,
				       (SELECT count(*) FROM border_visit_declaration l WHERE l.visit_id = v.id), v.demo
				FROM border_visit v
				LEFT JOIN LATERAL (SELECT type, at FROM border_visit_event e WHERE e.visit_id = v.id AND e.refused IS NULL
				                   ORDER BY at DESC, id DESC LIMIT 1) last ON TRUE
				WHERE v.gate_pair_id = :gate AND v.closed_at IS NULL ORDER BY v.opened_at, v.id LIMIT 500""")
                .param("gate", gatePairId)
                .query((rs, n) -> new QueueEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        rs.getLong(7),
                        rs.getBoolean(8)))
                .list();
    }
}
