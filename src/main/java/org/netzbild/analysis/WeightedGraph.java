package org.netzbild.analysis;

import java.util.Arrays;

/**
 * An undirected weighted graph as a symmetric adjacency matrix in compressed rows: row {@code u}
 * holds {@code (column[i], weight[i])} for {@code start[u] <= i < start[u + 1]}, every pair in both
 * rows, a loop once in its row with the weight the matrix holds on its diagonal. The form Louvain's
 * phases pass to each other (ADR 0030).
 */
final class WeightedGraph {

    final int[] start;
    final int[] column;
    final double[] weight;

    WeightedGraph(int[] start, int[] column, double[] weight) {
        this.start = start;
        this.column = column;
        this.weight = weight;
    }

    /** A graph of {@code n} nodes from undirected pairs {@code (from[i], to[i])} of weight 1; repeated pairs add up. */
    static WeightedGraph ofPairs(int n, int[] from, int[] to) {
        int[] degree = new int[n];
        for (int i = 0; i < from.length; i++) {
            degree[from[i]]++;
            if (from[i] != to[i]) {
                degree[to[i]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] column = new int[start[n]];
        double[] weight = new double[start[n]];
        for (int i = 0; i < from.length; i++) {
            column[fill[from[i]]] = to[i];
            // a loop stands on the diagonal twice, as an undirected pair stands in both rows
            weight[fill[from[i]]++] = from[i] == to[i] ? 2 : 1;
            if (from[i] != to[i]) {
                column[fill[to[i]]] = from[i];
                weight[fill[to[i]]++] = 1;
            }
        }
        return new WeightedGraph(start, column, weight);
    }

    int size() {
        return start.length - 1;
    }

    /** The row sum of {@code u}: its weighted degree. */
    double strength(int u) {
        double sum = 0;
        for (int i = start[u]; i < start[u + 1]; i++) {
            sum += weight[i];
        }
        return sum;
    }

    /** The sum of all entries: twice the total edge weight. */
    double total() {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        return sum;
    }
}
