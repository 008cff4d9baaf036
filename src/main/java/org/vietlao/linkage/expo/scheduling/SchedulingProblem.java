package org.vietlao.linkage.expo.scheduling;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A meeting-scheduling problem, already checked: participants {@code 0..participants-1}, meetings as pairs of
 * distinct participants (no pair twice), slots {@code 0..slots-1} (or none given: find the fewest), tables per
 * slot, each participant's available slots ({@code null}: all), an integer weight per meeting, meetings locked in
 * a slot and table, and the slot each meeting had before (to move as few as possible on a re-run).
 *
 * @param participants number of participants
 * @param meetings {@code meetings[i] = {u, v}}
 * @param slots number of slots, or {@code 0} to ask for the fewest that fit every meeting
 * @param tables tables per slot
 * @param availability per participant, the slots it has free; {@code null} entries (or a {@code null} array) for
 *     all
 * @param weights per meeting, at least 1; {@code null} for all 1
 * @param locked per meeting, its locked slot or -1; {@code null} for none
 * @param lockedTable per meeting, its locked table (0-based) or -1; {@code null} for none
 * @param previous per meeting, the slot it had before or -1; {@code null} for none
 * @param bipartite whether every meeting joins two sides (buyer–supplier): Kőnig's theorem applies
 * @param timeLimitMillis how long the exact solver may search
 */
public record SchedulingProblem(
        int participants,
        int[][] meetings,
        int slots,
        int tables,
        BitSet[] availability,
        int[] weights,
        int[] locked,
        int[] lockedTable,
        int[] previous,
        boolean bipartite,
        long timeLimitMillis) {

    /** A problem without availability limits, weights, locks or history. */
    public static SchedulingProblem of(int participants, int[][] meetings, int slots, int tables, boolean bipartite) {
        return new SchedulingProblem(
                participants, meetings, slots, tables, null, null, null, null, null, bipartite, 10_000);
    }

    public SchedulingProblem withAvailability(BitSet[] available) {
        return new SchedulingProblem(
                participants,
                meetings,
                slots,
                tables,
                available,
                weights,
                locked,
                lockedTable,
                previous,
                bipartite,
                timeLimitMillis);
    }

    public SchedulingProblem withTimeLimit(long millis) {
        return new SchedulingProblem(
                participants,
                meetings,
                slots,
                tables,
                availability,
                weights,
                locked,
                lockedTable,
                previous,
                bipartite,
                millis);
    }

    public SchedulingProblem withLocks(int[] lockedSlots, int[] lockedTables) {
        return new SchedulingProblem(
                participants,
                meetings,
                slots,
                tables,
                availability,
                weights,
                lockedSlots,
                lockedTables,
                previous,
                bipartite,
                timeLimitMillis);
    }

    public SchedulingProblem withWeightsAndHistory(int[] meetingWeights, int[] previousSlots) {
        return new SchedulingProblem(
                participants,
                meetings,
                slots,
                tables,
                availability,
                meetingWeights,
                locked,
                lockedTable,
                previousSlots,
                bipartite,
                timeLimitMillis);
    }

    int meetingCount() {
        return meetings.length;
    }

    int weight(int meeting) {
        return weights == null ? 1 : weights[meeting];
    }

    int lockedSlot(int meeting) {
        return locked == null ? -1 : locked[meeting];
    }

    int previousSlot(int meeting) {
        return previous == null ? -1 : previous[meeting];
    }

    boolean hasLocks() {
        return locked != null && Arrays.stream(locked).anyMatch(s -> s >= 0);
    }

    boolean limitsAvailability() {
        return availability != null && Arrays.stream(availability).anyMatch(a -> a != null);
    }

    /** Whether participant {@code p} may meet in slot {@code s}. */
    boolean available(int p, int s) {
        return availability == null || availability[p] == null || availability[p].get(s);
    }

    /** Meetings per participant. */
    int[] degrees() {
        int[] degree = new int[participants];
        for (int[] m : meetings) {
            degree[m[0]]++;
            degree[m[1]]++;
        }
        return degree;
    }

    /** Δ: the most meetings of one participant. */
    int maxDegree() {
        return Arrays.stream(degrees()).max().orElse(0);
    }

    /** The closed-form lower bound on the slots every meeting needs: max(Δ, ⌈|E|/T⌉). */
    int slotLowerBound() {
        if (meetings.length == 0) {
            return 0;
        }
        return Math.max(maxDegree(), (meetings.length + tables - 1) / tables);
    }

    List<int[]> meetingList() {
        return List.of(meetings);
    }
}
