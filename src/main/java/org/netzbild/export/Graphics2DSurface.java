package org.netzbild.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.Surface;
import org.netzbild.chart.paint.TextMetrics;

/**
 * The chart's drawing surface on an AWT {@link Graphics2D}: the PNG export draws on an image with
 * it, and Batik's SVG generator could take it (measured for ADR 0036, not chosen). Text is drawn
 * with the diagram font ({@link DiagramFont}).
 */
final class Graphics2DSurface implements Surface {

    private final Graphics2D g;
    private final AffineTransform base;
    private final TextMetrics metrics;
    private final Map<Rgba, Color> colours = new HashMap<>();
    private final Path2D.Double path = new Path2D.Double();
    private final Path2D.Double polygon = new Path2D.Double();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double width = 1;
    private float[] dashes;
    private boolean strokeStale = true;
    private double textSize = 11;
    private Baseline baseline = Baseline.TOP;

    Graphics2DSurface(Graphics2D g, TextMetrics metrics) {
        this.g = g;
        this.base = g.getTransform();
        this.metrics = metrics;
    }

    private Color awt(Rgba c) {
        return colours.computeIfAbsent(c, k -> new Color(k.red(), k.green(), k.blue(), (int) Math.round(k.opacity() * 255)));
    }

    /** The clip before {@link #clip}, to put back. */
    private java.awt.Shape outerClip;

    @Override
    public void clip(double x, double y, double w, double h) {
        outerClip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(outerClip);
        outerClip = null;
    }

    @Override
    public void origin(double x, double y) {
        var t = new AffineTransform(base);
        t.translate(x, y);
        g.setTransform(t);
    }

    @Override
    public void fill(Rgba colour) {
        fill = awt(colour);
    }

    @Override
    public void stroke(Rgba colour) {
        stroke = awt(colour);
    }

    @Override
    public void lineWidth(double lineWidth) {
        width = lineWidth;
        strokeStale = true;
    }

    @Override
    public void lineDashes(double[] pattern) {
        if (pattern == null) {
            dashes = null;
        } else {
            dashes = new float[pattern.length];
            for (int k = 0; k < pattern.length; k++) {
                dashes[k] = (float) pattern[k];
            }
        }
        strokeStale = true;
    }

    private void stroking() {
        if (strokeStale) {
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
            strokeStale = false;
        }
        g.setPaint(stroke);
    }

    private void filling() {
        g.setPaint(fill);
    }

    @Override
    public void beginPath() {
        path.reset();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        path.quadTo(controlX, controlY, x, y);
    }

    @Override
    public void strokePath() {
        stroking();
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        filling();
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroking();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        filling();
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroking();
        g.draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        filling();
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        stroking();
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    private Path2D polygon(double[] xs, double[] ys, int points) {
        polygon.reset();
        polygon.moveTo(xs[0], ys[0]);
        for (int k = 1; k < points; k++) {
            polygon.lineTo(xs[k], ys[k]);
        }
        polygon.closePath();
        return polygon;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        filling();
        g.fill(polygon(xs, ys, points));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        stroking();
        g.draw(polygon(xs, ys, points));
    }

    @Override
    public void textSize(double size) {
        textSize = size;
        g.setFont(DiagramFont.awt(size));
    }

    @Override
    public void baseline(Baseline wanted) {
        baseline = wanted;
    }

    @Override
    public void fillText(String text, double x, double y) {
        filling();
        double left = x - metrics.width(textSize, text) / 2;
        g.drawString(text, (float) left, (float) baselineY(metrics, textSize, baseline, y));
    }

    /** The baseline of a line of text whose top or middle is at {@code y}. */
    static double baselineY(TextMetrics metrics, double size, Baseline baseline, double y) {
        return baseline == Baseline.TOP ? y + metrics.ascent(size) : y - metrics.height(size) / 2 + metrics.ascent(size);
    }

    @Override
    public TextMetrics metrics() {
        return metrics;
    }
}
