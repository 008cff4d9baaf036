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
 * subheading, value-chain links, same heading, same chapter) come cut into one block per province, each with a
 * summary of the codes its enterprises offer and need under; each block gets the highest score a partner in it
 * could reach, from the bucket's fit, the summary and the block's road score, and the blocks are read best bound
 * first (block-max WAND, as in Lucene). Within a block a partner is bounded from its own code bits and scored on
 * its whole profile only when it can still enter the top k; the search stops as soon as its k-th best score beats
 * the bound of every block left. The result is the same as scoring everyone (unit tests check it, and against the
 * bucket-by-bucket search of before decision 0094; decision 0105).
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
    private static final ThreadLocal<ScanMarks> SCAN_MARKS = ThreadLocal.withInitial(ScanMarks::new);

    /** How many partners the block search scores before it gives way to the scan (decision 0105). */
    static final int SCORE_CAP = 250;

    /** How many steps the scan sorts its candidates' bounds into (a counting sort). */
    private static final int BINS = 4096;

    private final PartyIndex index;
    private final List<ValueChainLink> links;
    private final GateRoutes routes;

    private final int scoreCap;

    MatchEngine(PartyIndex index, List<ValueChainLink> links, GateRoutes routes) {
        this(index, links, routes, SCORE_CAP);
    }

    /** With another cap on the block search (0: always the scan), for the tests. */
    MatchEngine(PartyIndex index, List<ValueChainLink> links, GateRoutes routes, int scoreCap) {
        this.index = index;
        this.links = List.copyOf(links);
        this.routes = routes;
        this.scoreCap = scoreCap;
    }

    /** The best {@code limit} partners of {@code me} across the border, best first. */
    List<Match> top(Party me, int limit) {
        Subject subject = new Subject(me, links, routes);
        CodeFits codeFits = new CodeFits();
        List<Source> sources = sources(subject, codeFits);
        PriorityQueue<Scored> kept = blockSearch(subject, codeFits, sources, limit);
        if (kept == null) {
            kept = scan(subject, sources, limit);
        }
        List<Match> matches = new ArrayList<>(kept.size());
        for (Scored scored : kept) {
            matches.add(match(subject, scored.party()));
        }
        matches.sort(RANKING);
        return matches;
    }

    /**
     * The block search (decision 0105); {@code null} when it has scored {@link #scoreCap} partners without
     * finishing: their bounds are loose for this enterprise, and the scan of decision 0094 is cheaper then.
     */
    private PriorityQueue<Scored> blockSearch(Subject subject, CodeFits codeFits, List<Source> sources, int limit) {
        int scored = 0;
        // 1. Every block (a bucket's enterprises in one province) gets the highest score a partner in it can
        //    reach: the bucket's fit in its direction, the block's road score and, for the other direction, the
        //    best fit the chapters its partners offer and need under allow (the block's summary). Nothing of the
        //    partners themselves is read.
        int blockCount = 0;
        for (Source source : sources) {
            blockCount += source.bucket().blocks();
        }
        double[] blockBounds = new double[blockCount];
        double[] blockRoads = new double[blockCount];
        int[] blockSources = new int[blockCount];
        int[] blockNumbers = new int[blockCount];
        long[] order = new long[blockCount];
        int n = 0;
        for (int s = 0; s < sources.size(); s++) {
            Source source = sources.get(s);
            PartyIndex.Bucket bucket = source.bucket();
            int[] provinces = bucket.blockProvinces();
            for (int b = 0; b < provinces.length; b++) {
                double road = subject.logisticsOfSlot(provinces[b], index, bucket.slots()[bucket.starts()[b]]);
                double other = source.supplies()
                        ? codeFits.buys(bucket.word(b, 0), bucket.word(b, 1), bucket.word(b, 2), bucket.word(b, 3))
                        : codeFits.supplies(bucket.word(b, 0), bucket.word(b, 1));
                blockBounds[n] = bound(source.fit(), other, road);
                blockRoads[n] = road;
                blockSources[n] = s;
                blockNumbers[n] = b;
                order[n] = ((long) (blockBounds[n] * (1L << 40)) << 22) | n;
                n++;
            }
        }
        Arrays.sort(order);
        // 2. Read the blocks best bound first. A partner is scored (once, on its whole profile) only when its own
        //    bound, from its chapter words, can still enter the top k; a block is skipped once the k-th best
        //    score beats its bound, and the search stops when it beats every bound left (block-max WAND).
        VisitMarks marks = MARKS.get().start(index.slotCount());
        PriorityQueue<Scored> kept = new PriorityQueue<>(Scored.WORST_FIRST);
        for (int k = blockCount - 1; k >= 0; k--) {
            int block = (int) (order[k] & ((1L << 22) - 1));
            double blockBound = blockBounds[block];
            if (kept.size() == limit && kept.peek().score() > blockBound) {
                if (kept.peek().score() > blockBound + BOUND_STEP) {
                    break; // the blocks left are in descending order of bound, to within one step
                }
                continue;
            }
            Source source = sources.get(blockSources[block]);
            double road = blockRoads[block];
            PartyIndex.Bucket bucket = source.bucket();
            int[] slots = bucket.slots();
            long[] words = index.codeWords();
            int end = bucket.starts()[blockNumbers[block] + 1];
            for (int i = bucket.starts()[blockNumbers[block]]; i < end; i++) {
                int slot = slots[i];
                if (marks.seen(slot)) {
                    continue;
                }
                double supplies;
                double buys;
                int at = PartyIndex.WORDS * slot;
                if (at + PartyIndex.WORDS <= words.length) {
                    supplies = codeFits.supplies(words[at], words[at + 1]);
                    buys = codeFits.buys(words[at], words[at + 1], words[at + 2], words[at + 3]);
                } else {
                    supplies = codeFits.supplies(-1L, -1L);
                    buys = codeFits.buys(-1L, -1L, -1L, -1L);
                }
                // Its bound here: in the block of its strongest relation in this direction (which this search
                // reads unless that block's bound is beaten) the bucket's fit is at least that relation's.
                double partnerBound = source.supplies()
                        ? bound(Math.min(source.fit(), supplies), buys, road)
                        : bound(Math.min(source.fit(), buys), supplies, road);
                Party partner = null;
                if (kept.size() == limit) {
                    Scored worst = kept.peek();
                    if (worst.score() > partnerBound) {
                        continue;
                    }
                    partner = index.party(slot);
                    if (partner == null) {
                        continue;
                    }
                    if (!worst.isBeatenBy(partnerBound, partner.id())) {
                        if (!worst.isBeatenBy(blockBound, partner.id())) {
                            break; // the rest of the block has higher ids and bounds no higher
                        }
                        continue;
                    }
                } else {
                    partner = index.party(slot);
                    if (partner == null) {
                        continue;
                    }
                }
                if (++scored > scoreCap) {
                    return null;
                }
                marks.mark(slot);
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
        return kept;
    }

    /**
     * The search of decision 0094: reads every slot of the buckets, bounds each partner met from the fits of the
     * buckets it is in (exact per direction), and scores them best bound first. Its cost grows with the buckets,
     * but its bounds are tighter than the code bits', so it is the fallback of the block search.
     */
    private PriorityQueue<Scored> scan(Subject subject, List<Source> sources, int limit) {
        double[] fits = distinctFits(sources);
        ScanMarks marks = SCAN_MARKS.get().start(index.slotCount());
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
        return kept;
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

    /** The resolution of the block order (bounds are sorted as multiples of this), with room for rounding. */
    private static final double BOUND_STEP = 2.0 / (1L << 40);

    /**
     * The highest score of a partner whose relations reach at most {@code oneWay} in one direction and
     * {@code otherWay} in the other (0: none), with road score {@code road}: a full volume fit, and mutuality
     * only when both directions can relate.
     */
    private static double bound(double oneWay, double otherWay, double road) {
        if (oneWay == 0 || otherWay == 0) {
            return ScoringFormula.upperBound(Math.max(oneWay, otherWay), road, 0);
        }
        return ScoringFormula.upperBound(Math.max(oneWay, otherWay), road, Math.min(oneWay, otherWay));
    }

    /**
     * The buckets to read for {@code subject}, with the fit a partner in them can reach at most and the
     * direction of that relation: its offers under a prefix of the enterprise's needs (or the input of one of its
     * products) supply the enterprise; its needs under a prefix of the enterprise's offers, or its offers made
     * from one of them along a value chain, buy from it.
     */
    private List<Source> sources(Subject subject, CodeFits codeFits) {
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
        supplying.forEach(codeFits.supplying::add);
        buyingMade.forEach(codeFits.made::add);
        needing.forEach(codeFits.needing::add);
        List<Source> sources = new ArrayList<>();
        supplying.forEach((prefix, fit) -> sources.add(new Source(fit, true, index.offeringBucket(other, prefix))));
        buyingMade.forEach((prefix, fit) -> sources.add(new Source(fit, false, index.offeringBucket(other, prefix))));
        needing.forEach((prefix, fit) -> sources.add(new Source(fit, false, index.needingBucket(other, prefix))));
        return sources;
    }

    /** A bucket to read, the strongest fit a partner in it can have with the enterprise, and in which direction. */
    private record Source(double fit, boolean supplies, PartyIndex.Bucket bucket) {}

    /**
     * The strongest fit a partner can reach with the enterprise in each direction, from the code words of the
     * index (the chapters, headings and subheadings the partner offers and needs under, as bits): an upper bound,
     * since a relation through a prefix needs the partner's code under that prefix, so its bit at the prefix's
     * level.
     */
    private static final class CodeFits {

        /** Prefixes a partner's offer under which supplies the enterprise. */
        final Level supplying = new Level();
        /** Prefixes a partner's offer under which is made from one of the enterprise's offers (a value chain). */
        final Level made = new Level();
        /** Prefixes a partner's need under which one of the enterprise's offers meets. */
        final Level needing = new Level();

        /** At most the fit of a partner with offer words {@code chapters}, {@code codes} that supplies. */
        double supplies(long offeredChapters, long offeredCodes) {
            return supplying.best(offeredChapters, offeredCodes);
        }

        /** At most the fit of a partner with these offer and need words that buys from the enterprise. */
        double buys(long offeredChapters, long offeredCodes, long neededChapters, long neededCodes) {
            return Math.max(needing.best(neededChapters, neededCodes), made.best(offeredChapters, offeredCodes));
        }

        /** The best fit of a direction's prefixes by their bit: chapters in one word, headings and subheadings in another. */
        static final class Level {

            private final double[] chapters = new double[64];
            private final double[] codes = new double[64];
            private long chapterBits;
            private long codeBits;

            void add(String prefix, double fit) {
                if (prefix.length() == 2) {
                    long bit = PartyIndex.chapterBit(Integer.parseInt(prefix));
                    chapterBits |= bit;
                    raise(chapters, bit, fit);
                } else {
                    long bit = prefix.length() == 4
                            ? PartyIndex.headingBit(Integer.parseInt(prefix))
                            : PartyIndex.subheadingBit(Integer.parseInt(prefix.substring(0, 6)));
                    codeBits |= bit;
                    raise(codes, bit, fit);
                }
            }

            private static void raise(double[] fits, long bit, double fit) {
                int at = Long.numberOfTrailingZeros(bit);
                fits[at] = Math.max(fits[at], fit);
            }

            double best(long chapterWord, long codeWord) {
                return Math.max(best(chapters, chapterWord & chapterBits), best(codes, codeWord & codeBits));
            }

            private static double best(double[] fits, long bits) {
                double best = 0;
                while (bits != 0) {
                    int at = Long.numberOfTrailingZeros(bits);
                    best = Math.max(best, fits[at]);
                    bits &= bits - 1;
                }
                return best;
            }
        }
    }

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

    /** Which slots one search has scored already: a per-thread array, stamped with the search's number. */
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
                Arrays.fill(marks, 0);
                epoch = 1;
            }
            return this;
        }

        boolean seen(int slot) {
            return slot < marks.length && marks[slot] == epoch;
        }

        void mark(int slot) {
            if (slot >= marks.length) {
                marks = Arrays.copyOf(marks, Math.max(slot + 1, marks.length * 2));
            }
            marks[slot] = epoch;
        }
    }

    /**
     * Which slots one search has met already, and the strongest fit met for each in each direction (as an index
     * into the search's fits): per-thread arrays, stamped with the search's number.
     */
    private static final class ScanMarks {

        private int[] marks = new int[0];
        private char[] supplies = new char[0];
        private char[] buys = new char[0];
        private int epoch;

        ScanMarks start(int slots) {
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
