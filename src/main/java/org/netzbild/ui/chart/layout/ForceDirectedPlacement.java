package org.netzbild.ui.chart.layout;

import org.graphstream.graph.Graph;
import org.graphstream.stream.GraphReplay;

/**
 * Runs a {@link ForceAtlasLayout} over a whole graph until it is stable (or an iteration cap is
 * reached) and writes the result: the force layout as a one-shot {@link ChartLayout}, e.g. for
 * an export without a live view. Pinned nodes keep their positions.
 */
public final class ForceDirectedPlacement implements ChartLayout {

    private final ForceAtlasSettings settings;
    private final int maxIterations;

    public ForceDirectedPlacement(ForceAtlasSettings settings, int maxIterations) {
        this.settings = settings;
        this.maxIterations = maxIterations;
    }

    @Override
    public void apply(Graph graph) {
        ForceAtlasLayout layout = new ForceAtlasLayout(settings);
        // replay hands the layout the graph's nodes, links and attributes (positions, pins) as events
        GraphReplay replay = new GraphReplay("force-directed-placement");
        replay.addSink(layout);
        replay.replay(graph);
        replay.removeSink(layout);
        for (int k = 0; k < maxIterations && layout.getStabilization() <= layout.getStabilizationLimit(); k++) {
            layout.compute();
        }
        layout.addAttributeSink(graph);
        layout.publishAll();
        layout.removeAttributeSink(graph);
    }
}
