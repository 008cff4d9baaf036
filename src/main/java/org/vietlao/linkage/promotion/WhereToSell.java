package org.vietlao.linkage.promotion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.reference.BorderGatePair;
import org.vietlao.linkage.reference.Province;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.CountryCode;

/**
 * "Where could this sell?" For a product: the channels of the other country that carry its category or its HS
 * chapter, ranked by points with the reasons that earned them (decision 0068): carries the category (2), carries
 * the HS chapter (2), serves the province across the nearest border gate from the producer's province (3 for the
 * nearest gate, 2 for the second, 1 for the third). Channels that already list it, or have its request open, are
 * left out. For a channel: the export-ready products of the other country it does not carry yet.
 */
@Service
class WhereToSell {

    static final int CATEGORY_POINTS = 2;
    static final int CHAPTER_POINTS = 2;
    static final int[] GATE_POINTS = {3, 2, 1};

    private final JdbcClient jdbc;
    private final Products products;
    private final Channels channels;
    private final ReferenceData reference;

    WhereToSell(JdbcClient jdbc, Products products, Channels channels, ReferenceData reference) {
        this.jdbc = jdbc;
        this.products = products;
        this.channels = channels;
        this.reference = reference;
    }

    /**
     * Why a channel ranks where it does.
     *
     * @param kind CATEGORY, HS_CHAPTER or NEAR_GATE
     * @param points what it adds
     * @param value the category, the chapter, or the province served
     * @param gatePairId the gate pair, for NEAR_GATE
     */
    record Reason(String kind, int points, String value, String gatePairId) {}

    /** A ranked channel. */
    record Candidate(Channels.Channel channel, int score, List<Reason> reasons) {}

    /**
     * A crossing near the producer.
     *
     * @param pairId the gate pair
     * @param acrossProvince the province of the other side
     * @param distanceKm great-circle distance from the producer's province capital to its side of the gate
     */
    record NearGate(String pairId, String acrossProvince, double distanceKm) {}

    List<Candidate> forProduct(Product product) {
        String other = "VN".equals(product.country()) ? "LA" : "VN";
        String chapter = product.hsCode().substring(0, 2);
        List<NearGate> gates = nearestGates(product.country(), product.provinceCode(), 3);
        Set<Long> taken = jdbc.sql(
                        "SELECT channel_id FROM promotion_listing WHERE product_id = :id AND status <> 'DECLINED'")
                .param("id", product.id())
                .query(Long.class)
                .set();
        List<Candidate> ranked = new ArrayList<>();
        for (Channels.Channel channel : channels.carrying(other, product.category(), chapter)) {
            if (taken.contains(channel.id())) {
                continue;
            }
            ranked.add(rank(channel, product.category(), chapter, gates));
        }
        ranked.sort(Comparator.comparingInt(Candidate::score)
                .reversed()
                .thenComparing(c -> c.channel().name())
                .thenComparingLong(c -> c.channel().id()));
        return ranked;
    }

    /** The points and reasons of one channel for a product of {@code category} and HS {@code chapter}. */
    static Candidate rank(Channels.Channel channel, Category category, String chapter, List<NearGate> gates) {
        List<Reason> reasons = new ArrayList<>();
        if (channel.categories().contains(category.name())) {
            reasons.add(new Reason("CATEGORY", CATEGORY_POINTS, category.name(), null));
        }
        if (channel.hsChapters().contains(chapter)) {
            reasons.add(new Reason("HS_CHAPTER", CHAPTER_POINTS, chapter, null));
        }
        for (int i = 0; i < gates.size() && i < GATE_POINTS.length; i++) {
            NearGate gate = gates.get(i);
            if (channel.provinces().contains(gate.acrossProvince())) {
                reasons.add(new Reason("NEAR_GATE", GATE_POINTS[i], gate.acrossProvince(), gate.pairId()));
                break;
            }
        }
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return new Candidate(channel, score, List.copyOf(reasons));
    }

    /**
     * The border-gate pairs nearest a province's capital (its own side's point), each with the province across,
     * nearest first; pairs without a point on this side or a province across are skipped.
     */
    List<NearGate> nearestGates(String country, String provinceCode, int limit) {
        LocalDate today = reference.today();
        Optional<Province> home = reference.provincesOn(new CountryCode(country), today).stream()
                .filter(p -> p.code().equals(provinceCode))
                .findFirst();
        if (home.isEmpty()) {
            return List.of();
        }
        Map<String, NearGate> byAcross = new LinkedHashMap<>();
        reference.borderGates().stream()
                .map(pair -> near(pair, country, home.get(), today))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(NearGate::distanceKm).thenComparing(NearGate::pairId))
                .forEach(gate -> byAcross.putIfAbsent(gate.acrossProvince(), gate));
        return byAcross.values().stream().limit(limit).collect(Collectors.toList());
    }

    private static Optional<NearGate> near(BorderGatePair pair, String country, Province home, LocalDate today) {
        boolean vietnamese = "VN".equals(country);
        var point = vietnamese ? pair.vnSide() : pair.laoSide();
        Province across = vietnamese ? pair.laoProvince() : pair.vnProvinceOn(today);
        if (point == null || !point.isKnown() || point.latitude() == null || across == null) {
            return Optional.empty();
        }
        double km = distanceKm(home.latitude(), home.longitude(), point.latitude(), point.longitude());
        return Optional.of(new NearGate(pair.pairId(), across.code(), km));
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Export-ready products of the other country that the channel does not carry yet. */
    List<Product> forChannel(Channels.Channel channel, int limit) {
        String other = "VN".equals(channel.country()) ? "LA" : "VN";
        return products.readyNotAt(other, channel.id(), limit);
    }
}
