package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.junit.jupiter.api.Test;

class ChartElementsTest {

    private final Graph graph = new MultiGraph("test", false, true);
    private int frames;
    private final ChartElements elements = new ChartElements(graph, ChartStyle.standard(), () -> frames++);

    private void entity(String id, String type, double x, double y) {
        var node = graph.addNode(id);
        node.setAttribute("ui.class", type);
        node.setAttribute("ui.label", id.toUpperCase());
        node.setAttribute("xyz", x, y, 0.0);
    }

    @Test
    void theArraysHoldTheGraphsEntitiesAndLinks() {
        entity("a", "Person", 1, 2);
        entity("b", "Business", 3, 4);
        graph.addEdge("ab", "a", "b", true).setAttribute("ui.class", "OWNS");

        elements.refresh();

        assertThat(elements.nodeCount).isEqualTo(2);
        int a = elements.indexOf("a");
        int b = elements.indexOf("b");
        assertThat(elements.x[a]).isEqualTo(1);
        assertThat(elements.y[b]).isEqualTo(4);
        assertThat(elements.labels[a]).isEqualTo("A");
        assertThat(elements.looks[b]).isEqualTo(ChartStyle.standard().node("Business", false, null));
        assertThat(elements.linkCount).isEqualTo(1);
        assertThat(elements.from[0]).isEqualTo(a);
        assertThat(elements.to[0]).isEqualTo(b);
        assertThat(elements.directed[0]).isTrue();
    }

    @Test
    void aMoveIsWrittenIntoTheArraysWithoutARebuild() {
        entity("a", "Person", 1, 2);
        elements.refresh();
        int generation = elements.generation();
        int framesBefore = frames;

        graph.getNode("a").setAttribute("xyz", new double[] {7, 8, 0});
        elements.refresh();

        assertThat(elements.generation()).isEqualTo(generation);
        assertThat(elements.x[elements.indexOf("a")]).isEqualTo(7);
        assertThat(frames).isGreaterThan(framesBefore);
    }

    @Test
    void anyOtherChangeRebuildsTheArraysOnceAtTheNextRefresh() {
        entity("a", "Person", 1, 2);
        elements.refresh();
        int generation = elements.generation();

        entity("b", "Vehicle", 0, 0);
        graph.getNode("a").setAttribute("ui.selected", true);
        graph.getNode("a").setAttribute("ui.label", "renamed");
        elements.refresh();

        assertThat(elements.generation()).isEqualTo(generation + 1);
        assertThat(elements.nodeCount).isEqualTo(2);
        assertThat(elements.labels[elements.indexOf("a")]).isEqualTo("renamed");
    }

    @Test
    void anEntityWithoutAPlaceHasNoCoordinates() {
        graph.addNode("nowhere");

        elements.refresh();

        assertThat(elements.x[0]).isNaN();
    }

    @Test
    void selectedAndHighlightedEntitiesAreDrawnLastAndMarked() {
        entity("selected", "Person", 0, 0);
        entity("highlighted", "Person", 0, 0);
        entity("plain", "Person", 0, 0);
        graph.getNode("selected").setAttribute("ui.selected", true);
        graph.getNode("highlighted").setAttribute("ui.class", "Person, highlight");

        elements.refresh();

        assertThat(elements.ids[elements.nodeOrder[0]]).isEqualTo("plain");
        assertThat(elements.ids[elements.nodeOrder[1]]).isEqualTo("highlighted");
        assertThat(elements.ids[elements.nodeOrder[2]]).isEqualTo("selected");
        assertThat(elements.marked[elements.indexOf("selected")]).isTrue();
        assertThat(elements.marked[elements.indexOf("highlighted")]).isTrue();
        assertThat(elements.marked[elements.indexOf("plain")]).isFalse();
    }

    @Test
    void parallelLinksBowToOppositeSidesAndASingleLinkIsStraight() {
        entity("a", "Person", 0, 0);
        entity("b", "Business", 10, 0);
        entity("c", "Business", 0, 10);
        graph.addEdge("ab1", "a", "b", true);
        graph.addEdge("ba", "b", "a", true);
        graph.addEdge("ac", "a", "c", true);

        elements.refresh();

        int ab = graph.getEdge("ab1").getIndex();
        int ba = graph.getEdge("ba").getIndex();
        int ac = graph.getEdge("ac").getIndex();
        assertThat(elements.bend[ac]).isZero();
        assertThat(Math.abs(elements.bend[ab])).isEqualTo(ChartElements.PARALLEL_SPACING / 2);
        // a → b bowing to its left and b → a bowing to its left lie on opposite sides of the pair
        assertThat(elements.bend[ab]).isEqualTo(elements.bend[ba]);
    }

    @Test
    void aDetachedChartNoLongerFollowsTheGraph() {
        entity("a", "Person", 1, 2);
        elements.refresh();
        elements.detach();
        int framesBefore = frames;

        graph.getNode("a").setAttribute("xyz", 5.0, 5.0, 0.0);

        assertThat(frames).isEqualTo(framesBefore);
    }
}
