package org.netzbild.ui.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.junit.jupiter.api.Test;

class FamilyTreeLayoutTest {

    private final Graph graph = new MultiGraph("family");

    private void family(String from, String relation, String to) {
        for (String node : new String[] {from, to}) {
            if (graph.getNode(node) == null) {
                graph.addNode(node);
            }
        }
        var edge = graph.addEdge(from + "-" + relation + "-" + to, from, to, true);
        edge.setAttribute(ChartLinkAttributes.TYPE, "FAMILY");
        edge.setAttribute(ChartLinkAttributes.RELATION, relation);
    }

    private double x(String id) {
        return GraphPosLengthUtils.nodePosition(graph.getNode(id))[0];
    }

    private double y(String id) {
        return GraphPosLengthUtils.nodePosition(graph.getNode(id))[1];
    }

    @Test
    void parentsStandOneGenerationAboveTheirChildren() {
        family("mother", "PARENT", "daughter");
        family("son", "CHILD", "mother");
        family("daughter", "PARENT", "grandchild");

        new FamilyTreeLayout().apply(graph);

        double generation = y("mother") - y("daughter");
        assertThat(generation).isPositive();
        assertThat(y("son")).isEqualTo(y("daughter"));
        assertThat(y("daughter") - y("grandchild")).isEqualTo(generation);
    }

    @Test
    void spousesStandSideBySideOnTheSameLevel() {
        family("wife", "SPOUSE", "husband");
        family("wife", "PARENT", "child");
        family("aunt", "PARENT", "cousin");
        family("husband", "PARENT", "child");

        new FamilyTreeLayout().apply(graph);

        assertThat(y("wife")).isEqualTo(y("husband"));
        assertThat(Math.abs(x("wife") - x("husband"))).isEqualTo(1.0);
        assertThat(y("wife")).isGreaterThan(y("child"));
    }

    @Test
    void aSpouseMarriedIntoTheFamilyJoinsTheGenerationOfThePartner() {
        family("grandfather", "PARENT", "father");
        family("mother", "SPOUSE", "father");

        new FamilyTreeLayout().apply(graph);

        assertThat(y("mother")).isEqualTo(y("father"));
        assertThat(y("grandfather")).isGreaterThan(y("mother"));
    }
}
