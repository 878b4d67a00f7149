package org.netzbild.ui.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.junit.jupiter.api.Test;

class ForceDirectedPlacementTest {

    @Test
    void placesEveryNodeAndLeavesAPinnedOneWhereItWas() {
        Graph graph = new MultiGraph("placement");
        for (int i = 0; i < 6; i++) {
            graph.addNode("n" + i);
        }
        for (int i = 1; i < 6; i++) {
            graph.addEdge("e" + i, "n0", "n" + i);
        }
        graph.getNode("n3").setAttribute("xyz", 12.0, 34.0, 0.0);
        graph.getNode("n3").setAttribute("layout.frozen");

        new ForceDirectedPlacement(ForceAtlasSettings.defaults(9), 500).apply(graph);

        graph.nodes().forEach(node -> assertThat(node.hasAttribute("xyz")).isTrue());
        double[] pinned = GraphPosLengthUtils.nodePosition(graph.getNode("n3"));
        assertThat(pinned[0]).isEqualTo(12.0);
        assertThat(pinned[1]).isEqualTo(34.0);
    }
}
