package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Time Release Study arithmetic against figures worked out by hand (the table in the comments), for five
 * visits on one morning: two completed on the VN side, one completed and one still in the zone on the LA side,
 * and one that only arrived.
 */
class TimeReleaseTest {

    static Instant at(String hhmm) {
        return hhmm == null
                ? null
                : java.time.OffsetDateTime.parse("2026-11-02T" + hhmm + ":00+07:00")
                        .toInstant();
    }

    /**
     * <pre>
     * visit side channel arrival gate-in insp.start insp.end release gate-out | queue proc insp release dwell
     * 1     VN   GREEN   08:00   08:30   -          -        08:50   09:00    |  30    20   -     50     60
     * 2     VN   RED     08:10   08:20   08:30      09:30    09:40   10:10    |  10    80   60    90    120
     * 3     LA   GREEN   09:00   09:45   -          -        10:00   10:05    |  45    15   -     60     65
     * 4     LA   YELLOW  09:30   10:30   -          -        11:00   -        |  60    30   -     90     -
     * 5     VN   GREEN   10:00   -       -          -        -       -        |  -     -    -     -      -
     * </pre>
     */
    static List<TimeRelease.VisitTimes> morning() {
        return List.of(
                new TimeRelease.VisitTimes(
                        1, "VN", "GREEN", true, at("08:00"), at("08:30"), null, null, at("08:50"), at("09:00")),
                new TimeRelease.VisitTimes(
                        2,
                        "VN",
                        "RED",
                        true,
                        at("08:10"),
                        at("08:20"),
                        at("08:30"),
                        at("09:30"),
                        at("09:40"),
                        at("10:10")),
                new TimeRelease.VisitTimes(
                        3, "LA", "GREEN", true, at("09:00"), at("09:45"), null, null, at("10:00"), at("10:05")),
                new TimeRelease.VisitTimes(
                        4, "LA", "YELLOW", true, at("09:30"), at("10:30"), null, null, at("11:00"), null),
                new TimeRelease.VisitTimes(5, "VN", "GREEN", false, at("10:00"), null, null, null, null, null));
    }

    @Test
    void computesTheStudyFiguresAsWorkedOutByHand() {
        TimeRelease.Figures figures = TimeRelease.figures(morning());

        assertThat(figures.visits()).isEqualTo(5);
        assertThat(figures.completed()).isEqualTo(3);
        assertThat(figures.completionRate()).isEqualByComparingTo("0.6");
        assertThat(figures.preDeclaredShare()).isEqualByComparingTo("0.8");
        // queue 10, 30, 45, 60: mean 36.25; median rank 1.5 → 37.5; p90 rank 2.7 → 45 + 0.7 × 15 = 55.5
        expect(figures.queue(), 4, "36.25", "37.5", "55.5");
        // processing 15, 20, 30, 80: mean 36.25; median 25; p90 30 + 0.7 × 50 = 65
        expect(figures.processing(), 4, "36.25", "25", "65");
        expect(figures.inspection(), 1, "60", "60", "60");
        // release 50, 60, 90, 90: mean 72.5; median 75; p90 90
        expect(figures.release(), 4, "72.5", "75", "90");
        // dwell of the completed only: 60, 65, 120: mean 81.67; median 65; p90 rank 1.8 → 65 + 0.8 × 55 = 109
        expect(figures.dwell(), 3, "81.67", "65", "109");
    }

    @Test
    void splitsBySideAndChannel() {
        var vn = TimeRelease.figures(
                morning().stream().filter(v -> v.side().equals("VN")).toList());
        var la = TimeRelease.figures(
                morning().stream().filter(v -> v.side().equals("LA")).toList());
        assertThat(vn.visits()).isEqualTo(3);
        assertThat(vn.completionRate()).isEqualByComparingTo("0.6667");
        assertThat(la.completionRate()).isEqualByComparingTo("0.5");
        // LA dwell: only visit 3 completed (65); visit 4 has no gate-out and is left out of the dwell.
        expect(la.dwell(), 1, "65", "65", "65");
    }

    @Test
    void anEmptyGroupHasNoFigures() {
        TimeRelease.Figures none = TimeRelease.figures(List.of());
        assertThat(none.visits()).isZero();
        assertThat(none.completionRate()).isNull();
        assertThat(none.queue().n()).isZero();
        assertThat(none.queue().meanMinutes()).isNull();
    }

    @Test
    void anEventBeforeItsStartCountsAsNoMeasure() {
        assertThat(TimeRelease.between(at("09:00"), at("08:00"))).isNull();
        assertThat(TimeRelease.between(at("08:00"), at("08:00"))).isEqualByComparingTo(BigDecimal.ZERO);
    }

    static void expect(TimeRelease.Stat stat, int n, String mean, String median, String p90) {
        assertThat(stat.n()).isEqualTo(n);
        assertThat(stat.meanMinutes()).isEqualByComparingTo(mean);
        assertThat(stat.medianMinutes()).isEqualByComparingTo(median);
        assertThat(stat.p90Minutes()).isEqualByComparingTo(p90);
    }
}
