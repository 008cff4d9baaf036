package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An enterprise as other modules see it: enough to match it with partners across the border.
 *
 * @param id its identifier
 * @param country {@code VN} or {@code LA}
 * @param name the name in its own language
 * @param names translations by language ({@code vi}, {@code lo}, {@code en}), those that exist
 * @param provinceCode code of a current province in the reference data ({@code 40}, {@code LA-SV})
 * @param sector ISIC Rev.4 class, four digits
 * @param sizeClass {@code MICRO}, {@code SMALL}, {@code MEDIUM} or {@code LARGE}
 * @param certifications certification codes held ({@code ISO9001}, {@code HACCP}, {@code GLOBALGAP}, ...)
 * @param verified whether an analyst has verified the record
 * @param demo whether it is demo data
 * @param ownerOrganisationId the organisation whose ENTERPRISE users may edit it; {@code null} for none
 * @param offers what it sells
 * @param needs what it buys
 */
public record EnterpriseProfile(
        EnterpriseId id,
        String country,
        String name,
        Map<String, String> names,
        String provinceCode,
        String sector,
        String sizeClass,
        Set<String> certifications,
        boolean verified,
        boolean demo,
        Long ownerOrganisationId,
        List<Offer> offers,
        List<Need> needs) {

    /**
     * A product the enterprise offers.
     *
     * @param hsCode 6 digits, or an 8-digit national line
     * @param description free text
     * @param annualCapacity how much a year, in {@code unit}; {@code null} if not given
     * @param unit unit of the capacity ({@code t}, {@code kg}, {@code m3}, {@code pcs}, {@code MWh}, ...)
     */
    public record Offer(String hsCode, String description, BigDecimal annualCapacity, String unit) {}

    /**
     * A product the enterprise needs.
     *
     * @param hsCode 6 digits, or an 8-digit national line
     * @param annualVolume how much a year, in {@code unit}; {@code null} if not given
     * @param unit unit of the volume
     * @param requiredCertifications certifications a supplier must hold
     */
    public record Need(String hsCode, BigDecimal annualVolume, String unit, Set<String> requiredCertifications) {}
}
