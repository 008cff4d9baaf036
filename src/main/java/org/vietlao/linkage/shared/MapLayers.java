package org.vietlao.linkage.shared;

import java.util.List;
import java.util.Optional;

/**
 * What a module draws on the home page's border map beside the gate pairs: parks and zones, infrastructure
 * projects. The platform lists every implementation's layers in the map's legend (translated, with their source)
 * and the page fetches each layer's GeoJSON, so that the platform depends on no module.
 *
 * <p>The GeoJSON at {@link Layer#url()} is a {@code FeatureCollection} of {@code Point} features whose properties
 * are already in the reader's language: {@code name} (required), {@code detail} (one line, optional) and
 * {@code href} (the feature's page, optional). The module decides who may read it: a layer offered to a visitor
 * who is not signed in must be a public read (see {@link PublicPages}).
 */
public interface MapLayers {

    /** The layers for this reader; {@code actor} is empty for a visitor who is not signed in. */
    List<Layer> layersFor(Optional<Actor> actor);

    /**
     * One layer of points.
     *
     * @param id a stable id, used in the page ({@code data-layer-id}), lower case letters, digits and dashes
     * @param order where it goes in the legend: smaller first
     * @param name what the legend calls it
     * @param source where its points come from
     * @param url the GeoJSON, a path inside the platform (starting with {@code /})
     * @param colour the markers' colour, {@code #rrggbb}; dark enough for white text (contrast ≥ 4.5:1)
     */
    record Layer(String id, int order, Label name, Label source, String url, String colour) {

        public Layer {
            if (id == null || !id.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("a map layer id is lower case letters, digits and dashes: " + id);
            }
            if (url == null || !url.startsWith("/") || url.startsWith("//")) {
                throw new IllegalArgumentException("a map layer is read from the platform itself: " + url);
            }
            if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("a map layer's colour is #rrggbb: " + colour);
            }
        }
    }
}
