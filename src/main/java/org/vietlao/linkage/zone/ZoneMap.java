package org.vietlao.linkage.zone;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Parks and zones as GeoJSON for the border map, beside the gates: one Feature per zone with a point (its
 * boundary as the geometry where known, with the point kept in {@code point}), properties {@code id, kind,
 * country, status, gatePairId, nameEn, nameVi, nameLo, totalHa, leasableHa, availableHa, occupancyPercent,
 * demo, confirmed, jointPartnerId}. Zones without a point are listed in the foreign member {@code unplaced}.
 */
@Service
class ZoneMap {

    private final Zones zones;
    private final Tenants tenants;
    private final org.springframework.context.MessageSource messages;

    ZoneMap(Zones zones, Tenants tenants, org.springframework.context.MessageSource messages) {
        this.zones = zones;
        this.tenants = tenants;
        this.messages = messages;
    }

    /**
     * The home map's layer (shared.MapLayers): one Point a placed park or zone, with {@code name} in the reader's
     * language, {@code detail} (kind, country, occupancy computed from the tenants, "demo" where it is) and
     * {@code href} to its page.
     */
    Map<String, Object> layer(java.util.Locale locale) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put(
                "features",
                zones.all().stream()
                        .filter(z -> z.latitude() != null && z.longitude() != null)
                        .map(z -> {
                            Occupancy land = tenants.occupancy(z);
                            String occupancy = land.ratePercent() == null
                                    ? messages.getMessage("zone.value.unknown", null, locale)
                                    : land.ratePercent().toPlainString() + " %";
                            String detail = messages.getMessage(
                                    z.demo() ? "zone.map.detailDemo" : "zone.map.detail",
                                    new Object[] {
                                        messages.getMessage(
                                                "zone.kind." + z.kind().name(), null, locale),
                                        messages.getMessage("zone.country." + z.country(), null, locale),
                                        occupancy
                                    },
                                    locale);
                            Map<String, Object> properties = new LinkedHashMap<>();
                            properties.put("id", z.id());
                            properties.put("name", z.names().in(locale).text());
                            properties.put("detail", detail);
                            properties.put("href", "/zones/" + z.id());
                            Map<String, Object> feature = new LinkedHashMap<>();
                            feature.put("type", "Feature");
                            feature.put("id", z.id());
                            feature.put(
                                    "geometry",
                                    Map.of("type", "Point", "coordinates", List.of(z.longitude(), z.latitude())));
                            feature.put("properties", properties);
                            return feature;
                        })
                        .toList());
        return collection;
    }

    Map<String, Object> collection() {
        List<Zones.Zone> all = zones.all();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put(
                "features",
                all.stream()
                        .filter(z -> z.latitude() != null)
                        .map(this::feature)
                        .toList());
        collection.put(
                "unplaced",
                all.stream()
                        .filter(z -> z.latitude() == null)
                        .map(Zones.Zone::id)
                        .toList());
        return collection;
    }

    private Map<String, Object> feature(Zones.Zone zone) {
        Occupancy land = tenants.occupancy(zone);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", zone.id());
        properties.put("kind", zone.kind().name());
        properties.put("country", zone.country());
        properties.put("status", zone.status().name());
        properties.put("gatePairId", zone.gatePairId());
        properties.put("nameEn", zone.names().en());
        properties.put("nameVi", zone.names().vi());
        properties.put("nameLo", zone.names().lo());
        properties.put("totalHa", zone.totalHa());
        properties.put("leasableHa", zone.leasableHa());
        properties.put("availableHa", land.availableHa());
        properties.put("occupancyPercent", land.ratePercent());
        properties.put("demo", zone.demo());
        properties.put("confirmed", zone.confirmed());
        properties.put("jointPartnerId", zone.jointPartnerId());
        List<Double> point = List.of(zone.longitude(), zone.latitude());
        properties.put("point", point);
        Object geometry = zone.boundary() != null ? zones.parse(zone.boundary()) : null;
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", zone.id());
        feature.put("geometry", geometry != null ? geometry : Map.of("type", "Point", "coordinates", point));
        feature.put("properties", properties);
        return feature;
    }

    /** Zones matching the list's filters, each with its occupancy. */
    record Listed(Zones.Zone zone, Occupancy land) {}

    List<Listed> list(Zones.Filter filter, java.time.LocalDate day) {
        return zones.all().stream()
                .filter(z -> filter.country() == null
                        || filter.country().isBlank()
                        || z.country().equals(filter.country()))
                .filter(z -> filter.kind() == null || z.kind() == filter.kind())
                .filter(z -> filter.province() == null
                        || filter.province().isBlank()
                        || z.provinceOn(day).map(filter.province()::equals).orElse(false))
                .filter(z -> filter.isic() == null
                        || filter.isic().isBlank()
                        || z.isicCodes().stream()
                                .anyMatch(c -> c.startsWith(filter.isic())
                                        || filter.isic().startsWith(c)))
                .map(z -> new Listed(z, tenants.occupancy(z)))
                .filter(l -> filter.minAvailableHa() == null
                        || (l.land().availableHa() != null
                                && l.land().availableHa().compareTo(filter.minAvailableHa()) >= 0))
                .toList();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
