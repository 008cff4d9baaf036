package org.vietlao.linkage.expo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.CurrencyRecords.Flow;
import org.vietlao.linkage.shared.CurrencyRecords.Transaction;
import org.vietlao.linkage.shared.Money;

/** Issue 15: the Expo tells the local-currency KPI about agreements that state an amount, on the day signed. */
@IntegrationTest
class AgreedCurrenciesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<CurrencyRecords> records;

    @Test
    void agreementsWithAnAmountCountInTheirCurrencyOnTheDaySigned() {
        long event =
                jdbc.sql("SELECT min(id) FROM expo_event").query(Long.class).single();
        insert(event, "CONTRACT", "250000000", "LAK", "2001-02-03");
        insert(event, "MOU", "1500000000", "VND", "2001-02-04");
        insert(event, "MOU", null, null, "2001-02-04");
        insert(event, "CONTRACT", "99", "USD", "2001-02-06");

        CurrencyRecords expo = records.stream()
                .filter(r -> r.module().equals("expo"))
                .findFirst()
                .orElseThrow();
        List<Transaction> found = expo.transactions(LocalDate.of(2001, 2, 3), LocalDate.of(2001, 2, 5));

        assertThat(found)
                .containsExactly(
                        new Transaction(
                                LocalDate.of(2001, 2, 3),
                                Flow.NONE,
                                null,
                                Money.of(new BigDecimal("250000000.00"), "LAK"),
                                "contract"),
                        new Transaction(
                                LocalDate.of(2001, 2, 4),
                                Flow.NONE,
                                null,
                                Money.of(new BigDecimal("1500000000.00"), "VND"),
                                "memorandum"));
    }

    void insert(long event, String kind, String amount, String currency, String signedOn) {
        jdbc.sql("""
				INSERT INTO expo_agreement (event_id, vn_enterprise_id, la_enterprise_id, kind, hs_codes, amount,
				    currency, signed_on, recorded_by, recorded_at)
				VALUES (:e, 1, 2, :k, ARRAY['100630'], CAST(:a AS numeric), :c, CAST(:d AS date), 'test', now())""")
                .param("e", event)
                .param("k", kind)
                .param("a", amount)
                .param("c", currency)
                .param("d", signedOn)
                .update();
    }
}
