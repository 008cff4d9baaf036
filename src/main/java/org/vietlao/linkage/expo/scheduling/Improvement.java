package org.vietlao.linkage.expo.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Local repair of a schedule: an unscheduled meeting takes a slot both sides may use after the meetings in its way
 * (one of either side's, or one more to free a table) move to another slot where they fit. Only adds meetings,
 * never drops one, never moves a locked one.
 */
final class Improvement {

    private final SchedulingProblem problem;
    private final int slots;
    private final int[] slot;
    private final int[] busy;
    private final List<List<Integer>> inSlot;

    private Improvement(SchedulingProblem problem, int slots, int[] slot) {
        this.problem = problem;
        this.slots = slots;
        this.slot = slot;
        this.busy = new int[problem.participants() * slots];
        Arrays.fill(busy, -1);
        this.inSlot = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            inSlot.add(new ArrayList<>());
        }
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] >= 0) {
                place(e, slot[e]);
            }
        }
    }

    /** Improves {@code slot} in place until no move helps or the deadline ({@link System#nanoTime()}) passes. */
    static void improve(SchedulingProblem problem, int slots, int[] slot, long deadline) {
        Improvement improvement = new Improvement(problem, slots, slot);
        boolean changed = true;
        while (changed && System.nanoTime() < deadline) {
            changed = false;
            for (int e = 0; e < slot.length && System.nanoTime() < deadline; e++) {
                if (slot[e] < 0 && improvement.insert(e)) {
                    changed = true;
                }
            }
        }
    }

    private boolean insert(int e) {
        int u = problem.meetings()[e][0];
        int v = problem.meetings()[e][1];
        for (int s : MeetingScheduler.allowedSlots(problem, e, slots)) {
            List<Integer> inTheWay = new ArrayList<>(2);
            if (busy[u * slots + s] >= 0) {
                inTheWay.add(busy[u * slots + s]);
            }
            if (busy[v * slots + s] >= 0) {
                inTheWay.add(busy[v * slots + s]);
            }
            if (inTheWay.stream().anyMatch(f -> problem.lockedSlot(f) >= 0)) {
                continue;
            }
            int[] target = new int[inTheWay.size()];
            boolean movable = true;
            for (int i = 0; i < inTheWay.size() && movable; i++) {
                target[i] = freeSlotFor(inTheWay.get(i), s, target, i);
                movable = target[i] >= 0;
            }
            if (!movable) {
                continue;
            }
            for (int i = 0; i < inTheWay.size(); i++) {
                move(inTheWay.get(i), target[i]);
            }
            if (inSlot.get(s).size() >= problem.tables() && !freeATable(s, u, v)) {
                // Undo: put the moved meetings back.
                for (int i = 0; i < inTheWay.size(); i++) {
                    move(inTheWay.get(i), s);
                }
                continue;
            }
            place(e, s);
            return true;
        }
        return false;
    }

    /** Moves some other meeting of slot s to a slot where it fits, to free a table. */
    private boolean freeATable(int s, int u, int v) {
        for (int f : new ArrayList<>(inSlot.get(s))) {
            if (problem.lockedSlot(f) >= 0) {
                continue;
            }
            int target = freeSlotFor(f, s, new int[0], 0);
            if (target >= 0) {
                move(f, target);
                return true;
            }
        }
        return false;
    }

    /** A slot other than {@code not} (and not one of {@code taken[0..n)}) where f fits as things stand. */
    private int freeSlotFor(int f, int not, int[] taken, int n) {
        int a = problem.meetings()[f][0];
        int b = problem.meetings()[f][1];
        for (int t : MeetingScheduler.allowedSlots(problem, f, slots)) {
            if (t == not || busy[a * slots + t] >= 0 || busy[b * slots + t] >= 0) {
                continue;
            }
            int extra = 0;
            for (int i = 0; i < n; i++) {
                if (taken[i] == t) {
                    extra++;
                }
            }
            if (inSlot.get(t).size() + extra < problem.tables()) {
                // Two meetings in the way (one of each side) never share a participant, but they must not go to
                // the same slot if they share the other side's participant either: rare, so refuse.
                if (extra > 0) {
                    continue;
                }
                return t;
            }
        }
        return -1;
    }

    private void place(int e, int s) {
        slot[e] = s;
        busy[problem.meetings()[e][0] * slots + s] = e;
        busy[problem.meetings()[e][1] * slots + s] = e;
        inSlot.get(s).add(e);
    }

    private void remove(int e) {
        int s = slot[e];
        busy[problem.meetings()[e][0] * slots + s] = -1;
        busy[problem.meetings()[e][1] * slots + s] = -1;
        inSlot.get(s).remove(Integer.valueOf(e));
        slot[e] = -1;
    }

    private void move(int e, int s) {
        remove(e);
        place(e, s);
    }
}
