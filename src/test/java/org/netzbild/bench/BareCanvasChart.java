package org.netzbild.bench;

import java.util.HashMap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.stylesheet.StyleConstants.Shape;

/**
 * The reference for the chart's frame time: a plain loop over the same chart drawing the same
 * picture straight into a {@link GraphicsContext} — the background, a line and an arrow head per
 * link, a filled and stroked shape per entity (circle, box, diamond, triangle, cross), and each
 * label on its rounded background under the entity. Style values are resolved once, before timing,
 * from GraphStream's own style groups for the same style sheet, so both sides use the same colours
 * and sizes; label widths are measured once too, as any renderer of our own would cache them.
 * It does no culling, no level of detail and no batching: it is the floor a naive canvas loop
 * sets, not an optimised renderer.
 */
final class BareCanvasChart {

    private record NodeLook(Shape shape, double size, Color fill, Color stroke, double strokeWidth,
                            Font font, Color text, Color textBackground, double padding) {
    }

    private record LinkLook(Color colour, double width, double arrowLength, double arrowWidth) {
    }

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

    private final RandomChart chart;
    private final Color background;
    private final double padding;
    private final NodeLook[] nodeLooks;
    private final LinkLook[] linkLooks;
    private final double[] labelWidths;
    private final double labelHeight;
    private final boolean labels;
    private final double[] px;
    private final double[] py;
    private final double[] polygonX = new double[12];
    private final double[] polygonY = new double[12];

    BareCanvasChart(RandomChart chart, GraphicGraph styled, boolean labels) {
        this.chart = chart;
        this.labels = labels;
        this.background = fx(styled.getStyle().getFillColor(0));
        this.padding = styled.getStyle().getPadding().get(0);
        var nodeByType = new HashMap<String, NodeLook>();
        nodeLooks = new NodeLook[chart.entityCount()];
        labelWidths = new double[chart.entityCount()];
        var measure = new Text();
        for (int i = 0; i < chart.entityCount(); i++) {
            int entity = i;
            nodeLooks[i] = nodeByType.computeIfAbsent(chart.types()[i],
                    type -> nodeLook((GraphicElement) styled.getNode(chart.ids()[entity])));
            measure.setFont(nodeLooks[i].font());
            measure.setText(chart.captions()[i]);
            labelWidths[i] = measure.getLayoutBounds().getWidth();
        }
        labelHeight = measure.getLayoutBounds().getHeight();
        var linkByType = new HashMap<String, LinkLook>();
        linkLooks = new LinkLook[chart.linkCount()];
        for (int i = 0; i < chart.linkCount(); i++) {
            int link = i;
            linkLooks[i] = linkByType.computeIfAbsent(chart.linkTypes()[i],
                    type -> linkLook((GraphicElement) styled.getEdge("l-" + link)));
        }
        px = new double[chart.entityCount()];
        py = new double[chart.entityCount()];
    }

    /** Draws one frame: the same steps as the chart, in a plain loop with per-element state. */
    void draw(GraphicsContext g, int width, int height) {
        project(width, height);
        g.setFill(background);
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < chart.linkCount(); i++) {
            drawLink(g, i);
        }
        for (int i = 0; i < chart.entityCount(); i++) {
            drawEntity(g, i);
            if (labels) {
                drawLabel(g, i);
            }
        }
    }

    /** Fits the chart into the canvas inside the graph's padding, y upwards, as GraphStream's camera does. */
    private void project(int width, int height) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < chart.entityCount(); i++) {
            minX = Math.min(minX, chart.x()[i]);
            maxX = Math.max(maxX, chart.x()[i]);
            minY = Math.min(minY, chart.y()[i]);
            maxY = Math.max(maxY, chart.y()[i]);
        }
        double scale = Math.min((width - 2 * padding) / (maxX - minX), (height - 2 * padding) / (maxY - minY));
        double centreX = (minX + maxX) / 2;
        double centreY = (minY + maxY) / 2;
        for (int i = 0; i < chart.entityCount(); i++) {
            px[i] = width / 2.0 + (chart.x()[i] - centreX) * scale;
            py[i] = height / 2.0 - (chart.y()[i] - centreY) * scale;
        }
    }

    private void drawLink(GraphicsContext g, int i) {
        LinkLook look = linkLooks[i];
        int from = chart.from()[i];
        int to = chart.to()[i];
        double dx = px[to] - px[from];
        double dy = py[to] - py[from];
        double length = Math.hypot(dx, dy);
        g.setStroke(look.colour());
        g.setLineWidth(look.width());
        g.strokeLine(px[from], py[from], px[to], py[to]);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double tipX = px[to] - ux * nodeLooks[to].size() / 2;
        double tipY = py[to] - uy * nodeLooks[to].size() / 2;
        double baseX = tipX - ux * look.arrowLength();
        double baseY = tipY - uy * look.arrowLength();
        double half = look.arrowWidth() / 2;
        polygonX[0] = tipX;
        polygonY[0] = tipY;
        polygonX[1] = baseX - uy * half;
        polygonY[1] = baseY + ux * half;
        polygonX[2] = baseX + uy * half;
        polygonY[2] = baseY - ux * half;
        g.setFill(look.colour());
        g.fillPolygon(polygonX, polygonY, 3);
    }

    private void drawEntity(GraphicsContext g, int i) {
        NodeLook look = nodeLooks[i];
        double r = look.size() / 2;
        double x = px[i];
        double y = py[i];
        g.setFill(look.fill());
        g.setStroke(look.stroke());
        g.setLineWidth(look.strokeWidth());
        switch (look.shape()) {
            case BOX -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case DIAMOND -> polygon(g, x, y, r, DIAMOND_X, DIAMOND_Y);
            case TRIANGLE -> polygon(g, x, y, r, TRIANGLE_X, TRIANGLE_Y);
            case CROSS -> polygon(g, x, y, r, CROSS_X, CROSS_Y);
            default -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private void polygon(GraphicsContext g, double x, double y, double r, double[] unitX, double[] unitY) {
        for (int k = 0; k < unitX.length; k++) {
            polygonX[k] = x + unitX[k] * r;
            polygonY[k] = y + unitY[k] * r;
        }
        g.fillPolygon(polygonX, polygonY, unitX.length);
        g.strokePolygon(polygonX, polygonY, unitX.length);
    }

    private void drawLabel(GraphicsContext g, int i) {
        NodeLook look = nodeLooks[i];
        double pad = look.padding();
        double top = py[i] + look.size() / 2 + 2;
        double boxWidth = labelWidths[i] + 2 * pad;
        g.setFill(look.textBackground());
        g.fillRoundRect(px[i] - boxWidth / 2, top, boxWidth, labelHeight + 2 * pad, 6, 6);
        g.setFill(look.text());
        g.setFont(look.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(chart.captions()[i], px[i], top + pad);
    }

    private static NodeLook nodeLook(GraphicElement node) {
        var style = node.getStyle();
        return new NodeLook(style.getShape(), style.getSize().get(0), fx(style.getFillColor(0)),
                fx(style.getStrokeColor(0)), style.getStrokeWidth().value,
                Font.font(style.getTextSize().value), fx(style.getTextColor(0)),
                fx(style.getTextBackgroundColor(0)), style.getTextPadding().get(0));
    }

    private static LinkLook linkLook(GraphicElement edge) {
        var style = edge.getStyle();
        return new LinkLook(fx(style.getFillColor(0)), style.getSize().get(0),
                style.getArrowSize().get(0), style.getArrowSize().get(1));
    }

    private static Color fx(org.graphstream.ui.graphicGraph.stylesheet.Color colour) {
        return Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getAlpha() / 255.0);
    }
}
