package org.netzbild.ui.chart;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.stream.GraphReplay;
import org.graphstream.stream.SinkAdapter;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;
import org.netzbild.ui.chart.layout.NodePosition;

/**
 * The chart's continuous layout, seen from the FX thread. The layout itself runs on a
 * {@link LayoutWorker} thread on its own copy of the chart; this side follows the graph as a sink
 * and submits every change the layout needs ({@link LayoutChange}), and once per pulse
 * ({@link #pulse}) writes the newest positions the worker handed over ({@link SnapshotHandover})
 * into the graph, which marks the chart for redrawing. The graph never leaves the FX thread.
 *
 * <p>A snapshot may be older than the chart: positions for entities removed since are ignored,
 * and pinned or held (dragged) entities, and entities moved here that the worker has not yet
 * seen moved, keep the place the FX thread gave them. FX thread only, like the graph.
 */
final class RunningLayout {

    private final Graph graph;
    private final Runnable wake;
    private final GraphChanges changes = new GraphChanges();
    /** Entities the mouse holds, whatever the worker says. */
    private final Set<String> held = new HashSet<>();
    /** Entities moved here, with the number of the change that moved them, until a snapshot has seen it. */
    private final Map<String, Long> movedAt = new HashMap<>();
    private LayoutWorker worker;
    private SnapshotHandover handover;
    private long submitted;
    private long seen;
    private boolean workerSettled;
    /** True while a snapshot is written into the graph: those position events are the layout's own. */
    private boolean applying;

    /** Lays out {@code graph}; {@code wake} is run when the layout has work again and wants pulses. */
    RunningLayout(Graph graph, Runnable wake) {
        this.graph = graph;
        this.wake = wake;
    }

    /** Starts {@code next} on a worker thread from the graph as it is: positions are kept, pinned entities stay. */
    void start(ForceAtlasLayout next) {
        stop();
        handover = new SnapshotHandover();
        worker = new LayoutWorker(next, handover);
        var replay = new GraphReplay("chart-layout-start");
        replay.addSink(changes);
        replay.replay(graph);
        replay.removeSink(changes);
        graph.addSink(changes);
        worker.start();
    }

    /** Stops the worker without waiting for it; positions not yet applied are dropped. */
    void stop() {
        if (worker != null) {
            graph.removeSink(changes);
            worker.stop();
            worker = null;
            handover = null;
            held.clear();
            movedAt.clear();
            submitted = 0;
            seen = 0;
            workerSettled = false;
        }
    }

    boolean running() {
        return worker != null;
    }

    /** Whether the layout has come to rest with every change made here (or is not running). */
    boolean settled() {
        return worker == null || workerSettled && seen == submitted;
    }

    /**
     * Once per pulse: writes the newest positions the worker handed over into the graph (which
     * marks the chart for redrawing). True while the layout is not settled and wants more pulses.
     */
    boolean pulse() {
        if (worker == null) {
            return false;
        }
        if (worker.failure() != null) {
            stop(); // the worker has logged why
            return false;
        }
        LayoutSnapshot snapshot = handover.take();
        if (snapshot != null) {
            apply(snapshot);
            handover.giveBack(snapshot);
        }
        return !settled();
    }

    /** Holds an entity where it is (while the analyst drags it), or lets it go; a pinned one stays pinned. */
    void hold(String id, boolean hold) {
        if (worker == null) {
            return;
        }
        if (hold) {
            held.add(id);
        } else {
            held.remove(id);
        }
        Node node = graph.getNode(id);
        submit(new LayoutChange.Frozen(id, hold || node != null && pinned(node)));
    }

    /** The worker, for tests: its thread and its iterations. */
    LayoutWorker worker() {
        return worker;
    }

    /**
     * Writes a snapshot's positions into the graph ({@link #pulse} does, with the newest), except
     * for entities removed, pinned, held, or moved here by a change the snapshot has not seen.
     */
    void apply(LayoutSnapshot snapshot) {
        seen = snapshot.changesSeen;
        workerSettled = snapshot.settled;
        movedAt.values().removeIf(change -> change <= seen);
        applying = true;
        try {
            for (int i = 0; i < snapshot.count; i++) {
                String id = snapshot.ids[i];
                Node node = graph.getNode(id);
                if (node == null || held.contains(id) || movedAt.containsKey(id) || pinned(node)) {
                    continue;
                }
                double[] xy = NodePosition.xy(node.getAttribute("xyz"));
                if (xy == null || xy[0] != snapshot.x[i] || xy[1] != snapshot.y[i]) {
                    node.setAttribute("xyz", snapshot.x[i], snapshot.y[i], 0.0);
                }
            }
        } finally {
            applying = false;
        }
    }

    private void submit(LayoutChange change) {
        boolean wasSettled = settled();
        worker.submit(change);
        submitted++;
        if (change instanceof LayoutChange.Moved moved) {
            movedAt.put(moved.id(), submitted);
        }
        if (wasSettled) {
            wake.run();
        }
    }

    private static boolean pinned(Node node) {
        return pinValue(node.getAttribute("layout.frozen")) || pinValue(node.getAttribute("ui.pinned"));
    }

    /** A pin attribute pins unless it is absent or {@code false}, as the layout reads it. */
    private static boolean pinValue(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    private static boolean isPin(String attribute) {
        return attribute.equals("layout.frozen") || attribute.equals("ui.pinned");
    }

    /** Tells the worker where an entity stands on the FX thread. */
    private void submitPlace(String nodeId) {
        Node node = graph.getNode(nodeId);
        double[] xy = node == null ? null : NodePosition.xy(node.getAttribute("xyz"));
        if (xy != null) {
            submit(new LayoutChange.Moved(nodeId, xy[0], xy[1]));
        }
    }

    /** The graph's events, as changes for the worker. */
    private final class GraphChanges extends SinkAdapter {

        @Override
        public void nodeAdded(String sourceId, long timeId, String nodeId) {
            submit(new LayoutChange.NodeAdded(nodeId));
        }

        @Override
        public void nodeRemoved(String sourceId, long timeId, String nodeId) {
            held.remove(nodeId);
            submit(new LayoutChange.NodeRemoved(nodeId));
        }

        @Override
        public void edgeAdded(String sourceId, long timeId, String edgeId, String fromNodeId, String toNodeId,
                              boolean directed) {
            submit(new LayoutChange.LinkAdded(edgeId, fromNodeId, toNodeId));
        }

        @Override
        public void edgeRemoved(String sourceId, long timeId, String edgeId) {
            submit(new LayoutChange.LinkRemoved(edgeId));
        }

        @Override
        public void graphCleared(String sourceId, long timeId) {
            held.clear();
            submit(new LayoutChange.Cleared());
        }

        @Override
        public void nodeAttributeAdded(String sourceId, long timeId, String nodeId, String attribute, Object value) {
            attributeSet(nodeId, attribute, value);
        }

        @Override
        public void nodeAttributeChanged(String sourceId, long timeId, String nodeId, String attribute,
                                         Object oldValue, Object newValue) {
            attributeSet(nodeId, attribute, newValue);
        }

        @Override
        public void nodeAttributeRemoved(String sourceId, long timeId, String nodeId, String attribute) {
            if (isPin(attribute)) {
                submit(new LayoutChange.Frozen(nodeId, held.contains(nodeId)));
                // a move wakes a layout at rest, which takes the entity back
                submitPlace(nodeId);
            }
        }

        private void attributeSet(String nodeId, String attribute, Object value) {
            if (applying) {
                return;
            }
            if (isPin(attribute)) {
                submit(new LayoutChange.Frozen(nodeId, pinValue(value) || held.contains(nodeId)));
                // the worker may have moved it before it heard of the pin: tell it where it stands
                submitPlace(nodeId);
            } else if (attribute.equals("xyz") || attribute.equals("xy")) {
                double[] xy = NodePosition.xy(value);
                if (xy != null) {
                    submit(new LayoutChange.Moved(nodeId, xy[0], xy[1]));
                }
            }
        }
    }
}
