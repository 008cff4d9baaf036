package org.vietlao.linkage.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.Money;

/** Take-or-pay shortfalls of coal contracts and PPAs, the tariff escalation and the capacity factor. */
class TakeOrPayTest {

    static CoalContracts.Terms terms() {
        return new CoalContracts.Terms(
                "T",
                1,
                2,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31),
                new BigDecimal("120000"),
                new BigDecimal("30000"),
                BigDecimal.TEN,
                new BigDecimal("80"),
                CalorificBasis.GAR,
                new BigDecimal("5000"),
                new CoalPricing.Spec(null, null, null),
                new CoalPricing.Limits(null, null, null, null),
                "VL-INT-06",
                null,
                "DAP",
                "USD",
                null);
    }

    static CoalContracts.Shipment shipment(String date, String tonnes, boolean rejected) {
        return new CoalContracts.Shipment(
                1,
                1,
                "L",
                LocalDate.parse(date),
                new BigDecimal(tonnes),
                null,
                BigDecimal.ONE,
                rejected,
                Map.of(),
                Money.of(BigDecimal.ONE, "USD"),
                BigDecimal.ZERO,
                false);
    }

    @Test
    void aCompletedYearFallsShortOfEightyPercentOfTheAnnualVolume() {
        List<CoalContracts.ContractYear> years = CoalContracts.years(
                terms(),
                List.of(
                        shipment("2025-03-01", "40000", false),
                        shipment("2025-07-01", "30000", false),
                        shipment("2025-09-01", "20000", true), // rejected: does not count
                        shipment("2026-02-01", "10000", false)),
                LocalDate.of(2026, 7, 1));
        assertThat(years).hasSize(2);
        CoalContracts.ContractYear first = years.get(0);
        assertThat(first.complete()).isTrue();
        assertThat(first.delivered()).isEqualByComparingTo("70000");
        assertThat(first.minimum()).isEqualByComparingTo("96000");
        assertThat(first.shortfall()).isEqualByComparingTo("26000");
        // the year under way: 96,000 × 182/365 days to date = 47,868.493; 10,000 delivered
        CoalContracts.ContractYear second = years.get(1);
        assertThat(second.complete()).isFalse();
        assertThat(second.minimumToDate()).isEqualByComparingTo("47868.493");
        assertThat(second.shortfall()).isEqualByComparingTo("37868.493");
    }

    @Test
    void noShortfallWhenTheMinimumIsMet() {
        List<CoalContracts.ContractYear> years = CoalContracts.years(
                terms(), List.of(shipment("2025-03-01", "100000", false)), LocalDate.of(2026, 1, 15));
        assertThat(years.get(0).shortfall()).isEqualByComparingTo("0");
    }

    static PowerPurchases.Agreement wind() {
        return new PowerPurchases.Agreement(
                "W",
                PowerPurchases.PlantType.WIND,
                "LA-XE",
                new BigDecimal("600"),
                LocalDate.of(2025, 8, 22),
                "EVN",
                LocalDate.of(2025, 8, 22),
                25,
                new BigDecimal("6.95"),
                new BigDecimal("2"),
                "Thanh My",
                new BigDecimal("80"),
                new BigDecimal("1200000"));
    }

    @Test
    void ppaShortfallInvoiceEscalationAndCapacityFactor() {
        PowerPurchases.Agreement a = wind();
        // 2026-07 is before the first anniversary (2026-08): base tariff; 2026-08 escalates once by 2 %
        PowerPurchases.Delivery july = PowerPurchases.delivery(a, YearMonth.of(2026, 7), new BigDecimal("60000"), "m");
        assertThat(july.tariffCents()).isEqualByComparingTo("6.95");
        // 60,000 MWh × 1,000 kWh × 6.95 ¢ = US$ 4,170,000
        assertThat(july.invoice().amount()).isEqualByComparingTo("4170000.00");
        // 60,000 / (600 × 744 h) = 13.44 %
        assertThat(july.capacityFactorPct()).isEqualByComparingTo("13.44");
        PowerPurchases.Delivery august =
                PowerPurchases.delivery(a, YearMonth.of(2026, 8), new BigDecimal("60000"), "m");
        assertThat(august.tariffCents()).isEqualByComparingTo("7.0890");
        // minimum 1,200,000 × 80 % / 12 = 80,000 MWh a month: two months, 160,000; delivered 120,000
        List<PowerPurchases.Year> years = PowerPurchases.years(a, List.of(july, august));
        assertThat(years).hasSize(1);
        assertThat(years.get(0).minimumMwh()).isEqualByComparingTo("160000");
        assertThat(years.get(0).shortfallMwh()).isEqualByComparingTo("40000");
    }

    @Test
    void theLaterInstrumentAppliesAndATermConditionIsHonoured() {
        List<PowerPurchases.Cap> caps = List.of(
                new PowerPurchases.Cap(
                        1,
                        PowerPurchases.PlantType.WIND,
                        null,
                        LocalDate.of(2025, 12, 30),
                        null,
                        new BigDecimal("6.95"),
                        "241/TTg-QHQT",
                        LocalDate.of(2020, 4, 4),
                        "s"),
                new PowerPurchases.Cap(
                        2,
                        PowerPurchases.PlantType.WIND,
                        LocalDate.of(2025, 12, 31),
                        LocalDate.of(2030, 12, 31),
                        null,
                        new BigDecimal("6.4"),
                        "2647/QD-BCT",
                        LocalDate.of(2024, 10, 8),
                        "s"),
                new PowerPurchases.Cap(
                        3,
                        PowerPurchases.PlantType.WIND,
                        LocalDate.of(2025, 12, 31),
                        LocalDate.of(2030, 12, 31),
                        25,
                        new BigDecimal("6.95"),
                        "1007/QD-BCT",
                        LocalDate.of(2025, 4, 14),
                        "s"));
        LocalDate cod = LocalDate.of(2027, 1, 1);
        assertThat(PowerPurchases.applicable(caps, PowerPurchases.PlantType.WIND, cod, 20))
                .get()
                .extracting(PowerPurchases.Cap::id)
                .isEqualTo(2L);
        assertThat(PowerPurchases.applicable(caps, PowerPurchases.PlantType.WIND, cod, 25))
                .get()
                .extracting(PowerPurchases.Cap::id)
                .isEqualTo(3L);
        assertThat(PowerPurchases.applicable(caps, PowerPurchases.PlantType.WIND, LocalDate.of(2025, 8, 22), 25))
                .get()
                .extracting(PowerPurchases.Cap::id)
                .isEqualTo(1L);
        assertThat(PowerPurchases.applicable(caps, PowerPurchases.PlantType.WIND, LocalDate.of(2031, 1, 1), 25))
                .isEmpty();
    }

    @Test
    void milestonesAreLateOnlyWhenPastTheirDateAndNotReached() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(InfrastructureProjects.state(LocalDate.of(2026, 9, 30), null, today))
                .isEqualTo(InfrastructureProjects.MilestoneState.LATE);
        assertThat(InfrastructureProjects.state(LocalDate.of(2026, 12, 7), null, today))
                .isEqualTo(InfrastructureProjects.MilestoneState.DUE);
        assertThat(InfrastructureProjects.state(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 5), today))
                .isEqualTo(InfrastructureProjects.MilestoneState.DONE_LATE);
        assertThat(InfrastructureProjects.state(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 20), today))
                .isEqualTo(InfrastructureProjects.MilestoneState.DONE);
    }
}
