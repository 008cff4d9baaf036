package org.vietlao.linkage.expo.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Issue 14's benchmark (docs/benchmarks.md, "Expo scheduling"); a plain main, never part of the test command:
 * 2,000 participants (1,000 per side), 20,000 accepted buyer–supplier meetings (no participant above 32),
 * 16 slots a day over 2 days, T = ⌈20,000 / 32⌉ = 625 tables. Run 1: no blocked slots, the Kőnig bound in ≤ 2 s.
 * Run 2: each participant blocks 4 of its 32 slots (⌈10 %⌉), CP-SAT with 30 s, against its proven bound. Both runs
 * beside the greedy first-fit baseline on the same instance.
 *
 * <pre>
 * ./mvnw -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.vietlao.linkage.expo.scheduling.ScheduleBenchmark [seed] [timeLimitSeconds] [workers]
 * </pre>
 */
public final class ScheduleBenchmark {

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261207L;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int workers = args.length > 2
                ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        int side = 1000;
        int meetingsWanted = 20_000;
        int slots = 32;
        int cap = 32;
        int tables = (meetingsWanted + slots - 1) / slots;
        Random random = new Random(seed);
        int[][] meetings = instance(random, side, meetingsWanted, cap);
        System.out.printf(
                "machine: %d cores; java %s; seed %d; %d participants, %d meetings, %d slots, %d tables, Δ = %d%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                seed,
                2 * side,
                meetings.length,
                slots,
                tables,
                MeetingSchedulerTest.maxDegree(2 * side, meetings));
        MeetingScheduler scheduler = new MeetingScheduler(workers);
        System.out.println("CP-SAT native library loaded: " + MeetingScheduler.solverAvailable());

        // Warm-up of the JIT on a smaller instance, not measured.
        scheduler.schedule(SchedulingProblem.of(2 * side, instance(new Random(1), side, 5000, cap), 0, tables, true));

        // Run 1: no availability limits.
        SchedulingProblem free = SchedulingProblem.of(2 * side, meetings, slots, tables, true);
        ScheduleResult exact = scheduler.schedule(free);
        check(free, exact);
        long t0 = System.nanoTime();
        int[] greedyFree = MeetingScheduler.greedyFirstFit(free, slots);
        long greedyFreeMillis = (System.nanoTime() - t0) / 1_000_000;
        long greedyFreeCount = MeetingScheduler.weight(free, greedyFree);
        System.out.printf(
                "run 1 (no blocked slots): %s by %s in %d ms; slots used %d, bound max(Δ, ⌈E/T⌉) = %d; scheduled %d of %d%n",
                exact.status(),
                exact.method(),
                exact.millis(),
                exact.slotsUsed(),
                exact.slotLowerBound(),
                exact.scheduled(),
                meetings.length);
        System.out.printf(
                "run 1 greedy first-fit: %d of %d in %d ms (%.2f %% of the optimum; ratio solver/greedy %.4f)%n",
                greedyFreeCount,
                meetings.length,
                greedyFreeMillis,
                100.0 * greedyFreeCount / exact.scheduled(),
                (double) exact.scheduled() / greedyFreeCount);

        // Run 2: 4 of 32 slots blocked by each participant.
        BitSet[] available = new BitSet[2 * side];
        for (int p = 0; p < available.length; p++) {
            available[p] = new BitSet();
            available[p].set(0, slots);
            int blocked = 0;
            while (blocked < 4) {
                int s = random.nextInt(slots);
                if (available[p].get(s)) {
                    available[p].clear(s);
                    blocked++;
                }
            }
        }
        SchedulingProblem limited = free.withAvailability(available).withTimeLimit(seconds * 1000L);
        t0 = System.nanoTime();
        int[] greedyLimited = MeetingScheduler.greedyFirstFit(limited, slots);
        long greedyLimitedMillis = (System.nanoTime() - t0) / 1_000_000;
        long greedyLimitedCount = MeetingScheduler.weight(limited, greedyLimited);
        ScheduleResult solved = scheduler.schedule(limited);
        check(limited, solved);
        System.out.printf(
                "run 2 (4 of 32 slots blocked each): %s by %s in %d ms; scheduled %d of %d; proven bound %d; "
                        + "%.2f %% of the bound (gap %.2f %%)%n",
                solved.status(),
                solved.method(),
                solved.millis(),
                solved.scheduled(),
                meetings.length,
                solved.weightBound(),
                100.0 * solved.weightScheduled() / solved.weightBound(),
                solved.gapPercent());
        System.out.printf(
                "run 2 greedy first-fit: %d in %d ms (%.2f %% of the bound); ratio solver/greedy %.4f%n",
                greedyLimitedCount,
                greedyLimitedMillis,
                100.0 * greedyLimitedCount / solved.weightBound(),
                (double) solved.scheduled() / greedyLimitedCount);
        var reasons = new java.util.TreeMap<String, Integer>();
        solved.unscheduled().forEach(u -> reasons.merge(u.reason().name(), 1, Integer::sum));
        System.out.println("run 2 unscheduled by reason: " + reasons);
    }

    static void check(SchedulingProblem problem, ScheduleResult result) {
        List<String> violations = MeetingScheduler.violations(problem, result.slot(), result.table());
        if (!violations.isEmpty()) {
            throw new AssertionError("invalid schedule: " + violations.subList(0, Math.min(5, violations.size())));
        }
    }

    /** Random bipartite meetings between two sides of {@code side} participants, nobody above {@code cap}. */
    static int[][] instance(Random random, int side, int count, int cap) {
        Set<Long> pairs = new HashSet<>();
        int[] degree = new int[2 * side];
        List<int[]> list = new ArrayList<>();
        while (list.size() < count) {
            int u = random.nextInt(side);
            int v = side + random.nextInt(side);
            if (degree[u] < cap && degree[v] < cap && pairs.add((long) u * 100_000 + v)) {
                degree[u]++;
                degree[v]++;
                list.add(new int[] {u, v});
            }
        }
        return list.toArray(new int[0][]);
    }

    private ScheduleBenchmark() {}
}
