package org.vietlao.linkage.border;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.Money;

/**
 * The border's part of the local-currency KPI: every declaration that was registered and not cancelled, dated
 * the day it was lodged (Indochina time), once per currency its items were declared in, with the sum of those
 * items. An export from Viet Nam goes Viet Nam to Laos, an import into Viet Nam the other way; a transit has no
 * direction between the two.
 */
@Component
@Transactional(readOnly = true)
class DeclaredCurrencies implements CurrencyRecords {

    private final JdbcClient jdbc;

    DeclaredCurrencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "border";
    }

    @Override
    public List<Transaction> transactions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
				SELECT (d.lodged_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, d.id, d.direction, d.gate_pair_id,
				       i.value_currency, sum(i.value_amount) AS amount
				FROM border_declaration d JOIN border_declaration_item i ON i.declaration_id = d.id
				WHERE d.status NOT IN ('STORED', 'CANCELLED')
				  AND d.lodged_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
				  AND d.lodged_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
				GROUP BY d.id, day, d.direction, d.gate_pair_id, i.value_currency
				ORDER BY day, d.id, i.value_currency""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Transaction(
                        rs.getObject("day", LocalDate.class),
                        flow(rs.getString("direction")),
                        new GatePairId(rs.getString("gate_pair_id")),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("value_currency")),
                        "declaration"))
                .list();
    }

    private static Flow flow(String direction) {
        return switch (Direction.valueOf(direction)) {
            case EXPORT -> Flow.VN_TO_LA;
            case IMPORT -> Flow.LA_TO_VN;
            case TRANSIT -> Flow.NONE;
        };
    }
}
