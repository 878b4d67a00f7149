package org.netzbild.export;

import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.Surface;

/**
 * The drawing state of a surface that writes a file (SVG, PDF): what the painter set last — fill
 * and stroke colour, line width, dash pattern, text size and baseline — kept as the painter gave it
 * until a shape is written, as on a canvas. The surface reads it when it writes a shape and turns
 * it into its format's terms there.
 */
abstract class PenSurface implements Surface {

    protected Rgba fill = Rgba.BLACK;
    protected Rgba stroke = Rgba.BLACK;
    protected double width = 1;
    /** The dash pattern (on, off, ...), or {@code null} for a solid line. */
    protected double[] dashes;
    protected double textSize = 11;
    protected Baseline baseline = Baseline.TOP;

    @Override
    public void fill(Rgba colour) {
        fill = colour;
    }

    @Override
    public void stroke(Rgba colour) {
        stroke = colour;
    }

    @Override
    public void lineWidth(double lineWidth) {
        width = lineWidth;
    }

    @Override
    public void lineDashes(double[] pattern) {
        dashes = pattern;
    }

    @Override
    public void textSize(double size) {
        textSize = size;
    }

    @Override
    public void baseline(Baseline wanted) {
        baseline = wanted;
    }
}
