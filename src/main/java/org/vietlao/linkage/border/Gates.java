package org.vietlao.linkage.border;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.BorderGatePair;
import org.vietlao.linkage.reference.GateType;
import org.vietlao.linkage.reference.ReferenceData;

/**
 * The border-gate pairs of the reference data and the seaports a transit may end at, read once: they change only
 * with a migration (a restart), and every lodging checks its gate.
 */
@Component
class Gates {

    private final ReferenceData referenceData;
    private final JdbcClient jdbc;
    private volatile Set<String> known;
    private volatile Set<String> international;
    private volatile List<Seaport> seaports;

    Gates(ReferenceData referenceData, JdbcClient jdbc) {
        this.referenceData = referenceData;
        this.jdbc = jdbc;
    }

    /** A seaport that may be a transit's office of destination, with its name in three languages and source. */
    record Seaport(String code, String nameEn, String nameVi, String nameLo, String province, String source) {

        String name(java.util.Locale locale) {
            return switch (locale.getLanguage()) {
                case "vi" -> nameVi;
                case "lo" -> nameLo;
                default -> nameEn;
            };
        }
    }

    boolean exists(String pairId) {
        Set<String> ids = known;
        if (ids == null) {
            ids = referenceData.borderGates().stream()
                    .map(BorderGatePair::pairId)
                    .collect(Collectors.toUnmodifiableSet());
            known = ids;
        }
        return ids.contains(pairId);
    }

    /**
     * An international gate pair: the only gates of a transit route (2017 Protocol to the 2009 Agreement on Transit
     * of Goods: any international checkpoint).
     */
    boolean international(String pairId) {
        Set<String> ids = international;
        if (ids == null) {
            ids = referenceData.borderGates().stream()
                    .filter(pair -> pair.type() == GateType.INTERNATIONAL)
                    .map(BorderGatePair::pairId)
                    .collect(Collectors.toUnmodifiableSet());
            international = ids;
        }
        return ids.contains(pairId);
    }

    List<Seaport> seaports() {
        List<Seaport> ports = seaports;
        if (ports == null) {
            ports = jdbc.sql(
                            "SELECT code, name_en, name_vi, name_lo, province, source FROM border_seaport ORDER BY code")
                    .query((rs, n) -> new Seaport(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)))
                    .list();
            seaports = ports;
        }
        return ports;
    }

    boolean seaport(String code) {
        return seaports().stream().anyMatch(port -> port.code().equals(code));
    }
}
