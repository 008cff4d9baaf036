package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;

/**
 * What other modules may read of released declarations (issue 12: trade rolls them up into monthly figures by
 * gate): the declared value of the goods released at each gate pair each month, by direction, the trader's
 * country and the currency declared. A declaration counts in the month it was first released (Indochina time),
 * once released or exited; cancelled and unreleased declarations do not count.
 */
@Service
@Transactional(readOnly = true)
public class ReleasedGoods {

    private final JdbcClient jdbc;
    private final EnterpriseDirectory enterprises;

    ReleasedGoods(JdbcClient jdbc, EnterpriseDirectory enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    /** One trader's share of a gate-month, before the traders are grouped by country. */
    private record TraderMonth(
            String gatePairId,
            YearMonth month,
            String direction,
            long traderId,
            String currency,
            BigDecimal value,
            long declarations,
            boolean demo) {}

    /**
     * The declared value released at one gate pair in one month.
     *
     * @param gatePairId the gate pair
     * @param month the month of release (Asia/Ho_Chi_Minh)
     * @param direction EXPORT, IMPORT or TRANSIT as declared
     * @param traderCountry the declaring trader's country, VN or LA
     * @param currency the currency the items' values were declared in
     * @param value the sum of the items' declared values in that currency
     * @param declarations how many declarations
     * @param demo whether every one of them is demo data
     */
    public record GateMonth(
            String gatePairId,
            YearMonth month,
            String direction,
            String traderCountry,
            String currency,
            BigDecimal value,
            long declarations,
            boolean demo) {}

    /** Every gate and month from January of {@code fromYear} to December of {@code toYear}, oldest first. */
    public List<GateMonth> byGateAndMonth(int fromYear, int toYear) {
        // The trader's country is the registry's to say (decision 0017 section 4: no module reads another's
        // tables), so rows are summed per trader here and grouped by the trader's country below.
        List<TraderMonth> rows = jdbc.sql("""
				WITH released AS (
				    SELECT d.id, d.gate_pair_id, d.direction, d.trader_id, d.demo,
				           date_trunc('month', min(h.at) AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month
				    FROM border_declaration d
				    JOIN border_declaration_history h ON h.declaration_id = d.id AND h.to_status = 'RELEASED'
				    WHERE d.status IN ('RELEASED', 'EXITED')
				    GROUP BY d.id, d.gate_pair_id, d.direction, d.trader_id, d.demo)
				SELECT r.gate_pair_id, r.month, r.direction, r.trader_id, i.value_currency,
				       sum(i.value_amount) AS value, count(DISTINCT r.id) AS declarations, bool_and(r.demo) AS demo
				FROM released r JOIN border_declaration_item i ON i.declaration_id = r.id
				WHERE r.month >= make_date(:from, 1, 1) AND r.month < make_date(:to + 1, 1, 1)
				GROUP BY r.gate_pair_id, r.month, r.direction, r.trader_id, i.value_currency""")
                .param("from", fromYear)
                .param("to", toYear)
                .query((rs, n) -> new TraderMonth(
                        rs.getString("gate_pair_id"),
                        YearMonth.from(rs.getTimestamp("month").toLocalDateTime()),
                        rs.getString("direction"),
                        rs.getLong("trader_id"),
                        rs.getString("value_currency"),
                        rs.getBigDecimal("value"),
                        rs.getLong("declarations"),
                        rs.getBoolean("demo")))
                .list();
        Map<Long, String> countries = new HashMap<>();
        Map<List<Object>, GateMonth> grouped = new TreeMap<>(ORDER);
        for (TraderMonth row : rows) {
            String country = countries.computeIfAbsent(
                    row.traderId(),
                    id -> enterprises
                            .find(new EnterpriseId(id))
                            .map(EnterpriseProfile::country)
                            .orElse(""));
            List<Object> key = List.of(row.month(), row.gatePairId(), row.direction(), country, row.currency());
            grouped.merge(
                    key,
                    new GateMonth(
                            row.gatePairId(),
                            row.month(),
                            row.direction(),
                            country,
                            row.currency(),
                            row.value(),
                            row.declarations(),
                            row.demo()),
                    (a, b) -> new GateMonth(
                            a.gatePairId(),
                            a.month(),
                            a.direction(),
                            a.traderCountry(),
                            a.currency(),
                            a.value().add(b.value()),
                            a.declarations() + b.declarations(),
                            a.demo() && b.demo()));
        }
        return new ArrayList<>(grouped.values());
    }

    /** Oldest month first, then gate, direction, country and currency, as the query used to sort them. */
    @SuppressWarnings("unchecked")
    private static final Comparator<List<Object>> ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
