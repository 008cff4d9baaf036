package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rating's validity and the export-ready rule of each country (OCOP: five stars; ODOP: four or five). */
class RatingRuleTest {

    static final RatingRule OCOP = new RatingRule("VN", "OCOP", 5, 36);
    static final RatingRule ODOP = new RatingRule("LA", "ODOP", 4, 36);
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static Rating rating(int stars, LocalDate ratedOn, RatingRule rule) {
        return new Rating(stars, "C-1", "PROVINCE", ratedOn, rule.expiryOf(ratedOn, null));
    }

    @Test
    void ocopNeedsFiveValidStarsAndOdopFour() {
        LocalDate ratedOn = LocalDate.of(2025, 1, 10);
        assertThat(OCOP.exportReady(rating(5, ratedOn, OCOP), DAY)).isTrue();
        assertThat(OCOP.exportReady(rating(4, ratedOn, OCOP), DAY)).isFalse();
        assertThat(ODOP.exportReady(rating(4, ratedOn, ODOP), DAY)).isTrue();
        assertThat(ODOP.exportReady(rating(3, ratedOn, ODOP), DAY)).isFalse();
        assertThat(ODOP.exportReady(Rating.NONE, DAY)).isFalse();
    }

    @Test
    void aRatingHoldsThirtySixMonthsWithoutAStatedExpiryAndStopsCountingOnItsExpiryDay() {
        LocalDate ratedOn = LocalDate.of(2023, 12, 7);
        Rating rating = rating(5, ratedOn, OCOP);
        assertThat(rating.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(rating.validOn(LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(rating.validOn(DAY)).isFalse();
        assertThat(rating.expiredOn(DAY)).isTrue();
        assertThat(OCOP.exportReady(rating, DAY)).isFalse();
        assertThat(OCOP.exportReady(rating, DAY.minusDays(1))).isTrue();
    }

    @Test
    void aStatedExpiryWinsAndARatingDoesNotHoldBeforeItWasGiven() {
        LocalDate ratedOn = LocalDate.of(2026, 1, 1);
        assertThat(ODOP.expiryOf(ratedOn, LocalDate.of(2027, 6, 30))).isEqualTo(LocalDate.of(2027, 6, 30));
        Rating rating = new Rating(4, "C-2", "NATIONAL", ratedOn, LocalDate.of(2027, 6, 30));
        assertThat(rating.validOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(rating.validOn(ratedOn)).isTrue();
        assertThat(rating.validOn(LocalDate.of(2027, 6, 29))).isTrue();
        assertThat(rating.validOn(LocalDate.of(2027, 6, 30))).isFalse();
    }

    @Test
    void theRuleIsConfigurable() {
        RatingRule stricter = new RatingRule("LA", "ODOP", 5, 24);
        Rating four = rating(4, LocalDate.of(2025, 6, 1), stricter);
        assertThat(stricter.exportReady(four, DAY)).isFalse();
        assertThat(four.expiresOn()).isEqualTo(LocalDate.of(2027, 6, 1));
    }
}
