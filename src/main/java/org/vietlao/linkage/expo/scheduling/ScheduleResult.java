package org.vietlao.linkage.expo.scheduling;

import java.util.List;

/**
 * A schedule and what is proven about it.
 *
 * @param status {@link Status}
 * @param optimal whether the schedule is proven best: the most (weighted) meetings placed and, when the fewest
 *     slots were asked for, no fewer slots possible
 * @param slot per meeting, its slot (0-based) or -1 when not scheduled
 * @param table per meeting, its table (0-based) or -1
 * @param slotsUsed the highest slot used plus one
 * @param slotLowerBound max(Δ, ⌈|E|/T⌉): no schedule of every meeting uses fewer slots
 * @param scheduled meetings placed
 * @param weightScheduled total weight placed
 * @param weightBound proven upper bound on the weight any schedule can place
 * @param unscheduled the meetings not placed, with why
 * @param moved meetings placed in another slot than {@link SchedulingProblem#previous()} said
 * @param method how it was found
 * @param millis how long it took
 */
public record ScheduleResult(
        Status status,
        boolean optimal,
        int[] slot,
        int[] table,
        int slotsUsed,
        int slotLowerBound,
        int scheduled,
        long weightScheduled,
        long weightBound,
        List<Unscheduled> unscheduled,
        List<Integer> moved,
        Method method,
        long millis) {

    /**
     * OPTIMAL: every meeting placed and the schedule proven best. FEASIBLE: a valid schedule that is not proven
     * best (see the bound and the gap), or one that leaves meetings out without a proof that they cannot all
     * fit. INFEASIBLE: proven that not every meeting can be placed; the schedule is still the best partial one
     * found ({@link #optimal()} says whether it is proven maximal).
     */
    public enum Status {
        OPTIMAL,
        FEASIBLE,
        INFEASIBLE
    }

    /** How the schedule was found. */
    public enum Method {
        /** Kőnig edge colouring with equitable colour classes (exact, polynomial). */
        KONIG,
        /** The CP-SAT solver, warm-started from the greedy schedule. */
        CP_SAT,
        /**
         * Greedy (most constrained meeting first, each in the first slot that suits) followed by local repair
         * (meetings in the way move to other slots); CP-SAT found nothing better in time, was not available, or
         * the model was too large for it.
         */
        HEURISTIC
    }

    /** Why a meeting is not in the schedule. */
    public enum Reason {
        /** The two participants have no available slot in common. */
        NO_COMMON_SLOT,
        /** In every slot both have free, one of them already has another meeting. */
        PARTICIPANT_FULL,
        /** Some slot suits both, but every such slot has all its tables taken. */
        NO_TABLE
    }

    public record Unscheduled(int meeting, Reason reason) {}

    /** (bound − placed) / bound in percent; 0 when the bound is reached. */
    public double gapPercent() {
        if (weightBound <= 0) {
            return 0;
        }
        return 100.0 * (weightBound - weightScheduled) / weightBound;
    }
}
