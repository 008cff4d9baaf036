package org.vietlao.linkage.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;

/**
 * The energy module started alone with what it declares it uses (shared, reference, enterprise; decision 0017
 * section 5): a contract between two registry enterprises at a reference gate pair, a shipment priced by its fixed
 * formula, and the value reported to the local-currency KPI through {@link CurrencyRecords}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class EnergyModuleTest {

    /** Implemented by the platform, which this test does not start. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Autowired
    CoalContracts contracts;

    @Autowired
    CurrencyRecords records;

    @Autowired
    JdbcClient jdbc;

    long enterprise(String registration) {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = :r")
                .param("r", registration)
                .query(Long.class)
                .single();
    }

    @Test
    void aShipmentIsPricedAndReportedInItsCurrency() {
        Actor analyst = Actor.onBehalfOf("analyst", Role.ANALYST);
        long id = contracts.create(
                new CoalContracts.Terms(
                        "MODULE-" + UUID.randomUUID(),
                        enterprise("LA-834280454"),
                        enterprise("2777024002"),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        new BigDecimal("1000"),
                        new BigDecimal("250"),
                        BigDecimal.TEN,
                        new BigDecimal("80"),
                        CalorificBasis.GAR,
                        new BigDecimal("5000"),
                        new CoalPricing.Spec(new BigDecimal("30"), null, null),
                        new CoalPricing.Limits(null, null, null, null),
                        "VL-INT-06",
                        null,
                        "DAP",
                        "USD",
                        new PriceFormula(PriceFormula.Kind.FIXED, null, 1, 1, null, new BigDecimal("60"), null)),
                analyst,
                false);
        CoalContracts.Shipment shipment = contracts.recordShipment(
                id,
                new CoalContracts.Lot(
                        "M1",
                        LocalDate.of(2024, 5, 2),
                        new BigDecimal("100"),
                        new CoalPricing.Quality(
                                CalorificBasis.GAR,
                                new BigDecimal("5500"),
                                new BigDecimal("32"),
                                new BigDecimal("8"),
                                new BigDecimal("0.5"),
                                null,
                                null)),
                analyst,
                false);
        // 60 × 5500/5000 = 66; less 2 % moisture (32 against 30) = 64.68
        assertThat(shipment.price()).isEqualByComparingTo("64.68");
        assertThat(records.module()).isEqualTo("energy");
        assertThat(records.transactions(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 2)))
                .anySatisfy(t -> {
                    assertThat(t.amount().amount()).isEqualByComparingTo("6468.00");
                    assertThat(t.amount().currency()).isEqualTo("USD");
                    assertThat(t.flow()).isEqualTo(CurrencyRecords.Flow.LA_TO_VN);
                    assertThat(t.gate().value()).isEqualTo("VL-INT-06");
                });
    }
}
