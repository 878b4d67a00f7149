package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.junit.jupiter.api.Test;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;
import org.netzbild.ui.chart.layout.NodePosition;

class RunningLayoutTest {

    private final Graph graph = new MultiGraph("test", false, true);
    private final RunningLayout layout = new RunningLayout(graph);

    private void triangle() {
        graph.addNode("a");
        graph.addNode("b");
        graph.addNode("c");
        graph.addEdge("ab", "a", "b");
        graph.addEdge("bc", "b", "c");
        graph.addEdge("ca", "c", "a");
    }

    private double[] position(String id) {
        return NodePosition.xy(graph.getNode(id).getAttribute("xyz"));
    }

    @Test
    void aStepWritesThePositionsIntoTheGraph() {
        triangle();
        layout.start(new ForceAtlasLayout(1));

        layout.step(RunningLayout.MIN_BUDGET_NANOS);

        assertThat(position("a")).isNotNull();
        assertThat(position("b")).isNotEqualTo(position("a"));
    }

    @Test
    void aPinnedEntityStaysWhereItStands() {
        triangle();
        graph.getNode("a").setAttribute("xyz", 500.0, 500.0, 0.0);
        graph.getNode("a").setAttribute("layout.frozen", true);
        layout.start(new ForceAtlasLayout(1));

        layout.step(RunningLayout.MIN_BUDGET_NANOS);

        assertThat(position("a")).containsExactly(500, 500, 0);
    }

    @Test
    void aSettledLayoutIsWokenByAChangeOfTheGraph() {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        for (int k = 0; k < 10_000 && layout.step(RunningLayout.MIN_BUDGET_NANOS); k++) {
            // until settled
        }
        assertThat(layout.settled()).isTrue();

        graph.addNode("d");
        graph.addEdge("da", "d", "a");

        assertThat(layout.settled()).isFalse();
    }

    @Test
    void aHeldEntityStaysWhereItIsPut() {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        layout.step(RunningLayout.MIN_BUDGET_NANOS);

        layout.hold("b", true);
        graph.getNode("b").setAttribute("xyz", -40.0, 12.0, 0.0);
        layout.step(RunningLayout.MIN_BUDGET_NANOS);

        assertThat(position("b")).containsExactly(-40, 12, 0);
    }

    @Test
    void aStoppedLayoutMovesNothing() {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        layout.step(RunningLayout.MIN_BUDGET_NANOS);
        double[] before = position("a").clone();

        layout.stop();
        graph.addNode("d");

        assertThat(layout.running()).isFalse();
        assertThat(layout.step(RunningLayout.MIN_BUDGET_NANOS)).isFalse();
        assertThat(position("a")).containsExactly(before);
    }

    @Test
    void slowFramesGiveTheLayoutMoreOfEachPulseUpToALimit() {
        assertThat(RunningLayout.budget(16_666_667)).isEqualTo(8_333_333);
        assertThat(RunningLayout.budget(1_000_000)).isEqualTo(RunningLayout.MIN_BUDGET_NANOS);
        assertThat(RunningLayout.budget(1_000_000_000)).isEqualTo(RunningLayout.MAX_BUDGET_NANOS);
    }
}
