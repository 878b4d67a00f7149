package org.netzbild.ui.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.geom.Point3;
import org.junit.jupiter.api.Test;

class ForceAtlasLayoutTest {

    private final Graph graph = new MultiGraph("test");

    private ForceAtlasLayout listeningLayout(long seed) {
        ForceAtlasLayout layout = new ForceAtlasLayout(seed);
        graph.addSink(layout);
        return layout;
    }

    private static void run(ForceAtlasLayout layout, int iterations) {
        for (int k = 0; k < iterations; k++) {
            layout.compute();
        }
    }

    private static double distance(ForceAtlasLayout layout, String a, String b) {
        Point3 p = layout.nodePosition(a);
        Point3 q = layout.nodePosition(b);
        return Math.hypot(p.x - q.x, p.y - q.y);
    }

    private void clique(String prefix, int size) {
        for (int i = 0; i < size; i++) {
            graph.addNode(prefix + i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                graph.addEdge(prefix + i + "-" + j, prefix + i, prefix + j);
            }
        }
    }

    @Test
    void linkedNodesEndCloserThanUnlinkedOnes() {
        ForceAtlasLayout layout = listeningLayout(1);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            graph.addNode(id);
        }
        graph.addEdge("ab", "a", "b");
        graph.addEdge("cd", "c", "d");

        run(layout, 300);

        assertThat(distance(layout, "a", "b")).isLessThan(distance(layout, "a", "c"));
        assertThat(distance(layout, "c", "d")).isLessThan(distance(layout, "b", "d"));
    }

    @Test
    void twoUnlinkedClustersEndApart() {
        ForceAtlasLayout layout = listeningLayout(2);
        clique("l", 6);
        clique("r", 6);

        run(layout, 500);

        double widestWithin = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                widestWithin = Math.max(widestWithin, distance(layout, "l" + i, "l" + j));
                widestWithin = Math.max(widestWithin, distance(layout, "r" + i, "r" + j));
            }
        }
        double closestBetween = Double.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                closestBetween = Math.min(closestBetween, distance(layout, "l" + i, "r" + j));
            }
        }
        assertThat(closestBetween).isGreaterThan(widestWithin);
    }

    @Test
    void aPinnedNodeDoesNotMove() {
        ForceAtlasLayout layout = listeningLayout(3);
        clique("n", 5);
        graph.getNode("n0").setAttribute("xyz", 40.0, -25.0, 0.0);
        graph.getNode("n0").setAttribute("ui.pinned");

        run(layout, 100);

        assertThat(layout.nodePosition("n0")).isEqualTo(new Point3(40, -25, 0));
    }

    @Test
    void aNodeFrozenThroughTheLayoutInterfaceDoesNotMove() {
        ForceAtlasLayout layout = listeningLayout(3);
        clique("n", 5);
        layout.compute();
        Point3 before = layout.nodePosition("n1");

        layout.freezeNode("n1", true);
        run(layout, 50);

        assertThat(layout.nodePosition("n1")).isEqualTo(before);
    }

    @Test
    void theSameSeedGivesTheSameLayout() {
        ForceAtlasLayout first = listeningLayout(42);
        ForceAtlasLayout second = listeningLayout(42);
        clique("n", 7);
        graph.addNode("lonely");

        run(first, 80);
        run(second, 80);

        for (String id : new String[] {"n0", "n3", "n6", "lonely"}) {
            assertThat(second.nodePosition(id)).isEqualTo(first.nodePosition(id));
        }
    }

    @Test
    void anotherSeedGivesAnotherStart() {
        ForceAtlasLayout first = listeningLayout(42);
        ForceAtlasLayout second = listeningLayout(43);
        clique("n", 4);

        assertThat(second.nodePosition("n0")).isNotEqualTo(first.nodePosition("n0"));
    }

    @Test
    void aSmallGraphBecomesStable() {
        ForceAtlasLayout layout = listeningLayout(5);
        clique("a", 5);
        clique("b", 4);
        graph.addEdge("bridge", "a0", "b0");

        run(layout, 1000);

        assertThat(layout.getStabilization()).isGreaterThan(layout.getStabilizationLimit());
    }

    @Test
    void aChangedGraphIsNoLongerStable() {
        ForceAtlasLayout layout = listeningLayout(5);
        clique("a", 5);
        run(layout, 1000);

        graph.addNode("newcomer");
        graph.addEdge("join", "newcomer", "a0");

        assertThat(layout.getStabilization()).isZero();
    }

    @Test
    void removedNodesLeaveTheLayoutAndTheRestKeepsGoing() {
        ForceAtlasLayout layout = listeningLayout(6);
        clique("n", 6);
        run(layout, 20);

        graph.removeNode("n2");
        graph.removeNode("n4");
        run(layout, 20);

        assertThat(layout.nodePosition("n2")).isNull();
        assertThat(layout.nodePosition("n5")).isNotNull();
        assertThat(layout.getNodeMovedCount()).isEqualTo(4);
    }

    @Test
    void positionsReachTheGraphThroughTheLayoutsSinks() {
        ForceAtlasLayout layout = listeningLayout(7);
        clique("n", 3);
        layout.addAttributeSink(graph);

        layout.compute();

        Point3 inLayout = layout.nodePosition("n1");
        Object[] xyz = (Object[]) graph.getNode("n1").getAttribute("xyz");
        assertThat(xyz).containsExactly(inLayout.x, inLayout.y, 0.0);
    }
}
