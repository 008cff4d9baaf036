package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

class MatchListingTest {

    /** A Vietnamese enterprise needing fresh cassava, and Lao growers in three provinces, some selling starch. */
    final Party buyer = Parties.vn(1).needs("071410", 1000.0, "t").build();

    final List<Party> growers = List.of(
            Parties.la(10).offers("071410", 1000.0, "t").build(),
            Parties.la(11).in(Parties.BOLIKHAMXAY).offers("071410", 500.0, "t").build(),
            Parties.la(12).in(Parties.VIENTIANE).offers("071490").build(),
            Parties.la(13).in(Parties.BOLIKHAMXAY).offers("071420").build());

    List<Match> matches() {
        List<Party> all = new ArrayList<>(growers);
        all.add(buyer);
        return Parties.engine(all).top(buyer, 50);
    }

    @Test
    void keepsOnlyThePartnersOfTheProvinceAskedFor() {
        List<Match> kept = MatchListing.filtered(
                matches(), MatchListing.Criteria.parse("LA-BL", null, null, null, null), Set.of(), "en");

        assertThat(kept).extracting(m -> m.partner().id()).containsExactlyInAnyOrder(11L, 13L);
    }

    @Test
    void keepsPartnersWhoseRelationInvolvesTheHsCodeAndAboveTheLowestScore() {
        List<Match> all = matches();
        List<Match> byCode = MatchListing.filtered(
                all, MatchListing.Criteria.parse(null, "0714.20", null, null, null), Set.of(), "en");
        assertThat(byCode).extracting(m -> m.partner().id()).containsExactly(13L);

        double second = ScoringFormula.rounded(all.get(1).score());
        List<Match> best = MatchListing.filtered(
                all, MatchListing.Criteria.parse(null, null, String.valueOf(second), null, null), Set.of(), "en");
        assertThat(best)
                .allSatisfy(m -> assertThat(ScoringFormula.rounded(m.score())).isGreaterThanOrEqualTo(second));
        assertThat(best).hasSizeBetween(2, all.size() - 1);
    }

    @Test
    void keepsOnlyVerifiedPartnersWhenAsked() {
        List<Match> kept = MatchListing.filtered(
                matches(), MatchListing.Criteria.parse(null, null, null, "true", null), Set.of(12L), "en");

        assertThat(kept).extracting(m -> m.partner().id()).containsExactly(12L);
    }

    @Test
    void sortsByScoreByDistanceOrByName() {
        List<Match> all = matches();
        List<Match> byScore = MatchListing.filtered(all, MatchListing.Criteria.ALL, Set.of(), "en");
        assertThat(byScore).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));

        List<Match> nearest = MatchListing.filtered(
                all, MatchListing.Criteria.parse(null, null, null, null, "distance"), Set.of(), "en");
        assertThat(nearest)
                .extracting(
                        m -> m.route() == null ? Double.MAX_VALUE : m.route().distanceKm())
                .isSorted();

        List<Match> byName =
                MatchListing.filtered(all, MatchListing.Criteria.parse(null, null, null, null, "NAME"), Set.of(), "en");
        assertThat(byName).extracting(m -> m.partner().nameIn("en")).isSorted();
    }

    @Test
    void cutsIntoPagesOfTwentyAndKeepsAPagePastTheEndOnTheLastOne() {
        List<Match> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add(matches().get(0));
        }
        MatchListing.Page third = MatchListing.page(many, 2);
        assertThat(third.items()).hasSize(5);
        assertThat(third.first()).isEqualTo(41);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.hasPrevious()).isTrue();
        assertThat(MatchListing.page(many, 99).page()).isEqualTo(2);
        assertThat(MatchListing.page(List.of(), 3).items()).isEmpty();
    }

    @Test
    void refusesMalformedFiltersNamingTheParameter() {
        assertThatThrownBy(() -> MatchListing.Criteria.parse(null, "cassava", null, null, null))
                .isInstanceOfSatisfying(BusinessException.class, ex -> field(ex, "hs"));
        assertThatThrownBy(() -> MatchListing.Criteria.parse(null, null, "1.5", null, null))
                .isInstanceOfSatisfying(BusinessException.class, ex -> field(ex, "minScore"));
        assertThatThrownBy(() -> MatchListing.Criteria.parse("<b>", null, null, null, null))
                .isInstanceOfSatisfying(BusinessException.class, ex -> field(ex, "province"));
        assertThatThrownBy(() -> MatchListing.Criteria.parse(null, null, null, null, "random"))
                .isInstanceOfSatisfying(BusinessException.class, ex -> field(ex, "sort"));
    }

    private static void field(BusinessException ex, String parameter) {
        assertThat(ex.errorCode()).isEqualTo(ErrorCode.PLT_002);
        assertThat(ex.errors()).extracting(BusinessException.FieldError::field).containsExactly(parameter);
    }
}
