package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Ranks the partners across the border of one enterprise (docs/matching.md has the formula). Deterministic:
 * the same index, links and routes give the same partners, scores and order, ties broken by partner id.
 *
 * <p>It does not score every enterprise of the other country. The buckets of the index it needs (same
 * subheading, value-chain links, same heading, same chapter) come cut into one block per province; each block gets
 * the highest score a partner in it could reach, from the bucket's fit and the block's road score, and the blocks
 * are read best bound first (the threshold algorithm; block-max WAND in Lucene). It scores each partner it meets
 * once, on its whole profile, and stops as soon as its k-th best score beats the next block's bound: no unread
 * partner can enter the top k then. The result is the same as scoring everyone (unit tests check it, and against
 * the bucket-by-bucket search it replaced; decision 0094).
 *
 * <p>The inner loops work on the six-digit codes as numbers kept in arrays on each {@link Party}: with a
 * hundred thousand enterprises, following object references is what costs.
 */
final class MatchEngine {

    /** How many product relations a match lists at most. */
    static final int MAX_PRODUCTS = 10;

    private static final Comparator<Match> RANKING = Comparator.comparingDouble(Match::score)
            .reversed()
            .thenComparingLong(match -> match.partner().id());

    private static final ThreadLocal<VisitMarks> MARKS = ThreadLocal.withInitial(VisitMarks::new);

    private final PartyIndex index;
    private final List<ValueChainLink> links;
    private final GateRoutes routes;

    MatchEngine(PartyIndex index, List<ValueChainLink> links, GateRoutes routes) {
        this.index = index;
        this.links = List.copyOf(links);
        this.routes = routes;
    }

    /** How many steps the candidates' bounds are sorted into (a counting sort). */
    private static final int BINS = 4096;

    /** The best {@code limit} partners of {@code me} across the border, best first. */
    List<Match> top(Party me, int limit) {
        Subject subject = new Subject(me, links, routes);
        List<Source> sources = sources(subject);
        double[] fits = distinctFits(sources);
        VisitMarks marks = MARKS.get().start(index.slotCount());
        // 1. Read the slots of every bucket (plain int arrays, no enterprise touched): each partner met once,
        //    with the strongest fit its buckets allow in each direction and its block's road score.
        Candidates candidates = new Candidates();
        for (Source source : sources) {
            char fit = (char) Arrays.binarySearch(fits, source.fit());
            PartyIndex.Bucket bucket = source.bucket();
            int[] slots = bucket.slots();
            int[] starts = bucket.starts();
            int[] provinces = bucket.blockProvinces();
            for (int b = 0; b < provinces.length; b++) {
                double logistics = subject.logisticsOfSlot(provinces[b], index, slots[starts[b]]);
                for (int i = starts[b]; i < starts[b + 1]; i++) {
                    int slot = slots[i];
                    if (marks.firstVisit(slot)) {
                        candidates.add(slot, logistics);
                    }
                    marks.raise(slot, source.supplies(), fit);
                }
            }
        }
        // 2. Each partner's bound: the product fit of its stronger direction, a full volume fit, its road score
        //    and, only when it can relate both ways, a mutuality of the weaker one. Sorted best first by steps.
        int count = candidates.size;
        double[] bounds = new double[count];
        int[] binCounts = new int[BINS + 1];
        for (int c = 0; c < count; c++) {
            int slot = candidates.slots[c];
            double supplies = fits[marks.supplies(slot)];
            double buys = fits[marks.buys(slot)];
            bounds[c] = ScoringFormula.upperBound(
                    Math.max(supplies, buys), candidates.logistics[c], Math.min(supplies, buys));
            binCounts[bin(bounds[c]) + 1]++;
        }
        for (int bin = 0; bin < BINS; bin++) {
            binCounts[bin + 1] += binCounts[bin];
        }
        int[] binStarts = binCounts.clone();
        int[] order = new int[count];
        for (int c = 0; c < count; c++) {
            order[binCounts[bin(bounds[c])]++] = c;
        }
        // 3. Score the partners best bound first; stop once the k-th beats every bound left.
        PriorityQueue<Scored> kept = new PriorityQueue<>(Scored.WORST_FIRST);
        for (int bin = BINS - 1; bin >= 0; bin--) {
            if (kept.size() == limit && kept.peek().score() > binCeiling(bin)) {
                break;
            }
            for (int i = binStarts[bin]; i < binStarts[bin + 1]; i++) {
                int c = order[i];
                if (kept.size() == limit && kept.peek().score() > bounds[c]) {
                    continue;
                }
                Party partner = index.party(candidates.slots[c]);
                if (partner == null || (kept.size() == limit && !kept.peek().isBeatenBy(bounds[c], partner.id()))) {
                    continue;
                }
                Fit fit = fit(subject, partner, null);
                if (fit == null) {
                    continue;
                }
                double score =
                        ScoringFormula.total(fit.product(), fit.volume(), subject.logistics(partner), fit.mutuality());
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

    private static int bin(double bound) {
        return Math.max(0, Math.min(BINS - 1, (int) (bound * (BINS - 1))));
    }

    /** Above every bound in {@code bin} (with a margin for rounding). */
    private static double binCeiling(int bin) {
        return bin == BINS - 1 ? Double.MAX_VALUE : (bin + 1) / (double) (BINS - 1) + 1e-9;
    }

    /** 0 and every fit of the sources, ascending, so that a fit is kept per partner as a small index. */
    private static double[] distinctFits(List<Source> sources) {
        double[] fits =
                sources.stream().mapToDouble(Source::fit).distinct().sorted().toArray();
        double[] withZero = new double[fits.length + 1];
        System.arraycopy(fits, 0, withZero, 1, fits.length);
        return withZero;
    }

    /**
     * The buckets to read for {@code subject}, with the fit a partner in them can reach at most and the
     * direction of that relation: its offers under a prefix of the enterprise's needs (or the input of one of its
     * products) supply the enterprise; its needs under a prefix of the enterprise's offers, or its offers made
     * from one of them along a value chain, buy from it.
     */
    private List<Source> sources(Subject subject) {
        String other = subject.me().otherCountry();
        Map<String, Double> supplying = new LinkedHashMap<>();
        Map<String, Double> buyingMade = new LinkedHashMap<>();
        Map<String, Double> needing = new LinkedHashMap<>();
        for (Party.Need need : subject.me().needs()) {
            addLevels(supplying, need.hs());
        }
        for (Party.Offer offer : subject.me().offers()) {
            addLevels(needing, offer.hs());
        }
        for (LinkUse use : subject.inputsToMine()) {
            supplying.merge(use.link().inputPrefix(), use.fit(), Math::max);
        }
        for (LinkUse use : subject.productsFromMine()) {
            buyingMade.merge(use.link().productPrefix(), use.fit(), Math::max);
        }
        List<Source> sources = new ArrayList<>();
        supplying.forEach((prefix, fit) -> sources.add(new Source(fit, true, index.offeringBucket(other, prefix))));
        buyingMade.forEach((prefix, fit) -> sources.add(new Source(fit, false, index.offeringBucket(other, prefix))));
        needing.forEach((prefix, fit) -> sources.add(new Source(fit, false, index.needingBucket(other, prefix))));
        return sources;
    }

    /** A bucket to read, the strongest fit a partner in it can have with the enterprise, and in which direction. */
    private record Source(double fit, boolean supplies, PartyIndex.Bucket bucket) {}

    /** The partners one search met: their slots and road scores, in the order met. */
    private static final class Candidates {

        int[] slots = new int[256];
        double[] logistics = new double[256];
        int size;

        void add(int slot, double road) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                logistics = Arrays.copyOf(logistics, size * 2);
            }
            slots[size] = slot;
            logistics[size] = road;
            size++;
        }
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

        /**
         * The road score of a partner in province slot {@code provinceSlot}, one of whom sits in {@code slot} of
         * {@code index} (for a province first seen after this search started); the best one when that partner
         * has gone meanwhile, which only loosens the bound.
         */
        double logisticsOfSlot(int provinceSlot, PartyIndex index, int slot) {
            if (provinceSlot < logisticsBySlot.length) {
                return logisticsBySlot[provinceSlot];
            }
            Party partner = index.party(slot);
            return partner != null ? logistics(partner) : 1.0;
        }

        /** The logistics score of a partner in each province slot known so far. */
        private static double[] logisticsBySlot(Map<String, GateRoutes.Route> routes) {
            double[] bySlot = new double[Party.provinceSlots()];
            Arrays.fill(bySlot, ScoringFormula.NEUTRAL_LOGISTICS);
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

    /**
     * Which slots one search has met already, and the strongest fit met for each in each direction (as an index
     * into the search's fits): per-thread arrays, stamped with the search's number.
     */
    private static final class VisitMarks {

        private int[] marks = new int[0];
        private char[] supplies = new char[0];
        private char[] buys = new char[0];
        private int epoch;

        VisitMarks start(int slots) {
            if (marks.length < slots) {
                int length = Math.max(slots, marks.length * 2);
                marks = new int[length];
                supplies = new char[length];
                buys = new char[length];
                epoch = 0;
            }
            epoch++;
            if (epoch == Integer.MAX_VALUE) {
                Arrays.fill(marks, 0);
                epoch = 1;
            }
            return this;
        }

        /** Marks the slot met; true the first time in this search (its fits start at none). */
        boolean firstVisit(int slot) {
            if (slot >= marks.length) {
                int length = Math.max(slot + 1, marks.length * 2);
                marks = Arrays.copyOf(marks, length);
                supplies = Arrays.copyOf(supplies, length);
                buys = Arrays.copyOf(buys, length);
            }
            if (marks[slot] == epoch) {
                return false;
            }
            marks[slot] = epoch;
            supplies[slot] = 0;
            buys[slot] = 0;
            return true;
        }

        void raise(int slot, boolean supply, char fit) {
            char[] fits = supply ? supplies : buys;
            if (fits[slot] < fit) {
                fits[slot] = fit;
            }
        }

        char supplies(int slot) {
            return supplies[slot];
        }

        char buys(int slot) {
            return buys[slot];
        }
    }
}
