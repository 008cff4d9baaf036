package org.vietlao.linkage.reference;

import java.time.LocalDate;

/**
 * A pair of facing border gates, one Vietnamese and one Lao.
 *
 * @param pairId the stable id, such as {@code VL-INT-06}
 * @param vnGate the Vietnamese gate ("Lao Bảo")
 * @param laoGate the Lao gate ("Đen Sạ Vẳn (Densavanh/Dansavanh)")
 * @param type the class of the pair
 * @param typeUncertain whether the sources disagree on, or do not confirm, the type
 * @param vnProvinceBeforeMerger the Vietnamese province until 2025-06-30
 * @param vnProvinceAfterMerger the Vietnamese province from 2025-07-01
 * @param laoProvince the Lao province, {@code null} where the sources do not confirm it
 * @param vnSide the point of the Vietnamese gate
 * @param laoSide the point of the Lao gate
 */
public record BorderGatePair(
        String pairId,
        String vnGate,
        String laoGate,
        GateType type,
        boolean typeUncertain,
        Province vnProvinceBeforeMerger,
        Province vnProvinceAfterMerger,
        Province laoProvince,
        GatePoint vnSide,
        GatePoint laoSide) {

    /** The Vietnamese province the gate was in on {@code day}; {@code null} before the 63-province map. */
    public Province vnProvinceOn(LocalDate day) {
        if (vnProvinceAfterMerger.validOn(day)) {
            return vnProvinceAfterMerger;
        }
        return vnProvinceBeforeMerger.validOn(day) ? vnProvinceBeforeMerger : null;
    }
}
