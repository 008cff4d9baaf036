package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Money;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * Casework started alone with what it declares it uses (shared, reference; decision 0017 section 5): the
 * local-currency KPI reads every {@link CurrencyRecords} bean (two test-only ones here, standing for border and
 * expo) and gives the shares of a hand-checked set, converted with monthly rates of the platform's one converter.
 *
 * <p>The hand check, at 25,000 VND, 20,000 LAK and 32 THB per USD in March and April 2026: March: 25,000,000 VND
 * (1,000 USD), 2,000 USD, 40,000,000 LAK (2,000 USD), 32,000 THB (1,000 USD); April: 50,000,000 VND (2,000 USD),
 * 1,000 USD. Six transactions, three in dong or kip: 50.0 % by number; 9,000 USD of which 5,000 local: 55.6 % by
 * value. March 3,000 of 6,000 (50.0 %), April 2,000 of 3,000 (66.7 %): a trend of +16.70 points a month.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class CaseworkModuleTest {

    @MockitoBean
    IdempotentRequests idempotentRequests;

    @MockitoBean
    UserDirectory users;

    @Autowired
    CurrencyKpi kpi;

    @Autowired
    JdbcClient jdbc;

    static final GatePairId LAO_BAO = new GatePairId("VL-INT-06");
    static final GatePairId CAU_TREO = new GatePairId("VL-INT-04");

    record Fixed(String module, List<CurrencyRecords.Transaction> all) implements CurrencyRecords {
        @Override
        public List<Transaction> transactions(LocalDate from, LocalDate to) {
            return all.stream()
                    .filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to))
                    .toList();
        }
    }

    static CurrencyRecords.Transaction t(
            String date, CurrencyRecords.Flow flow, GatePairId gate, String amount, String currency) {
        return new CurrencyRecords.Transaction(
                LocalDate.parse(date), flow, gate, Money.of(new BigDecimal(amount), currency), "test");
    }

    @TestConfiguration
    static class Records {

        @Bean
        CurrencyRecords testBorder() {
            return new Fixed(
                    "test-border",
                    List.of(
                            t("2026-03-10", CurrencyRecords.Flow.VN_TO_LA, LAO_BAO, "25000000", "VND"),
                            t("2026-03-11", CurrencyRecords.Flow.LA_TO_VN, LAO_BAO, "2000", "USD"),
                            t("2026-04-02", CurrencyRecords.Flow.VN_TO_LA, LAO_BAO, "50000000", "VND"),
                            t("2026-04-03", CurrencyRecords.Flow.LA_TO_VN, LAO_BAO, "1000", "USD"),
                            t("2025-12-31", CurrencyRecords.Flow.LA_TO_VN, LAO_BAO, "999999", "USD")));
        }

        @Bean
        CurrencyRecords testExpo() {
            return new Fixed(
                    "test-expo",
                    List.of(
                            t("2026-03-20", CurrencyRecords.Flow.NONE, null, "40000000", "LAK"),
                            t("2026-03-21", CurrencyRecords.Flow.VN_TO_LA, CAU_TREO, "32000", "THB")));
        }
    }

    @BeforeEach
    void monthlyRates() {
        // What an analyst's CSV import records (the import itself is tested in PeriodicRatesTests).
        for (String month : List.of("2026-03-01", "2026-04-01")) {
            LocalDate from = LocalDate.parse(month);
            for (String[] rate :
                    List.of(new String[] {"VND", "25000"}, new String[] {"LAK", "20000"}, new String[] {"THB", "32"})) {
                jdbc.sql("""
						INSERT INTO exchange_rate_period (currency, basis, valid_from, valid_to, rate_per_usd, source,
						  recorded_by, recorded_at)
						VALUES (:c, 'MONTHLY', :f, :t, :r, 'hand-checked test rate', 'test', now())
						ON CONFLICT DO NOTHING""")
                        .param("c", rate[0])
                        .param("f", java.sql.Date.valueOf(from))
                        .param("t", java.sql.Date.valueOf(from.plusMonths(1).minusDays(1)))
                        .param("r", new BigDecimal(rate[1]))
                        .update();
            }
        }
    }

    static CurrencyKpi.Share share(
            long n, long local, String countShare, String usd, String localUsd, String valueShare) {
        return new CurrencyKpi.Share(
                n,
                local,
                new BigDecimal(countShare),
                new BigDecimal(usd),
                new BigDecimal(localUsd),
                new BigDecimal(valueShare),
                0);
    }

    @Test
    void theKpiReadsEveryModuleAndGivesTheHandCheckedShares() {
        CurrencyKpi.Kpi result = kpi.compute(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-30"));

        assertThat(result.modules()).containsExactly("test-border", "test-expo");
        assertThat(result.total()).isEqualTo(share(6, 3, "50.0", "9000.00", "5000.00", "55.6"));
        assertThat(result.byMonth())
                .containsEntry("2026-03", share(4, 2, "50.0", "6000.00", "3000.00", "50.0"))
                .containsEntry("2026-04", share(2, 1, "50.0", "3000.00", "2000.00", "66.7"));
        assertThat(result.byModule())
                .containsEntry("test-border", share(4, 2, "50.0", "6000.00", "3000.00", "50.0"))
                .containsEntry("test-expo", share(2, 1, "50.0", "3000.00", "2000.00", "66.7"));
        assertThat(result.byFlow())
                .containsEntry("VN_TO_LA", share(3, 2, "66.7", "4000.00", "3000.00", "75.0"))
                .containsEntry("LA_TO_VN", share(2, 0, "0.0", "3000.00", "0.00", "0.0"))
                .containsEntry("NONE", share(1, 1, "100.0", "2000.00", "2000.00", "100.0"));
        assertThat(result.byGate())
                .containsEntry("VL-INT-06", share(4, 2, "50.0", "6000.00", "3000.00", "50.0"))
                .containsEntry("VL-INT-04", share(1, 0, "0.0", "1000.00", "0.00", "0.0"))
                .containsEntry("-", share(1, 1, "100.0", "2000.00", "2000.00", "100.0"));
        assertThat(result.trendPointsPerMonth()).isEqualByComparingTo("16.70");
        assertThat(result.rising()).isTrue();
        assertThat(result.ratesUsed()).containsEntry("MONTHLY", 4L);
    }

    @Test
    void aPeriodWithoutTransactionsHasNoShares() {
        CurrencyKpi.Kpi result = kpi.compute(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-31"));
        assertThat(result.total().transactions()).isZero();
        assertThat(result.total().countShare()).isNull();
        assertThat(result.trendPointsPerMonth()).isNull();
    }
}
