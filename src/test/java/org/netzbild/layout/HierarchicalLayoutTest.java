package org.netzbild.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class HierarchicalLayoutTest {

    private final ChartGraph graph = new ChartGraph();

    private void link(String id, String from, String to, String type) {
        graph.addNode(from);
        graph.addNode(to);
        graph.addLink(id, from, to, true, type, null);
    }

    private double y(String id) {
        return graph.y(graph.indexOf(id));
    }

    private double x(String id) {
        return graph.x(graph.indexOf(id));
    }

    @Test
    void anOwnerStandsAboveWhatItOwnsAlongAChain() {
        link("ab", "a", "b", "OWNS");
        link("bc", "b", "c", "OWNS");

        new HierarchicalLayout().apply(graph);

        assertThat(y("a")).isGreaterThan(y("b"));
        assertThat(y("b")).isGreaterThan(y("c"));
    }

    @Test
    void aDirectorStandsAboveTheBusinessAndLinksOfOtherTypesSetNoLayer() {
        link("pd", "person", "business", "DIRECTS");
        link("pr", "person", "flat", "RESIDES_AT");

        new HierarchicalLayout().apply(graph);

        assertThat(y("person")).isGreaterThan(y("business"));
        assertThat(y("flat")).isEqualTo(y("person"));
    }

    @Test
    void aCycleOfOwnershipStillGetsLayers() {
        link("ab", "a", "b", "OWNS");
        link("bc", "b", "c", "OWNS");
        link("ca", "c", "a", "OWNS");

        new HierarchicalLayout().apply(graph);

        assertThat(y("a")).isGreaterThan(y("b"));
        assertThat(y("b")).isGreaterThan(y("c"));
    }

    @Test
    void barycentreOrderingUncrossesTwoOwnershipPairs() {
        // the owners come first in node order, what they own in the crossing order
        graph.addNode("o1");
        graph.addNode("o2");
        graph.addNode("b2");
        graph.addNode("b1");
        link("1", "o1", "b1", "OWNS");
        link("2", "o2", "b2", "OWNS");

        new HierarchicalLayout().apply(graph);

        assertThat(Math.signum(x("o1") - x("o2"))).isEqualTo(Math.signum(x("b1") - x("b2")));
    }
}
