package org.vietlao.linkage.expo.scheduling;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Upper bounds on how many meetings any schedule places, with a fixed number of slots. Each is a relaxation of
 * the model, so it holds for every schedule:
 *
 * <ul>
 *   <li>only meetings with an allowed slot, at most slots·T of them;
 *   <li>no participant in more meetings than its allowed slots: a degree-constrained subgraph. On a bipartite graph
 *       the largest one is a maximum flow (source → side A with capacity |A(p)|, one unit per meeting, side B → sink
 *       with capacity |A(p)|); on any graph, half the sum of min(deg, |A(p)|) bounds it.
 * </ul>
 */
final class Bounds {

    private Bounds() {}

    /** A bound on the number of meetings placed (unweighted). */
    static long meetings(SchedulingProblem problem, int slots) {
        int n = problem.meetingCount();
        boolean[] placeable = new boolean[n];
        int count = 0;
        for (int e = 0; e < n; e++) {
            placeable[e] = MeetingScheduler.allowedSlots(problem, e, slots).length > 0;
            if (placeable[e]) {
                count++;
            }
        }
        int p = problem.participants();
        int[] capacity = new int[p];
        for (int q = 0; q < p; q++) {
            int free = 0;
            for (int s = 0; s < slots; s++) {
                if (problem.available(q, s)) {
                    free++;
                }
            }
            capacity[q] = free;
        }
        long bound = Math.min(count, (long) slots * problem.tables());
        int[] side = problem.bipartite() ? sides(problem) : null;
        if (side != null) {
            bound = Math.min(bound, maxFlow(problem, placeable, capacity, side));
        } else {
            int[] degree = new int[p];
            for (int e = 0; e < n; e++) {
                if (placeable[e]) {
                    degree[problem.meetings()[e][0]]++;
                    degree[problem.meetings()[e][1]]++;
                }
            }
            long sum = 0;
            for (int q = 0; q < p; q++) {
                sum += Math.min(degree[q], capacity[q]);
            }
            bound = Math.min(bound, sum / 2);
        }
        return bound;
    }

    /** Side 0 or 1 of each participant by two-colouring, or null when the graph has an odd cycle. */
    static int[] sides(SchedulingProblem problem) {
        int p = problem.participants();
        int[][] adjacency = adjacency(problem);
        int[] side = new int[p];
        Arrays.fill(side, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < p; start++) {
            if (side[start] >= 0) {
                continue;
            }
            side[start] = 0;
            queue.add(start);
            while (!queue.isEmpty()) {
                int x = queue.poll();
                for (int y : adjacency[x]) {
                    if (side[y] < 0) {
                        side[y] = 1 - side[x];
                        queue.add(y);
                    } else if (side[y] == side[x]) {
                        return null;
                    }
                }
            }
        }
        return side;
    }

    private static int[][] adjacency(SchedulingProblem problem) {
        int[] degree = problem.degrees();
        int[][] adjacency = new int[problem.participants()][];
        for (int q = 0; q < adjacency.length; q++) {
            adjacency[q] = new int[degree[q]];
        }
        int[] fill = new int[problem.participants()];
        for (int[] m : problem.meetings()) {
            adjacency[m[0]][fill[m[0]]++] = m[1];
            adjacency[m[1]][fill[m[1]]++] = m[0];
        }
        return adjacency;
    }

    /** Dinic's maximum flow on the degree-constrained bipartite network. */
    private static long maxFlow(SchedulingProblem problem, boolean[] placeable, int[] capacity, int[] side) {
        int p = problem.participants();
        int source = p;
        int sink = p + 1;
        Network network = new Network(p + 2, 2 * (problem.meetingCount() + p));
        for (int q = 0; q < p; q++) {
            if (side[q] == 0) {
                network.add(source, q, capacity[q]);
            } else {
                network.add(q, sink, capacity[q]);
            }
        }
        for (int e = 0; e < problem.meetingCount(); e++) {
            if (placeable[e]) {
                int a = problem.meetings()[e][0];
                int b = problem.meetings()[e][1];
                if (side[a] == 0) {
                    network.add(a, b, 1);
                } else {
                    network.add(b, a, 1);
                }
            }
        }
        return network.maxFlow(source, sink);
    }

    private static final class Network {
        final int[] head;
        int[] next;
        int[] to;
        int[] cap;
        int edges;
        int[] level;
        int[] iterator;

        Network(int nodes, int expectedEdges) {
            head = new int[nodes];
            Arrays.fill(head, -1);
            next = new int[2 * expectedEdges + 2];
            to = new int[2 * expectedEdges + 2];
            cap = new int[2 * expectedEdges + 2];
            level = new int[nodes];
            iterator = new int[nodes];
        }

        void add(int a, int b, int c) {
            if (edges + 2 > to.length) {
                next = Arrays.copyOf(next, to.length * 2);
                cap = Arrays.copyOf(cap, to.length * 2);
                to = Arrays.copyOf(to, to.length * 2);
            }
            to[edges] = b;
            cap[edges] = c;
            next[edges] = head[a];
            head[a] = edges++;
            to[edges] = a;
            cap[edges] = 0;
            next[edges] = head[b];
            head[b] = edges++;
        }

        long maxFlow(int s, int t) {
            long flow = 0;
            while (bfs(s, t)) {
                System.arraycopy(head, 0, iterator, 0, head.length);
                int pushed;
                while ((pushed = dfs(s, t, Integer.MAX_VALUE)) > 0) {
                    flow += pushed;
                }
            }
            return flow;
        }

        private boolean bfs(int s, int t) {
            Arrays.fill(level, -1);
            level[s] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int x = queue.poll();
                for (int e = head[x]; e >= 0; e = next[e]) {
                    if (cap[e] > 0 && level[to[e]] < 0) {
                        level[to[e]] = level[x] + 1;
                        queue.add(to[e]);
                    }
                }
            }
            return level[t] >= 0;
        }

        /** Depth is at most 3 here (source, side A, side B, sink), so recursion is shallow. */
        private int dfs(int x, int t, int limit) {
            if (x == t) {
                return limit;
            }
            for (; iterator[x] >= 0; iterator[x] = next[iterator[x]]) {
                int e = iterator[x];
                if (cap[e] > 0 && level[to[e]] == level[x] + 1) {
                    int pushed = dfs(to[e], t, Math.min(limit, cap[e]));
                    if (pushed > 0) {
                        cap[e] -= pushed;
                        cap[e ^ 1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
