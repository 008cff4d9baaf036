package org.vietlao.linkage.expo.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.expo.scheduling.ScheduleResult.Reason;
import org.vietlao.linkage.expo.scheduling.ScheduleResult.Status;

/** The scheduler on hand-checkable and random instances: the three rules, the bound, locks and reasons. */
class MeetingSchedulerTest {

    final MeetingScheduler scheduler = new MeetingScheduler(2);

    @Test
    void randomBipartiteInstancesReachTheKonigBoundExactly() {
        Random random = new Random(20261207);
        for (int round = 0; round < 40; round++) {
            int left = 2 + random.nextInt(30);
            int right = 2 + random.nextInt(30);
            int[][] meetings = randomBipartite(random, left, right, 1 + random.nextInt(left * right));
            int tables = 1 + random.nextInt(12);
            SchedulingProblem problem = SchedulingProblem.of(left + right, meetings, 0, tables, true);
            ScheduleResult result = scheduler.schedule(problem);

            int expected = Math.max(maxDegree(left + right, meetings), ceil(meetings.length, tables));
            assertThat(result.slotLowerBound()).isEqualTo(expected);
            assertThat(result.slotsUsed()).as("round %d", round).isEqualTo(expected);
            assertThat(result.status()).isEqualTo(Status.OPTIMAL);
            assertThat(result.scheduled()).isEqualTo(meetings.length);
            assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                    .isEmpty();
        }
    }

    @Test
    void randomInstancesWithBlockedSlotsKeepTheThreeRules() {
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            int left = 3 + random.nextInt(15);
            int right = 3 + random.nextInt(15);
            int[][] meetings = randomBipartite(random, left, right, 1 + random.nextInt(left * right));
            int slots = 4 + random.nextInt(8);
            int tables = 1 + random.nextInt(6);
            BitSet[] available = new BitSet[left + right];
            for (int p = 0; p < available.length; p++) {
                available[p] = new BitSet();
                for (int s = 0; s < slots; s++) {
                    if (random.nextInt(4) != 0) {
                        available[p].set(s);
                    }
                }
            }
            SchedulingProblem problem = SchedulingProblem.of(left + right, meetings, slots, tables, true)
                    .withAvailability(available)
                    .withTimeLimit(2_000);
            ScheduleResult result = scheduler.schedule(problem);

            assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                    .as("round %d", round)
                    .isEmpty();
            assertThat((long) result.scheduled()).isLessThanOrEqualTo(result.weightBound());
            assertThat(result.scheduled() + result.unscheduled().size()).isEqualTo(meetings.length);
            // The solver never does worse than the greedy first-fit baseline.
            int[] greedy = MeetingScheduler.greedyFirstFit(problem, slots);
            assertThat(result.weightScheduled()).isGreaterThanOrEqualTo(MeetingScheduler.weight(problem, greedy));
            if (result.optimal()) {
                assertThat(result.weightScheduled()).isEqualTo(result.weightBound());
            }
        }
    }

    @Test
    void aTriangleNeedsThreeSlotsThoughEachPersonHasTwoMeetings() {
        // Any-to-any: Δ = 2 but the three meetings pairwise share a person, so χ′ = 3 (Vizing's Δ + 1).
        SchedulingProblem problem = SchedulingProblem.of(3, new int[][] {{0, 1}, {1, 2}, {0, 2}}, 0, 5, false);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.slotLowerBound()).isEqualTo(2);
        assertThat(result.slotsUsed()).isEqualTo(3);
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                .isEmpty();
    }

    @Test
    void fourMeetingsAtOneTableTakeFourSlots() {
        // K2,2: Δ = 2, but one table: ⌈4/1⌉ = 4.
        SchedulingProblem problem = SchedulingProblem.of(4, new int[][] {{0, 2}, {0, 3}, {1, 2}, {1, 3}}, 0, 1, true);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.slotsUsed()).isEqualTo(4);
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        assertThat(result.table()).containsOnly(0);
    }

    @Test
    void unschedulableMeetingsSayWhy() {
        // 0 meets 3 and 4 but is free only in slot 0: one of them is full.
        // 1 and 5 share no free slot. 2–6 and 7–8 compete for the single table of slot 1.
        BitSet only0 = bits(0);
        BitSet only1 = bits(1);
        BitSet[] available = new BitSet[9];
        available[0] = only0;
        available[1] = only0;
        available[5] = only1;
        available[2] = only1;
        available[6] = only1;
        available[7] = only1;
        available[8] = only1;
        int[][] meetings = {{0, 3}, {0, 4}, {1, 5}, {2, 6}, {7, 8}};
        SchedulingProblem problem =
                SchedulingProblem.of(9, meetings, 2, 1, true).withAvailability(available);
        ScheduleResult result = scheduler.schedule(problem);

        assertThat(result.scheduled()).isEqualTo(2);
        assertThat(result.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(result.optimal()).isTrue();
        assertThat(result.weightBound()).isEqualTo(2);
        List<Reason> reasons = result.unscheduled().stream()
                .map(ScheduleResult.Unscheduled::reason)
                .toList();
        assertThat(reasons).containsExactlyInAnyOrder(Reason.PARTICIPANT_FULL, Reason.NO_COMMON_SLOT, Reason.NO_TABLE);
        assertThat(result.unscheduled())
                .filteredOn(u -> u.reason() == Reason.NO_COMMON_SLOT)
                .extracting(ScheduleResult.Unscheduled::meeting)
                .containsExactly(2);
    }

    @Test
    void participantsWaitAsFewSlotsAsPossibleBetweenTheirMeetings() {
        // 0 meets 1 and 2; 2 is free only in the last slot. First fit puts 0–2 there and 0–1 in the first slot,
        // leaving 0 two idle slots; the same two meetings fit with none.
        BitSet[] available = new BitSet[3];
        available[2] = bits(3);
        int[][] meetings = {{0, 1}, {0, 2}};
        SchedulingProblem problem = SchedulingProblem.of(3, meetings, 4, 1, true)
                .withAvailability(available)
                .withTimeLimit(2_000);
        assertThat(MeetingScheduler.idleSlots(problem, MeetingScheduler.greedyFirstFit(problem, 4)))
                .isEqualTo(2);

        ScheduleResult result = scheduler.schedule(problem);

        assertThat(result.scheduled()).isEqualTo(2);
        assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                .isEmpty();
        assertThat(MeetingScheduler.idleSlots(problem, result.slot())).isZero();
        assertThat(result.slot()).containsExactly(2, 3);
    }

    @Test
    void fewerIdleSlotsNeverCostAMeetingOnRandomInstances() {
        Random random = new Random(11);
        for (int round = 0; round < 15; round++) {
            int left = 3 + random.nextInt(6);
            int right = 3 + random.nextInt(6);
            int[][] meetings = randomBipartite(random, left, right, 1 + random.nextInt(left * right / 2 + 1));
            int slots = 6 + random.nextInt(6);
            BitSet[] available = new BitSet[left + right];
            for (int p = 0; p < available.length; p++) {
                available[p] = new BitSet();
                for (int s = 0; s < slots; s++) {
                    if (random.nextInt(5) != 0) {
                        available[p].set(s);
                    }
                }
            }
            SchedulingProblem problem = SchedulingProblem.of(left + right, meetings, slots, 3, true)
                    .withAvailability(available)
                    .withTimeLimit(2_000);
            ScheduleResult result = scheduler.schedule(problem);
            int[] greedy = MeetingScheduler.greedyFirstFit(problem, slots);

            assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                    .as("round %d", round)
                    .isEmpty();
            assertThat(result.weightScheduled()).isGreaterThanOrEqualTo(MeetingScheduler.weight(problem, greedy));
            boolean everyMeeting = result.scheduled() == meetings.length
                    && Arrays.stream(greedy).allMatch(slot -> slot >= 0);
            if (everyMeeting) {
                // The same meetings placed both ways: the fewest idle slots are at most first fit's.
                assertThat(MeetingScheduler.idleSlots(problem, result.slot()))
                        .as("round %d", round)
                        .isLessThanOrEqualTo(MeetingScheduler.idleSlots(problem, greedy));
            }
        }
    }

    @Test
    void lockedMeetingsStayWhereTheyAre() {
        int[][] meetings = {{0, 3}, {0, 4}, {1, 3}, {1, 4}, {2, 5}};
        int[] locked = {3, -1, -1, -1, 0};
        int[] lockedTable = {1, -1, -1, -1, 0};
        SchedulingProblem problem =
                SchedulingProblem.of(6, meetings, 4, 2, true).withLocks(locked, lockedTable);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.slot()[0]).isEqualTo(3);
        assertThat(result.table()[0]).isEqualTo(1);
        assertThat(result.slot()[4]).isEqualTo(0);
        assertThat(result.table()[4]).isEqualTo(0);
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                .isEmpty();
    }

    @Test
    void aRerunAfterALateAcceptanceMovesNothingWhenItNeedNot() {
        int[][] meetings = {{0, 3}, {0, 4}, {1, 3}, {1, 4}, {2, 5}};
        int[] previous = {0, 1, 1, 0, -1}; // the last one was accepted late
        SchedulingProblem problem = SchedulingProblem.of(6, meetings, 3, 2, true)
                .withWeightsAndHistory(null, previous)
                .withTimeLimit(5_000);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.scheduled()).isEqualTo(5);
        assertThat(result.moved()).isEmpty();
        assertThat(MeetingScheduler.violations(problem, result.slot(), result.table()))
                .isEmpty();
    }

    @Test
    void theSolverPlacesMoreThanFirstFitWhereFirstFitIsShortSighted() {
        // Two slots. 0–1 comes first and both are free all day; 0–2 can only be in slot 0 (2 is free only then).
        // First fit puts 0–1 in slot 0 and then 0–2 fits nowhere: 1 meeting. Best: 0–2 in slot 0, 0–1 in slot 1.
        BitSet[] available = new BitSet[3];
        available[2] = bits(0);
        int[][] meetings = {{0, 1}, {0, 2}};
        SchedulingProblem problem =
                SchedulingProblem.of(3, meetings, 2, 5, true).withAvailability(available);
        int[] greedy = MeetingScheduler.greedyFirstFit(problem, 2);
        assertThat(MeetingScheduler.weight(problem, greedy)).isEqualTo(1);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.scheduled()).isEqualTo(2);
        assertThat(result.slot()).containsExactly(1, 0);
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
    }

    @Test
    void twoOfThreeIsProvenBestWhenOnePersonHasTooFewFreeSlots() {
        // 0 meets 2 and 3; 2 and 3 are free only in slot 1, and 1–2 needs slot 0 (1 is free only then)... 0 can be
        // in slot 1 once, so one of 0–2 and 0–3 must go: at most 2 of 3, and the bound says so.
        BitSet[] available = new BitSet[4];
        available[1] = bits(0);
        available[2] = bits(0, 1);
        available[3] = bits(1);
        available[0] = bits(1);
        int[][] meetings = {{0, 2}, {1, 2}, {0, 3}};
        SchedulingProblem problem =
                SchedulingProblem.of(4, meetings, 2, 5, false).withAvailability(available);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.scheduled()).isEqualTo(2);
        assertThat(result.weightBound()).isEqualTo(2);
        assertThat(result.optimal()).isTrue();
        assertThat(result.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(result.unscheduled())
                .extracting(ScheduleResult.Unscheduled::reason)
                .containsExactly(Reason.PARTICIPANT_FULL);
    }

    @Test
    void weightsDecideWhichMeetingGetsTheLastTable() {
        int[][] meetings = {{0, 1}, {2, 3}};
        SchedulingProblem problem = SchedulingProblem.of(4, meetings, 1, 1, true)
                .withAvailability(new BitSet[] {bits(0), null, null, null})
                .withWeightsAndHistory(new int[] {10, 90}, null);
        ScheduleResult result = scheduler.schedule(problem);
        assertThat(result.slot()[1]).isEqualTo(0);
        assertThat(result.slot()[0]).isEqualTo(-1);
        assertThat(result.weightScheduled()).isEqualTo(90);
        assertThat(result.optimal()).isTrue();
    }

    static int[][] randomBipartite(Random random, int left, int right, int count) {
        Set<Long> pairs = new HashSet<>();
        List<int[]> list = new ArrayList<>();
        while (list.size() < count) {
            int u = random.nextInt(left);
            int v = left + random.nextInt(right);
            if (pairs.add((long) u * 100_000 + v)) {
                list.add(new int[] {u, v});
            }
        }
        return list.toArray(new int[0][]);
    }

    static int maxDegree(int participants, int[][] meetings) {
        int[] degree = new int[participants];
        int max = 0;
        for (int[] m : meetings) {
            max = Math.max(max, Math.max(++degree[m[0]], ++degree[m[1]]));
        }
        return max;
    }

    static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }

    static BitSet bits(int... slots) {
        BitSet set = new BitSet();
        for (int s : slots) {
            set.set(s);
        }
        return set;
    }
}
