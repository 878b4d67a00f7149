package org.netzbild.chart.paint;

/**
 * What the chart painter draws on: a small subset of a 2D canvas (the calls the painter makes),
 * with the chart's own colour type, so that one painter serves the screen (JavaFX's canvas, in the
 * desktop) and the exports (PNG through AWT, SVG and PDF) and what is exported is what is on screen
 * (ADR 0036). The state (colours, line width, dashes, text size and baseline) is kept until set
 * again, as on a canvas; a path is begun, extended and stroked. Text is centred on its x.
 */
public interface Surface {

    /** Where a text's y lies: at the top of its line, or in its middle. */
    enum Baseline { TOP, CENTER }

    /** Where the point {@code (0, 0)} of what is drawn next lies on the surface (an export's chart sits below its title). */
    void origin(double x, double y);

    void fill(Rgba colour);

    void stroke(Rgba colour);

    void lineWidth(double width);

    /** A dash pattern (on, off, ...), or {@code null} for a solid line. */
    void lineDashes(double[] dashes);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double controlX, double controlY, double x, double y);

    /** Strokes the path begun last. */
    void strokePath();

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** A rectangle with corners rounded by arcs {@code arcWidth × arcHeight} (the arcs' full sizes, as on a canvas). */
    void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolygon(double[] xs, double[] ys, int points);

    /** The size of the text drawn from now on. */
    void textSize(double size);

    void baseline(Baseline baseline);

    /** Fills {@code text} centred on {@code x}, its line's top or middle at {@code y} (see {@link #baseline}). */
    void fillText(String text, double x, double y);

    /**
     * Draws from now on only inside the rectangle (in the coordinates of the current
     * {@link #origin}), until {@link #unclip}; {@link #origin} is not called in between. A page of a
     * chart split over several pages shows its part of the chart this way.
     */
    void clip(double x, double y, double width, double height);

    /** Ends the {@link #clip}; the drawing state (colours, widths, text) stays as it was set. */
    void unclip();

    /** How this surface's text measures. */
    TextMetrics metrics();
}
