package org.vietlao.linkage.matching;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * A match as the API and the pages show it: rounded scores, the partner's province and the explanation in the
 * reader's language.
 */
@Component
class MatchViews {

    private final MatchExplanations explanations;
    private final ReferenceNames names;

    MatchViews(MatchExplanations explanations, ReferenceNames names) {
        this.explanations = explanations;
        this.names = names;
    }

    MatchView of(Match match, Locale locale) {
        Party partner = match.partner();
        GateRoutes.Route route = match.route();
        return new MatchView(
                EnterpriseRef.of(partner, locale.getLanguage()),
                ScoringFormula.rounded(match.score()),
                match.direction(),
                match.products().stream()
                        .map(product -> new ProductView(
                                product.yourHsCode(), product.partnerHsCode(), product.kind(), product.direction()))
                        .toList(),
                new ComponentsView(
                        ScoringFormula.rounded(match.productFit()),
                        ScoringFormula.rounded(match.volumeFit()),
                        ScoringFormula.rounded(match.logistics()),
                        ScoringFormula.rounded(match.mutuality())),
                route == null
                        ? null
                        : GateView.of(route, names.gateNames(route.pairId(), route.vnGate(), route.laoGate()), locale),
                route == null ? null : Math.round(route.distanceKm()),
                explanations.explain(match, locale));
    }

    /**
     * @param partner who
     * @param score in [0, 1], four decimals
     * @param direction SUPPLIES_YOU, BUYS_FROM_YOU or MUTUAL
     * @param products the relations, strongest first (at most ten)
     * @param components the scores that make up {@code score}
     * @param gate the border-gate pair of the road estimate; {@code null} without one
     * @param distanceKm the road estimate; {@code null} without one
     * @param explanation why, in the reader's language
     */
    record MatchView(
            EnterpriseRef partner,
            double score,
            Direction direction,
            List<ProductView> products,
            ComponentsView components,
            GateView gate,
            Long distanceKm,
            String explanation) {}

    record ProductView(String yourHsCode, String partnerHsCode, RelationKind kind, Direction direction) {}

    record ComponentsView(double productFit, double volumeFit, double logistics, double mutuality) {}

    /**
     * @param vnGateName the Vietnamese gate's name in the reader's language by the one fallback rule (the sources
     *     have no Lao-script gate names: Lao readers get the Latin-script one, marked as a fallback)
     * @param laoGateName the same for the Lao gate
     */
    record GateView(
            String pairId,
            String vnGate,
            String laoGate,
            LocalizedText.Shown vnGateName,
            LocalizedText.Shown laoGateName) {

        static GateView of(GateRoutes.Route route, ReferenceNames.GateNames names, Locale locale) {
            return new GateView(
                    route.pairId(),
                    route.vnGate(),
                    route.laoGate(),
                    names.vnGate().in(locale),
                    names.laoGate().in(locale));
        }
    }
}
