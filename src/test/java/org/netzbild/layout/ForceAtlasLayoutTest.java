package org.netzbild.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class ForceAtlasLayoutTest {

    /** Every layout made here hears of every node and link added or removed here, in order. */
    private final List<ForceAtlasLayout> layouts = new ArrayList<>();

    private ForceAtlasLayout listeningLayout(long seed) {
        ForceAtlasLayout layout = new ForceAtlasLayout(seed);
        layouts.add(layout);
        return layout;
    }

    private void addNode(String id) {
        layouts.forEach(l -> l.addNode(id));
    }

    private void addLink(String id, String from, String to) {
        layouts.forEach(l -> l.addLink(id, from, to));
    }

    private void removeNode(String id) {
        layouts.forEach(l -> l.removeNode(id));
    }

    private static void run(ForceAtlasLayout layout, int iterations) {
        for (int k = 0; k < iterations; k++) {
            layout.compute();
        }
    }

    private static double distance(ForceAtlasLayout layout, String a, String b) {
        double[] p = layout.nodePosition(a);
        double[] q = layout.nodePosition(b);
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    private void clique(String prefix, int size) {
        for (int i = 0; i < size; i++) {
            addNode(prefix + i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                addLink(prefix + i + "-" + j, prefix + i, prefix + j);
            }
        }
    }

    @Test
    void linkedNodesEndCloserThanUnlinkedOnes() {
        ForceAtlasLayout layout = listeningLayout(1);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            addNode(id);
        }
        addLink("ab", "a", "b");
        addLink("cd", "c", "d");

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
    void anEntityPinnedOnTheChartIsLoadedFrozenWhereItStands() {
        var chart = new ChartGraph();
        for (int i = 0; i < 5; i++) {
            chart.addNode("n" + i);
        }
        for (int i = 1; i < 5; i++) {
            chart.addLink("l" + i, "n0", "n" + i, true, "ASSOCIATE", null);
        }
        chart.move("n0", 40.0, -25.0);
        chart.setPinned("n0", true);
        ForceAtlasLayout layout = new ForceAtlasLayout(3);
        layout.load(chart);

        run(layout, 100);

        assertThat(layout.nodePosition("n0")).containsExactly(40, -25);
        assertThat(layout.nodePosition("n1")).isNotNull();
    }

    @Test
    void aNodeFrozenThroughTheLayoutInterfaceDoesNotMove() {
        ForceAtlasLayout layout = listeningLayout(3);
        clique("n", 5);
        layout.compute();
        double[] before = layout.nodePosition("n1");

        layout.freezeNode("n1", true);
        run(layout, 50);

        assertThat(layout.nodePosition("n1")).containsExactly(before);
    }

    @Test
    void theSameSeedGivesTheSameLayout() {
        ForceAtlasLayout first = listeningLayout(42);
        ForceAtlasLayout second = listeningLayout(42);
        clique("n", 7);
        addNode("lonely");

        run(first, 80);
        run(second, 80);

        for (String id : new String[] {"n0", "n3", "n6", "lonely"}) {
            assertThat(second.nodePosition(id)).containsExactly(first.nodePosition(id));
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
        addLink("bridge", "a0", "b0");

        run(layout, 1000);

        assertThat(layout.stabilization()).isGreaterThan(layout.stabilizationLimit());
        assertThat(layout.settled()).isTrue();
    }

    @Test
    void aChangedGraphIsNoLongerStable() {
        ForceAtlasLayout layout = listeningLayout(5);
        clique("a", 5);
        run(layout, 1000);

        addNode("newcomer");
        addLink("join", "newcomer", "a0");

        assertThat(layout.stabilization()).isZero();
        assertThat(layout.settled()).isFalse();
    }

    @Test
    void removedNodesLeaveTheLayoutAndTheRestKeepsGoing() {
        ForceAtlasLayout layout = listeningLayout(6);
        clique("n", 6);
        run(layout, 20);

        removeNode("n2");
        removeNode("n4");
        run(layout, 20);

        assertThat(layout.nodePosition("n2")).isNull();
        assertThat(layout.nodePosition("n5")).isNotNull();
        assertThat(layout.movedCount()).isEqualTo(4);
    }

    @Test
    void positionsReachTheChartsEntitiesWithTheSameIds() {
        var chart = new ChartGraph();
        chart.addNode("n1");
        chart.addNode("elsewhere");
        ForceAtlasLayout layout = listeningLayout(7);
        clique("n", 3);

        layout.compute();
        layout.writePositions(chart);

        double[] inLayout = layout.nodePosition("n1");
        assertThat(chart.x(chart.indexOf("n1"))).isEqualTo(inLayout[0]);
        assertThat(chart.y(chart.indexOf("n1"))).isEqualTo(inLayout[1]);
        assertThat(chart.placed(chart.indexOf("elsewhere"))).isFalse();
    }
}
