package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vietlao.linkage.matching.Parties.la;
import static org.vietlao.linkage.matching.Parties.vn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.reference.CoordinatePrecision;
import org.vietlao.linkage.reference.GateType;

/**
 * The scoring rules on hand-built enterprises: every component, the exclusions and the order.
 */
class MatchEngineTest {

    @Test
    void sameSubheadingBeatsSameHeadingBeatsSameChapter() {
        Party me = la(1).needs("110814").build();
        List<Party> parties = List.of(
                me,
                vn(10).offers("110100").build(),
                vn(11).offers("110819").build(),
                vn(12).offers("110814").build(),
                vn(13).offers("11081400").build());

        List<Match> matches = Parties.engine(parties).top(me, 10);

        assertThat(matches).extracting(match -> match.partner().id()).containsExactly(12L, 13L, 11L, 10L);
        assertThat(matches)
                .extracting(match -> match.products().get(0).kind())
                .containsExactly(
                        RelationKind.SAME_SUBHEADING,
                        RelationKind.SAME_SUBHEADING,
                        RelationKind.SAME_HEADING,
                        RelationKind.SAME_CHAPTER);
        assertThat(matches).extracting(Match::productFit).containsExactly(1.0, 1.0, 0.6, 0.3);
        assertThat(matches).allSatisfy(match -> assertThat(match.direction()).isEqualTo(Direction.SUPPLIES_YOU));
    }

    @Test
    void countsACuratedValueChainLinkInBothDirections() {
        Party cassava = la(1).offers("071410").build();
        Party starch = vn(10).offers("110814").build();
        MatchEngine engine = Parties.engine(List.of(cassava, starch));

        Match forTheGrower = engine.top(cassava, 10).get(0);
        assertThat(forTheGrower.partner().id()).isEqualTo(10L);
        assertThat(forTheGrower.direction()).isEqualTo(Direction.BUYS_FROM_YOU);
        assertThat(forTheGrower.productFit()).isEqualTo(0.8);
        assertThat(forTheGrower.products())
                .containsExactly(new Match.ProductRelation(
                        "071410",
                        "110814",
                        RelationKind.VALUE_CHAIN,
                        Direction.BUYS_FROM_YOU,
                        0.8,
                        ScoringFormula.NEUTRAL_VOLUME));

        Match forTheMill = engine.top(starch, 10).get(0);
        assertThat(forTheMill.direction()).isEqualTo(Direction.SUPPLIES_YOU);
        assertThat(forTheMill.products().get(0).kind()).isEqualTo(RelationKind.VALUE_CHAIN);
    }

    @Test
    void valueChainRanksBelowTheSameProductAndAboveTheSameHeading() {
        Party mill = vn(1).offers("110814").needs("071410").build();
        Party grower = la(10).offers("071410").build();
        Party otherRoots = la(11).offers("071420").build();
        Party starchLink = la(12).offers("071490").build();
        List<Match> matches =
                Parties.engine(List.of(mill, grower, otherRoots, starchLink)).top(mill, 10);

        assertThat(matches.get(0).partner().id()).isEqualTo(10L);
        assertThat(matches.get(0).productFit()).isEqualTo(1.0);
        assertThat(matches.subList(1, 3))
                .allSatisfy(match -> assertThat(match.productFit()).isEqualTo(0.8));
    }

    @Test
    void volumeFitIsTheShareOfTheNeedTheCapacityCovers() {
        assertThat(ScoringFormula.volumeFit(500.0, "t", 1000.0, "t")).isEqualTo(0.5);
        assertThat(ScoringFormula.volumeFit(2000.0, "t", 1000.0, "t")).isEqualTo(1.0);
        assertThat(ScoringFormula.volumeFit(250_000.0, "kg", 1000.0, "t")).isEqualTo(0.25);
        assertThat(ScoringFormula.volumeFit(3.0, "GWh", 6000.0, "MWh")).isEqualTo(0.5);
        assertThat(ScoringFormula.volumeFit(100.0, "PCS", 400.0, "pcs")).isEqualTo(0.25);
        assertThat(ScoringFormula.volumeFit(100.0, "t", 100.0, "m3")).isEqualTo(ScoringFormula.NEUTRAL_VOLUME);
        assertThat(ScoringFormula.volumeFit(null, "t", 100.0, "t")).isEqualTo(ScoringFormula.NEUTRAL_VOLUME);
        assertThat(ScoringFormula.volumeFit(100.0, "t", null, "t")).isEqualTo(ScoringFormula.NEUTRAL_VOLUME);

        Party me = la(1).needs("110814", 1000.0, "t").build();
        Party small = vn(10).offers("110814", 200.0, "t").build();
        Party large = vn(11).offers("110814", 5000.0, "t").build();
        List<Match> matches = Parties.engine(List.of(me, small, large)).top(me, 10);

        assertThat(matches).extracting(match -> match.partner().id()).containsExactly(11L, 10L);
        assertThat(matches).extracting(Match::volumeFit).containsExactly(1.0, 0.2);
    }

    @Test
    void logisticsTakesTheNearestOpenInternationalOrMainGate() {
        var nearSecondary = Parties.gate("VL-SEC-99", GateType.SECONDARY, 17.0, 105.8, CoordinatePrecision.EXACT);
        var nearDistrictPoint =
                Parties.gate("VL-INT-98", GateType.INTERNATIONAL, 17.0, 105.8, CoordinatePrecision.DISTRICT);
        var nearPlanned = Parties.gate("VL-PLAN-97", GateType.PLANNED, 17.0, 105.8, CoordinatePrecision.EXACT);
        GateRoutes routes =
                Parties.routes(Parties.CAU_TREO, Parties.LAO_BAO, nearSecondary, nearDistrictPoint, nearPlanned);

        GateRoutes.Route fromQuangTri = routes.between("44", "LA-SV").orElseThrow();
        assertThat(fromQuangTri.pairId()).isEqualTo("VL-INT-06");
        double expected = GateRoutes.ROAD_FACTOR
                * (GateRoutes.greatCircleKm(17.46885, 106.62226, 16.62, 106.6)
                        + GateRoutes.greatCircleKm(16.62, 106.6, 16.5703, 104.7622));
        assertThat(fromQuangTri.distanceKm()).isCloseTo(expected, within(1e-9));
        assertThat(routes.between("LA-SV", "44")).contains(fromQuangTri);
        assertThat(routes.between("40", "LA-BL").orElseThrow().pairId()).isEqualTo("VL-INT-04");
        assertThat(routes.between("40", "44")).isEmpty();

        Party me = la(1).in(Parties.BOLIKHAMXAY).needs("110814").build();
        Party near = vn(20).in(Parties.HA_TINH).offers("110814").build();
        Party far = vn(10).in(Parties.QUANG_TRI).offers("110814").build();
        List<Match> matches = new MatchEngine(PartyIndex.of(List.of(me, near, far)), Parties.LINKS, routes).top(me, 10);
        assertThat(matches).extracting(match -> match.partner().id()).containsExactly(20L, 10L);
        assertThat(matches.get(0).route().pairId()).isEqualTo("VL-INT-04");
        assertThat(matches.get(0).logistics()).isGreaterThan(matches.get(1).logistics());
    }

    @Test
    void withoutAnOpenGateNearbyTheLogisticsScoreIsNeutral() {
        GateRoutes none = Parties.routes();
        assertThat(none.between("40", "LA-XX")).isEmpty();
        Party me = la(1).in(Parties.province("LA", "LA-XX", "Nowhere", 0, 0))
                .needs("110814")
                .build();
        Party partner = vn(10).offers("110814").build();
        Match match = Parties.engine(List.of(me, partner)).top(me, 1).get(0);
        assertThat(match.logistics()).isEqualTo(ScoringFormula.NEUTRAL_LOGISTICS);
        assertThat(match.route()).isNull();
    }

    @Test
    void aRequiredCertificationThePartnerLacksExcludesThatOfferAndNeed() {
        Party me = la(1).needs("110814", 100.0, "t", "HACCP").build();
        Party uncertified = vn(10).offers("110814").build();
        Party certified = vn(11).offers("110814").holds("HACCP", "ISO9001").build();
        Party uncertifiedButOtherwiseRelated =
                vn(12).offers("110814").needs("071410").build();
        Party meAsSupplier =
                la(1).needs("110814", 100.0, "t", "HACCP").offers("071410").build();

        List<Match> matches =
                Parties.engine(List.of(me, uncertified, certified)).top(me, 10);
        assertThat(matches).extracting(match -> match.partner().id()).containsExactly(11L);

        Match other = Parties.engine(List.of(meAsSupplier, uncertifiedButOtherwiseRelated))
                .top(meAsSupplier, 10)
                .get(0);
        assertThat(other.direction())
                .as("only the uncertified offer–need pair is excluded")
                .isEqualTo(Direction.BUYS_FROM_YOU);
        assertThat(other.products()).noneMatch(product -> product.direction() == Direction.SUPPLIES_YOU);
    }

    @Test
    void aMutualPartnerRanksAboveAOneWayPartner() {
        Party me = la(1).needs("110814").offers("310420").build();
        Party oneWay = vn(10).offers("110814").build();
        Party mutual = vn(11).offers("110814").needs("310420").build();

        List<Match> matches = Parties.engine(List.of(me, oneWay, mutual)).top(me, 10);

        assertThat(matches).extracting(match -> match.partner().id()).containsExactly(11L, 10L);
        assertThat(matches.get(0).direction()).isEqualTo(Direction.MUTUAL);
        assertThat(matches.get(0).mutuality()).isEqualTo(1.0);
        assertThat(matches.get(1).mutuality()).isZero();
    }

    @Test
    void suggestsPartnersAcrossTheBorderOnly() {
        Party me = la(1).needs("110814").build();
        Party laoSupplier = la(2).offers("110814").build();
        Party vietnameseSupplier = vn(10).offers("110814").build();
        MatchEngine engine = Parties.engine(List.of(me, laoSupplier, vietnameseSupplier));

        assertThat(engine.top(me, 10))
                .extracting(match -> match.partner().country())
                .containsOnly("VN");
        assertThat(engine.between(me, laoSupplier)).isEmpty();
        assertThat(engine.between(me, vietnameseSupplier)).isPresent();
    }

    @Test
    void tiesAreBrokenByPartnerId() {
        Party me = la(1).needs("110814").build();
        List<Party> parties = List.of(
                me,
                vn(30).offers("110814").build(),
                vn(20).offers("110814").build(),
                vn(25).offers("110814").build());
        assertThat(Parties.engine(parties).top(me, 2))
                .extracting(match -> match.partner().id())
                .containsExactly(20L, 25L);
    }

    @Test
    void theSameDataGivesTheSameRankingAndScoresAsScoringEveryone() {
        List<Party> parties = randomParties(new Random(7), 400);
        List<Party> shuffled = new ArrayList<>(parties);
        Collections.shuffle(shuffled, new Random(11));
        MatchEngine engine = Parties.engine(parties);
        MatchEngine again = Parties.engine(shuffled);

        for (Party me : parties.subList(0, 60)) {
            List<Match> first = engine.top(me, 10);
            List<Match> second = again.top(me, 10);
            assertThat(second)
                    .extracting(Match::partner, Match::score)
                    .containsExactlyElementsOf(first.stream()
                            .map(match -> org.assertj.core.groups.Tuple.tuple(match.partner(), match.score()))
                            .toList());
            assertThat(first)
                    .extracting(Match::partner)
                    .containsExactlyElementsOf(everyoneScored(engine, me, parties, 10));
            assertThat(first).allSatisfy(match -> assertThat(match.score()).isBetween(0.0, 1.0));
        }
    }

    @Test
    void theIndexFollowsChangesToAnEnterprise() {
        Party me = la(1).needs("110814").build();
        PartyIndex index = PartyIndex.of(List.of(me, vn(10).offers("110814").build()));
        MatchEngine engine = new MatchEngine(index, Parties.LINKS, Parties.routes());
        assertThat(engine.top(me, 10)).hasSize(1);

        index.put(vn(10).offers("271600").build());
        assertThat(engine.top(me, 10)).isEmpty();

        index.put(vn(11).offers("11081400").build());
        index.put(vn(5).offers("110819").build());
        assertThat(engine.top(me, 10)).extracting(match -> match.partner().id()).containsExactly(11L, 5L);

        index.remove(11);
        assertThat(engine.top(me, 10)).extracting(match -> match.partner().id()).containsExactly(5L);
        assertThat(index.offering("VN", "1108"))
                .extracting(entry -> entry.party().id())
                .containsExactly(5L);
    }

    private static List<Party> everyoneScored(MatchEngine engine, Party me, List<Party> parties, int limit) {
        return parties.stream()
                .map(partner -> engine.between(me, partner))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparingDouble(Match::score)
                        .reversed()
                        .thenComparingLong(match -> match.partner().id()))
                .limit(limit)
                .map(Match::partner)
                .toList();
    }

    private static List<Party> randomParties(Random random, int count) {
        String[] codes = {
            "071410",
            "071420",
            "110814",
            "110819",
            "110100",
            "310420",
            "310520",
            "271600",
            "400110",
            "401110",
            "440399",
            "440729",
            "940360",
            "100590",
            "230990",
            "11081400"
        };
        String[] units = {"t", "kg", "m3"};
        List<Party> parties = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            Parties.Builder builder = random.nextBoolean() ? vn(id) : la(id);
            builder.in(
                    random.nextBoolean()
                            ? (id % 2 == 0 ? Parties.QUANG_TRI : Parties.SAVANNAKHET)
                            : (id % 3 == 0 ? Parties.HA_TINH : Parties.VIENTIANE));
            for (int i = random.nextInt(3); i >= 0; i--) {
                builder.offers(
                        codes[random.nextInt(codes.length)],
                        100.0 * (1 + random.nextInt(20)),
                        units[random.nextInt(units.length)]);
            }
            for (int i = random.nextInt(2); i >= 0; i--) {
                builder.needs(
                        codes[random.nextInt(codes.length)],
                        100.0 * (1 + random.nextInt(20)),
                        units[random.nextInt(units.length)],
                        random.nextInt(5) == 0 ? new String[] {"HACCP"} : new String[0]);
            }
            if (random.nextInt(3) == 0) {
                builder.holds("HACCP");
            }
            parties.add(builder.build());
        }
        return parties;
    }
}
