package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.CurrencyRecords.Flow;
import org.vietlao.linkage.shared.CurrencyRecords.Transaction;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.Money;

/** Issue 15: the border tells the local-currency KPI about registered declarations only, in their own currency. */
@IntegrationTest
class DeclaredCurrenciesTest {

    static final String LAO_BAO = "VL-INT-06";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    List<CurrencyRecords> records;

    @Test
    void registeredDeclarationsCountInTheirCurrencyStoredAndCancelledOnesDoNot() {
        BorderFixtures fixtures = new BorderFixtures(jdbc, new ApiClient(port));
        long trader = fixtures.traderOf("vn-enterprise");
        String officer = fixtures.officerAt(encoder, LAO_BAO);
        long registered = fixtures.lodged("vn-enterprise", body(trader, "1234567.89"));
        assertThat(fixtures.act(registered, "register", officer).status()).isEqualTo(200);
        fixtures.lodged("vn-enterprise", body(trader, "7654321.01"));
        long cancelled = fixtures.lodged("vn-enterprise", body(trader, "5550001.23"));
        assertThat(fixtures.act(cancelled, "register", officer).status()).isEqualTo(200);
        assertThat(fixtures.act(cancelled, "cancel", officer).status()).isEqualTo(200);

        CurrencyRecords border = records.stream()
                .filter(r -> r.module().equals("border"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<Transaction> found = border.transactions(today.minusDays(1), today.plusDays(1));

        assertThat(found)
                .contains(new Transaction(
                        today,
                        Flow.VN_TO_LA,
                        new GatePairId(LAO_BAO),
                        Money.of(new BigDecimal("1234567.89"), "LAK"),
                        "declaration"));
        assertThat(found)
                .extracting(t -> t.amount().amount())
                .doesNotContain(new BigDecimal("7654321.01"), new BigDecimal("5550001.23"));
        assertThat(border.transactions(today.plusDays(1), today.plusDays(2))).isEmpty();
    }

    static String body(long trader, String lakValue) {
        return BorderFixtures.declaration(trader, LAO_BAO, "74C54321", "960510", "VN", null)
                .replace(
                        "\"value\": 60000000, \"currency\": \"VND\"",
                        "\"value\": " + lakValue + ", \"currency\": \"LAK\"");
    }
}
