package org.netzbild.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte, Lefebvre 2008): move single
 * nodes to the neighbouring community that raises modularity most until none does, fold each
 * community into one node, and repeat on the folded graph until a pass moves nothing. Nodes are
 * visited in an order drawn from the seed, so the same graph and seed give the same communities;
 * several seeds are tried and the partition of highest modularity is kept (ties: the lowest seed).
 * JGraphT has no Louvain (ADR 0030), so this is our own.
 */
final class Louvain {

    /** How many seeds {@link #communities} tries. */
    static final int TRIES = 8;

    private Louvain() {
    }

    /** The community of each node, numbered from 0 in order of each community's lowest node. */
    static int[] communities(WeightedGraph graph, long seed) {
        int[] best = null;
        double bestModularity = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < TRIES; t++) {
            int[] found = once(graph, seed + t);
            double q = modularity(graph, found);
            if (q > bestModularity + 1e-12) {
                best = found;
                bestModularity = q;
            }
        }
        return best;
    }

    /** One run of the method with one seed. */
    static int[] once(WeightedGraph graph, long seed) {
        var random = new SplittableRandom(seed);
        int n = graph.size();
        int[] membership = new int[n];
        Arrays.setAll(membership, i -> i);
        WeightedGraph current = graph;
        while (true) {
            int[] local = movePhase(current, random);
            int communities = 1 + Arrays.stream(local).max().orElse(-1);
            for (int i = 0; i < n; i++) {
                membership[i] = local[membership[i]];
            }
            if (communities == current.size()) {
                return numbered(membership);
            }
            current = fold(current, local, communities);
        }
    }

    /** Moves nodes one at a time; returns each node's community, numbered densely. */
    private static int[] movePhase(WeightedGraph g, SplittableRandom random) {
        int n = g.size();
        double m2 = g.total();
        int[] community = new int[n];
        double[] strength = new double[n];
        double[] tot = new double[n];
        for (int u = 0; u < n; u++) {
            community[u] = u;
            strength[u] = g.strength(u);
            tot[u] = strength[u];
        }
        if (m2 == 0) {
            return community;
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates from the seed
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double[] toCommunity = new double[n];
        int[] touched = new int[n];
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int u : order) {
                int own = community[u];
                int count = 0;
                for (int i = g.start[u]; i < g.start[u + 1]; i++) {
                    int v = g.column[i];
                    if (v == u) {
                        continue;
                    }
                    int c = community[v];
                    if (toCommunity[c] == 0) {
                        touched[count++] = c;
                    }
                    toCommunity[c] += g.weight[i];
                }
                tot[own] -= strength[u];
                int best = own;
                double bestGain = toCommunity[own] - tot[own] * strength[u] / m2;
                for (int k = 0; k < count; k++) {
                    int c = touched[k];
                    double gain = toCommunity[c] - tot[c] * strength[u] / m2;
                    if (gain > bestGain + 1e-12) { // only a real gain moves a node: no endless swaps between equals
                        best = c;
                        bestGain = gain;
                    }
                }
                tot[best] += strength[u];
                if (best != own) {
                    community[u] = best;
                    moved = true;
                }
                for (int k = 0; k < count; k++) {
                    toCommunity[touched[k]] = 0;
                }
            }
        }
        return numbered(community);
    }

    /** The graph whose nodes are the communities, the weights between them summed. */
    private static WeightedGraph fold(WeightedGraph g, int[] community, int communities) {
        List<List<Integer>> members = new ArrayList<>(communities);
        for (int c = 0; c < communities; c++) {
            members.add(new ArrayList<>());
        }
        for (int u = 0; u < g.size(); u++) {
            members.get(community[u]).add(u);
        }
        double[] acc = new double[communities];
        int[] touched = new int[communities];
        int[] start = new int[communities + 1];
        var columns = new ArrayList<int[]>(communities);
        var weights = new ArrayList<double[]>(communities);
        for (int c = 0; c < communities; c++) {
            int count = 0;
            for (int u : members.get(c)) {
                for (int i = g.start[u]; i < g.start[u + 1]; i++) {
                    int d = community[g.column[i]];
                    if (acc[d] == 0) {
                        touched[count++] = d;
                    }
                    acc[d] += g.weight[i];
                }
            }
            int[] cols = Arrays.copyOf(touched, count);
            Arrays.sort(cols);
            double[] ws = new double[count];
            for (int k = 0; k < count; k++) {
                ws[k] = acc[cols[k]];
                acc[cols[k]] = 0;
            }
            columns.add(cols);
            weights.add(ws);
            start[c + 1] = start[c] + count;
        }
        int[] column = new int[start[communities]];
        double[] weight = new double[start[communities]];
        for (int c = 0; c < communities; c++) {
            System.arraycopy(columns.get(c), 0, column, start[c], columns.get(c).length);
            System.arraycopy(weights.get(c), 0, weight, start[c], weights.get(c).length);
        }
        return new WeightedGraph(start, column, weight);
    }

    /** Renumbers communities 0, 1, … in the order of their lowest node. */
    private static int[] numbered(int[] community) {
        int[] number = new int[community.length];
        Arrays.fill(number, -1);
        int next = 0;
        int[] result = new int[community.length];
        for (int u = 0; u < community.length; u++) {
            if (number[community[u]] < 0) {
                number[community[u]] = next++;
            }
            result[u] = number[community[u]];
        }
        return result;
    }

    /** Newman's modularity of a partition: (1 / 2m) Σ (A_ij − k_i k_j / 2m) over pairs in one community. */
    static double modularity(WeightedGraph g, int[] community) {
        double m2 = g.total();
        if (m2 == 0) {
            return 0;
        }
        int communities = 1 + Arrays.stream(community).max().orElse(-1);
        double[] inside = new double[communities];
        double[] tot = new double[communities];
        for (int u = 0; u < g.size(); u++) {
            tot[community[u]] += g.strength(u);
            for (int i = g.start[u]; i < g.start[u + 1]; i++) {
                if (community[g.column[i]] == community[u]) {
                    inside[community[u]] += g.weight[i];
                }
            }
        }
        double q = 0;
        for (int c = 0; c < communities; c++) {
            q += inside[c] / m2 - (tot[c] / m2) * (tot[c] / m2);
        }
        return q;
    }
}
