package org.netzbild.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class FamilyTreeLayoutTest {

    private final ChartGraph graph = new ChartGraph();

    private void family(String from, String relation, String to) {
        graph.addNode(from);
        graph.addNode(to);
        graph.addLink(from + "-" + relation + "-" + to, from, to, true, "FAMILY", relation);
    }

    private double x(String id) {
        return graph.x(graph.indexOf(id));
    }

    private double y(String id) {
        return graph.y(graph.indexOf(id));
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
