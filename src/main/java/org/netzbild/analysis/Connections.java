package org.netzbild.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.alg.steiner.KouMarkowskyBermanAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.netzbild.model.GraphSlice;

/**
 * Connections among a selection (issue 19): for two entities, the k shortest simple paths between
 * them up to a number of hops (Yen's algorithm, JGraphT), shortest first; for three or more, a
 * connecting network, the Steiner tree approximation of Kou, Markowsky and Berman (JGraphT; at most
 * 2(1 − 1/t) times the fewest links that join the t chosen entities). Both on the simple undirected
 * graph of the connecting links (parallel links and directions folded, as for the other measures;
 * municipalities and agencies never a step), so a path is a sequence of entities, each step naming
 * every link that joins its two entities and the evidence it rests on ({@link Evidence}).
 * Deterministic: vertices and edges are added in the slice's order and ties fall to it.
 */
public final class Connections {

    /** At most this many paths between two entities. */
    public static final int MAX_PATHS = 50;

    /**
     * One path or the connecting network: its entities (a path in order), the links of each step (all
     * the links that join its two entities), and the evidence they rest on.
     */
    public record Connection(List<String> entities, List<String> links, Evidence evidence) {
        public Connection {
            entities = List.copyOf(entities);
            links = List.copyOf(links);
        }

        /** Steps taken: links between consecutive entities of a path, or the tree's joins. */
        public int steps() {
            return entities.size() - 1;
        }
    }

    /**
     * The chosen entities, the paths (two chosen) or the one connecting network (three or more), the
     * chosen entities that no connecting link reaches from the first (left out), whether there are
     * more paths within the hops than were asked for, and whether the part of the store searched was
     * cut short (a hub's neighbours beyond a limit: a connection through them is not seen).
     */
    public record Result(List<String> chosen, List<Connection> connections, List<String> unreached, boolean more,
                         boolean capped) {
        public Result {
            chosen = List.copyOf(chosen);
            connections = List.copyOf(connections);
            unreached = List.copyOf(unreached);
        }

        /** This result, searched in a part of the store that was cut short. */
        public Result cappedRegion() {
            return new Result(chosen, connections, unreached, more, true);
        }
    }

    private Connections() {
    }

    /**
     * The connections among {@code chosen} in {@code slice} under the link types of {@code connecting}:
     * up to {@code k} paths of at most {@code maxHops} steps between two, the connecting network of three
     * or more.
     */
    public static Result among(GraphSlice slice, Set<String> connecting, List<String> chosen, int k, int maxHops) {
        if (chosen.size() < 2) {
            throw new IllegalArgumentException("at least two entities, not " + chosen.size());
        }
        AnalysisGraph graph = AnalysisGraph.of(slice, connecting);
        Graph<Integer, DefaultWeightedEdge> simple = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < graph.size(); v++) {
            if (!AnalysisGraph.REFERENCE_TYPES.contains(graph.node(v).type())) {
                simple.addVertex(v);
            }
        }
        // the links that join each pair of entities, by the pair's key
        Map<Long, List<Integer>> joining = new HashMap<>();
        for (int v = 0; v < graph.size(); v++) {
            for (int a = graph.firstArc(v); a < graph.endArc(v); a++) {
                int w = graph.target(a);
                if (v < w) {
                    if (!simple.containsEdge(v, w)) {
                        simple.setEdgeWeight(simple.addEdge(v, w), 1.0);
                    }
                    var links = joining.computeIfAbsent(key(v, w), x -> new ArrayList<>());
                    if (!links.contains(graph.edgeOf(a))) {
                        links.add(graph.edgeOf(a));
                    }
                }
            }
        }
        var ends = new ArrayList<Integer>();
        var unknown = new ArrayList<String>();
        for (String id : new LinkedHashSet<>(chosen)) {
            int v = graph.indexOf(id);
            if (v < 0 || !simple.containsVertex(v)) {
                unknown.add(id);
            } else {
                ends.add(v);
            }
        }
        if (ends.isEmpty()) {
            return new Result(chosen, List.of(), unknown, false, false);
        }
        var reached = new ConnectivityInspector<>(simple).connectedSetOf(ends.getFirst());
        var unreached = new ArrayList<>(unknown);
        var terminals = new LinkedHashSet<Integer>();
        for (int v : ends) {
            if (reached.contains(v)) {
                terminals.add(v);
            } else {
                unreached.add(graph.node(v).id());
            }
        }
        if (terminals.size() < 2) {
            return new Result(chosen, List.of(), unreached, false, false);
        }
        boolean more = false;
        var connections = new ArrayList<Connection>();
        if (terminals.size() == 2) {
            var pair = new ArrayList<>(terminals);
            int wanted = Math.max(1, Math.min(k, MAX_PATHS));
            // one more than asked for, to tell whether there are more
            for (var path : new YenKShortestPath<>(simple).getPaths(pair.get(0), pair.get(1), wanted + 1)) {
                if (path.getLength() > maxHops) {
                    break;
                }
                if (connections.size() == wanted) {
                    more = true;
                    break;
                }
                var steps = new ArrayList<long[]>();
                var vertices = path.getVertexList();
                for (int i = 0; i + 1 < vertices.size(); i++) {
                    steps.add(new long[] {vertices.get(i), vertices.get(i + 1)});
                }
                connections.add(connection(graph, vertices, steps, joining));
            }
            // of equally short paths, those through the lower ids first, whatever order Yen found them in
            connections.sort(java.util.Comparator.comparingInt(Connection::steps)
                    .thenComparing(c -> String.join("\u0000", c.entities())));
        } else {
            var tree = new KouMarkowskyBermanAlgorithm<>(simple).getSteinerTree(terminals);
            var vertices = new TreeSet<Integer>(terminals);
            var steps = new ArrayList<long[]>();
            for (DefaultWeightedEdge e : tree.getEdges()) {
                int a = simple.getEdgeSource(e);
                int b = simple.getEdgeTarget(e);
                vertices.add(a);
                vertices.add(b);
                steps.add(new long[] {Math.min(a, b), Math.max(a, b)});
            }
            steps.sort(java.util.Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
            connections.add(connection(graph, new ArrayList<>(vertices), steps, joining));
        }
        return new Result(chosen, connections, unreached, more, false);
    }

    private static Connection connection(AnalysisGraph graph, List<Integer> vertices, List<long[]> steps,
                                         Map<Long, List<Integer>> joining) {
        var entities = vertices.stream().map(v -> graph.node(v).id()).toList();
        var links = new ArrayList<String>();
        Evidence evidence = Evidence.none();
        for (int v : vertices) {
            evidence = evidence.withRecord(graph.node(v).grading());
        }
        for (long[] step : steps) {
            var between = joining.getOrDefault(key((int) step[0], (int) step[1]), List.of());
            var agencies = new TreeSet<String>();
            GraphSlice.Edge strongest = null;
            for (int index : between) {
                GraphSlice.Edge edge = graph.edge(index);
                links.add(edge.id());
                if (edge.agency() != null) {
                    agencies.add(edge.agency());
                }
                if (strongest == null || stronger(edge, strongest)) {
                    strongest = edge;
                }
            }
            // a step rests on the strongest of the links that make it, stated by all their agencies
            if (strongest != null) {
                evidence = evidence.withLink(strongest.grading(), agencies.size());
            }
        }
        return new Connection(entities, links, evidence);
    }

    private static boolean stronger(GraphSlice.Edge a, GraphSlice.Edge b) {
        boolean aGraded = a.grading() != null && org.netzbild.model.Grading.EU_4X4.equals(a.grading().scheme());
        boolean bGraded = b.grading() != null && org.netzbild.model.Grading.EU_4X4.equals(b.grading().scheme());
        if (aGraded != bGraded) {
            return aGraded;
        }
        return aGraded && Evidence.STRENGTH.compare(a.grading(), b.grading()) < 0;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
