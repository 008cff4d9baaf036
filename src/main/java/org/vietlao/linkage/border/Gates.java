package org.vietlao.linkage.border;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.BorderGatePair;
import org.vietlao.linkage.reference.ReferenceData;

/**
 * The border-gate pairs of the reference data, read once: they change only with a migration (a restart), and
 * every lodging checks its gate.
 */
@Component
class Gates {

    private final ReferenceData referenceData;
    private volatile Set<String> known;

    Gates(ReferenceData referenceData) {
        this.referenceData = referenceData;
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
}
