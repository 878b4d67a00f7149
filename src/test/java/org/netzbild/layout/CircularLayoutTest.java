package org.netzbild.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class CircularLayoutTest {

    @Test
    void putsEveryNodeOnOneCircleAtEqualSpacing() {
        ChartGraph graph = new ChartGraph();
        int n = 7;
        for (int i = 0; i < n; i++) {
            graph.addNode("n" + i);
        }
        graph.addLink("e", "n0", "n3", false, "ASSOCIATE", null);

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
        ChartGraph graph = new ChartGraph();
        graph.addNode("alone");

        new CircularLayout().apply(graph);

        assertThat(x(graph, 0)).isZero();
        assertThat(y(graph, 0)).isZero();
    }

    private static double x(ChartGraph graph, int i) {
        return graph.x(i);
    }

    private static double y(ChartGraph graph, int i) {
        return graph.y(i);
    }
}
