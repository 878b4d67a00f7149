package org.netzbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netzbild.model.Grading;
import org.netzbild.model.GraphSlice;
import org.netzbild.testsupport.Networkx;

/**
 * Betweenness, PageRank, closeness and Louvain communities on small published networks that
 * networkx ships, against networkx's own computation of the same measures: values within 1e-9,
 * modularity within 0.02 (both sides keep the best of eight seeded runs).
 */
class CentralityAgainstNetworkxTest {

    private static final String MEASURE = """
            source = nx.convert_node_labels_to_integers(%s)
            G = nx.Graph()  # unweighted and simple, as the chart's links are: no edge weights of the published data
            G.add_nodes_from(source.nodes())
            G.add_edges_from((u, v) for u, v in source.edges() if u != v)
            best = max((nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in range(1, 9)))
            print(json.dumps({
              "n": G.number_of_nodes(),
              "edges": [[int(u), int(v)] for u, v in G.edges()],
              "betweenness": nx.betweenness_centrality(G, normalized=True),
              "pagerank": nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=100000),
              "closeness": nx.closeness_centrality(G),
              "modularity": best}))
            """;

    @ParameterizedTest
    @ValueSource(strings = {
            "nx.karate_club_graph()",
            "nx.florentine_families_graph()",
            "nx.les_miserables_graph()",
            "nx.davis_southern_women_graph()",
            // two components and a lone node: closeness and PageRank of a graph that is not connected
            "nx.disjoint_union_all([nx.karate_club_graph(), nx.florentine_families_graph(), nx.empty_graph(1)])"})
    void theMeasuresAgreeWithNetworkx(String graph) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Networkx.run(MEASURE.formatted(graph)));
        int n = expected.get("n").asInt();
        GraphSlice slice = slice(n, expected.get("edges"));

        KeyPlayers.Result result = KeyPlayers.of(slice, Set.of("ASSOCIATE"), 1L);

        Map<String, KeyPlayers.Player> byId = result.players().stream()
                .collect(Collectors.toMap(KeyPlayers.Player::id, Function.identity()));
        assertThat(byId).hasSize(n);
        for (int v = 0; v < n; v++) {
            KeyPlayers.Player player = byId.get(id(v));
            String node = Integer.toString(v);
            assertThat(player.betweenness()).as("betweenness of %d", v).isCloseTo(expected.get("betweenness").get(node).asDouble(), within(1e-9));
            assertThat(player.pageRank()).as("PageRank of %d", v).isCloseTo(expected.get("pagerank").get(node).asDouble(), within(1e-9));
            assertThat(player.closeness()).as("closeness of %d", v).isCloseTo(expected.get("closeness").get(node).asDouble(), within(1e-9));
        }
        assertThat(result.modularity()).isCloseTo(expected.get("modularity").asDouble(), within(0.02));
    }

    /**
     * Betweenness from a few sources only (what the benchmark compares at 50,000 entities, and
     * Brandes and Pich's estimate): networkx's {@code betweenness_centrality_subset} with every node a
     * target, on a graph of two components so that some sources reach only part of it.
     */
    @org.junit.jupiter.api.Test
    void theBetweennessFromSomeSourcesAgreesWithNetworkxsSubset() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Networkx.run("""
                G = nx.disjoint_union(nx.les_miserables_graph(), nx.karate_club_graph())
                G = nx.Graph((u, v) for u, v in G.edges() if u != v)
                sources = [0, 3, 11, 40, 77, 80, 90]
                print(json.dumps({
                  "n": max(G.nodes()) + 1,
                  "edges": [[int(u), int(v)] for u, v in G.edges()],
                  "sources": sources,
                  "subset": nx.betweenness_centrality_subset(G, sources, list(G.nodes()), normalized=False)}))
                """));
        int n = expected.get("n").asInt();
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        expected.get("edges").forEach(e -> {
            from.add(e.get(0).asInt());
            to.add(e.get(1).asInt());
        });
        int[][] adjacent = Centrality.simple(n, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
        int[] sources = new int[expected.get("sources").size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = expected.get("sources").get(i).asInt();
        }

        double[] ours = Centrality.betweenness(adjacent, sources);

        var subset = expected.get("subset");
        assertThat(subset.size()).isEqualTo(n);
        double largest = 0;
        for (int v = 0; v < n; v++) {
            assertThat(ours[v]).as("betweenness of %d from the sources", v).isCloseTo(subset.get(Integer.toString(v)).asDouble(), within(1e-9));
            largest = Math.max(largest, ours[v]);
        }
        assertThat(largest).as("the sources' paths pass through somebody").isGreaterThan(10);
    }

    static String id(int v) {
        return "n%05d".formatted(v);
    }

    /** The graph as a slice: persons n00000 … and ASSOCIATE links (ids sort as the numbers do). */
    static GraphSlice slice(int n, JsonNode edges) {
        var nodes = new ArrayList<GraphSlice.Node>(n);
        for (int v = 0; v < n; v++) {
            nodes.add(new GraphSlice.Node(id(v), "Person", "pp-essen", Grading.eu("B2"), List.of(), null, null));
        }
        var links = new ArrayList<GraphSlice.Edge>();
        for (JsonNode e : edges) {
            links.add(new GraphSlice.Edge("l" + links.size(), "ASSOCIATE", e.get(0).asInt(), e.get(1).asInt(), "pp-essen",
                    Grading.eu("B2")));
        }
        return new GraphSlice(nodes, links);
    }
}
