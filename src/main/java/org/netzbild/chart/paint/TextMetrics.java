package org.netzbild.chart.paint;

/**
 * How wide and high text is in the font a surface draws labels with, at a size in the surface's
 * units: the painter sizes label boxes and stubs from it. The screen measures JavaFX's font, the
 * exports the font they embed, so each picture's boxes fit its own text.
 */
public interface TextMetrics {

    /** The advance width of {@code text} at {@code size}. */
    double width(double size, String text);

    /** The height of a line of text at {@code size} (ascent plus descent). */
    double height(double size);

    /** The ascent of the font at {@code size}: from the top of a line to its baseline. */
    double ascent(double size);
}
