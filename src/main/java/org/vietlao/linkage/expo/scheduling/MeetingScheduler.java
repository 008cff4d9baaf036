package org.vietlao.linkage.expo.scheduling;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules accepted meetings into slots and tables (docs/expo.md, decision 0029):
 *
 * <ol>
 *   <li>Bipartite, no availability limits, no locks, no history: Kőnig colouring with S* = max(Δ, ⌈|E|/T⌉)
 *       equitable colour classes. Exact: S* is a lower bound, so the result is optimal by construction.
 *   <li>Otherwise, with a number of slots: the greedy schedule (locked meetings first, then each meeting in the
 *       first slot both sides have free, most constrained first), then CP-SAT maximising the weighted number of
 *       meetings (and, second, keeping meetings in their previous slot), warm-started from the greedy schedule and
 *       stopped at the time limit; the solver's proven bound gives the gap.
 *   <li>Otherwise, the fewest slots: from the lower bound upwards, CP-SAT decides whether every meeting fits,
 *       until one fits or the time is up (then the greedy schedule, not proven minimal).
 * </ol>
 *
 * Tables are assigned within each slot afterwards: locked meetings keep their table, a participant keeps the
 * table of its previous meeting where it is free.
 */
public final class MeetingScheduler {

    private static final Logger log = LoggerFactory.getLogger(MeetingScheduler.class);

    private static volatile Boolean nativeLoaded;

    private final int workers;

    public MeetingScheduler() {
        this(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    public MeetingScheduler(int workers) {
        this.workers = workers;
    }

    /** Whether CP-SAT's native library loads on this machine; without it only the greedy schedule is offered. */
    public static boolean solverAvailable() {
        if (nativeLoaded == null) {
            synchronized (MeetingScheduler.class) {
                if (nativeLoaded == null) {
                    try {
                        Loader.loadNativeLibraries();
                        nativeLoaded = true;
                    } catch (RuntimeException | LinkageError e) {
                        log.warn(
                                "CP-SAT native library not available; scheduling falls back to greedy: {}",
                                e.toString());
                        nativeLoaded = false;
                    }
                }
            }
        }
        return nativeLoaded;
    }

    public ScheduleResult schedule(SchedulingProblem problem) {
        long start = System.nanoTime();
        long deadline = start + problem.timeLimitMillis() * 1_000_000L;
        int lowerBound = problem.slotLowerBound();
        Attempt attempt;
        if (problem.meetingCount() == 0) {
            attempt = new Attempt(new int[0], ScheduleResult.Method.KONIG, true, 0);
        } else if (problem.bipartite()
                && !problem.limitsAvailability()
                && !problem.hasLocks()
                && problem.previous() == null
                && (problem.slots() == 0 || problem.slots() >= lowerBound)) {
            int[] slot =
                    EdgeColouring.bipartite(problem.participants(), problem.meetings(), lowerBound, problem.tables());
            attempt = new Attempt(slot, ScheduleResult.Method.KONIG, true, totalWeight(problem));
        } else if (problem.slots() > 0) {
            attempt = fixedSlots(problem, problem.slots(), deadline);
            attempt = withFewerIdleSlots(problem, problem.slots(), attempt, deadline);
        } else {
            attempt = fewestSlots(problem, lowerBound, deadline);
        }
        return result(problem, attempt, lowerBound, (System.nanoTime() - start) / 1_000_000L);
    }

    /** Whether the participants split into two sides with every meeting across (no odd cycle). */
    public static boolean isBipartite(SchedulingProblem problem) {
        return Bounds.sides(problem) != null;
    }

    /**
     * Whether the scheduler's participant × slot tables stay within {@code maxCells}: the Kőnig case needs none of
     * them; the others need participants × slots (for the fewest slots, × the greedy horizon).
     */
    public static boolean fitsInMemory(SchedulingProblem problem, long maxCells) {
        boolean konig = problem.bipartite()
                && !problem.limitsAvailability()
                && !problem.hasLocks()
                && problem.previous() == null;
        if (konig && (problem.slots() == 0 || problem.slots() >= problem.slotLowerBound())) {
            return true;
        }
        long slots = problem.slots() > 0 ? problem.slots() : horizon(problem);
        return (long) problem.participants() * slots <= maxCells;
    }

    /** The greedy first-fit baseline: each meeting, in the given order, in the first slot both sides have free. */
    public static int[] greedyFirstFit(SchedulingProblem problem, int slots) {
        return greedy(problem, slots, IntStream.range(0, problem.meetingCount()).toArray());
    }

    /** What a solution attempt produced: the slots and what is proven about them. */
    private record Attempt(int[] slot, ScheduleResult.Method method, boolean provenOptimal, long weightBound) {}

    private Attempt fixedSlots(SchedulingProblem problem, int slots, long deadline) {
        int[] schedule = greedy(problem, slots, constrainedOrder(problem, slots));
        long bound = weightBound(problem, slots);
        if (weight(problem, schedule) == bound) {
            return new Attempt(schedule, ScheduleResult.Method.HEURISTIC, true, bound);
        }
        boolean solver = solverAvailable() && variables(problem, slots) <= CP_SAT_MAX_VARIABLES;
        long now = System.nanoTime();
        // Local repair first: all the time when CP-SAT will not run, a third of it when it will.
        Improvement.improve(problem, slots, schedule, solver ? now + (deadline - now) / 3 : deadline);
        if (weight(problem, schedule) == bound || !solver) {
            return new Attempt(schedule, ScheduleResult.Method.HEURISTIC, weight(problem, schedule) == bound, bound);
        }
        long remaining = (deadline - System.nanoTime()) / 1_000_000L;
        if (remaining < 50) {
            return new Attempt(schedule, ScheduleResult.Method.HEURISTIC, false, bound);
        }
        Solved solved = solve(problem, slots, schedule, false, remaining);
        long proven = Math.min(bound, solved.weightBound);
        if (solved.slot == null || weight(problem, solved.slot) < weight(problem, schedule)) {
            return new Attempt(schedule, ScheduleResult.Method.HEURISTIC, weight(problem, schedule) == proven, proven);
        }
        return new Attempt(solved.slot, ScheduleResult.Method.CP_SAT, solved.optimal, proven);
    }

    /**
     * The second objective: with the same meetings placed (so the same weight) and at least as many kept in
     * their previous slot, CP-SAT moves meetings so that participants wait fewer slots between their first and last
     * meeting. Slots are numbered across days and breaks are not slots, so only empty slots between two meetings
     * count. Half the time left is spent on it; the schedule changes only when the solver finds fewer idle slots.
     */
    private Attempt withFewerIdleSlots(SchedulingProblem problem, int slots, Attempt attempt, long deadline) {
        if (attempt.slot().length == 0
                || !fitsInMemory(problem, 50_000_000L)
                || idleSlots(problem, attempt.slot()) == 0) {
            return attempt;
        }
        long now = System.nanoTime();
        long halfLeft = now + (deadline - now) / 2;
        int[] compact = attempt.slot().clone();
        shortenWaits(problem, slots, compact, halfLeft);
        long remaining = (halfLeft - System.nanoTime()) / 1_000_000L;
        if (remaining >= 50
                && solverAvailable()
                && variables(problem, slots) <= CP_SAT_IDLE_MAX_VARIABLES
                && idleSlots(problem, compact) > 0) {
            int[] solved = compact(problem, slots, compact, remaining);
            if (solved != null && idleSlots(problem, solved) < idleSlots(problem, compact)) {
                compact = solved;
            }
        }
        if (idleSlots(problem, compact) >= idleSlots(problem, attempt.slot())) {
            return attempt;
        }
        return new Attempt(compact, attempt.method(), attempt.provenOptimal(), attempt.weightBound());
    }

    /**
     * CP-SAT gets the idle-slot model only up to this many meeting-slot variables: on two cores it found no solution
     * in 5 s for 21,000 (docs/benchmarks.md, "Expo idle slots"), where the moves of {@link #shortenWaits} already
     * help.
     */
    static final long CP_SAT_IDLE_MAX_VARIABLES = 5_000;

    /**
     * Moves single meetings to another slot both sides have free (a table left there, no lock, not away from the
     * slot it already had) whenever that shortens the two participants' waits, until no move helps or time is up.
     */
    static void shortenWaits(SchedulingProblem problem, int slots, int[] slot, long deadline) {
        int participants = problem.participants();
        boolean[] busy = new boolean[participants * slots];
        int[] used = new int[slots];
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] >= 0) {
                busy[problem.meetings()[e][0] * slots + slot[e]] = true;
                busy[problem.meetings()[e][1] * slots + slot[e]] = true;
                used[slot[e]]++;
            }
        }
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            for (int e = 0; e < slot.length; e++) {
                int from = slot[e];
                if (from < 0 || problem.lockedSlot(e) >= 0 || problem.previousSlot(e) == from) {
                    continue;
                }
                int u = problem.meetings()[e][0];
                int v = problem.meetings()[e][1];
                int before = wait(busy, u, slots) + wait(busy, v, slots);
                int best = -1;
                int bestWait = before;
                for (int to : allowedSlots(problem, e, slots)) {
                    if (to == from || used[to] >= problem.tables() || busy[u * slots + to] || busy[v * slots + to]) {
                        continue;
                    }
                    move(busy, slots, u, v, from, to);
                    int after = wait(busy, u, slots) + wait(busy, v, slots);
                    move(busy, slots, u, v, to, from);
                    if (after < bestWait) {
                        bestWait = after;
                        best = to;
                    }
                }
                if (best >= 0) {
                    move(busy, slots, u, v, from, best);
                    used[from]--;
                    used[best]++;
                    slot[e] = best;
                    improved = true;
                }
            }
        }
    }

    private static void move(boolean[] busy, int slots, int u, int v, int from, int to) {
        busy[u * slots + from] = false;
        busy[v * slots + from] = false;
        busy[u * slots + to] = true;
        busy[v * slots + to] = true;
    }

    /** A participant's empty slots between its first and last meeting. */
    private static int wait(boolean[] busy, int p, int slots) {
        int first = -1;
        int last = -1;
        int count = 0;
        for (int s = 0; s < slots; s++) {
            if (busy[p * slots + s]) {
                if (first < 0) {
                    first = s;
                }
                last = s;
                count++;
            }
        }
        return count == 0 ? 0 : last - first + 1 - count;
    }

    /** Empty slots between each participant's first and last meeting, summed over the participants. */
    public static int idleSlots(SchedulingProblem problem, int[] slot) {
        int[] first = new int[problem.participants()];
        int[] last = new int[problem.participants()];
        int[] count = new int[problem.participants()];
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, -1);
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] < 0) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                int p = problem.meetings()[e][side];
                first[p] = Math.min(first[p], slot[e]);
                last[p] = Math.max(last[p], slot[e]);
                count[p]++;
            }
        }
        int idle = 0;
        for (int p = 0; p < problem.participants(); p++) {
            if (count[p] > 0) {
                idle += last[p] - first[p] + 1 - count[p];
            }
        }
        return idle;
    }

    /** CP-SAT over the incumbent's placed meetings, minimising the participants' spans; null if nothing in time. */
    private int[] compact(SchedulingProblem problem, int slots, int[] incumbent, long millis) {
        int n = problem.meetingCount();
        CpModel model = new CpModel();
        List<List<BoolVar>> byParticipantSlot = new ArrayList<>(problem.participants() * slots);
        for (int i = 0; i < problem.participants() * slots; i++) {
            byParticipantSlot.add(null);
        }
        List<List<BoolVar>> bySlot = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            bySlot.add(new ArrayList<>());
        }
        IntVar[] first = new IntVar[problem.participants()];
        IntVar[] last = new IntVar[problem.participants()];
        List<BoolVar> keptVars = new ArrayList<>();
        int kept = 0;
        BoolVar[][] x = new BoolVar[n][];
        for (int e = 0; e < n; e++) {
            x[e] = new BoolVar[slots];
            if (incumbent[e] < 0) {
                continue; // the same meetings stay out: the weight does not change
            }
            int[] pair = problem.meetings()[e];
            for (int p : pair) {
                if (first[p] == null) {
                    first[p] = model.newIntVar(0, slots - 1, "");
                    last[p] = model.newIntVar(0, slots - 1, "");
                    model.addLessOrEqual(first[p], last[p]);
                }
            }
            List<BoolVar> own = new ArrayList<>();
            for (int s : allowedSlots(problem, e, slots)) {
                BoolVar var = model.newBoolVar("");
                x[e][s] = var;
                own.add(var);
                bySlot.get(s).add(var);
                for (int p : pair) {
                    add(byParticipantSlot, p * slots + s, var);
                    model.addLessOrEqual(first[p], s).onlyEnforceIf(var);
                    model.addGreaterOrEqual(last[p], s).onlyEnforceIf(var);
                }
            }
            model.addExactlyOne(own.toArray(new Literal[0]));
            int previous = problem.previousSlot(e);
            if (previous >= 0 && previous < slots && x[e][previous] != null) {
                keptVars.add(x[e][previous]);
                if (incumbent[e] == previous) {
                    kept++;
                }
            }
        }
        for (List<BoolVar> vars : byParticipantSlot) {
            if (vars != null && vars.size() > 1) {
                model.addAtMostOne(vars.toArray(new Literal[0]));
            }
        }
        for (List<BoolVar> vars : bySlot) {
            if (vars.size() > problem.tables()) {
                model.addLessOrEqual(LinearExpr.sum(vars.toArray(new BoolVar[0])), problem.tables());
            }
        }
        if (kept > 0) {
            // No more meetings moved than in the incumbent: stability ranks before idle slots (decision 0041).
            model.addGreaterOrEqual(LinearExpr.sum(keptVars.toArray(new BoolVar[0])), kept);
        }
        List<IntVar> spans = new ArrayList<>();
        List<Long> signs = new ArrayList<>();
        for (int p = 0; p < problem.participants(); p++) {
            if (first[p] != null) {
                spans.add(last[p]);
                signs.add(1L);
                spans.add(first[p]);
                signs.add(-1L);
            }
        }
        model.minimize(LinearExpr.weightedSum(
                spans.toArray(new IntVar[0]),
                signs.stream().mapToLong(Long::longValue).toArray()));
        // The incumbent as a complete hint: every literal and every participant's first and last slot.
        int[] firstSlot = new int[problem.participants()];
        int[] lastSlot = new int[problem.participants()];
        Arrays.fill(firstSlot, Integer.MAX_VALUE);
        Arrays.fill(lastSlot, -1);
        for (int e = 0; e < n; e++) {
            if (incumbent[e] < 0) {
                continue;
            }
            for (int s = 0; s < slots; s++) {
                if (x[e][s] != null) {
                    model.addHint(x[e][s], s == incumbent[e] ? 1 : 0);
                }
            }
            for (int p : problem.meetings()[e]) {
                firstSlot[p] = Math.min(firstSlot[p], incumbent[e]);
                lastSlot[p] = Math.max(lastSlot[p], incumbent[e]);
            }
        }
        for (int p = 0; p < problem.participants(); p++) {
            if (first[p] != null) {
                model.addHint(first[p], firstSlot[p]);
                model.addHint(last[p], lastSlot[p]);
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, millis / 1000.0));
        CpSolverStatus status = solver.solve(model);
        log.debug(
                "CP-SAT idle slots: {} meetings, {} slots, {} after {} s, objective {}, bound {}",
                n,
                slots,
                status,
                solver.wallTime(),
                status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE ? solver.objectiveValue() : "-",
                solver.bestObjectiveBound());

        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        for (int e = 0; e < n; e++) {
            for (int s = 0; s < slots; s++) {
                if (x[e][s] != null && solver.booleanValue(x[e][s])) {
                    slot[e] = s;
                }
            }
        }
        return slot;
    }

    /**
     * CP-SAT gets the model only up to this many meeting-slot variables: beyond it, building and presolving the
     * model alone takes longer than the time limits the platform offers on two cores (docs/benchmarks.md), and
     * the local repair with the flow bound does better.
     */
    static final long CP_SAT_MAX_VARIABLES = 150_000;

    private static long variables(SchedulingProblem problem, int slots) {
        long count = 0;
        for (int e = 0; e < problem.meetingCount(); e++) {
            count += allowedSlots(problem, e, slots).length;
        }
        return count;
    }

    /** The best bound known without a solver: the simple one, and the flow bound when every weight is equal. */
    private static long weightBound(SchedulingProblem problem, int slots) {
        long simple = simpleWeightBound(problem, slots);
        int[] weights = problem.weights();
        if (weights == null || Arrays.stream(weights).allMatch(w -> w == weights[0])) {
            long w = weights == null || weights.length == 0 ? 1 : weights[0];
            return Math.min(simple, w * Bounds.meetings(problem, slots));
        }
        return simple;
    }

    private Attempt fewestSlots(SchedulingProblem problem, int lowerBound, long deadline) {
        int horizon = Math.max(lowerBound, horizon(problem));
        int[] greedy = greedy(problem, horizon, constrainedOrder(problem, horizon));
        int greedySlots = slotsUsed(greedy);
        long placeable = simpleWeightBound(problem, horizon);
        boolean allPlaced = weight(problem, greedy) == placeable;
        int from = Math.max(lowerBound, maxLocked(problem) + 1);
        if (allPlaced && greedySlots <= from) {
            return new Attempt(greedy, ScheduleResult.Method.HEURISTIC, true, placeable);
        }
        if (!solverAvailable()) {
            return new Attempt(greedy, ScheduleResult.Method.HEURISTIC, false, placeable);
        }
        // Meetings that cannot be placed in any number of slots (no common slot) are left out of "every meeting".
        boolean everySmallerProvenImpossible = true;
        int upTo = allPlaced ? greedySlots - 1 : horizon;
        for (int k = from; k <= upTo; k++) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000L;
            if (remaining < 50) {
                break;
            }
            if (someMeetingNeedsMoreSlots(problem, k, horizon)) {
                continue; // proven: a meeting's common slots all lie beyond k
            }
            Solved solved = solve(problem, k, null, true, remaining);
            if (solved.slot != null && weight(problem, solved.slot) == placeable) {
                return new Attempt(solved.slot, ScheduleResult.Method.CP_SAT, everySmallerProvenImpossible, placeable);
            }
            if (!solved.provenInfeasible) {
                everySmallerProvenImpossible = false;
            }
        }
        return new Attempt(
                greedy, ScheduleResult.Method.HEURISTIC, allPlaced && everySmallerProvenImpossible, placeable);
    }

    private static boolean someMeetingNeedsMoreSlots(SchedulingProblem problem, int k, int horizon) {
        for (int e = 0; e < problem.meetingCount(); e++) {
            if (allowedSlots(problem, e, k).length == 0 && allowedSlots(problem, e, horizon).length > 0) {
                return true;
            }
        }
        return false;
    }

    private record Solved(int[] slot, boolean optimal, boolean provenInfeasible, long weightBound) {}

    /**
     * CP-SAT over x[e][s]. With {@code placeAll}, every meeting that has a common slot must be placed (a
     * feasibility question); otherwise the weighted number placed is maximised, then the number kept in its
     * previous slot.
     */
    private Solved solve(SchedulingProblem problem, int slots, int[] hint, boolean placeAll, long millis) {
        long built = System.nanoTime();
        int n = problem.meetingCount();
        CpModel model = new CpModel();
        List<List<BoolVar>> byParticipantSlot = new ArrayList<>(problem.participants() * slots);
        for (int i = 0; i < problem.participants() * slots; i++) {
            byParticipantSlot.add(null);
        }
        List<List<BoolVar>> bySlot = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            bySlot.add(new ArrayList<>());
        }
        BoolVar[][] x = new BoolVar[n][];
        int kept = 0;
        for (int e = 0; e < n; e++) {
            int u = problem.meetings()[e][0];
            int v = problem.meetings()[e][1];
            int[] allowed = allowedSlots(problem, e, slots);
            x[e] = new BoolVar[slots];
            List<BoolVar> own = new ArrayList<>(allowed.length);
            for (int s : allowed) {
                BoolVar var = model.newBoolVar("");
                x[e][s] = var;
                own.add(var);
                bySlot.get(s).add(var);
                add(byParticipantSlot, u * slots + s, var);
                add(byParticipantSlot, v * slots + s, var);
            }
            if (own.isEmpty()) {
                continue;
            }
            if (problem.lockedSlot(e) >= 0) {
                model.addExactlyOne(own.toArray(new Literal[0]));
            } else if (placeAll) {
                model.addExactlyOne(own.toArray(new Literal[0]));
            } else {
                model.addAtMostOne(own.toArray(new Literal[0]));
            }
            if (problem.previousSlot(e) >= 0
                    && problem.previousSlot(e) < slots
                    && x[e][problem.previousSlot(e)] != null) {
                kept++;
            }
        }
        for (List<BoolVar> vars : byParticipantSlot) {
            if (vars != null && vars.size() > 1) {
                model.addAtMostOne(vars.toArray(new Literal[0]));
            }
        }
        for (List<BoolVar> vars : bySlot) {
            if (vars.size() > problem.tables()) {
                model.addLessOrEqual(LinearExpr.sum(vars.toArray(new BoolVar[0])), problem.tables());
            }
        }
        long scale = kept + 1L;
        if (!placeAll) {
            List<BoolVar> vars = new ArrayList<>();
            List<Long> coefficients = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                for (int s = 0; s < slots; s++) {
                    if (x[e][s] != null) {
                        vars.add(x[e][s]);
                        long c = scale * problem.weight(e) + (problem.previousSlot(e) == s ? 1 : 0);
                        coefficients.add(c);
                    }
                }
            }
            model.maximize(LinearExpr.weightedSum(
                    vars.toArray(new BoolVar[0]),
                    coefficients.stream().mapToLong(Long::longValue).toArray()));
        }
        if (hint != null) {
            for (int e = 0; e < n; e++) {
                if (hint[e] >= 0 && x[e][hint[e]] != null) {
                    model.addHint(x[e][hint[e]], 1);
                }
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers);
        long buildMillis = (System.nanoTime() - built) / 1_000_000L;
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, (millis - buildMillis) / 1000.0));
        CpSolverStatus status = solver.solve(model);
        log.debug(
                "CP-SAT: {} meetings, {} slots, model built in {} ms, {} after {} s, objective {}, bound {}",
                n,
                slots,
                buildMillis,
                status,
                solver.wallTime(),
                status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE ? solver.objectiveValue() : "-",
                solver.bestObjectiveBound());
        if (status == CpSolverStatus.INFEASIBLE) {
            return new Solved(null, false, true, 0);
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            // No solution in time: its objective bound is not trusted (it may be the hint's own value).
            return new Solved(null, false, false, Long.MAX_VALUE);
        }
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        for (int e = 0; e < n; e++) {
            for (int s = 0; s < slots; s++) {
                if (x[e][s] != null && solver.booleanValue(x[e][s])) {
                    slot[e] = s;
                }
            }
        }
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        long bound = placeAll ? weight(problem, slot) : boundOf(solver, scale, status);
        return new Solved(slot, optimal, false, bound);
    }

    private static long boundOf(CpSolver solver, long scale, CpSolverStatus status) {
        double objectiveBound = solver.bestObjectiveBound();
        if (Double.isInfinite(objectiveBound) || Double.isNaN(objectiveBound)) {
            return Long.MAX_VALUE;
        }
        // objective = scale·weight + kept, kept < scale: weight ≤ ⌊bound / scale⌋.
        return (long) Math.floor((objectiveBound + 1e-6) / scale);
    }

    private static void add(List<List<BoolVar>> lists, int index, BoolVar var) {
        List<BoolVar> list = lists.get(index);
        if (list == null) {
            list = new ArrayList<>(4);
            lists.set(index, list);
        }
        list.add(var);
    }

    /** The slots meeting e may take: its locked slot, or those both sides have free. */
    static int[] allowedSlots(SchedulingProblem problem, int e, int slots) {
        int locked = problem.lockedSlot(e);
        if (locked >= 0) {
            return locked < slots ? new int[] {locked} : new int[0];
        }
        int u = problem.meetings()[e][0];
        int v = problem.meetings()[e][1];
        return IntStream.range(0, slots)
                .filter(s -> problem.available(u, s) && problem.available(v, s))
                .toArray();
    }

    /** Locked meetings first, then the meetings with the fewest allowed slots, heavier first among equals. */
    private static int[] constrainedOrder(SchedulingProblem problem, int slots) {
        int n = problem.meetingCount();
        int[] allowed = new int[n];
        int[] degree = problem.degrees();
        for (int e = 0; e < n; e++) {
            allowed[e] = problem.lockedSlot(e) >= 0 ? -1 : allowedSlots(problem, e, slots).length;
        }
        return IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(e -> allowed[e])
                        .thenComparing(e -> -problem.weight(e))
                        .thenComparing(e -> -(degree[problem.meetings()[e][0]] + degree[problem.meetings()[e][1]])))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int[] greedy(SchedulingProblem problem, int slots, int[] order) {
        int n = problem.meetingCount();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        boolean[] busy = new boolean[problem.participants() * slots];
        int[] used = new int[slots];
        for (int pass = 0; pass < 3; pass++) {
            for (int e : order) {
                boolean lockedMeeting = problem.lockedSlot(e) >= 0;
                if (slot[e] >= 0 || (pass == 0) != lockedMeeting) {
                    continue;
                }
                int u = problem.meetings()[e][0];
                int v = problem.meetings()[e][1];
                int previous = problem.previousSlot(e);
                if (pass == 1 && previous < 0) {
                    continue;
                }
                for (int s : pass == 1 ? new int[] {previous} : allowedSlots(problem, e, slots)) {
                    if (s < slots
                            && problem.available(u, s)
                            && problem.available(v, s)
                            && !busy[u * slots + s]
                            && !busy[v * slots + s]
                            && used[s] < problem.tables()) {
                        slot[e] = s;
                        busy[u * slots + s] = true;
                        busy[v * slots + s] = true;
                        used[s]++;
                        break;
                    }
                }
            }
        }
        return slot;
    }

    /** Enough slots for the greedy schedule to place every meeting that has a common slot. */
    private static int horizon(SchedulingProblem problem) {
        int horizon = 2 * Math.max(1, problem.maxDegree()) + problem.meetingCount() / Math.max(1, problem.tables()) + 1;
        horizon = Math.max(horizon, maxLocked(problem) + 1);
        if (problem.availability() != null) {
            for (var available : problem.availability()) {
                if (available != null) {
                    horizon = Math.max(horizon, available.length());
                }
            }
        }
        return horizon;
    }

    private static int maxLocked(SchedulingProblem problem) {
        return problem.locked() == null
                ? -1
                : Arrays.stream(problem.locked()).max().orElse(-1);
    }

    /**
     * An upper bound on the weight any schedule places: only meetings with an allowed slot, at most slots·T of
     * them (the heaviest), and no participant in more meetings than its available slots.
     */
    private static long simpleWeightBound(SchedulingProblem problem, int slots) {
        int n = problem.meetingCount();
        List<Integer> placeable = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            if (allowedSlots(problem, e, slots).length > 0) {
                placeable.add(e);
            }
        }
        placeable.sort(Comparator.comparingInt(e -> -problem.weight(e)));
        long capacity = (long) slots * problem.tables();
        long bound = 0;
        for (int i = 0; i < placeable.size() && i < capacity; i++) {
            bound += problem.weight(placeable.get(i));
        }
        return bound;
    }

    private static long totalWeight(SchedulingProblem problem) {
        long total = 0;
        for (int e = 0; e < problem.meetingCount(); e++) {
            total += problem.weight(e);
        }
        return total;
    }

    static long weight(SchedulingProblem problem, int[] slot) {
        long total = 0;
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] >= 0) {
                total += problem.weight(e);
            }
        }
        return total;
    }

    static int slotsUsed(int[] slot) {
        return Arrays.stream(slot).max().orElse(-1) + 1;
    }

    private static ScheduleResult result(SchedulingProblem problem, Attempt attempt, int lowerBound, long millis) {
        int[] slot = attempt.slot();
        int[] table = tables(problem, slot);
        int scheduled = (int) Arrays.stream(slot).filter(s -> s >= 0).count();
        long weight = weight(problem, slot);
        long total = totalWeight(problem);
        // A bound below what was placed would be a contradiction: fall back to the total, never claim a proof.
        long bound = attempt.weightBound() >= weight ? Math.min(total, attempt.weightBound()) : total;
        boolean allPlaced = scheduled == problem.meetingCount();
        boolean optimal = attempt.provenOptimal() || (weight == bound && problem.slots() > 0);
        ScheduleResult.Status status;
        if (allPlaced) {
            status = optimal ? ScheduleResult.Status.OPTIMAL : ScheduleResult.Status.FEASIBLE;
        } else {
            status = bound < total ? ScheduleResult.Status.INFEASIBLE : ScheduleResult.Status.FEASIBLE;
        }
        int slots = problem.slots() > 0 ? problem.slots() : Math.max(slotsUsed(slot), horizon(problem));
        List<ScheduleResult.Unscheduled> unscheduled = unscheduled(problem, slot, slots);
        List<Integer> moved = new ArrayList<>();
        for (int e = 0; e < slot.length; e++) {
            if (problem.previousSlot(e) >= 0 && slot[e] != problem.previousSlot(e)) {
                moved.add(e);
            }
        }
        return new ScheduleResult(
                status,
                optimal,
                slot,
                table,
                slotsUsed(slot),
                lowerBound,
                scheduled,
                weight,
                bound,
                unscheduled,
                moved,
                attempt.method(),
                millis);
    }

    /** Tables within each slot: a locked table stays, a participant keeps the table of its last meeting if free. */
    static int[] tables(SchedulingProblem problem, int[] slot) {
        int n = slot.length;
        int[] table = new int[n];
        Arrays.fill(table, -1);
        int slots = slotsUsed(slot);
        boolean[][] taken = new boolean[slots][];
        for (int s = 0; s < slots; s++) {
            taken[s] = new boolean[problem.tables()];
        }
        if (problem.lockedTable() != null) {
            for (int e = 0; e < n; e++) {
                int t = problem.lockedTable()[e];
                if (slot[e] >= 0
                        && slot[e] == problem.lockedSlot(e)
                        && t >= 0
                        && t < problem.tables()
                        && !taken[slot[e]][t]) {
                    table[e] = t;
                    taken[slot[e]][t] = true;
                }
            }
        }
        Integer[] bySlot = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(bySlot, Comparator.comparingInt(e -> slot[e]));
        int[] lastTable = new int[problem.participants()];
        Arrays.fill(lastTable, -1);
        for (int e : bySlot) {
            int s = slot[e];
            if (s < 0) {
                continue;
            }
            int host = problem.meetings()[e][0];
            if (table[e] < 0) {
                int preferred = lastTable[host];
                if (preferred >= 0 && !taken[s][preferred]) {
                    table[e] = preferred;
                } else {
                    int t = 0;
                    while (taken[s][t]) {
                        t++;
                    }
                    table[e] = t;
                }
                taken[s][table[e]] = true;
            }
            lastTable[host] = table[e];
        }
        return table;
    }

    private static List<ScheduleResult.Unscheduled> unscheduled(SchedulingProblem problem, int[] slot, int slots) {
        List<ScheduleResult.Unscheduled> list = new ArrayList<>();
        boolean[] busy = new boolean[problem.participants() * slots];
        int[] used = new int[slots];
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] >= 0 && slot[e] < slots) {
                busy[problem.meetings()[e][0] * slots + slot[e]] = true;
                busy[problem.meetings()[e][1] * slots + slot[e]] = true;
                used[slot[e]]++;
            }
        }
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] >= 0) {
                continue;
            }
            int u = problem.meetings()[e][0];
            int v = problem.meetings()[e][1];
            int[] allowed = allowedSlots(problem, e, slots);
            ScheduleResult.Reason reason;
            if (allowed.length == 0) {
                reason = ScheduleResult.Reason.NO_COMMON_SLOT;
            } else if (Arrays.stream(allowed).allMatch(s -> busy[u * slots + s] || busy[v * slots + s])) {
                reason = ScheduleResult.Reason.PARTICIPANT_FULL;
            } else {
                reason = ScheduleResult.Reason.NO_TABLE;
            }
            list.add(new ScheduleResult.Unscheduled(e, reason));
        }
        return list;
    }

    /**
     * What is wrong with a schedule, in words; empty when it keeps the three rules (no participant twice in a
     * slot, both available, no more meetings in a slot than tables, each table once per slot) and every lock.
     */
    public static List<String> violations(SchedulingProblem problem, int[] slot, int[] table) {
        List<String> violations = new ArrayList<>();
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        java.util.Map<Long, Integer> tableSeen = new java.util.HashMap<>();
        int[] perSlot = new int[Math.max(1, slotsUsed(slot))];
        for (int e = 0; e < slot.length; e++) {
            int s = slot[e];
            if (s < 0) {
                continue;
            }
            if (problem.slots() > 0 && s >= problem.slots()) {
                violations.add("meeting " + e + " in slot " + s + " beyond the last slot");
            }
            for (int p : problem.meetings()[e]) {
                Integer other = seen.put(((long) p << 32) | s, e);
                if (other != null) {
                    violations.add("participant " + p + " in meetings " + other + " and " + e + " in slot " + s);
                }
                // A locked meeting stays where the organiser put it, even in a slot blocked afterwards.
                if (!problem.available(p, s) && problem.lockedSlot(e) != s) {
                    violations.add("participant " + p + " not available in slot " + s + " (meeting " + e + ")");
                }
            }
            perSlot[s]++;
            if (table[e] < 0 || table[e] >= problem.tables()) {
                violations.add("meeting " + e + " at table " + table[e] + " of " + problem.tables());
            } else if (tableSeen.put(((long) table[e] << 32) | s, e) != null) {
                violations.add("table " + table[e] + " twice in slot " + s);
            }
            if (problem.lockedSlot(e) >= 0 && problem.lockedSlot(e) != s) {
                violations.add("locked meeting " + e + " moved from slot " + problem.lockedSlot(e) + " to " + s);
            }
        }
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] < 0 && problem.lockedSlot(e) >= 0) {
                violations.add("locked meeting " + e + " dropped");
            }
        }
        for (int s = 0; s < perSlot.length; s++) {
            if (perSlot[s] > problem.tables()) {
                violations.add("slot " + s + " holds " + perSlot[s] + " meetings for " + problem.tables() + " tables");
            }
        }
        return violations;
    }
}
