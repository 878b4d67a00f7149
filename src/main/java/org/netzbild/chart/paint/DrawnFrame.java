package org.netzbild.chart.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the last frame drew each entity on screen: centre, half width and half height (pixels),
 * and whether it was drawn at all (entities outside the view are culled). Mouse clicks and the
 * lasso are tested against this, so that they hit what the analyst sees, at whatever level of
 * detail it was drawn.
 */
public final class DrawnFrame {

    /** Clicks this close to an entity's edge (pixels) still hit it: entities are 11 to 14 pixels, and clicks missed them (issue 18). */
    public static final double SLOP = 5;

    public int count;
    public double[] x = new double[0];
    public double[] y = new double[0];
    public double[] halfWidth = new double[0];
    public double[] halfHeight = new double[0];
    public boolean[] drawn = new boolean[0];
    /** The drawing order; the last drawn is on top. */
    public int[] order = new int[0];
    /** Whether the entity's label was drawn in this frame (it had room, or is inside its shape). */
    public boolean[] labelled = new boolean[0];
    /** Per entity whose label was drawn: its box on screen, left, top, right, bottom at {@code 4 * index}. */
    public double[] labelBox = new double[0];
    /** The ids of the entities as drawn: the chart's own arrays may have been rebuilt since. */
    public String[] ids = new String[0];
    /**
     * A click this close to a link's line (pixels, either side) hits it: the line is one or two
     * pixels wide, and a link the analyst cannot click is no object to work with.
     */
    public static final double LINK_SLOP = 5;
    /** How many straight pieces a bowed link is tested as. */
    private static final int CURVE_PIECES = 12;
    private int[] linkOrder = new int[0];
    private String[] linkIds = new String[0];
    private int[] from = new int[0];
    private int[] to = new int[0];
    private double[] bend = new double[0];

    /** Makes room for {@code n} entities with these ids, drawn in {@code drawingOrder}. */
    public void reset(int n, String[] entityIds, int[] drawingOrder) {
        if (x.length < n) {
            x = new double[n];
            y = new double[n];
            halfWidth = new double[n];
            halfHeight = new double[n];
            drawn = new boolean[n];
            labelled = new boolean[n];
            labelBox = new double[4 * n];
        }
        java.util.Arrays.fill(labelled, 0, n, false);
        count = n;
        ids = entityIds;
        order = drawingOrder;
    }

    /** The links drawn in this frame, in drawing order, with their ends (entity indexes) and bends; the arrays are not copied. */
    public void links(int[] drawingOrder, String[] ids, int[] fromIndexes, int[] toIndexes, double[] bends) {
        linkOrder = drawingOrder;
        linkIds = ids;
        from = fromIndexes;
        to = toIndexes;
        bend = bends;
    }

    /**
     * The id of the link drawn nearest to screen point {@code (px, py)} within {@link #LINK_SLOP},
     * or {@code null}. Entities come first: ask {@link #entityAt} before.
     */
    public String linkAt(double px, double py) {
        String nearest = null;
        double best = LINK_SLOP;
        for (int n = linkOrder.length - 1; n >= 0; n--) {
            int k = linkOrder[n];
            int a = from[k];
            int b = to[k];
            if (a == b || a >= count || b >= count) {
                continue;
            }
            double d = distanceToLink(k, px, py);
            if (d <= best) {
                best = d;
                nearest = linkIds[k];
            }
        }
        return nearest;
    }

    /** The middle of a drawn link on screen (on its curve when it is bowed), or {@code null} if it is not drawn. */
    public double[] linkMiddle(String id) {
        for (int k : linkOrder) {
            if (linkIds[k].equals(id)) {
                int a = from[k];
                int b = to[k];
                double[] control = control(k);
                // a quadratic curve passes its middle at a quarter of each end and half the control point
                return new double[] {0.25 * x[a] + 0.5 * control[0] + 0.25 * x[b], 0.25 * y[a] + 0.5 * control[1] + 0.25 * y[b]};
            }
        }
        return null;
    }

    private double distanceToLink(int k, double px, double py) {
        int a = from[k];
        int b = to[k];
        if (bend[k] == 0) {
            return distanceToSegment(px, py, x[a], y[a], x[b], y[b]);
        }
        double[] c = control(k);
        double best = Double.POSITIVE_INFINITY;
        double lastX = x[a];
        double lastY = y[a];
        for (int piece = 1; piece <= CURVE_PIECES; piece++) {
            double t = (double) piece / CURVE_PIECES;
            double u = 1 - t;
            double nextX = u * u * x[a] + 2 * u * t * c[0] + t * t * x[b];
            double nextY = u * u * y[a] + 2 * u * t * c[1] + t * t * y[b];
            best = Math.min(best, distanceToSegment(px, py, lastX, lastY, nextX, nextY));
            lastX = nextX;
            lastY = nextY;
        }
        return best;
    }

    /** The control point of a link as the painter draws it: beside the middle, twice the bend. */
    private double[] control(int k) {
        int a = from[k];
        int b = to[k];
        double length = Math.max(Math.hypot(x[b] - x[a], y[b] - y[a]), 1e-9);
        return new double[] {(x[a] + x[b]) / 2 + (y[b] - y[a]) / length * 2 * bend[k],
                (y[a] + y[b]) / 2 - (x[b] - x[a]) / length * 2 * bend[k]};
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double squared = dx * dx + dy * dy;
        double t = squared == 0 ? 0 : Math.clamp(((px - ax) * dx + (py - ay) * dy) / squared, 0, 1);
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /**
     * The id of the entity drawn topmost at screen point {@code (px, py)}, or {@code null} for the
     * background. An entity whose drawn box holds the point comes first; otherwise the nearest one
     * whose box, widened by {@link #SLOP}, holds it.
     */
    public String entityAt(double px, double py) {
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            if (drawn[i] && Math.abs(px - x[i]) <= halfWidth[i] && Math.abs(py - y[i]) <= halfHeight[i]) {
                return ids[i];
            }
        }
        String nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            double outsideX = Math.abs(px - x[i]) - halfWidth[i];
            double outsideY = Math.abs(py - y[i]) - halfHeight[i];
            if (drawn[i] && outsideX <= SLOP && outsideY <= SLOP) {
                double off = Math.hypot(Math.max(outsideX, 0), Math.max(outsideY, 0));
                if (off < best) {
                    best = off;
                    nearest = ids[i];
                }
            }
        }
        return nearest;
    }

    /** The ids of the entities whose centre lies in the screen rectangle spanned by two corners. */
    public List<String> entitiesIn(double x0, double y0, double x1, double y1) {
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
