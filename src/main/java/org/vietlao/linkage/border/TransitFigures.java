package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What MINISTRY, ANALYST and ADMIN see of transit (issue 13, "MINISTRY and ANALYST see aggregates"): per route
 * (office of departure → office of destination), the movements lodged in a period by status, the late arrivals,
 * the median and 90th percentile hours from release to arrival, and what was recovered from guarantees by
 * currency. No trader, vehicle or guarantee is named.
 */
@Component
@Transactional(readOnly = true)
class TransitFigures {

    static final String SOURCE = "platform transit records";

    record Recovered(String currency, BigDecimal amount) {}

    record Route(
            String departureOffice,
            String destinationOffice,
            long movements,
            Map<String, Long> byStatus,
            long lateArrivals,
            long arrivals,
            Double medianHoursToArrival,
            Double p90HoursToArrival,
            List<Recovered> recovered,
            boolean demo) {}

    record Report(LocalDate from, LocalDate to, String timeZone, String source, List<Route> routes) {}

    private final JdbcClient jdbc;

    TransitFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Report between(LocalDate from, LocalDate to) {
        Map<List<String>, Route> routes = new LinkedHashMap<>();
        jdbc.sql("""
				SELECT departure_office, destination_office, count(*) AS movements,
				       count(*) FILTER (WHERE late) AS late,
				       count(arrived_at) AS arrivals,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM arrived_at - released_at) / 3600)
				           FILTER (WHERE arrived_at IS NOT NULL AND released_at IS NOT NULL) AS median_hours,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM arrived_at - released_at) / 3600)
				           FILTER (WHERE arrived_at IS NOT NULL AND released_at IS NOT NULL) AS p90_hours,
				       bool_and(demo) AS demo
				FROM border_transit
				WHERE (lodged_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN :from AND :to
				GROUP BY departure_office, destination_office
				ORDER BY departure_office, destination_office""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    double median = rs.getDouble("median_hours");
                    boolean noMedian = rs.wasNull();
                    double p90 = rs.getDouble("p90_hours");
                    boolean noP90 = rs.wasNull();
                    return new Route(
                            rs.getString("departure_office"),
                            rs.getString("destination_office"),
                            rs.getLong("movements"),
                            new LinkedHashMap<>(),
                            rs.getLong("late"),
                            rs.getLong("arrivals"),
                            noMedian ? null : Math.round(median * 10) / 10.0,
                            noP90 ? null : Math.round(p90 * 10) / 10.0,
                            new ArrayList<>(),
                            rs.getBoolean("demo"));
                })
                .list()
                .forEach(route -> routes.put(List.of(route.departureOffice(), route.destinationOffice()), route));
        jdbc.sql("""
				SELECT departure_office, destination_office, status, count(*) AS n
				FROM border_transit
				WHERE (lodged_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN :from AND :to
				GROUP BY departure_office, destination_office, status
				ORDER BY status""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    Route route =
                            routes.get(List.of(rs.getString("departure_office"), rs.getString("destination_office")));
                    route.byStatus().put(rs.getString("status"), rs.getLong("n"));
                    return route;
                })
                .list();
        jdbc.sql("""
				SELECT departure_office, destination_office, currency, sum(recovered_amount) AS amount
				FROM border_transit
				WHERE (lodged_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN :from AND :to
				  AND recovered_amount IS NOT NULL
				GROUP BY departure_office, destination_office, currency
				ORDER BY currency""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    Route route =
                            routes.get(List.of(rs.getString("departure_office"), rs.getString("destination_office")));
                    route.recovered().add(new Recovered(rs.getString("currency"), rs.getBigDecimal("amount")));
                    return route;
                })
                .list();
        return new Report(from, to, BorderParameters.BORDER_ZONE.getId(), SOURCE, List.copyOf(routes.values()));
    }
}
