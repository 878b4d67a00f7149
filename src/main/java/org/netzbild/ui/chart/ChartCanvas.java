package org.netzbild.ui.chart;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;

/**
 * The chart on screen: a {@link Canvas} that fills this region and shows a {@link ChartGraph},
 * redrawn only when something changed — the graph, a position, the camera, the size — and then
 * at most once per pulse, however many changes came in between. While {@code animation} (the
 * running layout) wants frames, it is asked once per pulse, before the frame is drawn, to bring
 * the newest positions into the graph; when nothing is left to do, the pulse timer stops, so an
 * idle chart costs no CPU. The lasso is a shape above the canvas, so dragging it does not redraw
 * the chart. FX thread only.
 */
final class ChartCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final Rectangle lasso = new Rectangle();
    private final ChartRenderer renderer;
    private final BooleanSupplier animation;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };
    private boolean dirty = true;
    /** Names the entity or link under the mouse; installed only while there is one. */
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private boolean tipInstalled;

    /**
     * Shows {@code graph}; {@code animation} is run once per pulse, before the frame, and answers
     * whether it wants more pulses; {@code actions} hears the clicks,
     * lassos and drags.
     */
    ChartCanvas(ChartGraph graph, BooleanSupplier animation, ChartMouse.Actions actions) {
        this.animation = animation;
        this.renderer = new ChartRenderer(graph, ChartStyle.standard(), Detail::forView, this::requestFrame);
        lasso.setManaged(false);
        lasso.setVisible(false);
        lasso.setMouseTransparent(true);
        lasso.setFill(Color.rgb(52, 73, 94, 0.08));
        lasso.setStroke(Color.rgb(52, 73, 94, 0.8));
        lasso.getStrokeDashArray().setAll(5.0, 4.0);
        getChildren().addAll(canvas, lasso);
        setMinSize(0, 0);
        setPrefSize(600, 400);
        tip.setShowDelay(javafx.util.Duration.millis(350));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setId("chartTip");
        new ChartMouse(this, renderer, actions).attach();
    }

    /** Shows {@code text} as the tooltip of what is under the mouse; {@code null} for none. */
    void showTip(String text) {
        if (text == null || text.isBlank()) {
            if (tipInstalled) {
                javafx.scene.control.Tooltip.uninstall(this, tip);
                tip.hide();
                tipInstalled = false;
            }
            return;
        }
        tip.setText(text);
        if (!tipInstalled) {
            javafx.scene.control.Tooltip.install(this, tip);
            tipInstalled = true;
        }
    }

    /** The tooltip, for tests. */
    javafx.scene.control.Tooltip tip() {
        return tip;
    }

    ChartRenderer renderer() {
        return renderer;
    }

    /** Draws a new frame at the next pulse. */
    void requestFrame() {
        dirty = true;
        pulse.start();
    }

    /** Wakes the pulse for the animation (a layout that was started or has work again). */
    void animate() {
        pulse.start();
    }

    void fit() {
        renderer.fit();
        requestFrame();
    }

    /** Keeps the view where it is although what is shown changed (a filter), instead of fitting it anew. */
    void holdView() {
        renderer.holdView();
    }

    /** Fits the view to the chart again after {@link #holdView}, unless the analyst moved it meanwhile. */
    void resumeView() {
        renderer.resumeView();
        requestFrame();
    }

    /** Zooms by {@code factor} (above 1 is closer) around the centre of the view. */
    void zoom(double factor) {
        renderer.zoom(factor, getWidth() / 2, getHeight() / 2);
        requestFrame();
    }

    void focus(String id) {
        if (renderer.focus(id)) {
            requestFrame();
        }
    }

    /** Shows the lasso rectangle between two corners (clamped to the view), or hides it for {@code null}. */
    void showLasso(double[] corners) {
        lasso.setVisible(corners != null);
        if (corners != null) {
            double x0 = Math.clamp(Math.min(corners[0], corners[2]), 0, getWidth());
            double y0 = Math.clamp(Math.min(corners[1], corners[3]), 0, getHeight());
            lasso.setX(x0);
            lasso.setY(y0);
            lasso.setWidth(Math.clamp(Math.max(corners[0], corners[2]), 0, getWidth()) - x0);
            lasso.setHeight(Math.clamp(Math.max(corners[1], corners[3]), 0, getHeight()) - y0);
        }
    }

    /** The entities drawn inside a screen rectangle, for the lasso. */
    List<String> entitiesIn(double x0, double y0, double x1, double y1) {
        return renderer.entitiesIn(x0, y0, x1, y1);
    }

    void close() {
        pulse.stop();
        renderer.detach();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            requestFrame();
        }
    }

    private void pulse() {
        boolean moving = animation.getAsBoolean();
        boolean showing = canvas.getWidth() > 0 && canvas.getHeight() > 0;
        if (dirty && showing) {
            dirty = false;
            renderer.render(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
        }
        // a canvas without size is drawn when it gets one: layoutChildren asks for the frame then
        if (!moving && (!dirty || !showing)) {
            pulse.stop();
        }
    }
}
