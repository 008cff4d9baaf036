package org.vietlao.linkage.zone;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * What other modules may ask of the zone module (the training module links a course's output to a park
 * comparison): whether a park exists and its names, and the title and address of the comparison of two parks.
 */
@Service
public class ParkComparisons {

    private final Zones zones;

    ParkComparisons(Zones zones) {
        this.zones = zones;
    }

    /** A comparison of two parks: its title in three languages and the page that shows it. */
    public record Reference(long leftZoneId, long rightZoneId, LocalizedText title, String href) {}

    /** The names of park {@code zoneId}; empty when there is no such park. */
    public Optional<LocalizedText> parkName(long zoneId) {
        return zones.find(zoneId).map(Zones.Zone::names);
    }

    /** The comparison of two different parks; empty when either does not exist or they are the same. */
    public Optional<Reference> comparison(long leftZoneId, long rightZoneId) {
        if (leftZoneId == rightZoneId) {
            return Optional.empty();
        }
        return zones.find(leftZoneId)
                .flatMap(left -> zones.find(rightZoneId)
                        .map(right -> new Reference(
                                leftZoneId,
                                rightZoneId,
                                LocalizedText.of(
                                        left.names().en() + " ↔ "
                                                + right.names().en(),
                                        left.names().vi() + " ↔ "
                                                + right.names().vi(),
                                        left.names().lo() + " ↔ "
                                                + right.names().lo()),
                                "/zones/compare?left=" + leftZoneId + "&right=" + rightZoneId)));
    }
}
