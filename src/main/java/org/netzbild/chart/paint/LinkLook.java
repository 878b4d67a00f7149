package org.netzbild.chart.paint;

/**
 * How one type of link is drawn: a line of {@code colour} and {@code width}, dashed, dotted or
 * plain, and for directed links an arrow head {@code arrowLength} long and {@code arrowWidth} wide
 * (pixels). Link types are told apart by colour and pattern together (issue 18), so that two types
 * of one colour family, or two colours one's eyes do not tell apart, still differ.
 */
public record LinkLook(Rgba colour, double width, boolean dashed, boolean dotted, double arrowLength, double arrowWidth) {

    /** A plain or dashed line, not dotted. */
    LinkLook(Rgba colour, double width, boolean dashed, double arrowLength, double arrowWidth) {
        this(colour, width, dashed, false, arrowLength, arrowWidth);
    }

    /** The line's dash pattern for {@code GraphicsContext.setLineDashes} and {@code Shape.getStrokeDashArray}, or {@code null}. */
    public double[] dashes() {
        return dashed ? new double[] {6, 3} : dotted ? new double[] {1.5, 2.5} : null;
    }
}
