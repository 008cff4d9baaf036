package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The points and reasons of a channel for a product (decision 0068). */
class WhereToSellRankingTest {

    static Channels.Channel channel(List<String> provinces, List<String> categories, List<String> chapters) {
        return new Channels.Channel(
                1, "VN", Channels.Kind.SUPERMARKET_CHAIN, "Chain", provinces, categories, chapters, null, null, false);
    }

    static final List<WhereToSell.NearGate> GATES = List.of(
            new WhereToSell.NearGate("VL-INT-06", "44", 40.0),
            new WhereToSell.NearGate("VL-INT-05", "42", 120.0),
            new WhereToSell.NearGate("VL-INT-04", "38", 200.0));

    @Test
    void categoryChapterAndNearestGateAddUp() {
        WhereToSell.Candidate c = WhereToSell.rank(
                channel(List.of("01", "44"), List.of("FOOD"), List.of("11")), Category.FOOD, "11", GATES);
        assertThat(c.score()).isEqualTo(7);
        assertThat(c.reasons())
                .extracting(WhereToSell.Reason::kind, WhereToSell.Reason::points, WhereToSell.Reason::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CATEGORY", 2, "FOOD"),
                        org.assertj.core.groups.Tuple.tuple("HS_CHAPTER", 2, "11"),
                        org.assertj.core.groups.Tuple.tuple("NEAR_GATE", 3, "44"));
        assertThat(c.reasons().get(2).gatePairId()).isEqualTo("VL-INT-06");
    }

    @Test
    void onlyTheNearestGateTheChannelServesCounts() {
        WhereToSell.Candidate third =
                WhereToSell.rank(channel(List.of("38"), List.of("FOOD"), List.of()), Category.FOOD, "11", GATES);
        assertThat(third.score()).isEqualTo(3);
        WhereToSell.Candidate second =
                WhereToSell.rank(channel(List.of("38", "42"), List.of(), List.of("11")), Category.FOOD, "11", GATES);
        assertThat(second.score()).isEqualTo(4);
        assertThat(second.reasons().get(1).gatePairId()).isEqualTo("VL-INT-05");
    }

    @Test
    void aChannelFarFromEveryGateStillCountsWhatItCarries() {
        WhereToSell.Candidate c =
                WhereToSell.rank(channel(List.of("79"), List.of("DRINK"), List.of()), Category.DRINK, "09", GATES);
        assertThat(c.score()).isEqualTo(2);
        assertThat(c.reasons()).extracting(WhereToSell.Reason::kind).containsExactly("CATEGORY");
    }

    @Test
    void distanceIsGreatCircle() {
        // Vientiane to Hanoi, about 480 km as the crow flies.
        assertThat(WhereToSell.distanceKm(17.9757, 102.6331, 21.0278, 105.8342)).isBetween(470.0, 490.0);
    }
}
