package org.vietlao.linkage.enterprise;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.vietlao.linkage.reference.Province;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * The {@link Catalogue} for one request or one import: provinces of today and HS answers are remembered for
 * its length, so that an import of thousands of rows asks the database once per distinct code.
 */
final class RegistryCatalogue implements Catalogue {

    private final ReferenceData referenceData;
    private final Sectors sectors;
    private final Map<String, Set<String>> provinces = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hsCodes = new ConcurrentHashMap<>();

    RegistryCatalogue(ReferenceData referenceData, Sectors sectors) {
        this.referenceData = referenceData;
        this.sectors = sectors;
    }

    @Override
    public boolean isCurrentProvince(String country, String code) {
        return provinces
                .computeIfAbsent(
                        country,
                        c -> referenceData.provincesOn(CountryCode.parse(c), referenceData.today()).stream()
                                .map(Province::code)
                                .collect(Collectors.toSet()))
                .contains(code);
    }

    @Override
    public Optional<Character> sectionOfClass(String code) {
        return sectors.find(code).map(Sectors.IsicClass::section);
    }

    @Override
    public boolean isKnownHsCode(String code) {
        return hsCodes.computeIfAbsent(
                code, c -> HsCode.isWellFormed(c) && referenceData.isKnownHsCode(HsCode.parse(c)));
    }
}
