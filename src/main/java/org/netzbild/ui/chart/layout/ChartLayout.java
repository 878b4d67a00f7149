package org.netzbild.ui.chart.layout;

import org.graphstream.graph.Graph;

/**
 * A one-shot placement of a chart: computes a position for every node of a GraphStream graph
 * and writes it as the node's {@code xyz} attribute (GraphStream's y axis points up, as on
 * screen). The continuous force layout is {@link ForceAtlasLayout}; {@link ForceDirectedPlacement}
 * runs it to rest behind this interface.
 */
public interface ChartLayout {

    /** Places every node of {@code graph}; nodes and links are left as they are. */
    void apply(Graph graph);
}
