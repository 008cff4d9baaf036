package org.vietlao.linkage.matching;

import java.util.ArrayList;
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
 * <p>It does not score every enterprise of the other country. It reads the buckets of the index strongest
 * relation first (same subheading, value-chain links, same heading, same chapter) and scores each partner it
 * meets once, on its whole profile. Before each bucket it compares its k-th best score with the highest score a
 * partner not yet met could reach (their relations are all at most as strong as the bucket's), and stops when
 * no such partner can enter the top k. The result is the same as scoring everyone.
 */
final class MatchEngine {

	/** How many product relations a match lists at most. */
	static final int MAX_PRODUCTS = 10;

	private static final Comparator<Match> RANKING = Comparator.comparingDouble(Match::score).reversed()
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

	/** The best {@code limit} partners of {@code me} across the border, best first. */
	List<Match> top(Party me, int limit) {
		Subject subject = new Subject(me, links);
		double bestLogistics = routes.bestLogisticsFrom(me.provinceCode());
		VisitMarks marks = MARKS.get().start(index.slotCount());
		PriorityQueue<Scored> kept = new PriorityQueue<>(Scored.WORST_FIRST);
		for (Source source : sources(subject)) {
			if (kept.size() == limit && kept.peek().score() > ScoringFormula.upperBound(source.fit(), bestLogistics)) {
				break;
			}
			for (PartyIndex.Entry entry : source.entries()) {
				if (!marks.firstVisit(entry.slot())) {
					continue;
				}
				Fit fit = fit(subject, entry.party(), null);
				if (fit == null) {
					continue;
				}
				Scored scored = new Scored(entry.party(), score(subject, entry.party(), fit));
				if (kept.size() < limit) {
					kept.add(scored);
				}
				else if (Scored.WORST_FIRST.compare(scored, kept.peek()) > 0) {
					kept.poll();
					kept.add(scored);
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
		return Optional.ofNullable(match(new Subject(me, links), partner));
	}

	private Match match(Subject subject, Party partner) {
		Map<String, Match.ProductRelation> relations = new LinkedHashMap<>();
		Fit fit = fit(subject, partner, relations);
		if (fit == null) {
			return null;
		}
		Optional<GateRoutes.Route> route = routes.between(subject.me().provinceCode(), partner.provinceCode());
		double logistics = logistics(route);
		List<Match.ProductRelation> products = relations.values().stream()
			.sorted(Comparator.comparingDouble(Match.ProductRelation::fit).reversed()
				.thenComparing(Match.ProductRelation::direction)
				.thenComparing(Comparator.comparingDouble(Match.ProductRelation::volumeFit).reversed())
				.thenComparing(Match.ProductRelation::yourHsCode)
				.thenComparing(Match.ProductRelation::partnerHsCode))
			.limit(MAX_PRODUCTS).toList();
		return new Match(partner, ScoringFormula.total(fit.product(), fit.volume(), logistics, fit.mutuality()),
				fit.direction(), products, fit.product(), fit.volume(), logistics, fit.mutuality(), route.orElse(null));
	}

	private double score(Subject subject, Party partner, Fit fit) {
		return ScoringFormula.total(fit.product(), fit.volume(),
				logistics(routes.between(subject.me().provinceCode(), partner.provinceCode())), fit.mutuality());
	}

	private static double logistics(Optional<GateRoutes.Route> route) {
		return route.map(r -> ScoringFormula.logistics(r.distanceKm())).orElse(ScoringFormula.NEUTRAL_LOGISTICS);
	}

	/**
	 * Every relation between the two, in both directions; {@code null} when there is none. Relations are
	 * collected into {@code relations} when it is given (for the answer), skipped otherwise (while searching).
	 */
	private static Fit fit(Subject subject, Party partner, Map<String, Match.ProductRelation> relations) {
		Party me = subject.me();
		Best supplies = new Best();
		Best buys = new Best();
		for (Party.Need need : me.needs()) {
			for (Party.Offer offer : partner.offers()) {
				RelationKind kind = RelationKind.between(offer.hs(), need.hs());
				if (kind != null && partner.holdsAll(need.requiredCertifications())) {
					double volume = ScoringFormula.volumeFit(offer.capacity(), offer.unit(), need.volume(), need.unit());
					supplies.add(kind.fit(), volume);
					collect(relations, new Match.ProductRelation(need.hs().code(), offer.hs().code(), kind,
							Direction.SUPPLIES_YOU, kind.fit(), volume));
				}
			}
		}
		for (LinkUse use : subject.inputsToMine()) {
			for (Party.Offer offer : partner.offers()) {
				if (offer.hs().startsWith(use.link().inputPrefix())) {
					supplies.add(use.link().fit(), ScoringFormula.NEUTRAL_VOLUME);
					collect(relations, new Match.ProductRelation(use.mine().code(), offer.hs().code(),
							RelationKind.VALUE_CHAIN, Direction.SUPPLIES_YOU, use.link().fit(), ScoringFormula.NEUTRAL_VOLUME));
				}
			}
		}
		for (Party.Offer offer : me.offers()) {
			for (Party.Need need : partner.needs()) {
				RelationKind kind = RelationKind.between(offer.hs(), need.hs());
				if (kind != null && me.holdsAll(need.requiredCertifications())) {
					double volume = ScoringFormula.volumeFit(offer.capacity(), offer.unit(), need.volume(), need.unit());
					buys.add(kind.fit(), volume);
					collect(relations, new Match.ProductRelation(offer.hs().code(), need.hs().code(), kind,
							Direction.BUYS_FROM_YOU, kind.fit(), volume));
				}
			}
		}
		for (LinkUse use : subject.productsFromMine()) {
			for (Party.Offer offer : partner.offers()) {
				if (offer.hs().startsWith(use.link().productPrefix())) {
					buys.add(use.link().fit(), ScoringFormula.NEUTRAL_VOLUME);
					collect(relations, new Match.ProductRelation(use.mine().code(), offer.hs().code(),
							RelationKind.VALUE_CHAIN, Direction.BUYS_FROM_YOU, use.link().fit(), ScoringFormula.NEUTRAL_VOLUME));
				}
			}
		}
		if (supplies.fit == 0 && buys.fit == 0) {
			return null;
		}
		return new Fit(supplies, buys);
	}

	private static void collect(Map<String, Match.ProductRelation> relations, Match.ProductRelation relation) {
		if (relations != null) {
			String key = relation.yourHsCode() + '/' + relation.partnerHsCode() + '/' + relation.kind() + '/'
					+ relation.direction();
			relations.merge(key, relation, (kept, other) -> other.fit() > kept.fit() ? other : kept);
		}
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
			offered.merge(use.link().inputPrefix(), use.link().fit(), Math::max);
		}
		for (LinkUse use : subject.productsFromMine()) {
			offered.merge(use.link().productPrefix(), use.link().fit(), Math::max);
		}
		List<Source> sources = new ArrayList<>();
		offered.forEach((prefix, fit) -> sources.add(new Source(fit, index.offering(other, prefix))));
		needed.forEach((prefix, fit) -> sources.add(new Source(fit, index.needing(other, prefix))));
		sources.sort(Comparator.comparingDouble(Source::fit).reversed()
			.thenComparingInt(source -> source.entries().length));
		return sources;
	}

	private static void addLevels(Map<String, Double> prefixes, HsLine hs) {
		prefixes.merge(hs.subheading(), RelationKind.SAME_SUBHEADING.fit(), Math::max);
		prefixes.merge(hs.heading(), RelationKind.SAME_HEADING.fit(), Math::max);
		prefixes.merge(hs.chapter(), RelationKind.SAME_CHAPTER.fit(), Math::max);
	}

	/** The enterprise being matched, with the value-chain links its own offers take part in. */
	private record Subject(Party me, List<LinkUse> inputsToMine, List<LinkUse> productsFromMine) {

		Subject(Party me, List<ValueChainLink> links) {
			this(me, uses(me, links, true), uses(me, links, false));
		}

		private static List<LinkUse> uses(Party me, List<ValueChainLink> links, boolean asProduct) {
			List<LinkUse> uses = new ArrayList<>();
			for (ValueChainLink link : links) {
				for (Party.Offer offer : me.offers()) {
					if (offer.hs().startsWith(asProduct ? link.productPrefix() : link.inputPrefix())) {
						uses.add(new LinkUse(link, offer.hs()));
					}
				}
			}
			return uses;
		}
	}

	/** A link that applies because one of the enterprise's own offers is its input or its product. */
	private record LinkUse(ValueChainLink link, HsLine mine) {
	}

	private record Source(double fit, PartyIndex.Entry[] entries) {
	}

	private record Scored(Party party, double score) {

		/** The worse of two comes first: lower score, or on a tie the higher id. */
		static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
			.thenComparing(Comparator.comparingLong((Scored scored) -> scored.party().id()).reversed());
	}

	/** The strongest fit in one direction and the best volume fit among the relations that reach it. */
	private static final class Best {

		private double fit;
		private double volume;

		void add(double relationFit, double relationVolume) {
			if (relationFit > fit) {
				fit = relationFit;
				volume = relationVolume;
			}
			else if (relationFit == fit) {
				volume = Math.max(volume, relationVolume);
			}
		}
	}

	/** Both directions of a partner's relations and the components they give. */
	private record Fit(double product, double volume, double mutuality, Direction direction) {

		Fit(Best supplies, Best buys) {
			this(Math.max(supplies.fit, buys.fit),
					Math.max(supplies.fit > 0 ? supplies.volume : 0, buys.fit > 0 ? buys.volume : 0),
					supplies.fit > 0 && buys.fit > 0 ? Math.min(supplies.fit, buys.fit) : 0,
					supplies.fit > 0 && buys.fit > 0 ? Direction.MUTUAL
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
