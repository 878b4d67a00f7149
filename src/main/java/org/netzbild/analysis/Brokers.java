package org.netzbild.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.netzbild.model.GraphSlice;

/**
 * Brokers between jurisdictions (issue 19): who connects the separate pieces. Betweenness counted
 * only over the pairs of entities that lie in different jurisdictions — different municipalities,
 * police authorities or source agencies ({@link Border}) — so that a person who stands on every
 * shortest path from the Gelsenkirchen group to the Bottrop one scores high, and one who only
 * connects people of one city does not, however central there.
 *
 * <p>For every pair {@code s, t} whose jurisdictions are both known and share none, each entity
 * {@code v} other than the two gets the share of the shortest {@code s}–{@code t} paths through it,
 * σ<sub>st</sub>(v) / σ<sub>st</sub>; a broker's score sums these shares over the pairs (each pair
 * once). Brandes' accumulation with the targets restricted to those across a border from the source:
 * δ(v) = Σ<sub>w: v precedes w</sub> σ(v)/σ(w) · (across(s, w) + δ(w)); O(n·m) like betweenness.
 * Deterministic: no randomness, ties by id. Reference data (municipalities, agencies) places the
 * entities but is never a broker or a step of a path, as in the other measures.
 */
public final class Brokers {

    /** Which border a pair must lie across to count. */
    public enum Border {
        /** The municipalities where the two are (their addresses' municipalities) share none. */
        MUNICIPALITY,
        /** The police authorities of those municipalities share none. */
        POLICE_AUTHORITY,
        /** The two records come from different agencies. */
        AGENCY
    }

    /**
     * An entity on shortest paths across the border: its score (the summed shares of the pairs'
     * shortest paths through it) and the jurisdictions it joins (those of the pairs' ends, at most
     * the first eight by name, and how many in all).
     */
    public record Broker(String id, String type, double score, List<String> joins, int joinsInAll) {
        public Broker {
            joins = List.copyOf(joins);
        }
    }

    /**
     * The brokers (score above zero), best first; how many entities have a known jurisdiction; how
     * many pairs across the border are connected at all.
     */
    public record Result(Border border, List<Broker> brokers, int placed, long connectedPairs) {
        public Result {
            brokers = List.copyOf(brokers);
        }
    }

    private static final int JOINS_SHOWN = 8;

    private Brokers() {
    }

    /** The brokers of {@code slice} under the link types of {@code connecting}, across {@code border}. */
    public static Result of(GraphSlice slice, Set<String> connecting, Border border) {
        AnalysisGraph graph = AnalysisGraph.of(slice, connecting);
        int n = graph.size();
        String[][] where = jurisdictions(slice, border);
        int[][] adjacent = new int[n][];
        boolean[] taking = new boolean[n];
        for (int v = 0; v < n; v++) {
            taking[v] = !AnalysisGraph.REFERENCE_TYPES.contains(graph.node(v).type());
            var neighbours = new TreeSet<Integer>();
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                neighbours.add(graph.target(a));
            }
            adjacent[v] = neighbours.stream().mapToInt(Integer::intValue).toArray();
        }
        double[] score = new double[n];
        @SuppressWarnings("unchecked")
        TreeSet<String>[] joins = new TreeSet[n];
        long connected = 0;
        int placed = 0;
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int s = 0; s < n; s++) {
            if (!taking[s] || where[s].length == 0) {
                continue;
            }
            placed++;
            int reached = Centrality.shortestPaths(adjacent, s, distance, paths, order);
            // from the farthest back to the source: each entity's share of the paths to targets across the border
            for (int k = reached - 1; k > 0; k--) {
                int w = order[k];
                boolean across = across(where[s], where[w]);
                if (across && s < w) {
                    connected++;
                }
                double carried = (across ? 1 : 0) + dependency[w];
                for (int v : adjacent[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * carried;
                    }
                }
                if (w != s && dependency[w] > 0) {
                    // every pair counted from both of its ends: half the sum is the pair's share
                    score[w] += dependency[w] / 2;
                    if (joins[w] == null) {
                        joins[w] = new TreeSet<>();
                    }
                    joins[w].addAll(List.of(where[s]));
                }
            }
            Centrality.reset(order, reached, distance, paths, dependency);
        }
        var brokers = new ArrayList<Broker>();
        for (int v = 0; v < n; v++) {
            if (taking[v] && score[v] > 1e-12) {
                var joined = new ArrayList<>(joins[v] == null ? List.of() : joins[v]);
                brokers.add(new Broker(graph.node(v).id(), graph.node(v).type(), score[v],
                        joined.subList(0, Math.min(JOINS_SHOWN, joined.size())), joined.size()));
            }
        }
        brokers.sort(Comparator.comparingDouble(Broker::score).reversed().thenComparing(Broker::id));
        return new Result(border, brokers, placed, connected);
    }

    /** Both known, and no jurisdiction in common. */
    static boolean across(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each entity's jurisdictions under {@code border}, sorted; none where the slice does not tell. */
    static String[][] jurisdictions(GraphSlice slice, Border border) {
        List<GraphSlice.Node> nodes = slice.nodes();
        int n = nodes.size();
        String[][] where = new String[n][];
        Places places = border == Border.AGENCY ? null : Places.of(slice);
        for (int v = 0; v < n; v++) {
            var names = new TreeSet<String>();
            if (border == Border.AGENCY) {
                if (nodes.get(v).agency() != null) {
                    names.add(nodes.get(v).agency());
                }
            } else {
                for (int m : places.municipalities(v)) {
                    String name = border == Border.MUNICIPALITY ? nodes.get(m).id() : nodes.get(m).detail();
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
            where[v] = names.toArray(String[]::new);
        }
        return where;
    }
}
