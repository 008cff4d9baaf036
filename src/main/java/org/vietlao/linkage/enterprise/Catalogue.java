package org.vietlao.linkage.enterprise;

import java.util.Optional;

/**
 * What a profile is checked against: the provinces of today, the ISIC classes and the HS nomenclature.
 */
interface Catalogue {

    /** Whether {@code code} is a province of {@code country} today. */
    boolean isCurrentProvince(String country, String code);

    /** The ISIC section letter of a four-digit class; empty when {@code code} is no class. */
    Optional<Character> sectionOfClass(String code);

    /** Whether {@code code} (6 or 8 digits) is an HS subheading or national line the platform knows. */
    boolean isKnownHsCode(String code);
}
