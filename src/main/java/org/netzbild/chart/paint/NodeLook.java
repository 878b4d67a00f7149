package org.netzbild.chart.paint;

/**
 * How one kind of entity is drawn, resolved once from the style sheet's cascade for a type, its
 * state (selected, highlighted) and its colour override. Entities that share a look share the
 * instance, so the painter can draw them with one fill and one stroke.
 *
 * @param size          width and height in pixels at full detail
 * @param stroke        the outline's colour, or {@code null} for none
 * @param dashed        whether the outline is dashed
 * @param textBackground the label's background, or {@code null} for none
 * @param labelInside   the label is centred on the entity instead of under it
 * @param fitsLabel     the entity is a box around its label (the "+N more" stubs)
 * @param padding       the room between a fitted box and its label
 * @param textSize      the label's text size in pixels
 */
public record NodeLook(NodeShape shape, double size, Rgba fill, Rgba stroke, double strokeWidth, boolean dashed,
                double textSize, Rgba textColour, Rgba textBackground, double textPadding, boolean labelInside,
                boolean fitsLabel, double padding) {
}
