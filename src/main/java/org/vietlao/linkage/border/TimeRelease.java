package org.vietlao.linkage.border;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The WCO Time Release Study arithmetic over vehicle visits (WCO Guide to Measure the Time Required for the
 * Release of Goods, v3, 2018): each measure is the time between two events of a visit, summarised by its mean,
 * median and 90th percentile. Pure functions, so the figures can be checked by hand.
 *
 * <ul>
 *   <li>queue = gate-in − arrival;
 *   <li>processing = release − gate-in (customs and other agencies at the gate);
 *   <li>inspection = inspection end − inspection start;
 *   <li>release time = release − arrival (the WCO measure: arrival of the goods to their release);
 *   <li>total dwell = gate-out − arrival, for completed visits only.
 * </ul>
 *
 * <p>A visit without gate-out is excluded from the dwell time but counted in the completion rate; a measure is
 * taken only from visits that have both of its events. The first occurrence of an event counts. Percentiles
 * interpolate linearly between the closest ranks (PostgreSQL's {@code percentile_cont}, Excel's
 * {@code PERCENTILE.INC}).
 */
final class TimeRelease {

    private TimeRelease() {}

    /** The first time of each event of one visit ({@code null} when it did not happen). */
    record VisitTimes(
            long visitId,
            String side,
            String channel,
            boolean preDeclared,
            Instant arrival,
            Instant gateIn,
            Instant inspectionStart,
            Instant inspectionEnd,
            Instant release,
            Instant gateOut) {

        boolean completed() {
            return gateOut != null;
        }
    }

    /** Minutes of one measure over the visits that have it. */
    record Stat(int n, BigDecimal meanMinutes, BigDecimal medianMinutes, BigDecimal p90Minutes) {}

    /** The figures of a group of visits. */
    record Figures(
            int visits,
            int completed,
            BigDecimal completionRate,
            BigDecimal preDeclaredShare,
            Stat queue,
            Stat processing,
            Stat inspection,
            Stat release,
            Stat dwell) {}

    static Figures figures(List<VisitTimes> visits) {
        int completed = (int) visits.stream().filter(VisitTimes::completed).count();
        int preDeclared = (int) visits.stream().filter(VisitTimes::preDeclared).count();
        return new Figures(
                visits.size(),
                completed,
                ratio(completed, visits.size()),
                ratio(preDeclared, visits.size()),
                stat(visits, v -> between(v.arrival(), v.gateIn())),
                stat(visits, v -> between(v.gateIn(), v.release())),
                stat(visits, v -> between(v.inspectionStart(), v.inspectionEnd())),
                stat(visits, v -> between(v.arrival(), v.release())),
                stat(visits, v -> v.completed() ? between(v.arrival(), v.gateOut()) : null));
    }

    static Stat stat(List<VisitTimes> visits, Function<VisitTimes, BigDecimal> measure) {
        List<BigDecimal> values = new ArrayList<>();
        for (VisitTimes visit : visits) {
            BigDecimal value = measure.apply(visit);
            if (value != null) {
                values.add(value);
            }
        }
        if (values.isEmpty()) {
            return new Stat(0, null, null, null);
        }
        values.sort(null);
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Stat(
                values.size(),
                sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_EVEN),
                percentile(values, new BigDecimal("0.5")),
                percentile(values, new BigDecimal("0.9")));
    }

    /** Linear interpolation between closest ranks over sorted values: rank = p × (n − 1), zero-based. */
    static BigDecimal percentile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal rank = p.multiply(BigDecimal.valueOf(sorted.size() - 1));
        int lower = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(lower));
        BigDecimal low = sorted.get(lower);
        if (lower + 1 >= sorted.size()) {
            return low.setScale(2, RoundingMode.HALF_EVEN);
        }
        BigDecimal high = sorted.get(lower + 1);
        return low.add(high.subtract(low).multiply(fraction)).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Minutes from {@code from} to {@code to}, to the second; {@code null} unless both happened in that order. */
    static BigDecimal between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return BigDecimal.valueOf(Duration.between(from, to).getSeconds())
                .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
