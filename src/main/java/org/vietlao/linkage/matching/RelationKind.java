package org.vietlao.linkage.matching;

/**
 * How an offer relates to a need (or, for a value chain, to the other side's product), strongest first. The
 * product fit of the first three is fixed; a value-chain link carries its own strength.
 */
enum RelationKind {

	/** The same HS subheading (8-digit national lines compare by their first six digits). */
	SAME_SUBHEADING(1.0),

	/** The same HS heading (four digits), another subheading. */
	SAME_HEADING(0.6),

	/** The same HS chapter (two digits), another heading. */
	SAME_CHAPTER(0.3),

	/** A curated link: one side's offer is an input to the product the other side offers. */
	VALUE_CHAIN(Double.NaN);

	private final double fit;

	RelationKind(double fit) {
		this.fit = fit;
	}

	/** The product fit of an offer and a need, or {@code null} when they share no chapter. */
	static RelationKind between(HsLine offered, HsLine needed) {
		if (offered.subheading().equals(needed.subheading())) {
			return SAME_SUBHEADING;
		}
		if (offered.heading().equals(needed.heading())) {
			return SAME_HEADING;
		}
		return offered.chapter().equals(needed.chapter()) ? SAME_CHAPTER : null;
	}

	/** The fixed product fit; not defined for {@link #VALUE_CHAIN}, whose link says how strong it is. */
	double fit() {
		return fit;
	}
}
