package org.vietlao.linkage.zone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A park's land taken up by its tenants, computed from the leases and never typed: the leased area is the sum of
 * the tenants' leased areas, the available area what is left of the leasable area, and the rate the leased
 * share of the leasable area in per cent (one decimal). Without a known leasable area there is no rate and no
 * available area.
 *
 * @param leasableHa the park's leasable area, {@code null} when unknown
 * @param leasedHa the sum of the tenants' leased areas
 * @param availableHa leasable minus leased, {@code null} when the leasable area is unknown
 * @param ratePercent leased over leasable in per cent, {@code null} when the leasable area is unknown or zero
 * @param tenants how many tenants
 */
record Occupancy(
        BigDecimal leasableHa, BigDecimal leasedHa, BigDecimal availableHa, BigDecimal ratePercent, int tenants) {

    static Occupancy of(BigDecimal leasableHa, Collection<BigDecimal> leases) {
        BigDecimal leased = leases.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (leasableHa == null) {
            return new Occupancy(null, leased, null, null, leases.size());
        }
        BigDecimal available = leasableHa.subtract(leased);
        BigDecimal rate = leasableHa.signum() == 0
                ? null
                : leased.multiply(BigDecimal.valueOf(100)).divide(leasableHa, 1, RoundingMode.HALF_UP);
        return new Occupancy(leasableHa, leased, available, rate, leases.size());
    }
}
