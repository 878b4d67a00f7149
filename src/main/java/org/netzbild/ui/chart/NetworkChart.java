package org.netzbild.ui.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.Node;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.view.Viewer;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;

/**
 * A neighbourhood drawn as a network: GraphStream's graph model, its JavaFX viewer and its
 * force-directed layout. Must be used on the FX thread. (The full explorer replaces the first
 * layout and rendering path; see the explorer issue.)
 */
public final class NetworkChart {

    private final Graph graph = new MultiGraph("chart", false, true);
    private final FxViewer viewer;
    private final FxViewPanel view;

    public NetworkChart() {
        graph.setAttribute("ui.stylesheet", stylesheet());
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_ANOTHER_THREAD);
        viewer.enableAutoLayout();
        view = (FxViewPanel) viewer.addDefaultView(false);
        view.setId("chart");
    }

    public Node view() {
        return view;
    }

    /** Replaces what the chart shows with {@code neighbourhood}, its centre highlighted. */
    public void show(Neighbourhood neighbourhood) {
        graph.clear();
        graph.setAttribute("ui.stylesheet", stylesheet());
        for (Entity entity : neighbourhood.entities()) {
            var node = graph.addNode(entity.id());
            node.setAttribute("ui.label", shorten(entity.caption()));
            node.setAttribute("ui.class", entity.id().equals(neighbourhood.centreId())
                    ? entity.type() + ", centre" : entity.type());
            node.setAttribute("netzbild.type", entity.type());
        }
        for (Link link : neighbourhood.links()) {
            Edge edge = graph.addEdge(link.id(), link.fromId(), link.toId(), true);
            edge.setAttribute("ui.class", link.type());
            edge.setAttribute("netzbild.type", link.type());
        }
    }

    public int nodeCount() {
        return graph.getNodeCount();
    }

    public int linkCount() {
        return graph.getEdgeCount();
    }

    public boolean shows(String entityId) {
        return graph.getNode(entityId) != null;
    }

    public void close() {
        viewer.close();
    }

    private static String shorten(String caption) {
        return caption.length() <= 32 ? caption : caption.substring(0, 31) + "…";
    }

    private static String stylesheet() {
        try (InputStream in = NetworkChart.class.getResourceAsStream("graph.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the chart style sheet is missing", e);
        }
    }
}
