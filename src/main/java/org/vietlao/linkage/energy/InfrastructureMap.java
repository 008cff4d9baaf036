package org.vietlao.linkage.energy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.MapLayers;
import org.vietlao.linkage.shared.Role;

/**
 * The infrastructure projects on the home page's border map (shared.MapLayers): each project at a gate pair drawn
 * beside the gate of its country's side, named in the reader's language, with its kind, status, progress and
 * source; offered to those who may read projects (a border officer sees the projects at their gates). Projects
 * along a corridor, with no gate pair, have no point and are left off the map (the list names them).
 */
@Component
class InfrastructureMap implements MapLayers {

    static final String URL = "/energy/infrastructure/projects.geojson";

    /** How far (degrees of latitude) each project at the same gate is drawn from the one before, so none hides. */
    static final double STEP = 0.012;

    private final InfrastructureProjects projects;
    private final EnergyReference reference;
    private final MessageSource messages;

    InfrastructureMap(InfrastructureProjects projects, EnergyReference reference, MessageSource messages) {
        this.projects = projects;
        this.reference = reference;
        this.messages = messages;
    }

    static boolean mayRead(Actor actor) {
        return actor.has(Role.ANALYST)
                || actor.has(Role.MINISTRY)
                || actor.has(Role.ADMIN)
                || actor.has(Role.BORDER_OFFICER);
    }

    @Override
    public List<Layer> layersFor(Optional<Actor> actor) {
        if (actor.isEmpty() || !mayRead(actor.get())) {
            return List.of();
        }
        return List.of(new Layer(
                "energy-projects", 40, Label.of("energy.map.layer"), Label.of("energy.map.source"), URL, "#6a1b9a"));
    }

    /** The projects the actor may read as a GeoJSON FeatureCollection of points, in the reader's language. */
    Map<String, Object> collection(Actor actor, Locale locale) {
        List<Map<String, Object>> features = new ArrayList<>();
        Map<String, Integer> atGate = new HashMap<>();
        for (InfrastructureProjects.Project p :
                projects.list(new InfrastructureProjects.Filter(null, null, null, null), actor)) {
            InfrastructureProjects.Plan plan = p.plan();
            Optional<double[]> point = reference.gatePoint(plan.gatePairId(), plan.country());
            if (point.isEmpty()) {
                continue;
            }
            int k = atGate.merge(plan.gatePairId() + "/" + plan.country(), 1, Integer::sum);
            double lon = point.get()[0];
            double lat = point.get()[1] + ("LA".equals(plan.country()) ? -STEP : STEP) * k;
            String detail = messages.getMessage(
                    "energy.map.detail",
                    new Object[] {
                        messages.getMessage("energy.infra.kind." + plan.kind(), null, locale),
                        reference.gateName(plan.gatePairId(), locale),
                        messages.getMessage("energy.infra.status." + plan.status(), null, locale),
                        plan.progressPct().toPlainString(),
                        plan.source()
                    },
                    locale);
            if (p.late()) {
                detail = detail + " · " + messages.getMessage("energy.infra.late", null, locale);
            }
            if (p.demo()) {
                detail = detail + " · " + messages.getMessage("energy.demo", null, locale);
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", plan.name().in(locale).text());
            properties.put("detail", detail);
            properties.put("href", "/energy/infrastructure/" + p.id());
            properties.put("source", plan.source());
            properties.put("late", p.late());
            properties.put("demo", p.demo());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", p.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }
}
