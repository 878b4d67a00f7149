package org.netzbild.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.netzbild.model.GraphSlice;

/**
 * Key players and groups of a chart or a network: per entity its degree, betweenness (Brandes),
 * PageRank (JGraphT) and closeness (our breadth-first search, as networkx defines it) on the simple undirected graph of the connecting
 * links (parallel links and directions folded, as the published measures define them for such
 * graphs), and its Louvain community (seeded). Municipalities and agencies are reference data and
 * take no part. Checked against networkx in {@code CentralityAgainstNetworkxTest}.
 */
public final class KeyPlayers {

    /** PageRank's damping factor, as networkx and Gephi use by default. */
    public static final double DAMPING = 0.85;

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
        Graph<Integer, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < taking.size(); i++) {
            simple.addVertex(i);
        }
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        for (int v : taking) {
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                int w = local[graph.target(a)];
                if (w > local[v] && simple.addEdge(local[v], w) != null) {
                    from.add(local[v]);
                    to.add(w);
                }
            }
        }
        int n = taking.size();
        Map<Integer, Double> betweenness = new BetweennessCentrality<>(simple, false).getScores();
        Map<Integer, Double> pageRank = new PageRank<>(simple, DAMPING, 10_000, 1e-12).getScores();
        Map<Integer, Double> closeness = closeness(simple, n);
        var pairs = WeightedGraph.ofPairs(n, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
        int[] community = Louvain.communities(pairs, seed);
        double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        var players = new ArrayList<Player>(n);
        for (int i = 0; i < n; i++) {
            GraphSlice.Node node = graph.node(taking.get(i));
            players.add(new Player(node.id(), node.type(), simple.degreeOf(i), betweenness.get(i) * scale,
                    pageRank.get(i), closeness.get(i), community[i]));
        }
        players.sort(Comparator.comparingDouble(Player::betweenness).reversed()
                .thenComparing(Comparator.comparingDouble(Player::pageRank).reversed())
                .thenComparing(Player::id));
        int communities = 1 + java.util.Arrays.stream(community).max().orElse(-1);
        return new Result(players, communities, Louvain.modularity(pairs, community));
    }

    /**
     * Closeness as Wasserman and Faust improved it for graphs that are not connected (networkx's
     * default): ((r − 1) / (n − 1)) · ((r − 1) / Σ d), where r counts the entities {@code v} reaches,
     * itself included, and Σ d sums the distances to them; 0 for an entity that reaches none.
     * JGraphT answers 0 for every vertex of a graph that is not connected, so this is a breadth-first
     * search of our own.
     */
    private static Map<Integer, Double> closeness(Graph<Integer, DefaultEdge> graph, int n) {
        int[][] adjacent = new int[n][];
        for (int v = 0; v < n; v++) {
            adjacent[v] = org.jgrapht.Graphs.neighborListOf(graph, v).stream().mapToInt(Integer::intValue).toArray();
        }
        var scores = new java.util.HashMap<Integer, Double>();
        int[] distance = new int[n];
        int[] queue = new int[n];
        for (int v = 0; v < n; v++) {
            java.util.Arrays.fill(distance, -1);
            distance[v] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = v;
            long sum = 0;
            while (head < tail) {
                int u = queue[head++];
                sum += distance[u];
                for (int w : adjacent[u]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[u] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            double reached = tail - 1.0;
            scores.put(v, sum == 0 || n < 2 ? 0.0 : (reached / (n - 1.0)) * (reached / sum));
        }
        return scores;
    }
}
