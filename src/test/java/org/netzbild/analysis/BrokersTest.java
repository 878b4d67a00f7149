package org.netzbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Grading;
import org.netzbild.model.GraphSlice;

/**
 * Brokers between jurisdictions against a reference of our own that counts paths instead of
 * accumulating dependencies: for every pair across the border, σ<sub>st</sub>(v) = σ<sub>sv</sub> ·
 * σ<sub>vt</sub> where v lies on a shortest s–t path, over σ<sub>st</sub>.
 */
class BrokersTest {

    /** The links that connect; residences and municipalities only place the persons. */
    private static final Set<String> LINKS = Set.of("ASSOCIATE");

    /**
     * Two groups of persons in two cities, each with a centre of its own, joined through one person who
     * lives in neither: she is the broker, ahead of the centres (each of which is an end of some of the
     * pairs); a person central to a group of one city that has no way to the other scores nothing.
     */
    @Test
    void thePersonWhoJoinsTwoCitiesIsTheBrokerAndOneCentralInOneCityAloneIsNot() {
        var g = new SliceBuilder();
        int gelsenkirchen = g.node("mun-gelsenkirchen", "Municipality", "PP Gelsenkirchen");
        int bottrop = g.node("mun-bottrop", "Municipality", "PP Recklinghausen");
        int addressG = g.node("adr-g", "Address", null);
        int addressB = g.node("adr-b", "Address", null);
        g.link("IN_MUNICIPALITY", addressG, gelsenkirchen);
        g.link("IN_MUNICIPALITY", addressB, bottrop);
        int centreG = g.person("centre-g", addressG);
        int centreB = g.person("centre-b", addressB);
        int hubG = g.person("hub-g", addressG);
        for (int i = 0; i < 4; i++) {
            g.link("ASSOCIATE", centreG, g.person("g" + i, addressG));
            g.link("ASSOCIATE", hubG, g.person("h" + i, addressG));
            g.link("ASSOCIATE", centreB, g.person("b" + i, addressB));
        }
        int broker = g.node("broker", "Person", null);
        g.link("ASSOCIATE", centreG, broker);
        g.link("ASSOCIATE", broker, centreB);

        var result = Brokers.of(g.slice(), LINKS, Brokers.Border.MUNICIPALITY);

        assertThat(result.brokers()).extracting(Brokers.Broker::id).containsExactly("broker", "centre-b", "centre-g");
        assertThat(result.brokers().getFirst().score()).isEqualTo(25.0, within(1e-9));
        assertThat(result.brokers().getFirst().joins()).containsExactly("mun-bottrop", "mun-gelsenkirchen");
        assertThat(result.connectedPairs()).isEqualTo(25);
        assertReference(g.slice(), Brokers.Border.MUNICIPALITY, result);

        var byAuthority = Brokers.of(g.slice(), LINKS, Brokers.Border.POLICE_AUTHORITY);
        assertThat(byAuthority.brokers().getFirst().joins()).containsExactly("PP Gelsenkirchen", "PP Recklinghausen");
    }

    /** Random graphs, each node of one of three agencies or of none, against the path-counting reference. */
    @Test
    void onRandomGraphsTheScoresEqualTheReferencesCountOfPathShares() {
        var random = new Random(20261207L);
        for (int round = 0; round < 25; round++) {
            var g = new SliceBuilder();
            int n = 8 + random.nextInt(25);
            for (int v = 0; v < n; v++) {
                int agency = random.nextInt(4);
                g.node("p" + v, "Person", null, agency == 3 ? null : "agency-" + agency);
            }
            int links = n + random.nextInt(2 * n);
            for (int k = 0; k < links; k++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    g.link("ASSOCIATE", a, b);
                }
            }
            var result = Brokers.of(g.slice(), LINKS, Brokers.Border.AGENCY);
            assertReference(g.slice(), Brokers.Border.AGENCY, result);
        }
    }

    private static void assertReference(GraphSlice slice, Brokers.Border border, Brokers.Result result) {
        double[] expected = reference(slice, border);
        Map<String, Double> actual = new HashMap<>();
        result.brokers().forEach(b -> actual.put(b.id(), b.score()));
        for (int v = 0; v < expected.length; v++) {
            String id = slice.nodes().get(v).id();
            assertThat(actual.getOrDefault(id, 0.0)).as(id).isCloseTo(expected[v], within(1e-9));
        }
    }

    /** The sum over pairs across the border of the share of their shortest paths through each entity. */
    private static double[] reference(GraphSlice slice, Brokers.Border border) {
        int n = slice.nodes().size();
        String[][] where = Brokers.jurisdictions(slice, border);
        var adjacent = new ArrayList<java.util.TreeSet<Integer>>();
        for (int v = 0; v < n; v++) {
            adjacent.add(new java.util.TreeSet<>());
        }
        for (GraphSlice.Edge e : slice.edges()) {
            boolean reference = AnalysisGraph.REFERENCE_TYPES.contains(slice.nodes().get(e.from()).type())
                    || AnalysisGraph.REFERENCE_TYPES.contains(slice.nodes().get(e.to()).type());
            if (e.from() != e.to() && LINKS.contains(e.type()) && !reference) {
                adjacent.get(e.from()).add(e.to());
                adjacent.get(e.to()).add(e.from());
            }
        }
        int[][] distance = new int[n][];
        long[][] paths = new long[n][];
        for (int s = 0; s < n; s++) {
            distance[s] = new int[n];
            paths[s] = new long[n];
            Arrays.fill(distance[s], -1);
            distance[s][s] = 0;
            paths[s][s] = 1;
            var frontier = new ArrayList<>(List.of(s));
            while (!frontier.isEmpty()) {
                var next = new ArrayList<Integer>();
                for (int v : frontier) {
                    for (int w : adjacent.get(v)) {
                        if (distance[s][w] < 0) {
                            distance[s][w] = distance[s][v] + 1;
                            next.add(w);
                        }
                        if (distance[s][w] == distance[s][v] + 1) {
                            paths[s][w] += paths[s][v];
                        }
                    }
                }
                frontier = next;
            }
        }
        double[] score = new double[n];
        for (int s = 0; s < n; s++) {
            for (int t = s + 1; t < n; t++) {
                boolean placed = !AnalysisGraph.REFERENCE_TYPES.contains(slice.nodes().get(s).type())
                        && !AnalysisGraph.REFERENCE_TYPES.contains(slice.nodes().get(t).type());
                if (!placed || distance[s][t] < 0 || !Brokers.across(where[s], where[t])) {
                    continue;
                }
                for (int v = 0; v < n; v++) {
                    if (v != s && v != t && distance[s][v] >= 0 && distance[t][v] >= 0
                            && distance[s][v] + distance[t][v] == distance[s][t]) {
                        score[v] += (double) paths[s][v] * paths[t][v] / paths[s][t];
                    }
                }
            }
        }
        return score;
    }

    /** A slice written node by node. */
    private static final class SliceBuilder {
        private final List<GraphSlice.Node> nodes = new ArrayList<>();
        private final List<GraphSlice.Edge> edges = new ArrayList<>();

        int node(String id, String type, String detail) {
            return node(id, type, detail, "pp-essen");
        }

        int node(String id, String type, String detail, String agency) {
            nodes.add(new GraphSlice.Node(id, type, agency, Grading.eu("B2"), List.of(), detail, null));
            return nodes.size() - 1;
        }

        int person(String id, int address) {
            int v = node(id, "Person", null);
            link("RESIDES_AT", v, address);
            return v;
        }

        void link(String type, int from, int to) {
            edges.add(new GraphSlice.Edge("l" + edges.size(), type, from, to, "pp-essen", Grading.eu("B2")));
        }

        GraphSlice slice() {
            return new GraphSlice(List.copyOf(nodes), List.copyOf(edges));
        }
    }
}
