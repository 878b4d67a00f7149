package org.netzbild.ui.chart;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.netzbild.chart.paint.ChartFont;
import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.Surface;
import org.netzbild.chart.paint.TextMetrics;

/**
 * The chart's drawing surface on screen: a JavaFX canvas's {@link GraphicsContext}, one call each
 * (ADR 0036). Colours are turned into JavaFX's once and kept, so a frame of 5,000 entities creates
 * none. FX thread only.
 */
final class FxSurface implements Surface {

    private static final Map<Rgba, Color> COLOURS = new HashMap<>();
    private static final Map<Double, Font> FONTS = new HashMap<>();
    private final GraphicsContext g;
    private final TextMetrics metrics;

    /** Draws on {@code g} from its top left corner, opaque, text centred. */
    FxSurface(GraphicsContext g, TextMetrics metrics) {
        this.g = g;
        this.metrics = metrics;
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.setTextAlign(TextAlignment.CENTER);
    }

    /** JavaFX's colour for one of ours. */
    static Color fx(Rgba c) {
        return COLOURS.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue(), k.opacity()));
    }

    /**
     * The font labels of {@code size} pixels are drawn in on screen: the chart's own, which the
     * exports embed ({@link ChartFont}), so that screen and page measure labels alike; JavaFX's
     * default font only if it cannot be loaded.
     */
    static Font font(double size) {
        return FONTS.computeIfAbsent(size, s -> Font.font(FAMILY, s));
    }

    /** The chart font's family as JavaFX registered it, loaded once. */
    private static final String FAMILY = loadChartFont();

    private static String loadChartFont() {
        try (var in = ChartFont.open()) {
            Font loaded = in == null ? null : Font.loadFont(in, 11);
            return loaded == null ? Font.getDefault().getFamily() : loaded.getFamily();
        } catch (java.io.IOException e) {
            return Font.getDefault().getFamily();
        }
    }

    @Override
    public void origin(double x, double y) {
        g.setTransform(1, 0, 0, 1, x, y);
    }

    @Override
    public void fill(Rgba colour) {
        g.setFill(fx(colour));
    }

    @Override
    public void stroke(Rgba colour) {
        g.setStroke(fx(colour));
    }

    @Override
    public void lineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void lineDashes(double[] dashes) {
        g.setLineDashes(dashes);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        g.quadraticCurveTo(controlX, controlY, x, y);
    }

    @Override
    public void strokePath() {
        g.stroke();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        g.strokeRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        g.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        g.strokePolygon(xs, ys, points);
    }

    @Override
    public void textSize(double size) {
        g.setFont(font(size));
    }

    @Override
    public void baseline(Baseline baseline) {
        g.setTextBaseline(baseline == Baseline.TOP ? VPos.TOP : VPos.CENTER);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
        g.beginPath();
    }

    @Override
    public void unclip() {
        // the restore ends the clip and puts back the state of the save: what was set since stays
        var fill = g.getFill();
        var stroke = g.getStroke();
        double width = g.getLineWidth();
        double[] dashes = g.getLineDashes();
        var font = g.getFont();
        var textBaseline = g.getTextBaseline();
        g.restore();
        g.setFill(fill);
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.setFont(font);
        g.setTextBaseline(textBaseline);
    }

    @Override
    public TextMetrics metrics() {
        return metrics;
    }
}
