package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Occupancy is arithmetic on the leases, never typed: leased = Σ leases, available = leasable − leased. */
class OccupancyTest {

    @Test
    void leasedAvailableAndRateComeFromTheLeases() {
        Occupancy land = Occupancy.of(
                new BigDecimal("120.00"),
                List.of(new BigDecimal("12.50"), new BigDecimal("8.00"), new BigDecimal("20.25")));

        assertThat(land.leasedHa()).isEqualByComparingTo("40.75");
        assertThat(land.availableHa()).isEqualByComparingTo("79.25");
        // 40.75 / 120 = 33.958… % → 34.0 %
        assertThat(land.ratePercent()).isEqualByComparingTo("34.0");
        assertThat(land.tenants()).isEqualTo(3);
    }

    @Test
    void aFullParkIsAtOneHundredPerCent() {
        Occupancy land = Occupancy.of(new BigDecimal("50"), List.of(new BigDecimal("20"), new BigDecimal("30")));

        assertThat(land.ratePercent()).isEqualByComparingTo("100.0");
        assertThat(land.availableHa()).isEqualByComparingTo("0");
    }

    @Test
    void withoutALeasableAreaThereIsNoRateAndNoAvailableLand() {
        Occupancy unknown = Occupancy.of(null, List.of(new BigDecimal("5")));
        assertThat(unknown.leasedHa()).isEqualByComparingTo("5");
        assertThat(unknown.ratePercent()).isNull();
        assertThat(unknown.availableHa()).isNull();

        Occupancy zero = Occupancy.of(BigDecimal.ZERO, List.of());
        assertThat(zero.ratePercent()).isNull();
        assertThat(zero.leasedHa()).isEqualByComparingTo("0");
        assertThat(zero.tenants()).isZero();
    }
}
