package org.netzbild.chart.paint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

class ChartElementsTest {

    private final ChartGraph graph = new ChartGraph();
    private int frames;
    private final ChartElements elements = new ChartElements(graph, ChartStyle.standard(), () -> frames++);

    private void entity(String id, String type, double x, double y) {
        graph.addNode(id);
        graph.setLooks(id, id.toUpperCase(), type, null);
        graph.move(id, x, y);
    }

    @Test
    void theArraysHoldTheGraphsEntitiesAndLinks() {
        entity("a", "Person", 1, 2);
        entity("b", "Business", 3, 4);
        graph.addLink("ab", "a", "b", true, "OWNS", null);

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
    void aMoveIsSeenInTheArraysWithoutARebuild() {
        entity("a", "Person", 1, 2);
        elements.refresh();
        int generation = elements.generation();
        int framesBefore = frames;

        graph.move("a", 7, 8);
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
        graph.setSelected("a", true);
        graph.setLooks("a", "renamed", "Person", null);
        elements.refresh();

        assertThat(elements.generation()).isEqualTo(generation + 1);
        assertThat(elements.nodeCount).isEqualTo(2);
        assertThat(elements.labels[elements.indexOf("a")]).isEqualTo("renamed");
    }

    @Test
    void anEntityWithThePossibleDuplicateClassIsBadgedAndKeepsTheLookOfItsType() {
        entity("pair", "Person", 0, 0);
        entity("alone", "Person", 10, 0);
        graph.setLooks("pair", "PAIR", "Person, " + ChartElements.POSSIBLE_DUPLICATE, null);
        elements.refresh();

        assertThat(elements.badged[elements.indexOf("pair")]).isTrue();
        assertThat(elements.badged[elements.indexOf("alone")]).isFalse();
        assertThat(elements.looks[elements.indexOf("pair")]).isSameAs(elements.looks[elements.indexOf("alone")]);
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
        graph.setSelected("selected", true);
        graph.setLooks("highlighted", "HIGHLIGHTED", "Person, highlight", null);

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
        graph.addLink("ab1", "a", "b", true, "ASSOCIATE", null);
        graph.addLink("ba", "b", "a", true, "ASSOCIATE", null);
        graph.addLink("ac", "a", "c", true, "ASSOCIATE", null);

        elements.refresh();

        int ab = graph.linkIndexOf("ab1");
        int ba = graph.linkIndexOf("ba");
        int ac = graph.linkIndexOf("ac");
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

        graph.move("a", 5.0, 5.0);

        assertThat(frames).isEqualTo(framesBefore);
    }

    @Test
    void aRemovedEntityTakesItsLinksAlongAndTheRestKeepTheirPlaces() {
        entity("a", "Person", 1, 2);
        entity("b", "Business", 3, 4);
        entity("c", "Vehicle", 5, 6);
        graph.addLink("bc", "b", "c", true, "OWNS", null);
        elements.refresh();
        String[] idsDrawn = elements.ids;

        graph.removeNode("b");
        elements.refresh();

        assertThat(idsDrawn).startsWith("a", "b", "c");
        assertThat(elements.nodeCount).isEqualTo(2);
        assertThat(elements.linkCount).isZero();
        assertThat(elements.x[elements.indexOf("c")]).isEqualTo(5);
        assertThat(elements.ids[elements.indexOf("c")]).isEqualTo("c");
    }
}
