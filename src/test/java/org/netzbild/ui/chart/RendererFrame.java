package org.netzbild.ui.chart;

import javafx.scene.canvas.GraphicsContext;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.Camera;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;

/**
 * Our renderer's frame, for the frame-time benchmark in {@code org.netzbild.bench}, which cannot
 * see this package's classes: one {@link #draw} is what {@link ChartCanvas} does on a pulse that
 * has something to draw (refresh the arrays, fit the camera, paint), at a chosen level of detail.
 */
public final class RendererFrame {

    /** Which level of detail the frames are drawn at. */
    public enum Detailing {
        /** Every label, arrow head and entity at full size: the picture the bare canvas draws. */
        ALL_LABELS(Detail.FULL),
        /** As {@link #ALL_LABELS} without labels. */
        NO_LABELS(Detail.NO_LABELS),
        /** What the chart chooses for the view ({@link Detail#forView}). */
        CHART_DEFAULT(Detail::forView);

        private final Detail.Policy policy;

        Detailing(Detail fixed) {
            this((inView, markedInView, width, height) -> fixed);
        }

        Detailing(Detail.Policy policy) {
            this.policy = policy;
        }
    }

    private final ChartRenderer renderer;
    private double zoom;

    /** Frames of the whole chart. */
    public RendererFrame(ChartGraph graph, Detailing detailing) {
        this(graph, detailing, 1);
    }

    /** Frames zoomed in by {@code zoom} on the centre of the fitted view, as the mouse wheel would. */
    public RendererFrame(ChartGraph graph, Detailing detailing, double zoom) {
        renderer = new ChartRenderer(graph, ChartStyle.standard(), detailing.policy, () -> { });
        this.zoom = zoom;
    }

    public void draw(GraphicsContext g, int width, int height) {
        if (zoom != 1) {
            renderer.render(g, width, height);
            renderer.zoom(zoom, width / 2.0, height / 2.0);
            zoom = 1;
        }
        renderer.render(g, width, height);
    }
}
