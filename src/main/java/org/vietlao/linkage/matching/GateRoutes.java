package org.vietlao.linkage.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vietlao.linkage.reference.BorderGatePair;
import org.vietlao.linkage.reference.CoordinatePrecision;
import org.vietlao.linkage.reference.GatePoint;
import org.vietlao.linkage.reference.GateType;
import org.vietlao.linkage.reference.Province;

/**
 * The road-distance estimate between every Vietnamese and every Lao province, through the best open gate
 * pair: the great-circle distance from one province capital to the gate, plus from the gate to the other
 * capital, times {@link #ROAD_FACTOR}. Computed once (a few hundred province pairs times a handful of gates).
 *
 * <p>Only international and main pairs count as open to trade, and only where a side's point is at the gate
 * or at the town by it: a district-town point can lie tens of kilometres away and is for maps, never for
 * routing (reference data notes). Where only one side has such a point, it stands for both sides.
 */
final class GateRoutes {

    /**
     * Road kilometres per great-circle kilometre: an assumed detour factor for the mountain roads to and over the
     * Annamite range (not measured here). It scales every estimate alike, so it never changes which gate is best.
     */
    static final double ROAD_FACTOR = 1.4;

    static final double EARTH_RADIUS_KM = 6371.0;

    /** Province code to the routes from it to every province across the border, by that province's code. */
    private final Map<String, Map<String, Route>> byProvince;

    private final Map<String, Double> bestLogistics;

    private GateRoutes(Map<String, Map<String, Route>> byProvince, Map<String, Double> bestLogistics) {
        this.byProvince = byProvince;
        this.bestLogistics = bestLogistics;
    }

    /**
     * The best route from a Vietnamese or Lao province to one across the border, whichever order they come in.
     */
    Optional<Route> between(String provinceCode, String otherProvinceCode) {
        return Optional.ofNullable(from(provinceCode).get(otherProvinceCode));
    }

    /** The routes from a province to each province across the border, by code; empty for an unknown province. */
    Map<String, Route> from(String provinceCode) {
        return byProvince.getOrDefault(provinceCode, Map.of());
    }

    /** The highest logistics score a partner of an enterprise in {@code provinceCode} can reach. */
    double bestLogisticsFrom(String provinceCode) {
        return bestLogistics.getOrDefault(provinceCode, ScoringFormula.NEUTRAL_LOGISTICS);
    }

    /** How many province pairs have a route. */
    int size() {
        return byProvince.values().stream().mapToInt(Map::size).sum() / 2;
    }

    static GateRoutes of(List<Province> vietnamese, List<Province> lao, List<BorderGatePair> gates) {
        List<Crossing> crossings = gates.stream()
                .map(GateRoutes::crossing)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(crossing -> crossing.pair().pairId()))
                .toList();
        Map<String, Map<String, Route>> routes = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        for (Province vn : vietnamese) {
            for (Province la : lao) {
                Route route = bestRoute(vn, la, crossings);
                if (route != null) {
                    routes.computeIfAbsent(vn.code(), code -> new HashMap<>()).put(la.code(), route);
                    routes.computeIfAbsent(la.code(), code -> new HashMap<>()).put(vn.code(), route);
                    double logistics = ScoringFormula.logistics(route.distanceKm());
                    best.merge(vn.code(), logistics, Math::max);
                    best.merge(la.code(), logistics, Math::max);
                }
            }
        }
        best.replaceAll((code, logistics) -> Math.max(logistics, ScoringFormula.NEUTRAL_LOGISTICS));
        return new GateRoutes(routes, best);
    }

    private static Route bestRoute(Province vn, Province la, List<Crossing> crossings) {
        Route best = null;
        for (Crossing crossing : crossings) {
            double km = ROAD_FACTOR
                    * (greatCircleKm(vn.latitude(), vn.longitude(), crossing.vnLat(), crossing.vnLon())
                            + greatCircleKm(crossing.laoLat(), crossing.laoLon(), la.latitude(), la.longitude()));
            if (best == null || km < best.distanceKm()) {
                best = new Route(
                        crossing.pair().pairId(),
                        crossing.pair().vnGate(),
                        crossing.pair().laoGate(),
                        km);
            }
        }
        return best;
    }

    private static Optional<Crossing> crossing(BorderGatePair pair) {
        if (pair.type() != GateType.INTERNATIONAL && pair.type() != GateType.MAIN) {
            return Optional.empty();
        }
        GatePoint vn = routable(pair.vnSide()) ? pair.vnSide() : null;
        GatePoint lao = routable(pair.laoSide()) ? pair.laoSide() : null;
        if (vn == null && lao == null) {
            return Optional.empty();
        }
        GatePoint vnPoint = vn != null ? vn : lao;
        GatePoint laoPoint = lao != null ? lao : vn;
        return Optional.of(
                new Crossing(pair, vnPoint.latitude(), vnPoint.longitude(), laoPoint.latitude(), laoPoint.longitude()));
    }

    private static boolean routable(GatePoint point) {
        return point != null
                && point.latitude() != null
                && point.longitude() != null
                && (point.precision() == CoordinatePrecision.EXACT || point.precision() == CoordinatePrecision.TOWN);
    }

    /** Haversine distance on a sphere of radius {@value #EARTH_RADIUS_KM} km. */
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /**
     * The estimate between two provinces.
     *
     * @param pairId the border-gate pair to cross at
     * @param vnGate the Vietnamese gate's name
     * @param laoGate the Lao gate's name
     * @param distanceKm road kilometres, estimated
     */
    record Route(String pairId, String vnGate, String laoGate, double distanceKm) {}

    private record Crossing(BorderGatePair pair, double vnLat, double vnLon, double laoLat, double laoLon) {}
}
