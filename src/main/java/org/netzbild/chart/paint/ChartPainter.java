package org.netzbild.chart.paint;

import java.util.Arrays;

/**
 * Draws one frame of the chart on a {@link Surface} (the screen's canvas, or an export's page):
 * background, links, arrow heads,
 * entities, labels. What makes it cheap at 5,000 entities and 10,000 links: entities and links
 * outside the view are skipped (culling); the links of one look are one path, stroked once;
 * arrow heads and entities are grouped by look, so colours and widths are set once per group,
 * and each is one primitive call ({@code fillRect}, {@code fillOval}, {@code fillPolygon}) — measured
 * cheaper than path elements, which the canvas transforms and copies one by one; the level of
 * detail ({@link Detail}) leaves out labels and arrow heads where the view is too crowded for them
 * and draws tiny entities as plain squares; label widths are measured once per label.
 * Positions are projected once per frame into {@link DrawnFrame}, which the hit test then reads.
 * What is drawn and how — which entities and links, where, in which look, at which detail — is
 * decided here alone, for the screen and the exports alike (ADR 0036).
 */
public final class ChartPainter {

    /** Entities this far outside the view (pixels) are still drawn: their label or box may reach in. */
    static final double CULL_MARGIN = 100;
    private static final double[] DASHES = {4, 3};
    private static final double LABEL_GAP = 2;
    private static final double LABEL_CORNER = 6;
    private static final double STUB_CORNER = 8;
    private static final double[] DIAMOND_X = {0, 1, 0, -1};
    private static final double[] DIAMOND_Y = {-1, 0, 1, 0};
    private static final double[] TRIANGLE_X = {0, 1, -1};
    private static final double[] TRIANGLE_Y = {-1, 1, 1};
    /** An X: a plus sign with arms of half-width 0.35, turned by 45 degrees. */
    private static final double[] CROSS_X = new double[12];
    private static final double[] CROSS_Y = new double[12];

    static {
        double t = 0.35;
        double[] plusX = {-t, t, t, 1, 1, t, t, -t, -t, -1, -1, -t};
        double[] plusY = {-1, -1, -t, -t, t, t, 1, 1, t, t, -t, -t};
        for (int k = 0; k < 12; k++) {
            CROSS_X[k] = (plusX[k] - plusY[k]) / Math.sqrt(2);
            CROSS_Y[k] = (plusX[k] + plusY[k]) / Math.sqrt(2);
        }
    }

    /** The selection's colour, as the entities' selection ring in graph.css, and a fainter one for the mouse. */
    private static final Rgba SELECTED_HALO = Rgba.web("#f1c40f");
    private static final Rgba HOVER_HALO = Rgba.web("#f1c40f").withOpacity(0.45);
    /** The possible-duplicate badge: Okabe and Ito's vermilion, told apart from every entity fill in colour-vision deficiency too. */
    public static final Rgba BADGE = Rgba.web("#d55e00");
    private String hoveredLink;
    private final double[] polygonX = new double[CROSS_X.length];
    private final double[] polygonY = new double[CROSS_X.length];
    private final TextMetrics metrics;
    /** Where this frame's labels stand, so that the next finds room or goes without. */
    private final LabelPlacement placement = new LabelPlacement();
    /** Each entity's label width, measured when first drawn; NaN until then. Reset when the chart is rebuilt. */
    private double[] labelWidths = new double[0];
    private int measuredGeneration = -1;
    /** Entities, and selected or highlighted ones, inside the view in the frame being drawn. */
    private int inView;
    private int markedInView;

    public ChartPainter(TextMetrics metrics) {
        this.metrics = metrics;
    }

    /** Draws the whole frame and returns the detail it chose. */
    public Detail paint(Surface g, ChartElements e, Camera camera, Detail.Policy policy, Rgba background,
                        DrawnFrame frame) {
        double w = camera.width();
        double h = camera.height();
        if (measuredGeneration != e.generation()) {
            measuredGeneration = e.generation();
            labelWidths = new double[e.nodeCount];
            Arrays.fill(labelWidths, Double.NaN);
        }
        project(e, camera, frame);
        Detail detail = policy.choose(inView, markedInView, w, h);
        measure(e, detail, frame);
        // an opaque fill of the whole canvas also lets the canvas drop the previous frame's commands
        g.fill(background);
        g.fillRect(0, 0, w, h);
        haloes(g, e, frame, w, h);
        links(g, e, frame, w, h);
        if (detail.arrows()) {
            arrowHeads(g, e, frame, w, h);
        }
        entities(g, e, detail, frame);
        sourceRings(g, e, detail, frame);
        badges(g, e, detail, frame);
        labels(g, e, detail, frame, w, h);
        return detail;
    }

    /** Projects every entity to the screen and culls; counts the entities inside the view proper. */
    private void project(ChartElements e, Camera camera, DrawnFrame frame) {
        double w = camera.width();
        double h = camera.height();
        frame.reset(e.nodeCount, e.ids, e.nodeOrder);
        frame.links(e.linkOrder, e.linkIds, e.from, e.to, e.bend);
        inView = 0;
        markedInView = 0;
        for (int i = 0; i < e.nodeCount; i++) {
            double sx = camera.screenX(e.x[i]);
            double sy = camera.screenY(e.y[i]);
            frame.x[i] = sx;
            frame.y[i] = sy;
            frame.drawn[i] = e.shown[i] && Culling.pointVisible(sx, sy, w, h, CULL_MARGIN);
            if (e.shown[i] && Culling.pointVisible(sx, sy, w, h, 0)) {
                inView++;
                markedInView += e.marked[i] ? 1 : 0;
            }
        }
    }

    /** Sizes every drawn entity at this detail; stubs are boxes around their label when labels show. */
    private void measure(ChartElements e, Detail detail, DrawnFrame frame) {
        for (int i = 0; i < e.nodeCount; i++) {
            NodeLook look = e.looks[i];
            double half = look.size() * detail.nodeScale() / 2;
            frame.halfWidth[i] = half;
            frame.halfHeight[i] = half;
            if (frame.drawn[i] && look.fitsLabel() && detail.labels() && e.labels[i] != null) {
                frame.halfWidth[i] = labelWidth(e, i) / 2 + look.padding();
                frame.halfHeight[i] = metrics.height(look.textSize()) / 2 + look.padding();
            }
        }
    }

    /** The link under the mouse, drawn with a faint halo; {@code null} for none. */
    public void hover(String linkId) {
        hoveredLink = linkId;
    }

    /**
     * A wide halo under the selected links (and a faint one under the link under the mouse), so that
     * they stand out, and a band under the links that cross the border the chart shows (issue 18).
     */
    private void haloes(Surface g, ChartElements e, DrawnFrame f, double w, double h) {
        for (int k : e.linkOrder) {
            boolean hovered = hoveredLink != null && hoveredLink.equals(e.linkIds[k]);
            if (e.linkSelected[k] || hovered) {
                underlay(g, e, f, w, h, k, e.linkSelected[k] ? SELECTED_HALO : HOVER_HALO, e.linkSelected[k] ? 7 : 5);
            } else if (e.linkAcross[k]) {
                underlay(g, e, f, w, h, k, ACROSS_BAND, 6);
            }
        }
    }

    /** A wide stroke in {@code colour} under link {@code k}, {@code wider} pixels wider than the link. */
    private void underlay(Surface g, ChartElements e, DrawnFrame f, double w, double h, int k, Rgba colour, double wider) {
        int a = e.from[k];
        int b = e.to[k];
        if (a == b || !Culling.segmentVisible(f.x[a], f.y[a], f.x[b], f.y[b], w, h)) {
            return;
        }
        g.stroke(colour);
        g.lineWidth(e.linkLooks[k].width() + wider);
        g.lineDashes(null);
        g.beginPath();
        trace(g, e, f, k);
        g.strokePath();
    }

    /** Adds link {@code k}'s line to the path: straight, or bowed where it has parallels. */
    private static void trace(Surface g, ChartElements e, DrawnFrame f, int k) {
        int a = e.from[k];
        int b = e.to[k];
        g.moveTo(f.x[a], f.y[a]);
        if (e.bend[k] == 0) {
            g.lineTo(f.x[b], f.y[b]);
        } else {
            g.quadTo(controlX(e, f, k), controlY(e, f, k), f.x[b], f.y[b]);
        }
    }

    /** The band of a link across a border: a violet wash, apart from the selection's yellow halo. */
    public static final Rgba ACROSS_BAND = Rgba.web("#AA3377").withOpacity(0.35);

    private static void links(Surface g, ChartElements e, DrawnFrame f, double w, double h) {
        LinkLook current = null;
        for (int k : e.linkOrder) {
            int a = e.from[k];
            int b = e.to[k];
            if (a == b || !Culling.segmentVisible(f.x[a], f.y[a], f.x[b], f.y[b], w, h)) {
                continue;
            }
            if (e.linkLooks[k] != current) {
                strokeLinks(g, current);
                current = e.linkLooks[k];
                g.beginPath();
            }
            trace(g, e, f, k);
        }
        strokeLinks(g, current);
    }

    private static void strokeLinks(Surface g, LinkLook look) {
        if (look != null) {
            g.stroke(look.colour());
            g.lineWidth(look.width());
            g.lineDashes(look.dashes());
            g.strokePath();
        }
    }

    /** Arrow heads, their colour set once per link look, their tips on the target entity's outline. */
    private void arrowHeads(Surface g, ChartElements e, DrawnFrame f, double w, double h) {
        LinkLook current = null;
        for (int k : e.linkOrder) {
            int a = e.from[k];
            int b = e.to[k];
            if (!e.directed[k] || a == b || !f.drawn[b] || !Culling.segmentVisible(f.x[a], f.y[a], f.x[b], f.y[b], w, h)) {
                continue;
            }
            double fromX = e.bend[k] == 0 ? f.x[a] : controlX(e, f, k);
            double fromY = e.bend[k] == 0 ? f.y[a] : controlY(e, f, k);
            double dx = f.x[b] - fromX;
            double dy = f.y[b] - fromY;
            double length = Math.sqrt(dx * dx + dy * dy);
            if (length == 0) {
                continue;
            }
            if (e.linkLooks[k] != current) {
                current = e.linkLooks[k];
                g.fill(current.colour());
            }
            LinkLook look = e.linkLooks[k];
            double ux = dx / length;
            double uy = dy / length;
            double reach = edgeDistance(e.looks[b].shape(), f.halfWidth[b], f.halfHeight[b], ux, uy);
            double tipX = f.x[b] - ux * reach;
            double tipY = f.y[b] - uy * reach;
            double baseX = tipX - ux * look.arrowLength();
            double baseY = tipY - uy * look.arrowLength();
            double half = look.arrowWidth() / 2;
            polygonX[0] = tipX;
            polygonY[0] = tipY;
            polygonX[1] = baseX - uy * half;
            polygonY[1] = baseY + ux * half;
            polygonX[2] = baseX + uy * half;
            polygonY[2] = baseY - ux * half;
            g.fillPolygon(polygonX, polygonY, 3);
        }
    }

    /** How far from an entity's centre its outline lies in direction {@code (ux, uy)}. */
    private static double edgeDistance(NodeShape shape, double halfWidth, double halfHeight, double ux, double uy) {
        return switch (shape) {
            case BOX, ROUNDED_BOX -> Math.min(halfWidth / Math.max(Math.abs(ux), 1e-9),
                    halfHeight / Math.max(Math.abs(uy), 1e-9));
            case DIAMOND -> 1 / (Math.abs(ux) / halfWidth + Math.abs(uy) / halfHeight);
            default -> halfWidth;
        };
    }

    /** The control point of a bowed link: beside the midpoint, twice the bend (a quadratic curve reaches half). */
    private static double controlX(ChartElements e, DrawnFrame f, int k) {
        int a = e.from[k];
        int b = e.to[k];
        double length = Math.max(distance(f, a, b), 1e-9);
        return (f.x[a] + f.x[b]) / 2 + (f.y[b] - f.y[a]) / length * 2 * e.bend[k];
    }

    private static double distance(DrawnFrame f, int a, int b) {
        double dx = f.x[b] - f.x[a];
        double dy = f.y[b] - f.y[a];
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double controlY(ChartElements e, DrawnFrame f, int k) {
        int a = e.from[k];
        int b = e.to[k];
        double length = Math.max(distance(f, a, b), 1e-9);
        return (f.y[a] + f.y[b]) / 2 - (f.x[b] - f.x[a]) / length * 2 * e.bend[k];
    }

    /** Entities in drawing order; fill and outline are set once per look, not per entity. */
    private void entities(Surface g, ChartElements e, Detail detail, DrawnFrame f) {
        NodeLook current = null;
        boolean simple = false;
        boolean outlined = false;
        for (int i : e.nodeOrder) {
            if (!f.drawn[i]) {
                continue;
            }
            NodeLook look = e.looks[i];
            if (look != current) {
                current = look;
                simple = detail.simple(look.size());
                outlined = look.stroke() != null && !simple;
                g.fill(look.fill());
                if (outlined) {
                    g.stroke(look.stroke());
                    // outlines shrink with the entities, but a selection ring stays visible
                    g.lineWidth(look.strokeWidth() * Math.max(detail.nodeScale(), 0.5));
                    g.lineDashes(look.dashed() ? DASHES : null);
                }
            }
            shape(g, simple ? NodeShape.BOX : look.shape(), outlined, f.x[i], f.y[i], f.halfWidth[i], f.halfHeight[i]);
        }
    }

    /**
     * A badge at the upper right of each possible duplicate ({@link ChartElements#badged}): a
     * vermilion disc with a white rim and a white equals sign, drawn wherever the entity is drawn as
     * its shape (not as a dot of the overview), so that the pair is seen without opening the inspector.
     */
    /**
     * A ring around each entity stated by several agencies, split into one segment a source in its
     * colour (issue 18: cross-agency at a glance). Left out where entities are drawn as plain squares.
     */
    private void sourceRings(Surface g, ChartElements e, Detail detail, DrawnFrame f) {
        boolean first = true;
        for (int i : e.nodeOrder) {
            Rgba[] ring = e.sourceRings[i];
            if (!f.drawn[i] || ring == null || detail.simple(e.looks[i].size())) {
                continue;
            }
            if (first) {
                g.lineDashes(null);
                first = false;
            }
            sourceRing(g, ring, f.x[i], f.y[i], Math.max(f.halfWidth[i], f.halfHeight[i]) + RING_GAP);
        }
    }

    /** A ring of radius {@code r} around {@code (x, y)} in {@code colours.length} equal segments, from the top clockwise; the legend draws it too. */
    public void sourceRing(Surface g, Rgba[] colours, double x, double y, double r) {
        g.lineWidth(RING_WIDTH);
        int segments = colours.length;
        // each segment a polyline of short chords, a small gap between segments so they read apart
        double gap = segments > 1 ? 0.12 : 0;
        for (int k = 0; k < segments; k++) {
            double from = -Math.PI / 2 + 2 * Math.PI * k / segments + gap / 2;
            double to = -Math.PI / 2 + 2 * Math.PI * (k + 1) / segments - gap / 2;
            int steps = Math.max(3, (int) Math.ceil((to - from) / 0.2));
            g.stroke(colours[k]);
            g.beginPath();
            g.moveTo(x + r * Math.cos(from), y + r * Math.sin(from));
            for (int s = 1; s <= steps; s++) {
                double a = from + (to - from) * s / steps;
                g.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
            g.strokePath();
        }
    }

    /** How far the source ring stands off the shape, and how wide it is, in pixels. */
    private static final double RING_GAP = 3;
    private static final double RING_WIDTH = 2.5;

    private void badges(Surface g, ChartElements e, Detail detail, DrawnFrame f) {
        boolean first = true;
        for (int i : e.nodeOrder) {
            if (!f.drawn[i] || !e.badged[i] || detail.simple(e.looks[i].size())) {
                continue;
            }
            if (first) {
                g.lineDashes(null);
                first = false;
            }
            badge(g, f.x[i] + f.halfWidth[i] * 0.75, f.y[i] - f.halfHeight[i] * 0.75,
                    Math.max(4.5, Math.min(f.halfWidth[i], f.halfHeight[i]) * 0.45));
        }
    }

    /** The possible-duplicate badge of radius {@code r} centred at {@code (x, y)}; the legend draws it too. */
    public void badge(Surface g, double x, double y, double r) {
        g.fill(BADGE);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.stroke(Rgba.WHITE);
        g.lineWidth(Math.max(1, r / 4));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.beginPath();
        g.moveTo(x - r * 0.45, y - r * 0.25);
        g.lineTo(x + r * 0.45, y - r * 0.25);
        g.moveTo(x - r * 0.45, y + r * 0.25);
        g.lineTo(x + r * 0.45, y + r * 0.25);
        g.strokePath();
    }

    /** Draws one entity of {@code look} at full detail, centred at {@code (x, y)}: the legend's swatches are drawn by this. */
    public void entity(Surface g, NodeLook look, double x, double y) {
        boolean outlined = look.stroke() != null;
        g.fill(look.fill());
        if (outlined) {
            g.stroke(look.stroke());
            g.lineWidth(look.strokeWidth());
            g.lineDashes(look.dashed() ? DASHES : null);
        }
        shape(g, look.shape(), outlined, x, y, look.size() / 2, look.size() / 2);
        g.lineDashes(null);
    }

    private void shape(Surface g, NodeShape shape, boolean outlined, double x, double y, double hw, double hh) {
        switch (shape) {
            case BOX -> {
                g.fillRect(x - hw, y - hh, 2 * hw, 2 * hh);
                if (outlined) {
                    g.strokeRect(x - hw, y - hh, 2 * hw, 2 * hh);
                }
            }
            case CIRCLE -> {
                g.fillOval(x - hw, y - hh, 2 * hw, 2 * hh);
                if (outlined) {
                    g.strokeOval(x - hw, y - hh, 2 * hw, 2 * hh);
                }
            }
            case ROUNDED_BOX -> {
                double corner = 2 * Math.min(STUB_CORNER, Math.min(hw, hh));
                g.fillRoundRect(x - hw, y - hh, 2 * hw, 2 * hh, corner, corner);
                if (outlined) {
                    g.strokeRoundRect(x - hw, y - hh, 2 * hw, 2 * hh, corner, corner);
                }
            }
            case DIAMOND -> polygon(g, outlined, x, y, hw, hh, DIAMOND_X, DIAMOND_Y);
            case TRIANGLE -> polygon(g, outlined, x, y, hw, hh, TRIANGLE_X, TRIANGLE_Y);
            case CROSS -> polygon(g, outlined, x, y, hw, hh, CROSS_X, CROSS_Y);
        }
    }

    private void polygon(Surface g, boolean outlined, double x, double y, double hw, double hh,
                         double[] unitX, double[] unitY) {
        for (int k = 0; k < unitX.length; k++) {
            polygonX[k] = x + unitX[k] * hw;
            polygonY[k] = y + unitY[k] * hh;
        }
        g.fillPolygon(polygonX, polygonY, unitX.length);
        if (outlined) {
            g.strokePolygon(polygonX, polygonY, unitX.length);
        }
    }

    /**
     * Labels: under the entity on a rounded background, or centred in a stub's box. A label under
     * its entity is drawn only where it overlaps no label placed before it, offered in the order of
     * {@link ChartElements#labelOrder} (selected and highlighted first, then by links), so that no
     * two labels collide; zooming in gives the others room (issue 18). A stub's label is its shape
     * and always drawn. The graphics state is set only when it changes.
     */
    private void labels(Surface g, ChartElements e, Detail detail, DrawnFrame f, double w, double h) {
        g.lineDashes(null);
        double size = Double.NaN;
        Rgba fill = null;
        Surface.Baseline baseline = null;
        placement.reset(-CULL_MARGIN, -CULL_MARGIN, w + CULL_MARGIN, h + CULL_MARGIN);
        for (int i : e.labelOrder) {
            if (!labelled(e, detail, f, i)) {
                continue;
            }
            NodeLook look = e.looks[i];
            double x0;
            double y0;
            double x1;
            double y1;
            if (look.labelInside()) {
                x0 = f.x[i] - f.halfWidth[i];
                x1 = f.x[i] + f.halfWidth[i];
                y0 = f.y[i] - f.halfHeight[i];
                y1 = f.y[i] + f.halfHeight[i];
            } else {
                double half = labelWidth(e, i) / 2 + look.textPadding();
                x0 = f.x[i] - half;
                x1 = f.x[i] + half;
                y0 = labelTop(f, i);
                y1 = y0 + metrics.height(look.textSize()) + 2 * look.textPadding();
                if (!e.marked[i] && !placement.free(x0, y0, x1, y1)) {
                    continue;
                }
            }
            placement.occupy(x0, y0, x1, y1);
            f.labelled[i] = true;
            f.labelBox[4 * i] = x0;
            f.labelBox[4 * i + 1] = y0;
            f.labelBox[4 * i + 2] = x1;
            f.labelBox[4 * i + 3] = y1;
            double y = look.labelInside() ? f.y[i] : labelTop(f, i) + look.textPadding();
            if (look.textBackground() != null && !look.labelInside()) {
                fill = paint(g, fill, look.textBackground());
                double width = labelWidth(e, i) + 2 * look.textPadding();
                double height = metrics.height(look.textSize()) + 2 * look.textPadding();
                g.fillRoundRect(f.x[i] - width / 2, labelTop(f, i), width, height, LABEL_CORNER, LABEL_CORNER);
            }
            if (look.textSize() != size) {
                size = look.textSize();
                g.textSize(size);
            }
            Surface.Baseline wanted = look.labelInside() ? Surface.Baseline.CENTER : Surface.Baseline.TOP;
            if (wanted != baseline) {
                baseline = wanted;
                g.baseline(baseline);
            }
            fill = paint(g, fill, look.textColour());
            g.fillText(e.labels[i], f.x[i], y);
        }
    }

    private double labelWidth(ChartElements e, int i) {
        if (Double.isNaN(labelWidths[i])) {
            labelWidths[i] = metrics.width(e.looks[i].textSize(), e.labels[i]);
        }
        return labelWidths[i];
    }

    /** Sets the fill if it differs from the current one; returns the fill now set. */
    private static Rgba paint(Surface g, Rgba current, Rgba wanted) {
        if (wanted != current) {
            g.fill(wanted);
        }
        return wanted;
    }

    private static boolean labelled(ChartElements e, Detail detail, DrawnFrame f, int i) {
        return f.drawn[i] && e.labels[i] != null
                && (detail.labels() || detail.markedLabels() && e.marked[i] && !e.looks[i].fitsLabel());
    }

    private static double labelTop(DrawnFrame f, int i) {
        return f.y[i] + f.halfHeight[i] + LABEL_GAP;
    }
}
