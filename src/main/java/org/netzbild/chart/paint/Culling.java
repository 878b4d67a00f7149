package org.netzbild.chart.paint;

/**
 * Whether something at screen coordinates can show in a view of {@code width × height} pixels.
 * Tests are conservative: what they keep may still miss the view, what they drop never shows.
 */
public final class Culling {

    private Culling() {
    }

    /** A point within {@code margin} pixels of the view (NaN, an entity without a place, is never visible). */
    public static boolean pointVisible(double x, double y, double width, double height, double margin) {
        return x >= -margin && x <= width + margin && y >= -margin && y <= height + margin;
    }

    /**
     * A line (or a gently bowed curve) between two points: dropped only when both ends lie beyond
     * the same edge of the view, which is the common case for links far outside a zoomed-in view.
     * A link that only passes diagonally outside a corner is kept; drawing it costs little.
     */
    public static boolean segmentVisible(double x0, double y0, double x1, double y1, double width, double height) {
        double pad = ChartElements.PARALLEL_SPACING * 2;
        if (Double.isNaN(x0) || Double.isNaN(y0) || Double.isNaN(x1) || Double.isNaN(y1)) {
            return false;
        }
        return !(x0 < -pad && x1 < -pad || x0 > width + pad && x1 > width + pad
                || y0 < -pad && y1 < -pad || y0 > height + pad && y1 > height + pad);
    }
}
