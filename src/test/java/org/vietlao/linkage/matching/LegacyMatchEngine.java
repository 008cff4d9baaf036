package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The engine as it was before decision 0094 (commit ed17b9f), kept in the tests only to compare the block
 * search with it.
 *
 * <p>Ranks the partners across the border of one enterprise (docs/matching.md has the formula). Deterministic:
 * the same index, links and routes give the same partners, scores and order, ties broken by partner id.
 *
 * <p>It does not score every enterprise of the other country. It reads the buckets of the index strongest
 * relation first (same subheading, value-chain links, same heading, same chapter) and scores each partner it
 * meets once, on its whole profile. Before each bucket it compares its k-th best score with the highest score a
 * partner not yet met could reach (their relations are all at most as strong as the bucket's), and stops when
 * no such partner can enter the top k; within a bucket it skips a partner whose bound, with its own road
 * estimate, cannot beat the k-th. The result is the same as scoring everyone (a unit test checks it).
 *
 * <p>The inner loops work on the six-digit codes as numbers kept in arrays on each {@link Party}: with a
 * hundred thousand enterprises, following object references is what costs.
 */
final class LegacyMatchEngine {

    /** How many product relations a match lists at most. */
    static final int MAX_PRODUCTS = 10;

    private static final Comparator<Match> RANKING = Comparator.comparingDouble(Match::score)
            .reversed()
            .thenComparingLong(match -> match.partner().id());

    private static final ThreadLocal<VisitMarks> MARKS = ThreadLocal.withInitial(VisitMarks::new);

    private final LegacyPartyIndex index;
    private final List<ValueChainLink> links;
    private final GateRoutes routes;

    LegacyMatchEngine(LegacyPartyIndex index, List<ValueChainLink> links, GateRoutes routes) {
        this.index = index;
        this.links = List.copyOf(links);
        this.routes = routes;
    }

    /** The best {@code limit} partners of {@code me} across the border, best first. */
    List<Match> top(Party me, int limit) {
        Subject subject = new Subject(me, links, routes);
        double bestLogistics = routes.bestLogisticsFrom(me.provinceCode());
        VisitMarks marks = MARKS.get().start(index.slotCount());
        PriorityQueue<Scored> kept = new PriorityQueue<>(Scored.WORST_FIRST);
        for (Source source : sources(subject)) {
            if (kept.size() == limit && kept.peek().score() > ScoringFormula.upperBound(source.fit(), bestLogistics)) {
                break;
            }
            for (LegacyPartyIndex.Entry entry : source.entries()) {
                if (!marks.firstVisit(entry.slot())) {
                    continue;
                }
                Party partner = entry.party();
                double logistics = subject.logistics(partner);
                // A partner met first in this bucket has no relation stronger than the bucket's, so this bounds it.
                if (kept.size() == limit
                        && !kept.peek().isBeatenBy(ScoringFormula.upperBound(source.fit(), logistics), partner.id())) {
                    continue;
                }
                Fit fit = fit(subject, partner, null);
                if (fit == null) {
                    continue;
                }
                double score = ScoringFormula.total(fit.product(), fit.volume(), logistics, fit.mutuality());
                if (kept.size() < limit) {
                    kept.add(new Scored(partner, score));
                } else if (kept.peek().isBeatenBy(score, partner.id())) {
                    kept.poll();
                    kept.add(new Scored(partner, score));
                }
            }
        }
        List<Match> matches = new ArrayList<>(kept.size());
        for (Scored scored : kept) {
            matches.add(match(subject, scored.party()));
        }
        matches.sort(RANKING);
        return matches;
    }

    /** How {@code me} and {@code partner} match, if they are across the border and relate at all. */
    Optional<Match> between(Party me, Party partner) {
        if (!partner.country().equals(me.otherCountry())) {
            return Optional.empty();
        }
        return Optional.ofNullable(match(new Subject(me, links, routes), partner));
    }

    private Match match(Subject subject, Party partner) {
        Map<String, Match.ProductRelation> relations = new LinkedHashMap<>();
        Fit fit = fit(subject, partner, relations);
        if (fit == null) {
            return null;
        }
        GateRoutes.Route route = subject.route(partner);
        double logistics = subject.logistics(partner);
        List<Match.ProductRelation> products = relations.values().stream()
                .sorted(Comparator.comparingDouble(Match.ProductRelation::fit)
                        .reversed()
                        .thenComparing(Match.ProductRelation::direction)
                        .thenComparing(Comparator.comparingDouble(Match.ProductRelation::volumeFit)
                                .reversed())
                        .thenComparing(Match.ProductRelation::yourHsCode)
                        .thenComparing(Match.ProductRelation::partnerHsCode))
                .limit(MAX_PRODUCTS)
                .toList();
        return new Match(
                partner,
                ScoringFormula.total(fit.product(), fit.volume(), logistics, fit.mutuality()),
                fit.direction(),
                products,
                fit.product(),
                fit.volume(),
                logistics,
                fit.mutuality(),
                route);
    }

    /**
     * Every relation between the two, in both directions; {@code null} when there is none. Relations are
     * collected into {@code relations} when it is given (for the answer), skipped otherwise (while searching).
     */
    private static Fit fit(Subject subject, Party partner, Map<String, Match.ProductRelation> relations) {
        Party me = subject.me();
        Best supplies = new Best();
        Best buys = new Best();
        int[] theirOffers = partner.offerCodes;
        int[] myNeeds = me.needCodes;
        for (int n = 0; n < myNeeds.length; n++) {
            for (int o = 0; o < theirOffers.length; o++) {
                RelationKind kind = RelationKind.between(theirOffers[o], myNeeds[n]);
                if (kind != null && partner.meets(me.needArray[n])) {
                    related(supplies, kind, partner.offerArray[o], me.needArray[n], false, relations);
                }
            }
        }
        for (LinkUse use : subject.inputsToMine()) {
            for (int o = 0; o < theirOffers.length; o++) {
                if (use.matches(partner, o)) {
                    linked(supplies, use, partner.offerArray[o], Direction.SUPPLIES_YOU, relations);
                }
            }
        }
        int[] myOffers = me.offerCodes;
        int[] theirNeeds = partner.needCodes;
        for (int o = 0; o < myOffers.length; o++) {
            for (int n = 0; n < theirNeeds.length; n++) {
                RelationKind kind = RelationKind.between(myOffers[o], theirNeeds[n]);
                if (kind != null && me.meets(partner.needArray[n])) {
                    related(buys, kind, me.offerArray[o], partner.needArray[n], true, relations);
                }
            }
        }
        for (LinkUse use : subject.productsFromMine()) {
            for (int o = 0; o < theirOffers.length; o++) {
                if (use.matches(partner, o)) {
                    linked(buys, use, partner.offerArray[o], Direction.BUYS_FROM_YOU, relations);
                }
            }
        }
        if (supplies.fit == 0 && buys.fit == 0) {
            return null;
        }
        return new Fit(supplies, buys);
    }

    /**
     * An offer relates to a need: the enterprise's offer and the partner's need when {@code offerIsMine}, else the
     * partner's offer and the enterprise's need.
     */
    private static void related(
            Best best,
            RelationKind kind,
            Party.Offer offer,
            Party.Need need,
            boolean offerIsMine,
            Map<String, Match.ProductRelation> relations) {
        double volume = ScoringFormula.volumeFit(offer.quantity(), need.quantity());
        best.add(kind.fit(), volume);
        if (relations != null) {
            collect(
                    relations,
                    offerIsMine
                            ? new Match.ProductRelation(
                                    offer.hs().code(),
                                    need.hs().code(),
                                    kind,
                                    Direction.BUYS_FROM_YOU,
                                    kind.fit(),
                                    volume)
                            : new Match.ProductRelation(
                                    need.hs().code(),
                                    offer.hs().code(),
                                    kind,
                                    Direction.SUPPLIES_YOU,
                                    kind.fit(),
                                    volume));
        }
    }

    private static void linked(
            Best best,
            LinkUse use,
            Party.Offer theirs,
            Direction direction,
            Map<String, Match.ProductRelation> relations) {
        best.add(use.fit(), ScoringFormula.NEUTRAL_VOLUME);
        if (relations != null) {
            collect(
                    relations,
                    new Match.ProductRelation(
                            use.mine().code(),
                            theirs.hs().code(),
                            RelationKind.VALUE_CHAIN,
                            direction,
                            use.fit(),
                            ScoringFormula.NEUTRAL_VOLUME));
        }
    }

    private static void collect(Map<String, Match.ProductRelation> relations, Match.ProductRelation relation) {
        String key = relation.yourHsCode()
                + '/'
                + relation.partnerHsCode()
                + '/'
                + relation.kind()
                + '/'
                + relation.direction();
        relations.merge(key, relation, (kept, other) -> other.fit() > kept.fit() ? other : kept);
    }

    /** The buckets to read for {@code subject}, strongest first; each bucket once, at its strongest fit. */
    private List<Source> sources(Subject subject) {
        String other = subject.me().otherCountry();
        Map<String, Double> offered = new LinkedHashMap<>();
        Map<String, Double> needed = new LinkedHashMap<>();
        for (Party.Need need : subject.me().needs()) {
            addLevels(offered, need.hs());
        }
        for (Party.Offer offer : subject.me().offers()) {
            addLevels(needed, offer.hs());
        }
        for (LinkUse use : subject.inputsToMine()) {
            offered.merge(use.link().inputPrefix(), use.fit(), Math::max);
        }
        for (LinkUse use : subject.productsFromMine()) {
            offered.merge(use.link().productPrefix(), use.fit(), Math::max);
        }
        List<Source> sources = new ArrayList<>();
        offered.forEach((prefix, fit) -> sources.add(new Source(fit, index.offering(other, prefix))));
        needed.forEach((prefix, fit) -> sources.add(new Source(fit, index.needing(other, prefix))));
        sources.sort(
                Comparator.comparingDouble(Source::fit).reversed().thenComparingInt(source -> source.entries().length));
        return sources;
    }

    private static void addLevels(Map<String, Double> prefixes, HsLine hs) {
        prefixes.merge(hs.subheading(), RelationKind.SAME_SUBHEADING.fit(), Math::max);
        prefixes.merge(hs.heading(), RelationKind.SAME_HEADING.fit(), Math::max);
        prefixes.merge(hs.chapter(), RelationKind.SAME_CHAPTER.fit(), Math::max);
    }

    /**
     * The enterprise being matched, with the value-chain links its own offers take part in and the routes from
     * its province to each province across the border.
     */
    private record Subject(
            Party me,
            List<LinkUse> inputsToMine,
            List<LinkUse> productsFromMine,
            Map<String, GateRoutes.Route> routes,
            double[] logisticsBySlot) {

        Subject(Party me, List<ValueChainLink> links, GateRoutes routes) {
            this(
                    me,
                    uses(me, links, true),
                    uses(me, links, false),
                    routes.from(me.provinceCode()),
                    logisticsBySlot(routes.from(me.provinceCode())));
        }

        GateRoutes.Route route(Party partner) {
            return routes.get(partner.provinceCode());
        }

        double logistics(Party partner) {
            if (partner.provinceSlot < logisticsBySlot.length) {
                return logisticsBySlot[partner.provinceSlot];
            }
            GateRoutes.Route route = route(partner);
            return route == null ? ScoringFormula.NEUTRAL_LOGISTICS : ScoringFormula.logistics(route.distanceKm());
        }

        /** The logistics score of a partner in each province slot known so far. */
        private static double[] logisticsBySlot(Map<String, GateRoutes.Route> routes) {
            double[] bySlot = new double[Party.provinceSlots()];
            java.util.Arrays.fill(bySlot, ScoringFormula.NEUTRAL_LOGISTICS);
            routes.forEach((code, route) -> {
                int slot = Party.provinceSlot(code);
                if (slot >= 0 && slot < bySlot.length) {
                    bySlot[slot] = ScoringFormula.logistics(route.distanceKm());
                }
            });
            return bySlot;
        }

        private static List<LinkUse> uses(Party me, List<ValueChainLink> links, boolean asProduct) {
            List<LinkUse> uses = new ArrayList<>();
            for (ValueChainLink link : links) {
                for (Party.Offer offer : me.offers()) {
                    if (offer.hs().startsWith(asProduct ? link.productPrefix() : link.inputPrefix())) {
                        uses.add(LinkUse.of(link, offer.hs(), asProduct ? link.inputPrefix() : link.productPrefix()));
                    }
                }
            }
            return uses;
        }
    }

    /**
     * A link that applies because one of the enterprise's own offers is its input or its product, and the prefix
     * a partner's offer must have: cut into a number and a divisor once, so that a partner's six-digit code is
     * tested with one division (and a text comparison only for an eight-digit prefix).
     */
    private record LinkUse(
            ValueChainLink link, HsLine mine, double fit, String partnerPrefix, int prefixNumber, int divisor) {

        static LinkUse of(ValueChainLink link, HsLine mine, String partnerPrefix) {
            int digits = Math.min(partnerPrefix.length(), 6);
            return new LinkUse(
                    link, mine, link.fit(), partnerPrefix, Integer.parseInt(partnerPrefix.substring(0, digits)), (int)
                            Math.pow(10, 6 - digits));
        }

        boolean matches(Party partner, int offer) {
            return partner.offerCodes[offer] / divisor == prefixNumber
                    && (partnerPrefix.length() <= 6
                            || partner.offerArray[offer].hs().startsWith(partnerPrefix));
        }
    }

    private record Source(double fit, LegacyPartyIndex.Entry[] entries) {}

    private record Scored(Party party, double score) {

        /** The worse of two comes first: lower score, or on a tie the higher id. */
        static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
                .thenComparing(Comparator.comparingLong(
                                (Scored scored) -> scored.party().id())
                        .reversed());

        /** Whether a partner with {@code otherScore} and {@code otherId} ranks above this one. */
        boolean isBeatenBy(double otherScore, long otherId) {
            return otherScore > score || (otherScore == score && otherId < party.id());
        }
    }

    /** The strongest fit in one direction and the best volume fit among the relations that reach it. */
    private static final class Best {

        private double fit;
        private double volume;

        void add(double relationFit, double relationVolume) {
            if (relationFit > fit) {
                fit = relationFit;
                volume = relationVolume;
            } else if (relationFit == fit) {
                volume = Math.max(volume, relationVolume);
            }
        }
    }

    /** Both directions of a partner's relations and the components they give. */
    private record Fit(double product, double volume, double mutuality, Direction direction) {

        Fit(Best supplies, Best buys) {
            this(
                    Math.max(supplies.fit, buys.fit),
                    Math.max(supplies.fit > 0 ? supplies.volume : 0, buys.fit > 0 ? buys.volume : 0),
                    supplies.fit > 0 && buys.fit > 0 ? Math.min(supplies.fit, buys.fit) : 0,
                    supplies.fit > 0 && buys.fit > 0
                            ? Direction.MUTUAL
                            : supplies.fit > 0 ? Direction.SUPPLIES_YOU : Direction.BUYS_FROM_YOU);
        }
    }

    /** Which slots one search has scored already: a per-thread array stamped with the search's number. */
    private static final class VisitMarks {

        private int[] marks = new int[0];
        private int epoch;

        VisitMarks start(int slots) {
            if (marks.length < slots) {
                marks = new int[Math.max(slots, marks.length * 2)];
                epoch = 0;
            }
            epoch++;
            if (epoch == Integer.MAX_VALUE) {
                java.util.Arrays.fill(marks, 0);
                epoch = 1;
            }
            return this;
        }

        boolean firstVisit(int slot) {
            if (slot >= marks.length) {
                marks = java.util.Arrays.copyOf(marks, Math.max(slot + 1, marks.length * 2));
            }
            if (marks[slot] == epoch) {
                return false;
            }
            marks[slot] = epoch;
            return true;
        }
    }
}
