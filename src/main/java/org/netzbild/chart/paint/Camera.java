package org.netzbild.chart.paint;

/**
 * Which part of the chart's plane the view shows: a centre in world coordinates and a scale in
 * pixels per world unit. World y points up (GraphStream's convention, which the layouts kept),
 * screen y points down. Until the analyst zooms, pans or focuses, the camera follows the chart:
 * each frame fits the whole chart into the view, so that a running layout stays in sight.
 */
public final class Camera {

    /** How far out and in the analyst may zoom, relative to the scale that fits the whole chart. */
    public static final double MIN_ZOOM = 0.2;
    public static final double MAX_ZOOM = 60;
    /** The scale for a chart without extent (one entity, or all on one spot). */
    private static final double DEFAULT_SCALE = 40;

    private double width;
    private double height;
    private double centreX;
    private double centreY;
    private double scale = DEFAULT_SCALE;
    private boolean following = true;
    /** Not following only because of {@link #hold}. */
    private boolean held;

    public void resize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double scale() {
        return scale;
    }

    public double screenX(double worldX) {
        return width / 2 + (worldX - centreX) * scale;
    }

    public double screenY(double worldY) {
        return height / 2 - (worldY - centreY) * scale;
    }

    public double worldX(double screenX) {
        return centreX + (screenX - width / 2) / scale;
    }

    public double worldY(double screenY) {
        return centreY - (screenY - height / 2) / scale;
    }

    /** Whether the camera still fits the whole chart into the view on every frame. */
    public boolean following() {
        return following;
    }

    /** Fits the whole chart again on every frame, until the analyst moves the view. */
    public void follow() {
        following = true;
        held = false;
    }

    /**
     * Stops following and keeps the view where it is, because what is shown changed (a filter):
     * refitting then would move every entity on the screen although none moved on the chart.
     * {@link #resume} follows again, unless the analyst has moved the view since.
     */
    public void hold() {
        if (following) {
            following = false;
            held = true;
        }
    }

    /** Follows again after {@link #hold} (new entities came in); a view the analyst moved stays. */
    public void resume() {
        if (held) {
            follow();
        }
    }

    /** Pixels at the left of the view that fitting keeps free (the desktop's legend floats there); 0 for none. */
    private double reserveLeft;

    /**
     * Keeps {@code pixels} at the left of the view free when the chart is fitted into it, for what
     * floats over the chart there; at most 45 % of the view's width, so that a narrow view still
     * shows the chart.
     */
    public void reserveLeft(double pixels) {
        reserveLeft = Math.max(0, pixels);
    }

    private double reserved() {
        return Math.min(reserveLeft, 0.45 * width);
    }

    /**
     * Shows the world box {@code [minX, maxX] × [minY, maxY]} as large as fits inside the margins
     * (pixels: left and right {@code side}, {@code top}, {@code bottom}), centred between them.
     */
    public void fit(Bounds world, double side, double top, double bottom) {
        scale = fitScale(world, side, top, bottom);
        // the box centred in the room right of what is reserved at the left
        centreX = (world.minX() + world.maxX()) / 2 - reserved() / 2 / scale;
        // centre the box between the margins, not in the view: the bottom margin holds labels
        centreY = (world.minY() + world.maxY()) / 2 - (bottom - top) / 2 / scale;
    }

    /** The scale at which {@link #fit} would show the box. */
    public double fitScale(Bounds world, double side, double top, double bottom) {
        double byWidth = Math.max(width - 2 * side - reserved(), 1) / (world.maxX() - world.minX());
        double byHeight = Math.max(height - top - bottom, 1) / (world.maxY() - world.minY());
        double fitting = Math.min(byWidth, byHeight);
        return Double.isFinite(fitting) ? fitting : DEFAULT_SCALE;
    }

    /**
     * Zooms by {@code factor} (above 1 is closer) keeping the world point under the screen point
     * {@code (x, y)} where it is, within {@link #MIN_ZOOM} and {@link #MAX_ZOOM} of {@code fitScale}.
     */
    public void zoomAt(double factor, double x, double y, double fitScale) {
        double worldX = worldX(x);
        double worldY = worldY(y);
        scale = Math.clamp(scale * factor, fitScale * MIN_ZOOM, fitScale * MAX_ZOOM);
        centreX = worldX - (x - width / 2) / scale;
        centreY = worldY + (y - height / 2) / scale;
        following = false;
        held = false;
    }

    /** Moves the picture by a mouse drag of {@code (dx, dy)} pixels. */
    public void pan(double dx, double dy) {
        centreX -= dx / scale;
        centreY += dy / scale;
        following = false;
        held = false;
    }

    /** Centres on a world point at the given scale. */
    public void centreOn(double worldX, double worldY, double newScale) {
        centreX = worldX;
        centreY = worldY;
        scale = newScale;
        following = false;
        held = false;
    }

    /** An axis-aligned box in world coordinates. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {

        /** The bounds of the finite points among the first {@code count}; {@code null} if there are none. */
        public static Bounds of(double[] x, double[] y, int count) {
            return of(x, y, count, null);
        }

        /** The bounds of the finite points among the first {@code count} that {@code included} marks (all for {@code null}). */
        public static Bounds of(double[] x, double[] y, int count, boolean[] included) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                if ((included == null || included[i]) && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    minX = Math.min(minX, x[i]);
                    maxX = Math.max(maxX, x[i]);
                    minY = Math.min(minY, y[i]);
                    maxY = Math.max(maxY, y[i]);
                }
            }
            return minX > maxX ? null : new Bounds(minX, minY, maxX, maxY);
        }
    }
}
