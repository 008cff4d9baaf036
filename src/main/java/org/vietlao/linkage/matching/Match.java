package org.vietlao.linkage.matching;

import java.util.List;

/**
 * A suggested partner for an enterprise with everything that went into its score.
 *
 * @param partner the partner across the border
 * @param score the weighted total in [0, 1]
 * @param direction which way goods would flow
 * @param products the relations found, strongest first
 * @param productFit the best relation's fit over both directions
 * @param volumeFit how much of the need the capacity covers, for the best relations
 * @param logistics the road-distance score
 * @param mutuality the weaker direction's fit when both directions have one, else 0
 * @param route the road estimate through the best open gate pair; {@code null} when none is known
 */
record Match(
        Party partner,
        double score,
        Direction direction,
        List<ProductRelation> products,
        double productFit,
        double volumeFit,
        double logistics,
        double mutuality,
        GateRoutes.Route route) {

    /** The strongest relation in {@code direction} (SUPPLIES_YOU or BUYS_FROM_YOU), or {@code null}. */
    ProductRelation strongest(Direction direction) {
        return products.stream()
                .filter(product -> product.direction() == direction)
                .findFirst()
                .orElse(null);
    }

    /**
     * One reason for the match: a code of the enterprise and one of the partner, and how they relate.
     *
     * @param yourHsCode the enterprise's need (or, for a value chain, its offer)
     * @param partnerHsCode the partner's offer or need
     * @param kind how they relate
     * @param direction SUPPLIES_YOU when the partner's code is an offer to the enterprise, BUYS_FROM_YOU otherwise
     * @param fit the product fit of the relation
     * @param volumeFit the volume fit of the relation
     */
    record ProductRelation(
            String yourHsCode,
            String partnerHsCode,
            RelationKind kind,
            Direction direction,
            double fit,
            double volumeFit) {}
}
