package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.Camera;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;

/** The renderer with camera and hit test together, drawing into a canvas that is not on screen. */
class ChartRendererTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    private final ChartGraph graph = new ChartGraph();
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private ChartRenderer renderer;

    @BeforeAll
    static void startFx() {
        org.netzbild.testsupport.FxThread.start();
    }

    private void entity(String id, double x, double y) {
        graph.addNode(id);
        graph.setLooks(id, id, "Person", null);
        graph.move(id, x, y);
    }

    /** A row of entities one unit apart, drawn once with the whole chart in view. */
    private void row(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            entity("e" + i, i, 0);
        }
        onFx(() -> {
            renderer = new ChartRenderer(graph, ChartStyle.standard(), Detail::forView, () -> { });
            render();
            return null;
        });
    }

    private void render() {
        renderer.render(canvas.getGraphicsContext2D(), WIDTH, HEIGHT);
    }

    @Test
    void theFittedChartShowsEveryEntity() throws Exception {
        row(5);

        assertThat(onFx(() -> renderer.entitiesIn(0, 0, WIDTH, HEIGHT))).containsExactlyInAnyOrder(
                "e0", "e1", "e2", "e3", "e4");
    }

    @Test
    void focusPutsTheEntityInTheMiddleAndCullsWhatLeavesTheView() throws Exception {
        row(200);

        String middle = onFx(() -> {
            renderer.focus("e0");
            renderer.zoom(Camera.MAX_ZOOM, WIDTH / 2.0, HEIGHT / 2.0);
            render();
            return renderer.entityAt(WIDTH / 2.0, HEIGHT / 2.0);
        });

        assertThat(middle).isEqualTo("e0");
        assertThat(onFx(() -> renderer.entitiesIn(-1e6, -1e6, 1e6, 1e6))).contains("e0").doesNotContain("e199");
    }

    @Test
    void aCrowdedViewDropsLabelsAndAZoomedInOneShowsThem() throws Exception {
        row(2_000);

        assertThat(onFx(() -> renderer.detail().labels())).isFalse();
        boolean zoomedIn = onFx(() -> {
            renderer.zoom(Camera.MAX_ZOOM, WIDTH / 2.0, HEIGHT / 2.0);
            render();
            return renderer.detail().labels();
        });
        assertThat(zoomedIn).isTrue();
    }

    @Test
    void aNewEntityIsDrawnAtTheNextFrame() throws Exception {
        row(3);

        entity("late", 1, 1);
        String hit = onFx(() -> {
            render();
            return renderer.entitiesIn(0, 0, WIDTH, HEIGHT).contains("late") ? "late" : null;
        });

        assertThat(hit).isEqualTo("late");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return org.netzbild.testsupport.FxThread.call(work, java.time.Duration.ofSeconds(30));
    }
}
