package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class NewcomersTest {

    private final ChartGraph graph = new ChartGraph();

    private void at(String id, double x, double y) {
        graph.addNode(id);
        graph.move(id, x, y);
    }

    private double[] xy(String id) {
        int i = graph.indexOf(id);
        return graph.placed(i) ? new double[] {graph.x(i), graph.y(i)} : null;
    }

    @Test
    void anExpansionGrowsOutOfTheEntityExpanded() {
        at("hub", 10, 10);
        graph.addNode("new");
        graph.addLink("l", "hub", "new", true, "ASSOCIATE", null);

        Newcomers.place(graph, 0.8);

        assertThat(Math.hypot(xy("new")[0] - 10, xy("new")[1] - 10)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aChainOfNewcomersFollowsItsLinksWhateverTheirOrder() {
        at("hub", 0, 0);
        graph.addNode("c");
        graph.addNode("b");
        graph.addNode("a");
        graph.addLink("1", "hub", "a", true, "ASSOCIATE", null);
        graph.addLink("2", "a", "b", true, "ASSOCIATE", null);
        graph.addLink("3", "b", "c", true, "ASSOCIATE", null);

        Newcomers.place(graph, 1);

        assertThat(Math.hypot(xy("c")[0] - xy("b")[0], xy("c")[1] - xy("b")[1])).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Math.hypot(xy("b")[0] - xy("a")[0], xy("b")[1] - xy("a")[1])).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void newcomersLinkedToNothingStandBesideThePictureEachOnItsOwnPlace() {
        at("left", -5, 0);
        at("right", 5, 2);
        for (int i = 0; i < 9; i++) {
            graph.addNode("import-" + i);
        }

        Newcomers.place(graph, 1);

        var places = new java.util.HashSet<String>();
        for (int i = 0; i < 9; i++) {
            double[] p = xy("import-" + i);
            assertThat(p[0]).isGreaterThan(5);
            places.add(p[0] + "," + p[1]);
        }
        assertThat(places).hasSize(9);
    }

    @Test
    void anExpansionOfAHubStandsInRingsAroundItNoTwoOnOnePlaceAndOpensAwayFromItsNeighbours() {
        at("hub", 0, 0);
        at("old", -3, 0);
        graph.addLink("o", "old", "hub", true, "ASSOCIATE", null);
        for (int i = 0; i < 60; i++) {
            graph.addNode("new-" + i);
            graph.addLink("l" + i, "hub", "new-" + i, true, "IN_MUNICIPALITY", null);
        }

        Newcomers.place(graph, 1);

        var places = new java.util.HashSet<String>();
        for (int i = 0; i < 60; i++) {
            double[] p = xy("new-" + i);
            double distance = Math.hypot(p[0], p[1]);
            // the chart's link length (3) is the first ring's radius; four rings hold sixty
            assertThat(distance).isBetween(3 - 1e-9, 3 * (1 + 0.7 * 4) + 1e-9);
            // the rings open over three quarters of a circle, away from the old neighbour on the left
            assertThat(Math.abs(Math.atan2(p[1], p[0]))).isLessThanOrEqualTo(0.75 * Math.PI + 1e-9);
            places.add(Math.round(p[0] * 100) + "," + Math.round(p[1] * 100));
        }
        assertThat(places).hasSize(60);
    }
}
