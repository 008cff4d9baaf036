package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    ReleasedGoods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
        return jdbc.sql("""
				WITH released AS (
				    SELECT d.id, d.gate_pair_id, d.direction, e.country AS trader_country, d.demo,
				           date_trunc('month', min(h.at) AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month
				    FROM border_declaration d
				    JOIN border_declaration_history h ON h.declaration_id = d.id AND h.to_status = 'RELEASED'
				    JOIN enterprise e ON e.id = d.trader_id
				    WHERE d.status IN ('RELEASED', 'EXITED')
				    GROUP BY d.id, d.gate_pair_id, d.direction, e.country, d.demo)
				SELECT r.gate_pair_id, r.month, r.direction, r.trader_country, i.value_currency,
				       sum(i.value_amount) AS value, count(DISTINCT r.id) AS declarations, bool_and(r.demo) AS demo
				FROM released r JOIN border_declaration_item i ON i.declaration_id = r.id
				WHERE r.month >= make_date(:from, 1, 1) AND r.month < make_date(:to + 1, 1, 1)
				GROUP BY r.gate_pair_id, r.month, r.direction, r.trader_country, i.value_currency
				ORDER BY r.month, r.gate_pair_id, r.direction, r.trader_country, i.value_currency""")
                .param("from", fromYear)
                .param("to", toYear)
                .query((rs, n) -> new GateMonth(
                        rs.getString("gate_pair_id"),
                        YearMonth.from(rs.getTimestamp("month").toLocalDateTime()),
                        rs.getString("direction"),
                        rs.getString("trader_country"),
                        rs.getString("value_currency"),
                        rs.getBigDecimal("value"),
                        rs.getLong("declarations"),
                        rs.getBoolean("demo")))
                .list();
    }
}
