package org.vietlao.linkage.expo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.Money;

/**
 * The Expo's part of the local-currency KPI: every agreement signed at an Expo that states an amount, dated the
 * day it was signed, in the currency it was agreed in. An agreement joins a Vietnamese and a Lao enterprise
 * without saying which one sells, so it has no direction, and it names no border gate.
 */
@Component
@Transactional(readOnly = true)
class AgreedCurrencies implements CurrencyRecords {

    private final JdbcClient jdbc;

    AgreedCurrencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "expo";
    }

    @Override
    public List<Transaction> transactions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
				SELECT signed_on, amount, currency, kind FROM expo_agreement
				WHERE amount IS NOT NULL AND signed_on BETWEEN :from AND :to
				ORDER BY signed_on, id""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Transaction(
                        rs.getObject("signed_on", LocalDate.class),
                        Flow.NONE,
                        null,
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
                        rs.getString("kind").equals("MOU") ? "memorandum" : "contract"))
                .list();
    }
}
