package org.netzbild.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class ForceDirectedPlacementTest {

    @Test
    void placesEveryNodeAndLeavesAPinnedOneWhereItWas() {
        ChartGraph graph = new ChartGraph();
        for (int i = 0; i < 6; i++) {
            graph.addNode("n" + i);
        }
        for (int i = 1; i < 6; i++) {
            graph.addLink("e" + i, "n0", "n" + i, true, "ASSOCIATE", null);
        }
        graph.move("n3", 12.0, 34.0);
        graph.setPinned("n3", true);

        new ForceDirectedPlacement(ForceAtlasSettings.defaults(9), 500).apply(graph);

        for (int i = 0; i < graph.nodeCount(); i++) {
            assertThat(graph.placed(i)).as(graph.nodeId(i)).isTrue();
        }
        int pinned = graph.indexOf("n3");
        assertThat(graph.x(pinned)).isEqualTo(12.0);
        assertThat(graph.y(pinned)).isEqualTo(34.0);
    }
}
