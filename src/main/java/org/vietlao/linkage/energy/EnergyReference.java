package org.vietlao.linkage.energy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;

/**
 * What the energy module reads of the reference data and the registry, through their public APIs only: gate pairs
 * and their names, Lao provinces and their names, enterprise names.
 */
@Component
class EnergyReference {

    private final ReferenceData reference;
    private final ReferenceNames names;
    private final EnterpriseDirectory enterprises;

    EnergyReference(ReferenceData reference, ReferenceNames names, EnterpriseDirectory enterprises) {
        this.reference = reference;
        this.names = names;
        this.enterprises = enterprises;
    }

    boolean gateExists(String pairId) {
        try {
            return reference.borderGate(GatePairId.parse(pairId, "gatePairId")).isPresent();
        } catch (BusinessException ex) {
            return false;
        }
    }

    /** The gate pair as "Lao Bảo – Densavanh" in the reader's language; the id when unknown. */
    String gateName(String pairId, Locale locale) {
        if (pairId == null) {
            return "";
        }
        try {
            return names.gatePair(GatePairId.parse(pairId, "gatePairId"))
                    .map(g -> g.vnGate().in(locale).text() + " – "
                            + g.laoGate().in(locale).text())
                    .orElse(pairId);
        } catch (BusinessException ex) {
            return pairId;
        }
    }

    /** Every gate pair by id with its name in the reader's language, in id order. */
    Map<String, String> gateNames(Locale locale) {
        Map<String, String> all = new LinkedHashMap<>();
        reference.borderGates().forEach(g -> all.put(g.pairId(), gateName(g.pairId(), locale)));
        return all;
    }

    /**
     * Where a project at a gate pair is drawn: the point of the gate on the project's side ({@code VN} or
     * {@code LA}), else the other side's; empty when neither point is known. Longitude first, as in GeoJSON.
     */
    Optional<double[]> gatePoint(String pairId, String country) {
        if (pairId == null) {
            return Optional.empty();
        }
        try {
            return reference.borderGate(GatePairId.parse(pairId, "gatePairId")).flatMap(g -> {
                org.vietlao.linkage.reference.GatePoint own = "LA".equals(country) ? g.laoSide() : g.vnSide();
                org.vietlao.linkage.reference.GatePoint other = "LA".equals(country) ? g.vnSide() : g.laoSide();
                for (org.vietlao.linkage.reference.GatePoint point :
                        new org.vietlao.linkage.reference.GatePoint[] {own, other}) {
                    if (point != null && point.isKnown() && point.latitude() != null && point.longitude() != null) {
                        return Optional.of(new double[] {point.longitude(), point.latitude()});
                    }
                }
                return Optional.empty();
            });
        } catch (BusinessException ex) {
            return Optional.empty();
        }
    }

    /** The code of a current Lao province, upper-cased, or {@code null}. */
    String laoProvince(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return reference.provincesOn(CountryCode.LAOS, LocalDate.now(ReferenceData.REGION_TIME)).stream()
                        .anyMatch(p -> p.code().equals(c))
                ? c
                : null;
    }

    /** The current Lao provinces by code, with their names in the reader's language, in code order. */
    Map<String, String> laoProvinceNames(Locale locale) {
        Map<String, String> all = new LinkedHashMap<>();
        reference.provincesOn(CountryCode.LAOS, LocalDate.now(ReferenceData.REGION_TIME)).stream()
                .map(p -> p.code())
                .sorted()
                .forEach(code -> all.put(code, provinceName(code, locale)));
        return all;
    }

    String provinceName(String code, Locale locale) {
        try {
            return names.province(ProvinceCode.parse(code, "provinceCode"))
                    .map(t -> t.in(locale).text())
                    .orElse(code);
        } catch (BusinessException ex) {
            return code;
        }
    }

    /** The enterprise's name in the reader's language. */
    String enterpriseName(long id, Locale locale) {
        Optional<EnterpriseProfile> profile = enterprises.find(new EnterpriseId(id));
        return profile.map(p -> LocalizedText.of(p.names()).in(locale).text()).orElse(String.valueOf(id));
    }
}
