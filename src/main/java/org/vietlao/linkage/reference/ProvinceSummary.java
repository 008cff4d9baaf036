package org.vietlao.linkage.reference;

import java.time.LocalDate;

/**
 * A province as other records refer to it in JSON: enough to name it and to tell a reused code apart.
 */
record ProvinceSummary(
        String country,
        String code,
        String name,
        String shortName,
        String nameEn,
        LocalDate validFrom,
        LocalDate validTo) {

    static ProvinceSummary of(Province province) {
        return province == null
                ? null
                : new ProvinceSummary(
                        province.country(),
                        province.code(),
                        province.name(),
                        province.shortName(),
                        province.nameEn(),
                        province.validFrom(),
                        province.validTo());
    }
}
