package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.Money;

/**
 * What the energy module recorded in money, for the local-currency KPI: each coal shipment's value in its
 * contract's currency (Lao coal to Viet Nam, at the contract's gate pair), and each month's power invoice of a PPA
 * in US dollars (Lao power to Viet Nam, dated the last day of the month).
 */
@Component
class EnergyCurrencyRecords implements CurrencyRecords {

    private final JdbcClient jdbc;
    private final PowerPurchases power;

    EnergyCurrencyRecords(JdbcClient jdbc, PowerPurchases power) {
        this.jdbc = jdbc;
        this.power = power;
    }

    @Override
    public String module() {
        return "energy";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transaction> transactions(LocalDate from, LocalDate to) {
        List<Transaction> all = new ArrayList<>(jdbc.sql("""
				SELECT s.loaded_on, c.gate_pair_id, s.value, c.currency FROM energy_coal_shipment s
				JOIN energy_coal_contract c ON c.id = s.contract_id
				WHERE s.loaded_on BETWEEN :from AND :to AND NOT s.rejected ORDER BY s.loaded_on, s.id""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new Transaction(
                        rs.getDate(1).toLocalDate(),
                        Flow.LA_TO_VN,
                        rs.getString(2) == null ? null : new GatePairId(rs.getString(2)),
                        Money.of(rs.getBigDecimal(3), rs.getString(4)),
                        "coal_shipment"))
                .list());
        for (PowerPurchases.Ppa ppa : power.list()) {
            jdbc.sql("""
					SELECT month, mwh FROM energy_ppa_delivery WHERE ppa_id = :id
					AND (month + interval '1 month' - interval '1 day')::date BETWEEN :from AND :to ORDER BY month""")
                    .param("id", ppa.id())
                    .param("from", Date.valueOf(from))
                    .param("to", Date.valueOf(to))
                    .query((rs, n) -> {
                        YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
                        BigDecimal mwh = rs.getBigDecimal(2);
                        return new Transaction(
                                month.atEndOfMonth(),
                                Flow.LA_TO_VN,
                                null,
                                PowerPurchases.delivery(ppa.agreement(), month, mwh, "")
                                        .invoice(),
                                "power_delivery");
                    })
                    .list()
                    .forEach(all::add);
        }
        all.sort(Comparator.comparing(Transaction::date));
        return all;
    }
}
