package org.netzbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Grading;
import org.netzbild.model.GraphSlice;

/**
 * Connections among a selection against references of our own: every simple path up to the hops,
 * found by depth-first search (the k shortest have the k shortest lengths), and the fewest links that
 * join three or more entities, found by trying every set of other entities (the Steiner tree
 * approximation stays within 2(1 − 1/t) of it).
 */
class ConnectionsTest {

    private static final Set<String> LINKS = Set.of("ASSOCIATE", "OWNS");

    @Test
    void theKShortestPathsBetweenTwoAreTheShortestSimplePathsWithinTheHopsShortestFirst() {
        var random = new Random(20261208L);
        for (int round = 0; round < 30; round++) {
            var g = randomGraph(random, 7 + random.nextInt(7));
            int maxHops = 2 + random.nextInt(4);
            int k = 1 + random.nextInt(6);
            var result = Connections.among(g.slice(), LINKS, List.of("p0", "p1"), k, maxHops);

            var all = simplePaths(g, 0, 1, maxHops);
            all.sort(java.util.Comparator.comparingInt(List::size));
            var lengths = all.stream().map(p -> p.size() - 1).limit(k).toList();
            assertThat(result.connections()).extracting(Connections.Connection::steps).as("round %d", round)
                    .containsExactlyElementsOf(lengths);
            assertThat(result.more()).isEqualTo(all.size() > k);
            var seen = new HashSet<List<String>>();
            for (var c : result.connections()) {
                assertThat(c.entities().getFirst()).isEqualTo("p0");
                assertThat(c.entities().getLast()).isEqualTo("p1");
                assertThat(new HashSet<>(c.entities())).as("a simple path").hasSize(c.entities().size());
                for (int i = 0; i + 1 < c.entities().size(); i++) {
                    assertThat(g.adjacent(c.entities().get(i), c.entities().get(i + 1))).isTrue();
                }
                assertThat(seen.add(c.entities())).as("each path once").isTrue();
            }
        }
    }

    @Test
    void threeOrMoreAreJoinedByATreeWithinTwiceTheFewestLinks() {
        var random = new Random(20261209L);
        for (int round = 0; round < 30; round++) {
            var g = randomGraph(random, 6 + random.nextInt(6));
            var chosen = List.of("p0", "p1", "p2", "p3").subList(0, 3 + random.nextInt(2));
            var result = Connections.among(g.slice(), LINKS, chosen, 5, 8);
            var reached = g.component(0);
            var terminals = chosen.stream().filter(id -> reached.contains(Integer.parseInt(id.substring(1)))).toList();
            assertThat(result.unreached()).containsExactlyInAnyOrderElementsOf(
                    chosen.stream().filter(id -> !terminals.contains(id)).toList());
            if (terminals.size() < 2) {
                assertThat(result.connections()).isEmpty();
                continue;
            }
            var tree = result.connections().getFirst();
            assertThat(tree.entities()).containsAll(terminals);
            int optimum = fewestLinks(g, terminals);
            assertThat(tree.steps()).as("round %d", round).isGreaterThanOrEqualTo(optimum)
                    .isLessThanOrEqualTo((int) Math.floor(2 * (1 - 1.0 / terminals.size()) * optimum + 1e-9));
            assertThat(g.connects(tree.entities())).as("the network is connected").isTrue();
        }
    }

    @Test
    void aStepNamesEveryLinkThatJoinsItsEntitiesAndThePathRestsOnTheWeakestStep() {
        var g = new Graph(4);
        g.link(0, 2, "B2", "pp-essen");
        g.link(0, 2, "A1", "stfa-essen");
        g.link(2, 1, "C4", "pp-essen");
        g.link(0, 3, "B2", "pp-essen");
        var result = Connections.among(g.slice(), LINKS, List.of("p0", "p1"), 3, 4);

        var path = result.connections().getFirst();
        assertThat(path.entities()).containsExactly("p0", "p2", "p1");
        assertThat(path.links()).containsExactly("l0", "l1", "l2");
        assertThat(path.evidence().weakestCode()).isEqualTo("C4");
        assertThat(path.evidence().singleSourced()).as("the second step only, the first is stated by two agencies").isEqualTo(1);
        assertThat(result.unreached()).isEmpty();
    }

    // ---------------------------------------------------------------- references

    private static Graph randomGraph(Random random, int n) {
        var g = new Graph(n);
        int links = n + random.nextInt(n + 1);
        for (int i = 0; i < links; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                g.link(a, b, "B2", "pp-essen");
            }
        }
        return g;
    }

    private static List<List<Integer>> simplePaths(Graph g, int from, int to, int maxHops) {
        var found = new ArrayList<List<Integer>>();
        var path = new ArrayList<>(List.of(from));
        walk(g, to, maxHops, path, found);
        return found;
    }

    private static void walk(Graph g, int to, int maxHops, List<Integer> path, List<List<Integer>> found) {
        int at = path.getLast();
        if (at == to) {
            found.add(List.copyOf(path));
            return;
        }
        if (path.size() - 1 == maxHops) {
            return;
        }
        for (int next : g.neighbours(at)) {
            if (!path.contains(next)) {
                path.add(next);
                walk(g, to, maxHops, path, found);
                path.removeLast();
            }
        }
    }

    /** The fewest links that join the chosen: the smallest connected set of entities holding them, less one. */
    private static int fewestLinks(Graph g, List<String> chosen) {
        var terminals = chosen.stream().map(id -> Integer.parseInt(id.substring(1))).toList();
        var others = new ArrayList<Integer>();
        for (int v = 0; v < g.n; v++) {
            if (!terminals.contains(v)) {
                others.add(v);
            }
        }
        int best = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << others.size(); mask++) {
            var set = new TreeSet<>(terminals);
            for (int i = 0; i < others.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(others.get(i));
                }
            }
            if (set.size() - 1 < best && g.connects(set.stream().map(v -> "p" + v).toList())) {
                best = set.size() - 1;
            }
        }
        return best;
    }

    /** A small graph of persons p0…, and the slice it makes. */
    private static final class Graph {
        final int n;
        private final List<GraphSlice.Edge> edges = new ArrayList<>();
        private final List<Set<Integer>> adjacent = new ArrayList<>();

        Graph(int n) {
            this.n = n;
            for (int v = 0; v < n; v++) {
                adjacent.add(new TreeSet<>());
            }
        }

        void link(int a, int b, String grading, String agency) {
            edges.add(new GraphSlice.Edge("l" + edges.size(), edges.size() % 2 == 0 ? "ASSOCIATE" : "OWNS", a, b, agency,
                    Grading.eu(grading)));
            adjacent.get(a).add(b);
            adjacent.get(b).add(a);
        }

        Set<Integer> neighbours(int v) {
            return adjacent.get(v);
        }

        boolean adjacent(String a, String b) {
            return adjacent.get(Integer.parseInt(a.substring(1))).contains(Integer.parseInt(b.substring(1)));
        }

        Set<Integer> component(int from) {
            var seen = new TreeSet<>(List.of(from));
            var stack = new ArrayList<>(List.of(from));
            while (!stack.isEmpty()) {
                for (int w : adjacent.get(stack.removeLast())) {
                    if (seen.add(w)) {
                        stack.add(w);
                    }
                }
            }
            return seen;
        }

        /** Whether these entities alone are connected by the graph's links among them. */
        boolean connects(List<String> ids) {
            var within = ids.stream().map(id -> Integer.parseInt(id.substring(1))).collect(java.util.stream.Collectors.toSet());
            int start = within.iterator().next();
            var seen = new TreeSet<>(List.of(start));
            var stack = new ArrayList<>(List.of(start));
            while (!stack.isEmpty()) {
                for (int w : adjacent.get(stack.removeLast())) {
                    if (within.contains(w) && seen.add(w)) {
                        stack.add(w);
                    }
                }
            }
            return seen.size() == within.size();
        }

        GraphSlice slice() {
            var nodes = new ArrayList<GraphSlice.Node>();
            for (int v = 0; v < n; v++) {
                nodes.add(new GraphSlice.Node("p" + v, "Person", "pp-essen", Grading.eu("B2"), List.of(), null, null));
            }
            return new GraphSlice(nodes, List.copyOf(edges));
        }
    }
}
