package org.vietlao.linkage.expo.scheduling;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Kőnig's theorem made constructive: a bipartite graph with maximum degree Δ is coloured with any k ≥ Δ colours
 * by alternating-path swaps, and then the colour classes are made equitable by McDiarmid's path swaps (the union
 * of two colour classes is paths and even cycles; flipping a path with one more edge of the larger class moves one
 * edge across), so that with k ≥ ⌈|E|/T⌉ no class holds more than T edges.
 */
final class EdgeColouring {

    private final int[][] edges;
    private final int k;
    private final int[] colour;
    private final ColourTable at;

    private EdgeColouring(int vertices, int[][] edges, int k) {
        this.edges = edges;
        this.k = k;
        this.colour = new int[edges.length];
        Arrays.fill(colour, -1);
        this.at = (long) vertices * k <= 16_000_000L ? new Dense(vertices, k) : new Sparse(vertices);
    }

    /**
     * Colours of a bipartite simple graph with {@code k} colours, at most {@code perClass} edges per colour.
     * Requires k ≥ Δ and k·perClass ≥ |E|; the graph must be bipartite (an odd cycle breaks the swaps).
     */
    static int[] bipartite(int vertices, int[][] edges, int k, int perClass) {
        EdgeColouring colouring = new EdgeColouring(vertices, edges, k);
        for (int e = 0; e < edges.length; e++) {
            colouring.insert(e);
        }
        colouring.balance(perClass);
        return colouring.colour;
    }

    private void insert(int e) {
        int u = edges[e][0];
        int v = edges[e][1];
        int a = at.free(u, k);
        int b = at.free(v, k);
        if (at.get(v, a) != -1) {
            flip(v, a, b);
        }
        set(e, a);
    }

    /** Swaps colours a and b along the alternating path that starts at x with its a-coloured edge. */
    private void flip(int x, int a, int b) {
        int[] path = new int[16];
        int length = 0;
        int current = x;
        int c = a;
        while (true) {
            int e = at.get(current, c);
            if (e == -1) {
                break;
            }
            if (length == path.length) {
                path = Arrays.copyOf(path, length * 2);
            }
            path[length++] = e;
            current = other(e, current);
            c = c == a ? b : a;
        }
        for (int i = 0; i < length; i++) {
            unset(path[i]);
        }
        for (int i = 0; i < length; i++) {
            // Edges alternate a, b, a...: the i-th had a when i is even.
            set(path[i], i % 2 == 0 ? b : a);
        }
    }

    private void balance(int perClass) {
        int[] count = new int[k];
        for (int c : colour) {
            count[c]++;
        }
        while (true) {
            int a = 0;
            int b = 0;
            for (int c = 1; c < k; c++) {
                if (count[c] > count[a]) {
                    a = c;
                }
                if (count[c] < count[b]) {
                    b = c;
                }
            }
            if (count[a] <= perClass || count[a] - count[b] <= 1) {
                return;
            }
            int toMove = (count[a] - count[b]) / 2;
            int moved = 0;
            for (int e = 0; e < edges.length && moved < toMove; e++) {
                if (colour[e] != a) {
                    continue;
                }
                for (int end = 0; end < 2 && moved < toMove; end++) {
                    int x = edges[e][end];
                    // A path end: x has an a-edge (this one) and no b-edge.
                    if (at.get(x, a) == e && at.get(x, b) == -1 && endsWithA(x, a, b)) {
                        flip(x, a, b);
                        moved++;
                    }
                }
            }
            count[a] -= moved;
            count[b] += moved;
            if (moved == 0) {
                throw new IllegalStateException("no a-surplus path between colour classes " + a + " and " + b);
            }
        }
    }

    /** Whether the alternating path from end x (starting with colour a) also ends with an a-edge. */
    private boolean endsWithA(int x, int a, int b) {
        int current = x;
        int c = a;
        int last = -1;
        while (true) {
            int e = at.get(current, c);
            if (e == -1) {
                return last == a;
            }
            last = c;
            current = other(e, current);
            c = c == a ? b : a;
        }
    }

    private int other(int e, int x) {
        return edges[e][0] == x ? edges[e][1] : edges[e][0];
    }

    private void set(int e, int c) {
        colour[e] = c;
        at.put(edges[e][0], c, e);
        at.put(edges[e][1], c, e);
    }

    private void unset(int e) {
        int c = colour[e];
        at.remove(edges[e][0], c);
        at.remove(edges[e][1], c);
        colour[e] = -1;
    }

    /** Which edge has colour c at vertex x; the lowest free colour at x. */
    private abstract static class ColourTable {

        /** Every colour below lowFree[x] is in use at x. */
        final int[] lowFree;

        ColourTable(int vertices) {
            lowFree = new int[vertices];
        }

        abstract int get(int x, int c);

        abstract void putRaw(int x, int c, int e);

        abstract void removeRaw(int x, int c);

        void put(int x, int c, int e) {
            putRaw(x, c, e);
        }

        void remove(int x, int c) {
            removeRaw(x, c);
            if (c < lowFree[x]) {
                lowFree[x] = c;
            }
        }

        int free(int x, int k) {
            int c = lowFree[x];
            while (c < k && get(x, c) != -1) {
                c++;
            }
            if (c >= k) {
                throw new IllegalStateException("no free colour at a vertex: degree above k");
            }
            lowFree[x] = c;
            return c;
        }
    }

    private static final class Dense extends ColourTable {

        private final int[] table;
        private final int k;

        Dense(int vertices, int k) {
            super(vertices);
            this.k = k;
            this.table = new int[vertices * k];
            Arrays.fill(table, -1);
        }

        @Override
        int get(int x, int c) {
            return table[x * k + c];
        }

        @Override
        void putRaw(int x, int c, int e) {
            table[x * k + c] = e;
        }

        @Override
        void removeRaw(int x, int c) {
            table[x * k + c] = -1;
        }
    }

    private static final class Sparse extends ColourTable {

        private final Map<Long, Integer> table = new HashMap<>();

        Sparse(int vertices) {
            super(vertices);
        }

        private static long key(int x, int c) {
            return ((long) x << 32) | c;
        }

        @Override
        int get(int x, int c) {
            return table.getOrDefault(key(x, c), -1);
        }

        @Override
        void putRaw(int x, int c, int e) {
            table.put(key(x, c), e);
        }

        @Override
        void removeRaw(int x, int c) {
            table.remove(key(x, c));
        }
    }
}
