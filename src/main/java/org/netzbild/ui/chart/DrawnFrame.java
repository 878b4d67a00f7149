package org.netzbild.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the last frame drew each entity on screen: centre, half width and half height (pixels),
 * and whether it was drawn at all (entities outside the view are culled). Mouse clicks and the
 * lasso are tested against this, so that they hit what the analyst sees, at whatever level of
 * detail it was drawn.
 */
final class DrawnFrame {

    /** Clicks this close to an entity's edge (pixels) still hit it: small entities are hard to hit. */
    static final double SLOP = 3;

    int count;
    double[] x = new double[0];
    double[] y = new double[0];
    double[] halfWidth = new double[0];
    double[] halfHeight = new double[0];
    boolean[] drawn = new boolean[0];
    /** The drawing order; the last drawn is on top. */
    int[] order = new int[0];
    /** The ids of the entities as drawn: the chart's own arrays may have been rebuilt since. */
    String[] ids = new String[0];

    /** Makes room for {@code n} entities with these ids, drawn in {@code drawingOrder}. */
    void reset(int n, String[] entityIds, int[] drawingOrder) {
        if (x.length < n) {
            x = new double[n];
            y = new double[n];
            halfWidth = new double[n];
            halfHeight = new double[n];
            drawn = new boolean[n];
        }
        count = n;
        ids = entityIds;
        order = drawingOrder;
    }

    /**
     * The id of the entity drawn topmost at screen point {@code (px, py)}, or {@code null} for the
     * background. Entities are hit within their bounding box, widened by {@link #SLOP}.
     */
    String entityAt(double px, double py) {
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            if (drawn[i] && Math.abs(px - x[i]) <= halfWidth[i] + SLOP && Math.abs(py - y[i]) <= halfHeight[i] + SLOP) {
                return ids[i];
            }
        }
        return null;
    }

    /** The ids of the entities whose centre lies in the screen rectangle spanned by two corners. */
    List<String> entitiesIn(double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        double top = Math.min(y0, y1);
        double bottom = Math.max(y0, y1);
        var inside = new ArrayList<String>();
        for (int i : order) {
            if (drawn[i] && x[i] >= left && x[i] <= right && y[i] >= top && y[i] <= bottom) {
                inside.add(ids[i]);
            }
        }
        return inside;
    }
}
