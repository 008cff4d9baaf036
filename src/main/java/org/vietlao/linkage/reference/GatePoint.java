package org.vietlao.linkage.reference;

import java.math.BigDecimal;

/**
 * The point known for one side of a border-gate pair.
 *
 * @param latitude WGS84, {@code null} when none is known
 * @param longitude WGS84, {@code null} when none is known
 * @param precision how close the point is to the gate
 * @param place what the point is ("Lao Bảo town (GeoNames)")
 * @param borderDistanceKm distance of the point from the border line, a rough quality indicator
 */
public record GatePoint(
        Double latitude, Double longitude, CoordinatePrecision precision, String place, BigDecimal borderDistanceKm) {

    public boolean isKnown() {
        return precision != CoordinatePrecision.NONE;
    }
}
