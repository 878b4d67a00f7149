package org.netzbild.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartGraphTest {

    private final ChartGraph graph = new ChartGraph();
    private final List<String> heard = new ArrayList<>();

    ChartGraphTest() {
        graph.addListener(new ChartGraph.Listener() {
            @Override
            public void nodeAdded(String id) {
                heard.add("+" + id);
            }

            @Override
            public void nodeRemoved(String id) {
                heard.add("-" + id);
            }

            @Override
            public void linkAdded(String id, String fromId, String toId) {
                heard.add("+" + id + ":" + fromId + ">" + toId);
            }

            @Override
            public void linkRemoved(String id) {
                heard.add("-" + id);
            }

            @Override
            public void moved(int index) {
                heard.add("moved " + graph.nodeId(index));
            }

            @Override
            public void pinChanged(int index) {
                heard.add((graph.pinned(index) ? "pinned " : "unpinned ") + graph.nodeId(index));
            }

            @Override
            public void looksChanged() {
                heard.add("looks");
            }
        });
    }

    private void nodes(String... ids) {
        for (String id : ids) {
            graph.addNode(id);
        }
    }

    @Test
    void entitiesAndLinksKeepTheOrderTheyWereAddedInWithDenseIndexes() {
        nodes("a", "b", "c");
        graph.addLink("ab", "a", "b", true, "OWNS", null);
        graph.addLink("cb", "c", "b", false, "FAMILY", "SPOUSE");

        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(graph.nodeId(2)).isEqualTo("c");
        assertThat(graph.indexOf("b")).isEqualTo(1);
        assertThat(graph.linkCount()).isEqualTo(2);
        int cb = graph.linkIndexOf("cb");
        assertThat(graph.from(cb)).isEqualTo(2);
        assertThat(graph.to(cb)).isEqualTo(1);
        assertThat(graph.directed(cb)).isFalse();
        assertThat(graph.linkType(cb)).isEqualTo("FAMILY");
        assertThat(graph.relation(cb)).isEqualTo("SPOUSE");
    }

    @Test
    void anEntityHasNoPlaceUntilItIsMoved() {
        nodes("a");

        assertThat(graph.placed(0)).isFalse();
        graph.move("a", 1, 2);

        assertThat(graph.placed(0)).isTrue();
        assertThat(graph.xs()[0]).isEqualTo(1);
        assertThat(graph.ys()[0]).isEqualTo(2);
    }

    @Test
    void addingWhatIsThereAlreadyChangesNothing() {
        nodes("a", "b");
        graph.move("a", 5, 6);
        graph.addLink("ab", "a", "b", true, "OWNS", null);
        heard.clear();

        graph.addNode("a");
        graph.addLink("ab", "b", "a", false, "FAMILY", null);

        assertThat(heard).isEmpty();
        assertThat(graph.x(0)).isEqualTo(5);
        assertThat(graph.from(0)).isZero();
    }

    @Test
    void aLinkToAnEntityNotOnTheChartIsRefused() {
        nodes("a");

        assertThatThrownBy(() -> graph.addLink("ax", "a", "x", true, "OWNS", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
        assertThat(graph.linkCount()).isZero();
    }

    @Test
    void removingAnEntityTakesItsLinksAlongAndTheRestMoveUpInOrder() {
        nodes("a", "b", "c", "d");
        graph.move("c", 3, 30);
        graph.setPinned("d", true);
        graph.addLink("ab", "a", "b", true, "OWNS", null);
        graph.addLink("cd", "c", "d", true, "OWNS", null);
        graph.addLink("bc", "b", "c", true, "OWNS", null);
        heard.clear();

        graph.removeNode("b");

        assertThat(heard).containsExactly("-ab", "-bc", "-b");
        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(graph.indexOf("b")).isEqualTo(-1);
        assertThat(graph.indexOf("c")).isEqualTo(1);
        assertThat(graph.x(1)).isEqualTo(3);
        assertThat(graph.y(1)).isEqualTo(30);
        assertThat(graph.pinned(graph.indexOf("d"))).isTrue();
        assertThat(graph.linkCount()).isEqualTo(1);
        assertThat(graph.linkIndexOf("cd")).isZero();
        assertThat(graph.from(0)).isEqualTo(graph.indexOf("c"));
        assertThat(graph.to(0)).isEqualTo(graph.indexOf("d"));
    }

    @Test
    void retainingKeepsOnlyTheEntitiesAndLinksAsked() {
        nodes("a", "b", "c");
        graph.addLink("ab", "a", "b", true, "OWNS", null);
        graph.addLink("bc", "b", "c", true, "OWNS", null);
        graph.addLink("ca", "c", "a", true, "OWNS", null);

        graph.retainNodes(Set.of("a", "b", "c")::contains);
        graph.retainLinks(Set.of("bc")::contains);
        graph.retainNodes(Set.of("b", "c")::contains);

        assertThat(graph.nodeCount()).isEqualTo(2);
        assertThat(graph.linkCount()).isEqualTo(1);
        assertThat(graph.linkId(0)).isEqualTo("bc");
        assertThat(graph.nodeId(graph.from(0))).isEqualTo("b");
    }

    @Test
    void clearingRemovesEverythingAndTellsOfEachRemoval() {
        nodes("a", "b");
        graph.addLink("ab", "a", "b", true, "OWNS", null);
        heard.clear();

        graph.clear();

        assertThat(graph.nodeCount()).isZero();
        assertThat(graph.linkCount()).isZero();
        assertThat(heard).containsExactly("-ab", "-a", "-b");
    }

    @Test
    void listenersHearMovesPinsAndLooksButNotUnchangedLooks() {
        nodes("a");
        heard.clear();

        graph.move("a", 1, 1);
        graph.setPinned("a", true);
        graph.setPinned("a", true);
        graph.setLooks("a", "A", "Person", null);
        graph.setLooks("a", "A", "Person", null);
        graph.setSelected("a", true);
        graph.setPinned("a", false);

        assertThat(heard).containsExactly("moved a", "pinned a", "looks", "looks", "unpinned a");
        assertThat(graph.label(0)).isEqualTo("A");
        assertThat(graph.styleClasses(0)).isEqualTo("Person");
        assertThat(graph.selected(0)).isTrue();
    }

    @Test
    void manyEntitiesGrowTheArraysAndKeepEveryPlace() {
        for (int i = 0; i < 1000; i++) {
            graph.addNode("n" + i);
            graph.move(i, i, -i);
        }
        for (int i = 1; i < 1000; i++) {
            graph.addLink("l" + i, "n0", "n" + i, true, "OWNS", null);
        }

        assertThat(graph.nodeCount()).isEqualTo(1000);
        assertThat(graph.x(999)).isEqualTo(999);
        assertThat(graph.y(500)).isEqualTo(-500);
        assertThat(graph.to(graph.linkIndexOf("l999"))).isEqualTo(999);
    }
}
