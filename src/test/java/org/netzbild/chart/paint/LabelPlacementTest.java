package org.netzbild.chart.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

/**
 * Labels that do not collide (issue 18): the painter draws a label only where it overlaps none drawn
 * before it, offering room to the selected first and then to the entities with most links; zoomed
 * in, every label has room.
 */
class LabelPlacementTest {

    /** Text of 6 pixels a character at size 11, as tall as its size. */
    private static final TextMetrics METRICS = new TextMetrics() {
        @Override
        public double width(double size, String text) {
            return text.length() * 6 * size / 11;
        }

        @Override
        public double height(double size) {
            return size;
        }

        @Override
        public double ascent(double size) {
            return size * 0.8;
        }
    };

    private final ChartGraph graph = new ChartGraph();
    private final ChartElements elements = new ChartElements(graph, ChartStyle.standard(), () -> { });
    private final List<String> texts = new ArrayList<>();

    private void entity(String id, String label, double x, double y) {
        graph.addNode(id);
        graph.setLooks(id, label, "Person", null);
        graph.move(id, x, y);
    }

    /** A hub with two leaves: one so close that their labels would overlap, one far off. */
    private void hubWithACloseAndAFarLeaf() {
        entity("hub", "Mittelpunkt Eins", 0, 0);
        entity("near", "Nachbarin Zwei", 12, -4);
        entity("far", "Fernab Drei", 300, 200);
        graph.addLink("l1", "hub", "near", true, "ASSOCIATE", null);
        graph.addLink("l2", "hub", "far", true, "ASSOCIATE", null);
    }

    private DrawnFrame paint(double scale) {
        elements.refresh();
        var camera = new Camera();
        camera.resize(800, 600);
        // at 1 the whole chart in view; closer, the hub and its near leaf
        camera.centreOn(scale == 1 ? 150 : 6, scale == 1 ? 100 : -2, scale);
        var frame = new DrawnFrame();
        texts.clear();
        new ChartPainter(METRICS).paint(new org.netzbild.testsupport.TextOnlySurface(METRICS, texts::add), elements, camera,
                (inView, marked, w, h) -> new Detail(1, true, true, true), Rgba.WHITE, frame);
        return frame;
    }

    @Test
    void ofTwoCollidingLabelsTheEntityWithMoreLinksKeepsItsAndNoTwoDrawnLabelsOverlap() {
        hubWithACloseAndAFarLeaf();

        var frame = paint(1);

        assertThat(texts).containsExactlyInAnyOrder("Mittelpunkt Eins", "Fernab Drei");
        assertNoOverlap(frame);
    }

    @Test
    void aSelectedEntityIsLabelledFirst() {
        hubWithACloseAndAFarLeaf();
        graph.setSelected("near", true);

        paint(1);

        assertThat(texts).contains("Nachbarin Zwei").doesNotContain("Mittelpunkt Eins");
    }

    @Test
    void zoomedInEveryLabelHasRoom() {
        hubWithACloseAndAFarLeaf();

        var frame = paint(8);

        assertThat(texts).contains("Mittelpunkt Eins", "Nachbarin Zwei");
        assertNoOverlap(frame);
    }

    @Test
    void placedBoxesBlockOnlyWhatTheyOverlap() {
        var placement = new LabelPlacement();
        placement.reset(-100, -100, 500, 500);
        placement.occupy(0, 0, 100, 20);

        assertThat(placement.free(100, 0, 200, 20)).as("touching is no overlap").isTrue();
        assertThat(placement.free(99, 19, 150, 40)).isFalse();
        assertThat(placement.free(-300, -300, -200, -200)).as("beyond the grid, clamped to its edge cells").isTrue();
        placement.occupy(-300, -300, -200, -200);
        assertThat(placement.free(-250, -250, -240, -240)).isFalse();
    }

    private void assertNoOverlap(DrawnFrame f) {
        var boxes = new ArrayList<double[]>();
        for (int i = 0; i < f.count; i++) {
            if (f.labelled[i]) {
                boxes.add(new double[] {f.labelBox[4 * i], f.labelBox[4 * i + 1], f.labelBox[4 * i + 2], f.labelBox[4 * i + 3]});
            }
        }
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                double[] p = boxes.get(a);
                double[] q = boxes.get(b);
                assertThat(p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]).as("labels %d and %d overlap", a, b).isFalse();
            }
        }
    }
}
