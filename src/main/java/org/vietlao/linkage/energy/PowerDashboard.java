package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Power imports from Laos by year: the capacity contracted (PPAs whose plant is in commercial operation by the end
 * of the year), the energy delivered, by plant type, and the published import targets with their instrument and
 * source. Figures come from the recorded PPAs and deliveries only.
 */
@Component
class PowerDashboard {

    private final JdbcClient jdbc;

    PowerDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Target(int year, BigDecimal mw, String instrument, String source) {}

    record YearRow(int year, BigDecimal contractedMw, Map<String, BigDecimal> gwhByType, BigDecimal gwh) {}

    record PlantRow(long id, String plant, String type, String province, BigDecimal mw, BigDecimal gwh, boolean demo) {}

    record View(List<YearRow> years, List<PlantRow> plants, List<Target> targets, String source) {}

    static final String SOURCE = "energy_ppa, energy_ppa_delivery";

    @Transactional(readOnly = true)
    View view() {
        List<Target> targets = jdbc.sql("SELECT year, mw, instrument, source FROM energy_power_target ORDER BY year")
                .query((rs, n) -> new Target(rs.getInt(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4)))
                .list();
        Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
        jdbc.sql("""
				SELECT EXTRACT(YEAR FROM d.month)::int, p.plant_type, sum(d.mwh) FROM energy_ppa_delivery d
				JOIN energy_ppa p ON p.id = d.ppa_id GROUP BY 1, 2 ORDER BY 1, 2""").query(rs -> {
            byYear.computeIfAbsent(rs.getInt(1), y -> new TreeMap<>())
                    .put(
                            rs.getString(2),
                            rs.getBigDecimal(3).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP));
        });
        List<Integer> years = new ArrayList<>(byYear.keySet());
        targets.forEach(t -> {
            if (!years.contains(t.year())) {
                years.add(t.year());
            }
        });
        years.sort(Integer::compare);
        List<YearRow> rows = new ArrayList<>();
        for (int year : years) {
            BigDecimal mw = jdbc.sql(
                            "SELECT coalesce(sum(capacity_mw), 0) FROM energy_ppa WHERE cod <= make_date(:y, 12, 31)")
                    .param("y", year)
                    .query(BigDecimal.class)
                    .single();
            Map<String, BigDecimal> gwh = byYear.getOrDefault(year, Map.of());
            rows.add(new YearRow(year, mw, gwh, gwh.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        List<PlantRow> plants = jdbc.sql("""
				SELECT p.id, p.plant_name, p.plant_type, p.province_code, p.capacity_mw,
				    coalesce(sum(d.mwh), 0) / 1000, p.demo
				FROM energy_ppa p LEFT JOIN energy_ppa_delivery d ON d.ppa_id = p.id
				GROUP BY p.id ORDER BY p.plant_name""")
                .query((rs, n) -> new PlantRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6).setScale(3, RoundingMode.HALF_UP),
                        rs.getBoolean(7)))
                .list();
        return new View(rows, plants, targets, SOURCE);
    }
}
