package org.netzbild.ui.chart;

import org.graphstream.graph.Graph;
import org.graphstream.stream.GraphReplay;
import org.graphstream.ui.layout.Layout;

/**
 * A continuous GraphStream {@link Layout} run on the FX thread in slices, in place of GraphStream's
 * {@code LayoutRunner} thread and its mirror of the graph. The layout listens to the graph as a sink
 * and writes {@code xyz} back into it; {@link #step} runs iterations until a time budget is spent,
 * so a frame never waits long for the layout: at 5,000 entities an iteration of our ForceAtlas2
 * takes about 3 ms, at 20,000 about 20 ms, which then is one iteration per frame. Once the layout
 * is stable, steps cost nothing until the graph changes (ForceAtlasLayout is unstable again after
 * any change of nodes, links or positions). FX thread only, like the graph.
 */
final class RunningLayout {

    /** The least a frame may spend on the layout: a third of a frame at 60 Hz. */
    static final long MIN_BUDGET_NANOS = 6_000_000;
    /** The most a frame may spend on it, so that the window still answers the mouse several times a second. */
    static final long MAX_BUDGET_NANOS = 50_000_000;

    /**
     * The time one pulse may spend on the layout: half the time since the last pulse, within
     * {@link #MIN_BUDGET_NANOS} and {@link #MAX_BUDGET_NANOS}. When frames come slowly because
     * rasterising them is slow (the software pipeline with thousands of entities), the layout
     * gets more of each pulse and does not crawl at the frame rate.
     */
    static long budget(long sinceLastPulseNanos) {
        return Math.clamp(sinceLastPulseNanos / 2, MIN_BUDGET_NANOS, MAX_BUDGET_NANOS);
    }

    private final Graph graph;
    private Layout layout;

    RunningLayout(Graph graph) {
        this.graph = graph;
    }

    /** Starts {@code next} from the graph as it is: positions are kept, pinned entities stay. */
    void start(Layout next) {
        stop();
        var replay = new GraphReplay("chart-layout-start");
        replay.addSink(next);
        replay.replay(graph);
        replay.removeSink(next);
        graph.addSink(next);
        next.addAttributeSink(graph);
        layout = next;
    }

    void stop() {
        if (layout != null) {
            graph.removeSink(layout);
            layout.removeAttributeSink(graph);
            layout = null;
        }
    }

    boolean running() {
        return layout != null;
    }

    /** Whether the layout has come to rest (or is not running). */
    boolean settled() {
        return layout == null || layout.getStabilization() > layout.getStabilizationLimit();
    }

    /** Runs iterations for at most {@code budgetNanos} (at least one if unsettled); true while not settled. */
    boolean step(long budgetNanos) {
        long deadline = System.nanoTime() + budgetNanos;
        while (!settled()) {
            layout.compute();
            if (System.nanoTime() >= deadline) {
                break;
            }
        }
        return !settled();
    }

    /** Holds an entity where it is (while the analyst drags it), or lets it go. */
    void hold(String id, boolean held) {
        if (layout != null) {
            layout.freezeNode(id, held);
        }
    }
}
