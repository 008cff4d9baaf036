package org.vietlao.linkage.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The result in plain words: which criteria make the leader lead, what is said when AHP disagrees, and the
 * nearest weight change that would put another candidate first, in the reader's language and in UTC+7.
 */
class ResultReadingTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale LO = Locale.forLanguageTag("lo");

    /** Two accounts with display names; anyone else is unknown to it. */
    static final UserDirectory DIRECTORY = new UserDirectory() {
        @Override
        public List<User> ofOrganisation(long organisationId) {
            return List.of();
        }

        @Override
        public List<User> withUsernames(Collection<String> usernames) {
            return List.of(
                            new User("analyst", "Nguyễn Thị Thu Hà", "vi", null),
                            new User("iice-analyst", "ບຸນທະວີ ສີສຸວັນ", "lo", null))
                    .stream()
                    .filter(user -> usernames.contains(user.username()))
                    .toList();
        }

        @Override
        public java.util.Optional<String> countryOfOrganisation(long organisationId) {
            return java.util.Optional.empty();
        }
    };

    final ResultReading reading = new ResultReading(messages(), new People(DIRECTORY));

    @Test
    void whenBothMethodsAgreeTheLeadIsExplainedByTheHeaviestCriteriaWhereTheLeaderIsAhead() {
        // A is far ahead on Markets (weight 0.6), B slightly ahead on Cost (weight 0.4).
        FrozenResult result = result(
                new double[] {0.6, 0.4},
                new double[][] {{0.7, 0.4}, {0.2, 0.5}, {0.1, 0.1}},
                new int[] {0, 1, 2},
                new int[] {0, 1, 2},
                List.of(interval(0, 0.6, 0, 1), interval(1, 0.4, 0, 1)));

        String english = reading.ranking(result, Locale.ENGLISH);
        assertThat(english)
                .isEqualTo(
                        "TOPSIS and AHP both put Model A first. It is ahead of Model B mainly on Markets (weight 0.600).");
        assertThat(reading.ranking(result, VI)).startsWith("Cả TOPSIS và AHP đều xếp Mô hình A đứng đầu");
        assertThat(reading.ranking(result, LO)).contains("ຮູບແບບ A", "ຕະຫຼາດ");
    }

    @Test
    void whenTheMethodsDisagreeBothLeadersAreNamedWithTheirCriteria() {
        FrozenResult result = result(
                new double[] {0.5, 0.5},
                new double[][] {{0.6, 0.3}, {0.3, 0.6}, {0.1, 0.1}},
                new int[] {0, 1, 2},
                new int[] {1, 0, 2},
                List.of(interval(0, 0.5, 0.45, 1), interval(1, 0.5, 0, 0.55)));

        assertThat(reading.ranking(result, Locale.ENGLISH))
                .startsWith(
                        "TOPSIS puts Model A first because it is ahead of Model B on Markets (weight 0.500); "
                                + "AHP puts Model B first because its weighted sum counts that candidate's lead on Cost (weight 0.500)");
    }

    @Test
    void stabilityIsTheNearestIntervalEndInsideTheRange() {
        FrozenResult stable = result(
                new double[] {0.6, 0.4},
                new double[][] {{0.7, 0.6}, {0.2, 0.3}, {0.1, 0.1}},
                new int[] {0, 1, 2},
                new int[] {0, 1, 2},
                List.of(interval(0, 0.6, 0, 1), interval(1, 0.4, 0, 1)));
        assertThat(reading.stability(stable, Locale.ENGLISH))
                .startsWith("Model A stays first whatever weight any one criterion is given");

        FrozenResult sensitive = result(
                new double[] {0.6, 0.4},
                new double[][] {{0.7, 0.4}, {0.2, 0.5}, {0.1, 0.1}},
                new int[] {0, 1, 2},
                new int[] {0, 1, 2},
                List.of(interval(0, 0.6, 0.45, 1), interval(1, 0.4, 0, 0.48)));
        assertThat(reading.stability(sensitive, Locale.ENGLISH))
                .isEqualTo("Model A stays first while the weight of Cost stays between 0.000 and 0.480 (it is 0.400 "
                        + "now): the nearest change of leader is a shift of 0.080 in that weight.");
        assertThat(reading.stability(sensitive, VI)).contains("0,480", "0,080");
    }

    @Test
    void peopleAreNamedAndTheTimeIsInUtcPlusSeven() {
        FrozenResult result = result(
                new double[] {0.6, 0.4},
                new double[][] {{0.7, 0.4}, {0.2, 0.5}, {0.1, 0.1}},
                new int[] {0, 1, 2},
                new int[] {0, 1, 2},
                List.of(interval(0, 0.6, 0, 1), interval(1, 0.4, 0, 1)));

        ResultReading.Reading read = reading.of(result, Locale.ENGLISH);

        assertThat(read.closedBy()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(read.evaluators()).containsExactly("Nguyễn Thị Thu Hà", "ບຸນທະວີ ສີສຸວັນ", "gone-user");
        assertThat(read.closedAt()).isEqualTo("2026-12-01 16:30 (UTC+7)");
    }

    private static FrozenResult result(
            double[] weights, double[][] byCriterion, int[] topsis, int[] ahp, List<FrozenResult.IntervalResult> s) {
        List<FrozenResult.CriterionResult> criteria = List.of(
                new FrozenResult.CriterionResult(
                        1, new Names("Markets", "Thị trường", "ຕະຫຼາດ"), weights[0], List.of()),
                new FrozenResult.CriterionResult(2, new Names("Cost", "Chi phí", "ຕົ້ນທຶນ"), weights[1], List.of()));
        String[][] names = {
            {"Model A", "Mô hình A", "ຮູບແບບ A"},
            {"Model B", "Mô hình B", "ຮູບແບບ B"},
            {"Model C", "Mô hình C", "ຮູບແບບ C"}
        };
        List<FrozenResult.CandidateResult> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            candidates.add(new FrozenResult.CandidateResult(
                    i + 1,
                    new Names(names[i][0], names[i][1], names[i][2]),
                    "OTHER",
                    null,
                    byCriterion[i],
                    0,
                    0,
                    rank(ahp, i),
                    rank(topsis, i)));
        }
        return new FrozenResult(
                1,
                new Names("Test", "Thử", "ທົດລອງ"),
                "AIJ",
                "saaty1980",
                Instant.parse("2026-12-01T09:30:00Z"),
                "analyst",
                List.of("analyst", "iice-analyst", "gone-user"),
                new double[] {1, 1, 1},
                criteria,
                candidates,
                List.of(),
                ahp,
                topsis,
                s);
    }

    private static int rank(int[] ranking, int candidate) {
        for (int r = 0; r < ranking.length; r++) {
            if (ranking[r] == candidate) {
                return r + 1;
            }
        }
        throw new IllegalArgumentException();
    }

    private static FrozenResult.IntervalResult interval(int criterion, double weight, double lower, double upper) {
        return new FrozenResult.IntervalResult(criterion, weight, lower, upper);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/pilot");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
