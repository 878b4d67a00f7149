package org.netzbild.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.netzbild.model.GraphSlice;

/**
 * Key players and groups of a chart or a network: per entity its degree, betweenness (Brandes),
 * PageRank and closeness ({@link Centrality}, as networkx defines them) on the simple undirected graph of the connecting
 * links (parallel links and directions folded, as the published measures define them for such
 * graphs), and its Louvain community (seeded). Municipalities and agencies are reference data and
 * take no part. Checked against networkx in {@code CentralityAgainstNetworkxTest}.
 */
public final class KeyPlayers {

    /** PageRank's damping factor, as networkx and Gephi use by default. */
    public static final double DAMPING = 0.85;
    /** PageRank iterates until no score moves by this much (networkx stops at a summed change of n · 1e-6). */
    static final double PAGE_RANK_TOLERANCE = 1e-12;
    static final int PAGE_RANK_ITERATIONS = 10_000;

    /**
     * One entity's measures.
     *
     * @param betweenness normalised as networkx does for undirected graphs: by (n − 1)(n − 2) / 2
     * @param closeness   (reachable − 1) / (sum of distances to them), scaled by the reachable share (Wasserman and Faust)
     * @param community   the number of its community, from 0 (the community of the first entity by id)
     */
    public record Player(String id, String type, int degree, double betweenness, double pageRank, double closeness,
                         int community) {
    }

    /** The measures, highest betweenness first (then PageRank, then id), and the communities' modularity. */
    public record Result(List<Player> players, int communities, double modularity) {
    }

    private KeyPlayers() {
    }

    /** The measures over {@code slice} under the link types of {@code connecting}. */
    public static Result of(GraphSlice slice, Set<String> connecting, long seed) {
        AnalysisGraph graph = AnalysisGraph.of(slice, connecting);
        var taking = new ArrayList<Integer>();
        for (int v = 0; v < graph.size(); v++) {
            if (!AnalysisGraph.REFERENCE_TYPES.contains(graph.node(v).type())) {
                taking.add(v);
            }
        }
        int[] local = new int[graph.size()];
        java.util.Arrays.fill(local, -1);
        for (int i = 0; i < taking.size(); i++) {
            local[taking.get(i)] = i;
        }
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        for (int v : taking) {
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                int w = local[graph.target(a)];
                if (w >= 0) {
                    from.add(local[v]);
                    to.add(w);
                }
            }
        }
        int n = taking.size();
        int[][] adjacent = Centrality.simple(n, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
        double[] betweenness = Centrality.betweenness(adjacent);
        double[] pageRank = Centrality.pageRank(adjacent, DAMPING, PAGE_RANK_TOLERANCE, PAGE_RANK_ITERATIONS);
        double[] closeness = Centrality.closeness(adjacent);
        // each link once, from its lower end, for the communities
        var lower = new ArrayList<Integer>();
        var upper = new ArrayList<Integer>();
        for (int v = 0; v < n; v++) {
            for (int w : adjacent[v]) {
                if (w > v) {
                    lower.add(v);
                    upper.add(w);
                }
            }
        }
        var pairs = WeightedGraph.ofPairs(n, lower.stream().mapToInt(Integer::intValue).toArray(),
                upper.stream().mapToInt(Integer::intValue).toArray());
        int[] community = Louvain.communities(pairs, seed);
        double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        var players = new ArrayList<Player>(n);
        for (int i = 0; i < n; i++) {
            GraphSlice.Node node = graph.node(taking.get(i));
            players.add(new Player(node.id(), node.type(), adjacent[i].length, betweenness[i] * scale,
                    pageRank[i], closeness[i], community[i]));
        }
        players.sort(Comparator.comparingDouble(Player::betweenness).reversed()
                .thenComparing(Comparator.comparingDouble(Player::pageRank).reversed())
                .thenComparing(Player::id));
        int communities = 1 + java.util.Arrays.stream(community).max().orElse(-1);
        return new Result(players, communities, Louvain.modularity(pairs, community));
    }
}
