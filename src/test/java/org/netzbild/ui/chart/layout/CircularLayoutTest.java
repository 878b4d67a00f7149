package org.netzbild.ui.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.junit.jupiter.api.Test;

class CircularLayoutTest {

    @Test
    void putsEveryNodeOnOneCircleAtEqualSpacing() {
        Graph graph = new MultiGraph("ring");
        int n = 7;
        for (int i = 0; i < n; i++) {
            graph.addNode("n" + i);
        }
        graph.addEdge("e", "n0", "n3");

        new CircularLayout(2.0).apply(graph);

        double radius = Math.hypot(x(graph, 0), y(graph, 0));
        for (int i = 0; i < n; i++) {
            assertThat(Math.hypot(x(graph, i), y(graph, i))).isCloseTo(radius, within(1e-9));
            int j = (i + 1) % n;
            assertThat(Math.hypot(x(graph, i) - x(graph, j), y(graph, i) - y(graph, j))).isCloseTo(2.0, within(1e-9));
        }
    }

    @Test
    void aSingleNodeSitsAtTheCentre() {
        Graph graph = new MultiGraph("one");
        graph.addNode("alone");

        new CircularLayout().apply(graph);

        assertThat(x(graph, 0)).isZero();
        assertThat(y(graph, 0)).isZero();
    }

    private static double x(Graph graph, int i) {
        return GraphPosLengthUtils.nodePosition(graph.getNode(i))[0];
    }

    private static double y(Graph graph, int i) {
        return GraphPosLengthUtils.nodePosition(graph.getNode(i))[1];
    }
}
