package org.netzbild.ui.chart;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.Camera;
import org.netzbild.chart.paint.ChartElements;
import org.netzbild.chart.paint.ChartPainter;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;
import org.netzbild.chart.paint.DrawnFrame;
import org.netzbild.chart.paint.Framing;

/**
 * The chart's drawing, without a window: the arrays that follow the graph, the camera, the
 * painter and the last frame's screen positions. {@link ChartCanvas} calls {@link #render} when
 * something changed; the benchmark calls it directly. Camera moves and hit tests go through here
 * so that they see the same arrays the frame was drawn from. FX thread only.
 */
final class ChartRenderer {

    /** How much closer {@link #focus} goes than the fitted view, at least. */
    private static final double FOCUS_ZOOM = 2.5;

    private final ChartStyle style;
    private final ChartElements elements;
    private final Detail.Policy policy;
    private final Camera camera = new Camera();
    private final LabelMetrics metrics = new LabelMetrics();
    private final ChartPainter painter = new ChartPainter(metrics);
    private final DrawnFrame frame = new DrawnFrame();
    private Detail detail = Detail.FULL;
    private int measuredGeneration = -1;
    private double widestLabel;

    /** Draws {@code graph} from now on; {@code changed} is told whenever the graph needs a new frame. */
    ChartRenderer(ChartGraph graph, ChartStyle style, Detail.Policy policy, Runnable changed) {
        this.style = style;
        this.policy = policy;
        this.elements = new ChartElements(graph, style, changed);
    }

    /** Draws one frame of {@code width × height} pixels. */
    void render(GraphicsContext g, double width, double height) {
        elements.refresh();
        camera.resize(width, height);
        if (camera.following()) {
            Camera.Bounds bounds = bounds();
            if (bounds != null) {
                camera.fit(bounds, side(), style.padding(), style.padding());
            }
        }
        detail = painter.paint(new FxSurface(g, metrics), elements, camera, policy, style.background(), frame);
    }

    /** Keeps {@code pixels} at the view's left free when the chart is fitted (the legend floats there). */
    void reserveLeft(double pixels) {
        camera.reserveLeft(pixels);
    }

    /** Shows the whole chart, and keeps showing it as the layout moves it. */
    void fit() {
        camera.follow();
    }

    /** Zooms by {@code factor} (above 1 is closer) around the screen point {@code (x, y)}. */
    void zoom(double factor, double x, double y) {
        elements.refresh();
        Camera.Bounds bounds = bounds();
        double fitScale = bounds == null ? camera.scale() : camera.fitScale(bounds, side(), style.padding(), style.padding());
        camera.zoomAt(factor, x, y, fitScale);
    }

    void pan(double dx, double dy) {
        camera.pan(dx, dy);
    }

    /** Centres the view on an entity and zooms in on it; false if it is not drawn or has no place. */
    boolean focus(String id) {
        elements.refresh();
        int i = elements.indexOf(id);
        Camera.Bounds bounds = bounds();
        if (i < 0 || bounds == null || Double.isNaN(elements.x[i]) || !elements.shown[i]) {
            return false;
        }
        double fitScale = camera.fitScale(bounds, side(), style.padding(), style.padding());
        camera.centreOn(elements.x[i], elements.y[i], Math.max(camera.scale(), fitScale * FOCUS_ZOOM));
        return true;
    }

    /** The entity drawn at a screen point in the last frame, or {@code null}. */
    String entityAt(double x, double y) {
        return frame.entityAt(x, y);
    }

    /** The link drawn at a screen point in the last frame (within a few pixels of its line), or {@code null}. */
    String linkAt(double x, double y) {
        return frame.linkAt(x, y);
    }

    /** Where the middle of a link was drawn in the last frame, or {@code null}. */
    double[] linkMiddle(String id) {
        return frame.linkMiddle(id);
    }

    /** Where an entity was drawn in the last frame, or {@code null}. */
    double[] entityCentre(String id) {
        for (int i = 0; i < frame.count; i++) {
            if (frame.drawn[i] && frame.ids[i].equals(id)) {
                return new double[] {frame.x[i], frame.y[i]};
            }
        }
        return null;
    }

    /** Marks the link under the mouse ({@code null}: none) for the next frame. */
    void hover(String linkId) {
        painter.hover(linkId);
    }

    /** Keeps the view where it is while what is shown changes (see {@link Camera#hold}). */
    void holdView() {
        camera.hold();
    }

    /** Follows the chart again after {@link #holdView}, unless the analyst moved the view. */
    void resumeView() {
        camera.resume();
    }

    /** The entities drawn with their centre inside a screen rectangle in the last frame. */
    List<String> entitiesIn(double x0, double y0, double x1, double y1) {
        return frame.entitiesIn(x0, y0, x1, y1);
    }

    double worldX(double screenX) {
        return camera.worldX(screenX);
    }

    double worldY(double screenY) {
        return camera.worldY(screenY);
    }

    /** The detail the last frame was drawn at. */
    Detail detail() {
        return detail;
    }

    /** Stops following the graph. */
    void detach() {
        elements.detach();
    }

    private Camera.Bounds bounds() {
        // hidden entities keep their place but are not what the analyst looks at
        return Camera.Bounds.of(elements.x, elements.y, elements.nodeCount, elements.shown);
    }

    /** The left and right margin of a fitted view: wide enough for the labels of the outermost entities. */
    private double side() {
        if (detail.labels() && measuredGeneration != elements.generation()) {
            measuredGeneration = elements.generation();
            widestLabel = Framing.widestLabel(elements, metrics);
        }
        return Framing.side(detail.labels(), widestLabel, style.padding(), camera.width());
    }
}
