package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.reference.Province;

/**
 * The block search ({@link MatchEngine}, decision 0094) against the bucket search it replaced
 * ({@link LegacyMatchEngine}, a copy kept in the tests) and against scoring every enterprise, on generated
 * registries full of ties: the same partners, scores, order, reasons and road estimates, also after changes.
 */
class BlockSearchAgreesTest {

    /** Few codes, few provinces and round quantities, so that many partners tie on the score. */
    private static final String[] CODES = {
        "071410", "071420", "110814", "110819", "110100", "400110", "401110", "401120", "11081400", "11081490"
    };

    private static final Province[] VN = {Parties.NGHE_AN, Parties.HA_TINH, Parties.QUANG_TRI};
    private static final Province[] LA = {Parties.SAVANNAKHET, Parties.BOLIKHAMXAY, Parties.VIENTIANE};

    @Test
    void theTopTenIsTheSameAsTheOldEngineAndAsScoringEveryoneOnRandomRegistries() {
        for (int seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            List<Party> parties = randomParties(random, 200 + 100 * seed, 1);
            MatchEngine engine = Parties.engine(parties);
            LegacyMatchEngine legacy =
                    new LegacyMatchEngine(LegacyPartyIndex.of(parties), Parties.LINKS, Parties.routes());
            for (Party me : parties.subList(0, 25)) {
                for (int limit : new int[] {1, 3, 10}) {
                    List<Match> found = engine.top(me, limit);
                    assertThat(found)
                            .as("seed %d, enterprise %d", seed, me.id())
                            .isEqualTo(legacy.top(me, limit));
                    assertThat(found)
                            .extracting(match -> match.partner().id())
                            .containsExactlyElementsOf(everyoneScored(engine, me, parties, limit));
                }
            }
        }
    }

    @Test
    void tiesAreOrderedByIdAcrossProvinceBlocks() {
        List<Party> parties = new ArrayList<>();
        Party me = Parties.la(1).needs("110814").offers("400110").build();
        parties.add(me);
        // Ten partners per province, identical profiles: every score in a province ties.
        long id = 100;
        for (Province province : VN) {
            for (int i = 0; i < 10; i++) {
                parties.add(Parties.vn(id--).in(province).offers("110814").build());
            }
        }
        MatchEngine engine = Parties.engine(parties);
        LegacyMatchEngine legacy = new LegacyMatchEngine(LegacyPartyIndex.of(parties), Parties.LINKS, Parties.routes());
        for (int limit : new int[] {1, 5, 10, 15, 30}) {
            List<Match> found = engine.top(me, limit);
            assertThat(found).isEqualTo(legacy.top(me, limit));
            assertThat(found)
                    .extracting(match -> match.partner().id())
                    .containsExactlyElementsOf(everyoneScored(engine, me, parties, limit));
            for (int i = 1; i < found.size(); i++) {
                Match before = found.get(i - 1);
                Match after = found.get(i);
                assertThat(before.score() > after.score()
                                || (before.score() == after.score()
                                        && before.partner().id()
                                                < after.partner().id()))
                        .isTrue();
            }
        }
        List<Double> scores = engine.top(me, 30).stream().map(Match::score).toList();
        assertThat(scores).hasSize(30);
        assertThat(scores.stream().distinct().count())
                .as("ties in each province")
                .isEqualTo(3);
    }

    @Test
    void afterPutsAndRemovesTheBlocksStillAgree() {
        Random random = new Random(42);
        List<Party> parties = randomParties(random, 400, 1);
        PartyIndex index = PartyIndex.of(parties);
        MatchEngine engine = new MatchEngine(index, Parties.LINKS, Parties.routes());
        List<Party> current = new ArrayList<>(parties);
        List<Party> fresh = randomParties(random, 200, 1_000);
        for (int round = 0; round < 200; round++) {
            int action = random.nextInt(3);
            if (action == 0 && !current.isEmpty()) {
                Party gone = current.remove(random.nextInt(current.size()));
                index.remove(gone.id());
            } else {
                Party changed = action == 1 && !current.isEmpty()
                        ? reprofile(current.get(random.nextInt(current.size())), random)
                        : fresh.get(round);
                current.removeIf(party -> party.id() == changed.id());
                current.add(changed);
                index.put(changed);
            }
        }
        assertThat(index.size()).isEqualTo(current.size());
        LegacyMatchEngine legacy = new LegacyMatchEngine(LegacyPartyIndex.of(current), Parties.LINKS, Parties.routes());
        for (Party me : current.subList(0, 40)) {
            assertThat(engine.top(me, 10)).isEqualTo(legacy.top(me, 10));
            assertThat(engine.top(me, 10))
                    .extracting(match -> match.partner().id())
                    .containsExactlyElementsOf(everyoneScored(engine, me, current, 10));
        }
    }

    private static Party reprofile(Party party, Random random) {
        return randomParty(random, party.id(), "VN".equals(party.country()));
    }

    @Test
    void theScanItFallsBackToAndAnEarlyFallBackGiveTheSameTopTen() {
        for (int seed = 5; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<Party> parties = randomParties(random, 300, 1);
            MatchEngine blocks = Parties.engine(parties);
            PartyIndex index = PartyIndex.of(parties);
            for (int cap : new int[] {0, 3}) {
                MatchEngine capped = new MatchEngine(index, Parties.LINKS, Parties.routes(), cap);
                for (Party me : parties.subList(0, 25)) {
                    for (int limit : new int[] {1, 10}) {
                        assertThat(capped.top(me, limit))
                                .as("seed %d, cap %d, enterprise %d", seed, cap, me.id())
                                .isEqualTo(blocks.top(me, limit));
                    }
                }
            }
        }
    }

    private static List<Long> everyoneScored(MatchEngine engine, Party me, List<Party> parties, int limit) {
        return parties.stream()
                .map(partner -> engine.between(me, partner))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(Match::score)
                        .reversed()
                        .thenComparingLong(match -> match.partner().id()))
                .limit(limit)
                .map(match -> match.partner().id())
                .toList();
    }

    static List<Party> randomParties(Random random, int count, long firstId) {
        List<Party> parties = new ArrayList<>();
        for (long id = firstId; id < firstId + count; id++) {
            parties.add(randomParty(random, id, random.nextBoolean()));
        }
        return parties;
    }

    private static Party randomParty(Random random, long id, boolean vietnamese) {
        Parties.Builder builder = vietnamese ? Parties.vn(id) : Parties.la(id);
        builder.in(vietnamese ? VN[random.nextInt(VN.length)] : LA[random.nextInt(LA.length)]);
        String[] units = {"t", "kg", null};
        for (int i = random.nextInt(3); i >= 0; i--) {
            String unit = units[random.nextInt(units.length)];
            builder.offers(
                    CODES[random.nextInt(CODES.length)], unit == null ? null : 100.0 * (1 + random.nextInt(3)), unit);
        }
        for (int i = random.nextInt(2); i >= 0; i--) {
            String unit = units[random.nextInt(units.length)];
            builder.needs(
                    CODES[random.nextInt(CODES.length)],
                    unit == null ? null : 100.0 * (1 + random.nextInt(3)),
                    unit,
                    random.nextInt(6) == 0 ? new String[] {"HACCP"} : new String[0]);
        }
        if (random.nextInt(3) == 0) {
            builder.holds("HACCP");
        }
        return builder.build();
    }
}
