package org.netzbild.ui.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.junit.jupiter.api.Test;

class HierarchicalLayoutTest {

    private final Graph graph = new MultiGraph("chain");

    private void link(String id, String from, String to, String type) {
        for (String node : new String[] {from, to}) {
            if (graph.getNode(node) == null) {
                graph.addNode(node);
            }
        }
        graph.addEdge(id, from, to, true).setAttribute(ChartLinkAttributes.TYPE, type);
    }

    private double y(String id) {
        return GraphPosLengthUtils.nodePosition(graph.getNode(id))[1];
    }

    private double x(String id) {
        return GraphPosLengthUtils.nodePosition(graph.getNode(id))[0];
    }

    @Test
    void anOwnerStandsAboveWhatItOwnsAlongAChain() {
        link("ab", "a", "b", "OWNS");
        link("bc", "b", "c", "OWNS");

        new HierarchicalLayout().apply(graph);

        assertThat(y("a")).isGreaterThan(y("b"));
        assertThat(y("b")).isGreaterThan(y("c"));
    }

    @Test
    void aDirectorStandsAboveTheBusinessAndLinksOfOtherTypesSetNoLayer() {
        link("pd", "person", "business", "DIRECTS");
        link("pr", "person", "flat", "RESIDES_AT");

        new HierarchicalLayout().apply(graph);

        assertThat(y("person")).isGreaterThan(y("business"));
        assertThat(y("flat")).isEqualTo(y("person"));
    }

    @Test
    void aCycleOfOwnershipStillGetsLayers() {
        link("ab", "a", "b", "OWNS");
        link("bc", "b", "c", "OWNS");
        link("ca", "c", "a", "OWNS");

        new HierarchicalLayout().apply(graph);

        assertThat(y("a")).isGreaterThan(y("b"));
        assertThat(y("b")).isGreaterThan(y("c"));
    }

    @Test
    void barycentreOrderingUncrossesTwoOwnershipPairs() {
        // the owners come first in node order, what they own in the crossing order
        graph.addNode("o1");
        graph.addNode("o2");
        graph.addNode("b2");
        graph.addNode("b1");
        link("1", "o1", "b1", "OWNS");
        link("2", "o2", "b2", "OWNS");

        new HierarchicalLayout().apply(graph);

        assertThat(Math.signum(x("o1") - x("o2"))).isEqualTo(Math.signum(x("b1") - x("b2")));
    }
}
