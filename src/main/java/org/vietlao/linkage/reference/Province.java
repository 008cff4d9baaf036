package org.vietlao.linkage.reference;

import java.time.LocalDate;

/**
 * A province (or centrally-run city) of Viet Nam or Laos in one configuration of the country's map. Viet Nam's
 * codes were reused after the July 2025 merger, so a province is identified by country, code and
 * {@code validFrom}.
 *
 * @param country {@code VN} or {@code LA}
 * @param code the GSO code ({@code 44}) or ISO 3166-2 code ({@code LA-SV})
 * @param name the official name in the country's language ("Tỉnh Quảng Trị", "ສະຫວັນນະເຂດ")
 * @param shortName the name without the Vietnamese unit prefix ("Quảng Trị")
 * @param nameEn the English name
 * @param capital the capital or political-administrative centre
 * @param latitude of the capital
 * @param longitude of the capital
 * @param validFrom first day of the configuration this province belongs to
 * @param validTo last day, {@code null} while it is current
 */
public record Province(
        String country,
        String code,
        String name,
        String shortName,
        String nameEn,
        String capital,
        double latitude,
        double longitude,
        LocalDate validFrom,
        LocalDate validTo) {

    /** Whether the province existed, in this form, on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
