package org.netzbild.testsupport;

import java.util.function.Consumer;
import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.Surface;
import org.netzbild.chart.paint.TextMetrics;

/**
 * A drawing surface for tests and benchmarks of the chart painter that draws nothing and hands each
 * text drawn to {@code texts}: what the painter decided shows in its {@code DrawnFrame} and texts.
 */
public final class TextOnlySurface implements Surface {

    private final TextMetrics metrics;
    private final Consumer<String> texts;

    public TextOnlySurface(TextMetrics metrics, Consumer<String> texts) {
        this.metrics = metrics;
        this.texts = texts;
    }

    @Override public void origin(double x, double y) { }
    @Override public void fill(Rgba colour) { }
    @Override public void stroke(Rgba colour) { }
    @Override public void lineWidth(double width) { }
    @Override public void lineDashes(double[] dashes) { }
    @Override public void beginPath() { }
    @Override public void moveTo(double x, double y) { }
    @Override public void lineTo(double x, double y) { }
    @Override public void quadTo(double cx, double cy, double x, double y) { }
    @Override public void strokePath() { }
    @Override public void fillRect(double x, double y, double w, double h) { }
    @Override public void strokeRect(double x, double y, double w, double h) { }
    @Override public void fillOval(double x, double y, double w, double h) { }
    @Override public void strokeOval(double x, double y, double w, double h) { }
    @Override public void fillRoundRect(double x, double y, double w, double h, double aw, double ah) { }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double aw, double ah) { }
    @Override public void fillPolygon(double[] xs, double[] ys, int points) { }
    @Override public void strokePolygon(double[] xs, double[] ys, int points) { }
    @Override public void textSize(double size) { }
    @Override public void baseline(Baseline baseline) { }
    @Override public void clip(double x, double y, double w, double h) { }
    @Override public void unclip() { }

    @Override
    public void fillText(String text, double x, double y) {
        texts.accept(text);
    }

    @Override
    public TextMetrics metrics() {
        return metrics;
    }
}
