package org.netzbild.ui.chart;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.netzbild.chart.ChartGraph;
import org.netzbild.layout.ForceAtlasLayout;

/**
 * The chart's continuous layout, seen from the FX thread. The layout itself runs in a
 * {@link LayoutWorker} on its own copy of the chart; this side listens to the chart's graph and
 * submits every change the layout needs ({@link LayoutChange}), and once per pulse
 * ({@link #pulse}) moves the entities to the newest positions the worker handed over
 * ({@link SnapshotHandover}), which marks the chart for redrawing. The graph never leaves the FX
 * thread.
 *
 * <p>A snapshot may be older than the chart: positions for entities removed since are ignored,
 * and pinned or held (dragged) entities, and entities moved here that the worker has not yet
 * seen moved, keep the place the FX thread gave them. FX thread only, like the graph.
 *
 * <p>{@link Stepping#BY_HAND} is the tests' seam: the worker then gets no thread, and
 * {@link #step} and {@link #settle} run its iterations on the calling thread.
 */
final class RunningLayout {

    /** Who runs the worker's iterations. */
    enum Stepping {
        /** The worker's own daemon thread, as on the desktop. */
        OWN_THREAD,
        /** The thread that calls {@link #step} or {@link #settle}: deterministic, for tests. */
        BY_HAND
    }

    private final ChartGraph graph;
    private final Runnable wake;
    private final Stepping stepping;
    private final GraphChanges changes = new GraphChanges();
    /** Entities the mouse holds, whatever the worker says. */
    private final Set<String> held = new HashSet<>();
    /** Entities moved here, with the number of the change that moved them, until a snapshot has seen it. */
    private final Map<String, Long> movedAt = new HashMap<>();
    /**
     * The entities the layout may move: every entity when it is started, and since it last came to
     * rest only those that came new (or were unpinned). The others stand where the analyst has
     * seen them (ADR 0027): the layout settles newcomers locally and moves nothing else.
     */
    private final Set<String> free = new HashSet<>();
    /** Whether the worker has been told to hold every entity that is not free since the layout last rested. */
    private boolean othersHeld;
    private LayoutWorker worker;
    private SnapshotHandover handover;
    private long submitted;
    private long seen;
    private boolean workerSettled;
    /** True while a snapshot is written into the graph: those moves are the layout's own. */
    private boolean applying;

    /** Lays out {@code graph} on a thread of its own; {@code wake} is run when the layout has work again and wants pulses. */
    RunningLayout(ChartGraph graph, Runnable wake) {
        this(graph, wake, Stepping.OWN_THREAD);
    }

    RunningLayout(ChartGraph graph, Runnable wake, Stepping stepping) {
        this(graph, wake, stepping, classes -> 0);
    }

    /**
     * With {@code radius} giving the radius an entity of these style classes is drawn with, which
     * the layout keeps clear of the others once it rests (0 for all: entities are points).
     */
    RunningLayout(ChartGraph graph, Runnable wake, Stepping stepping, java.util.function.ToDoubleFunction<String> radius) {
        this.graph = graph;
        this.wake = wake;
        this.stepping = stepping;
        this.radius = radius;
    }

    private final java.util.function.ToDoubleFunction<String> radius;
    /** The radius last told to the worker, by entity. */
    private final Map<String, Double> sizes = new HashMap<>();
    /** The entities' looks changed since their sizes were last told. */
    private boolean sizesStale;

    /** Tells the worker every entity's radius that is new or changed. */
    private void submitSizes() {
        sizesStale = false;
        var byClasses = new HashMap<String, Double>();
        for (int i = 0; i < graph.nodeCount(); i++) {
            String id = graph.nodeId(i);
            // the size by the entity's type (its first class) alone: a highlight or a colouring never moves anything
            String classes = graph.styleClasses(i);
            String type = classes == null ? "" : classes.split(",", 2)[0].strip();
            double r = byClasses.computeIfAbsent(type, radius::applyAsDouble);
            Double told = sizes.put(id, r);
            if (told == null || told != r) {
                submit(new LayoutChange.Sized(id, r));
            }
        }
    }

    /** Starts {@code next} from the graph as it is and lets it move every entity: positions are kept, pinned entities stay. */
    void start(ForceAtlasLayout next) {
        start(next, null);
    }

    /**
     * Starts {@code next} from the graph as it is, letting it move only the entities in
     * {@code movable} ({@code null}: every one); the others, and pinned ones, stay where they stand.
     */
    void start(ForceAtlasLayout next, Set<String> movable) {
        stop();
        handover = new SnapshotHandover();
        worker = new LayoutWorker(next, handover);
        // every entity's state goes over below, in order: nothing to hold before it is known
        othersHeld = true;
        for (int i = 0; i < graph.nodeCount(); i++) {
            String id = graph.nodeId(i);
            boolean moves = movable == null || movable.contains(id);
            if (moves) {
                free.add(id);
            }
            submit(new LayoutChange.NodeAdded(id));
            if (graph.placed(i)) {
                submit(new LayoutChange.Moved(id, graph.x(i), graph.y(i)));
            }
            if (graph.pinned(i) || !moves) {
                submit(new LayoutChange.Frozen(id, true));
            }
        }
        for (int k = 0; k < graph.linkCount(); k++) {
            submit(new LayoutChange.LinkAdded(graph.linkId(k), graph.nodeId(graph.from(k)), graph.nodeId(graph.to(k))));
        }
        sizes.clear();
        submitSizes();
        graph.addListener(changes);
        if (stepping == Stepping.OWN_THREAD) {
            worker.start();
        }
    }

    /** Stops the worker without waiting for it; positions not yet applied are dropped. */
    void stop() {
        if (worker != null) {
            graph.removeListener(changes);
            worker.stop();
            worker = null;
            handover = null;
            held.clear();
            movedAt.clear();
            free.clear();
            othersHeld = false;
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
     * Once per pulse: moves the entities to the newest positions the worker handed over (which
     * marks the chart for redrawing). True while the layout is not settled and wants more pulses.
     */
    boolean pulse() {
        if (worker == null) {
            return false;
        }
        if (sizesStale) {
            submitSizes();
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
        if (settled()) {
            // what the layout has placed now stands: the next change moves only what comes new
            free.clear();
            othersHeld = false;
            return false;
        }
        return true;
    }

    /** Whether the layout may move this entity now (it came since the layout last rested, or was unpinned); for tests. */
    boolean free(String id) {
        return free.contains(id);
    }

    /**
     * {@link Stepping#BY_HAND} only: runs up to {@code iterations} iterations on this thread and
     * applies the newest positions as a pulse would. True while the layout is not settled.
     */
    boolean step(int iterations) {
        requireByHand();
        for (int k = 0; k < iterations && worker.turn(); k++) {
            // each turn applies the changes made so far and runs one iteration
        }
        return pulse();
    }

    /**
     * {@link Stepping#BY_HAND} only: runs iterations on this thread until the layout rests with
     * every change made here, at most {@code maxIterations}, and applies the positions. True if it rests.
     */
    boolean settle(int maxIterations) {
        requireByHand();
        // sizes changed since the last pulse are changes made here too: without them the layout would
        // rest, and the pulse below would hand it the sizes and find it moving again (whether a pulse
        // came between the chart's filling and this call decided it)
        if (sizesStale) {
            submitSizes();
        }
        worker.settle(maxIterations);
        return !pulse();
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
            // let go, it stays where the analyst put it
            free.remove(id);
        }
        submit(new LayoutChange.Frozen(id, true));
    }

    /**
     * Holds an entity the FX thread is about to put back where it stood (an undone removal): the
     * layout must not settle it as a newcomer. Call it after adding the entity, before moving it.
     */
    void keep(String id) {
        if (worker == null) {
            return;
        }
        free.remove(id);
        submit(new LayoutChange.Frozen(id, true));
    }

    /** The worker, for tests: its thread and its iterations. */
    LayoutWorker worker() {
        return worker;
    }

    /**
     * Moves the entities to a snapshot's positions ({@link #pulse} does, with the newest), except
     * for entities removed, pinned, held, or moved here by a change the snapshot has not seen.
     */
    void apply(LayoutSnapshot snapshot) {
        seen = snapshot.changesSeen;
        workerSettled = snapshot.settled;
        movedAt.values().removeIf(change -> change <= seen);
        applying = true;
        try {
            for (int k = 0; k < snapshot.count; k++) {
                String id = snapshot.ids[k];
                int i = graph.indexOf(id);
                if (i < 0 || graph.pinned(i) || held.contains(id) || movedAt.containsKey(id)) {
                    continue;
                }
                if (graph.x(i) != snapshot.x[k] || graph.y(i) != snapshot.y[k]) {
                    graph.move(i, snapshot.x[k], snapshot.y[k]);
                }
            }
        } finally {
            applying = false;
        }
    }

    private void requireByHand() {
        if (stepping != Stepping.BY_HAND || worker == null) {
            throw new IllegalStateException("only a started layout stepped by hand can be stepped");
        }
    }

    private void submit(LayoutChange change) {
        if (!othersHeld && !(change instanceof LayoutChange.Frozen)) {
            holdOthers();
        }
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

    /**
     * Before a change that wakes the layout: tells the worker to hold every entity that is not
     * free, so that it settles what is new among them and moves nothing the analyst has seen.
     */
    private void holdOthers() {
        othersHeld = true;
        for (int i = 0; i < graph.nodeCount(); i++) {
            String id = graph.nodeId(i);
            if (!free.contains(id)) {
                submit(new LayoutChange.Frozen(id, true));
            }
        }
    }

    /** Tells the worker where an entity stands on the FX thread. */
    private void submitPlace(int i) {
        if (graph.placed(i)) {
            submit(new LayoutChange.Moved(graph.nodeId(i), graph.x(i), graph.y(i)));
        }
    }

    /** The graph's changes, as changes for the worker. */
    private final class GraphChanges implements ChartGraph.Listener {

        @Override
        public void nodeAdded(String id) {
            free.add(id);
            submit(new LayoutChange.NodeAdded(id));
        }

        @Override
        public void looksChanged() {
            sizesStale = true;
        }

        @Override
        public void nodeRemoved(String id) {
            sizes.remove(id);
            held.remove(id);
            movedAt.remove(id);
            free.remove(id);
            submit(new LayoutChange.NodeRemoved(id));
        }

        @Override
        public void linkAdded(String id, String fromId, String toId) {
            submit(new LayoutChange.LinkAdded(id, fromId, toId));
        }

        @Override
        public void linkRemoved(String id) {
            submit(new LayoutChange.LinkRemoved(id));
        }

        @Override
        public void moved(int index) {
            if (!applying) {
                submitPlace(index);
            }
        }

        @Override
        public void pinChanged(int index) {
            String id = graph.nodeId(index);
            if (!graph.pinned(index)) {
                // unpinned, it is the layout's again: it settles among the others, which stay
                free.add(id);
            }
            submit(new LayoutChange.Frozen(id, graph.pinned(index) || held.contains(id) || !free.contains(id)));
            // the worker may have moved it before it heard of the pin, and a move wakes a layout at
            // rest, which takes an unpinned entity back: tell it where the entity stands
            submitPlace(index);
        }
    }
}
