package org.netzbild.chart.paint;

/**
 * How a fitted view frames the whole chart, the same on screen and on an export's page: left and
 * right margins wide enough for half the widest label of the outermost entities (a quarter of the
 * view at most), the style sheet's padding above and below.
 */
public final class Framing {

    private Framing() {
    }

    /** The widest label of the chart, measured by {@code metrics}. */
    public static double widestLabel(ChartElements e, TextMetrics metrics) {
        double widest = 0;
        for (int i = 0; i < e.nodeCount; i++) {
            if (e.labels[i] != null) {
                widest = Math.max(widest, metrics.width(e.looks[i].textSize(), e.labels[i]));
            }
        }
        return widest;
    }

    /** The left and right margin of a fitted view {@code viewWidth} wide; labels only count where they are drawn. */
    public static double side(boolean labels, double widestLabel, double padding, double viewWidth) {
        return labels ? Math.max(padding, Math.min(widestLabel / 2 + 4, viewWidth / 4)) : padding;
    }

    /** Shortens an entity's caption to the label the chart draws (32 characters at most). */
    public static String label(String caption) {
        return caption.length() <= 32 ? caption : caption.substring(0, 31) + "…";
    }
}
