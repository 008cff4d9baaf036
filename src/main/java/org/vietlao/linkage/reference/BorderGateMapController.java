package org.vietlao.linkage.reference;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The border-gate pairs as GeoJSON for the public home-page map: one Point per pair that has a point, on the
 * Vietnamese side or, where that is unknown, the Lao side. Pairs with no point at all are left out. Properties:
 * {@code pairId, vnGate, laoGate, vnProvince} (today), {@code laoProvince, type} and the {@code precision}
 * (exact, town, district) and {@code side} (vn, lao) of the point shown. Two foreign members say what the map
 * leaves out: {@code pairCount}, every pair in the reference list, and {@code unplaced}, the pairs without a
 * point ({@code pairId, vnGate, laoGate}), so that the page can say why it shows fewer markers than pairs.
 */
@RestController
class BorderGateMapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ReferenceData referenceData;

    BorderGateMapController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping(
            path = "/geo/border-gates.geojson",
            produces = {"application/geo+json", "application/json"})
    @PermitAll
    ResponseEntity<Map<String, Object>> borderGates() {
        LocalDate today = referenceData.today();
        List<BorderGatePair> pairs = referenceData.borderGates();
        List<Map<String, Object>> features = pairs.stream()
                .filter(BorderGateMapController::placed)
                .map(pair -> feature(pair, today))
                .toList();
        List<Map<String, Object>> unplaced = pairs.stream()
                .filter(pair -> !placed(pair))
                .map(pair -> {
                    Map<String, Object> gap = new LinkedHashMap<>();
                    gap.put("pairId", pair.pairId());
                    gap.put("vnGate", pair.vnGate());
                    gap.put("laoGate", pair.laoGate());
                    return gap;
                })
                .toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.put("pairCount", pairs.size());
        collection.put("unplaced", unplaced);
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.noCache())
                .body(collection);
    }

    private static boolean placed(BorderGatePair pair) {
        return pair.vnSide().isKnown() || pair.laoSide().isKnown();
    }

    private static Map<String, Object> feature(BorderGatePair pair, LocalDate today) {
        boolean vnSide = pair.vnSide().isKnown();
        GatePoint point = vnSide ? pair.vnSide() : pair.laoSide();
        Province vnProvince = pair.vnProvinceOn(today);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pairId", pair.pairId());
        properties.put("vnGate", pair.vnGate());
        properties.put("laoGate", pair.laoGate());
        properties.put("vnProvince", vnProvince == null ? null : vnProvince.shortName());
        properties.put(
                "laoProvince",
                pair.laoProvince() == null ? null : pair.laoProvince().nameEn());
        properties.put("type", pair.type().code());
        properties.put("precision", point.precision().code());
        properties.put("side", vnSide ? "vn" : "lao");
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        geometry.put("coordinates", List.of(point.longitude(), point.latitude()));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", pair.pairId());
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }
}
