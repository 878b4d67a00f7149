package org.netzbild.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.netzbild.ui.chart.NetworkChart;

/**
 * The chart's drawing path without its timer: the graph is built with the attributes
 * {@link NetworkChart} sets (style sheet, {@code ui.class} per entity and link type, labels,
 * directed links), mirrored into a {@link GraphicGraph} as {@code FxViewer} does, and drawn by
 * the same {@link FxGraphRenderer} that {@code FxDefaultView} calls from its 40 ms timeline.
 * One {@link #draw} is one call of {@code FxGraphRenderer.render}: bounds, camera, background,
 * every style group's elements, labels and the selection overlay.
 */
final class GraphStreamFrame {

    /** Hides labels at full view: GraphStream's own way to do what the chart did from 250 entities. */
    static final String CROWDED_RULE = "\nnode { text-visibility-mode: under-zoom; text-visibility: 0.5; }\n";

    private final GraphicGraph graphic = new GraphicGraph("bench");
    private final FxGraphRenderer renderer = new FxGraphRenderer();

    GraphStreamFrame(RandomChart chart, boolean crowded) {
        Graph graph = new MultiGraph("chart", false, true);
        graph.addSink(graphic);
        graph.setAttribute("ui.stylesheet", crowded ? styleSheet() + CROWDED_RULE : styleSheet());
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
        for (int i = 0; i < chart.entityCount(); i++) {
            var node = graph.addNode(chart.ids()[i]);
            node.setAttribute("ui.label", chart.captions()[i]);
            node.setAttribute("ui.class", chart.types()[i]);
            node.setAttribute("xyz", chart.x()[i], chart.y()[i], 0.0);
        }
        for (int i = 0; i < chart.linkCount(); i++) {
            graph.addEdge("l-" + i, chart.from()[i], chart.to()[i], true)
                    .setAttribute("ui.class", chart.linkTypes()[i]);
        }
        renderer.open(graphic, new Pane());
    }

    /** The graphic graph, whose resolved style groups the reference reads its colours from. */
    GraphicGraph graphic() {
        return graphic;
    }

    void draw(GraphicsContext g, int width, int height) {
        renderer.render(g, 0, 0, width, height);
    }

    static String styleSheet() {
        try (InputStream in = NetworkChart.class.getResourceAsStream("graph.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
