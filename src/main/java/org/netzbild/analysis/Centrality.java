package org.netzbild.analysis;

import java.util.Arrays;

/**
 * Betweenness, PageRank and closeness over a simple undirected graph held as arrays: for each
 * vertex {@code 0 … n−1} the sorted array of its neighbours, no vertex its own neighbour, each link
 * in both arrays. The published definitions, as networkx computes them (checked against it in
 * {@code CentralityAgainstNetworkxTest}); written over plain arrays because the general graph
 * libraries keep a map entry per vertex and a boxed number per step, which made the key-player
 * analysis of a 5,000-entity chart take seconds (the benchmark in {@code docs/benchmarks.md} puts
 * these beside JGraphT's and networkx's own, same answers).
 */
public final class Centrality {

    private Centrality() {
    }

    /**
     * Brandes' betweenness (2001): for each vertex the number of shortest paths between other pairs
     * that pass through it, each path's share counted as σ<sub>st</sub>(v)/σ<sub>st</sub>, each
     * unordered pair once; not normalised. O(n·m) time, O(n) extra space.
     */
    public static double[] betweenness(int[][] adjacent) {
        return betweenness(adjacent, java.util.stream.IntStream.range(0, adjacent.length).toArray());
    }

    /**
     * {@link #betweenness(int[][])} with the paths' starts restricted to {@code sources}: the sum over
     * those sources of each vertex's dependency, halved as for all sources (networkx's
     * {@code betweenness_centrality_subset} with every vertex a target, not normalised). With every
     * vertex a source, the betweenness; with a random sample, Brandes and Pich's estimate of it
     * (scaled by n / sources).
     */
    public static double[] betweenness(int[][] adjacent, int[] sources) {
        int n = adjacent.length;
        double[] score = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int s : sources) {
            int reached = shortestPaths(adjacent, s, distance, paths, order);
            for (int k = reached - 1; k > 0; k--) {
                int w = order[k];
                double carried = (1 + dependency[w]) / paths[w];
                int before = distance[w] - 1;
                for (int v : adjacent[w]) {
                    if (distance[v] == before) {
                        dependency[v] += paths[v] * carried;
                    }
                }
                score[w] += dependency[w];
            }
            reset(order, reached, distance, paths, dependency);
        }
        // with every vertex a source, every pair was counted from both of its ends
        for (int v = 0; v < n; v++) {
            score[v] /= 2;
        }
        return score;
    }

    /**
     * Breadth first from {@code s} (the first half of Brandes' algorithm): each reached vertex's
     * distance and number of shortest paths from {@code s}, and the order it was reached in, which
     * is also the search's queue. Expects {@code distance} −1 and {@code paths} 0 for every vertex;
     * returns how many were reached ({@code order[0 … reached)}), which {@link #reset} puts back.
     */
    static int shortestPaths(int[][] adjacent, int s, int[] distance, double[] paths, int[] order) {
        distance[s] = 0;
        paths[s] = 1;
        int reached = 0;
        int next = 0;
        order[reached++] = s;
        while (next < reached) {
            int v = order[next++];
            int beyond = distance[v] + 1;
            for (int w : adjacent[v]) {
                if (distance[w] < 0) {
                    distance[w] = beyond;
                    order[reached++] = w;
                }
                if (distance[w] == beyond) {
                    paths[w] += paths[v];
                }
            }
        }
        return reached;
    }

    /** Puts back what a search from one source touched: only the vertices it reached, not all n. */
    static void reset(int[] order, int reached, int[] distance, double[] paths, double[] dependency) {
        for (int k = 0; k < reached; k++) {
            int v = order[k];
            distance[v] = -1;
            paths[v] = 0;
            dependency[v] = 0;
        }
    }

    /**
     * PageRank with damping {@code d}: each vertex passes its score evenly to its neighbours, a
     * vertex without any spreads it over all, and every vertex gets (1 − d)/n besides; iterated from
     * the uniform vector until no score changes by {@code tolerance} or more (or {@code maxIterations}).
     */
    public static double[] pageRank(int[][] adjacent, double damping, double tolerance, int maxIterations) {
        int n = adjacent.length;
        double[] score = new double[n];
        if (n == 0) {
            return score;
        }
        Arrays.fill(score, 1.0 / n);
        double[] next = new double[n];
        double[] share = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (adjacent[v].length == 0) {
                    dangling += score[v];
                    share[v] = 0;
                } else {
                    share[v] = score[v] / adjacent[v].length;
                }
            }
            double base = (1 - damping) / n + damping * dangling / n;
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int u : adjacent[v]) {
                    sum += share[u];
                }
                next[v] = base + damping * sum;
                change = Math.max(change, Math.abs(next[v] - score[v]));
            }
            double[] swap = score;
            score = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        return score;
    }

    /**
     * Closeness as Wasserman and Faust improved it for graphs that are not connected (networkx's
     * default): ((r − 1) / (n − 1)) · ((r − 1) / Σ d), where r counts the vertices {@code v} reaches,
     * itself included, and Σ d sums the distances to them; 0 for a vertex that reaches none.
     */
    public static double[] closeness(int[][] adjacent) {
        int n = adjacent.length;
        double[] score = new double[n];
        int[] distance = new int[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int v = 0; v < n; v++) {
            distance[v] = 0;
            int reached = 0;
            int next = 0;
            order[reached++] = v;
            long sum = 0;
            while (next < reached) {
                int u = order[next++];
                sum += distance[u];
                for (int w : adjacent[u]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[u] + 1;
                        order[reached++] = w;
                    }
                }
            }
            for (int k = 0; k < reached; k++) {
                distance[order[k]] = -1;
            }
            double others = reached - 1.0;
            score[v] = sum == 0 || n < 2 ? 0.0 : (others / (n - 1.0)) * (others / sum);
        }
        return score;
    }

    /** The simple undirected graph of {@code n} vertices and these links (loops and repeats dropped), as sorted neighbour arrays. */
    public static int[][] simple(int n, int[] from, int[] to) {
        int[] degree = new int[n];
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                degree[from[i]]++;
                degree[to[i]]++;
            }
        }
        int[][] adjacent = new int[n][];
        for (int v = 0; v < n; v++) {
            adjacent[v] = new int[degree[v]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                adjacent[from[i]][filled[from[i]]++] = to[i];
                adjacent[to[i]][filled[to[i]]++] = from[i];
            }
        }
        for (int v = 0; v < n; v++) {
            int[] row = adjacent[v];
            Arrays.sort(row);
            int unique = 0;
            for (int i = 0; i < row.length; i++) {
                if (i == 0 || row[i] != row[i - 1]) {
                    row[unique++] = row[i];
                }
            }
            adjacent[v] = unique == row.length ? row : Arrays.copyOf(row, unique);
        }
        return adjacent;
    }
}
