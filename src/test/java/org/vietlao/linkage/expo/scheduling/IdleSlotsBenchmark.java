package org.vietlao.linkage.expo.scheduling;

import java.util.BitSet;
import java.util.Random;

/**
 * Decision 0041's measure (docs/benchmarks.md, "Expo idle slots"); a plain main, never part of the test command:
 * a medium event (300 participants, 150 a side, 1,500 accepted buyer–supplier meetings, 16 slots, 100 tables), each
 * participant blocking about 10 % of its slots. Prints the meetings placed and the idle slots of the greedy
 * first-fit baseline and of the scheduler (weight first, then the CP-SAT pass on idle slots), and the time taken.
 *
 * <pre>
 * ./mvnw -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.vietlao.linkage.expo.scheduling.IdleSlotsBenchmark [seed] [timeLimitSeconds] [workers]
 * </pre>
 */
public final class IdleSlotsBenchmark {

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261207L;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int side = 150;
        int slots = 16;
        int tables = 100;
        Random random = new Random(seed);
        int[][] meetings = ScheduleBenchmark.instance(random, side, 1500, 12);
        BitSet[] available = new BitSet[2 * side];
        for (int p = 0; p < available.length; p++) {
            available[p] = new BitSet();
            available[p].set(0, slots);
            for (int blocked = 0; blocked < 2; blocked++) {
                available[p].clear(random.nextInt(slots));
            }
        }
        SchedulingProblem problem = SchedulingProblem.of(2 * side, meetings, slots, tables, true)
                .withAvailability(available)
                .withTimeLimit(seconds * 1000L);
        MeetingScheduler scheduler = new MeetingScheduler(workers);
        System.out.printf(
                "machine: %d cores; java %s; seed %d; %d participants, %d meetings, %d slots, %d tables; CP-SAT %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                seed,
                2 * side,
                meetings.length,
                slots,
                tables,
                MeetingScheduler.solverAvailable());
        int[] greedy = MeetingScheduler.greedyFirstFit(problem, slots);
        long placedGreedy = MeetingScheduler.weight(problem, greedy);
        long t0 = System.nanoTime();
        ScheduleResult result = scheduler.schedule(problem);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
                "first fit: %d placed, %d idle slots%n", placedGreedy, MeetingScheduler.idleSlots(problem, greedy));
        System.out.printf(
                "scheduler: %d placed (bound %d, %s, %s), %d idle slots, %d ms, rule violations %d%n",
                result.scheduled(),
                result.weightBound(),
                result.status(),
                result.method(),
                MeetingScheduler.idleSlots(problem, result.slot()),
                millis,
                MeetingScheduler.violations(problem, result.slot(), result.table())
                        .size());
    }
}
