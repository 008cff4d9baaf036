package org.vietlao.linkage.zone;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.MapLayers;

/**
 * The parks and zones as a layer of the home page's border map, beside the gates (issue 17): every reader gets it,
 * as the zones' GeoJSON is a public read like the other {@code /geo} files. The points come from
 * {@link ZoneMap#layer}, named in the reader's language.
 */
@Component
class ZoneMapLayers implements MapLayers {

    static final String URL = "/geo/zones/layer.geojson";

    @Override
    public List<Layer> layersFor(Optional<Actor> actor) {
        return List.of(new Layer("zones", 20, Label.of("zone.map.layer"), Label.of("zone.map.source"), URL, "#6f42c1"));
    }
}
