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
        return between(offered.six(), needed.six());
    }

    /** As {@link #between(HsLine, HsLine)}, on the first six digits of each code as a number. */
    static RelationKind between(int offered, int needed) {
        if (offered == needed) {
            return SAME_SUBHEADING;
        }
        if (offered / 100 == needed / 100) {
            return SAME_HEADING;
        }
        return offered / 10_000 == needed / 10_000 ? SAME_CHAPTER : null;
    }

    /** The fixed product fit; not defined for {@link #VALUE_CHAIN}, whose link says how strong it is. */
    double fit() {
        return fit;
    }
}
