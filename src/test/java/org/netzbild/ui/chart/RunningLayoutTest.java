package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;
import org.netzbild.ui.chart.layout.NodePosition;

/**
 * The layout on its worker thread as the chart's FX side sees it. The test thread plays the FX
 * thread: it alone touches the graph and pulses. Waits are bounded generously so that a broken
 * layout fails instead of hanging; no test asserts how fast anything is.
 */
class RunningLayoutTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Graph graph = new MultiGraph("test", false, true);
    private final AtomicInteger wakes = new AtomicInteger();
    private final RunningLayout layout = new RunningLayout(graph, wakes::incrementAndGet);

    @AfterEach
    void stopWorker() {
        layout.stop();
    }

    private void triangle() {
        graph.addNode("a");
        graph.addNode("b");
        graph.addNode("c");
        graph.addEdge("ab", "a", "b");
        graph.addEdge("bc", "b", "c");
        graph.addEdge("ca", "c", "a");
    }

    private double[] position(String id) {
        return NodePosition.xy(graph.getNode(id).getAttribute("xyz"));
    }

    /** Pulses as the chart's canvas would until the layout has settled with every change made here. */
    private void pulseUntilSettled() throws InterruptedException {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (layout.pulse()) {
            if (System.nanoTime() > giveUp) {
                fail("the layout did not settle within " + PATIENCE);
            }
            Thread.sleep(1);
        }
    }

    private ForceAtlasLayout stopAndAwait(ForceAtlasLayout running) throws InterruptedException {
        LayoutWorker worker = layout.worker();
        layout.stop();
        assertThat(worker.awaitStopped(PATIENCE)).as("worker thread ended").isTrue();
        return running; // joined: what the worker wrote is visible here
    }

    @Test
    void theWorkersPositionsReachTheGraphOnAPulse() throws InterruptedException {
        triangle();
        layout.start(new ForceAtlasLayout(1));

        pulseUntilSettled();

        assertThat(position("a")).isNotNull();
        assertThat(position("b")).isNotEqualTo(position("a"));
    }

    @Test
    void layoutStepsRunOnADaemonThreadOtherThanTheOneThatOwnsTheGraph() throws InterruptedException {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        pulseUntilSettled();

        Thread worker = layout.worker().thread();
        assertThat(worker).isNotSameAs(Thread.currentThread());
        assertThat(worker.isDaemon()).isTrue();
        assertThat(layout.worker().steps()).isPositive();
    }

    @Test
    void aSettledWorkerSleepsUntilTheNextChange() throws InterruptedException {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        pulseUntilSettled();
        LayoutWorker worker = layout.worker();
        long stepsAtRest = worker.steps();

        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (worker.thread().getState() != Thread.State.WAITING && System.nanoTime() < giveUp) {
            Thread.sleep(1);
        }

        assertThat(worker.thread().getState()).isEqualTo(Thread.State.WAITING);
        assertThat(worker.steps()).isEqualTo(stepsAtRest);
        graph.addNode("d");
        graph.addEdge("da", "d", "a");
        pulseUntilSettled();
        assertThat(worker.steps()).isGreaterThan(stepsAtRest);
    }

    @Test
    void aPinnedEntityStaysWhereItStands() throws InterruptedException {
        triangle();
        graph.getNode("a").setAttribute("xyz", 500.0, 500.0, 0.0);
        graph.getNode("a").setAttribute("layout.frozen", true);
        var forces = new ForceAtlasLayout(1);
        layout.start(forces);

        pulseUntilSettled();

        assertThat(position("a")).containsExactly(500, 500, 0);
        assertThat(stopAndAwait(forces).nodePosition("a").x).isEqualTo(500);
    }

    @Test
    void anEntityPinnedWhileTheLayoutRunsStaysWhereItWasPinned() throws InterruptedException {
        ring(300);
        layout.start(new ForceAtlasLayout(1));
        for (int k = 0; k < 20; k++) {
            layout.pulse();
            Thread.sleep(1);
        }
        double[] pinnedAt = position("n-7").clone();

        graph.getNode("n-7").setAttribute("layout.frozen", true);
        pulseUntilSettled();

        assertThat(position("n-7")).containsExactly(pinnedAt);
    }

    @Test
    void aSettledLayoutIsWokenByAChangeOfTheGraph() throws InterruptedException {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        pulseUntilSettled();
        assertThat(layout.settled()).isTrue();
        int wakesBefore = wakes.get();

        graph.addNode("d");
        graph.addEdge("da", "d", "a");

        assertThat(layout.settled()).isFalse();
        assertThat(wakes.get()).isGreaterThan(wakesBefore);
    }

    @Test
    void aHeldEntityStaysWhereItIsPut() throws InterruptedException {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        layout.pulse();

        layout.hold("b", true);
        graph.getNode("b").setAttribute("xyz", -40.0, 12.0, 0.0);
        pulseUntilSettled();

        assertThat(position("b")).containsExactly(-40, 12, 0);
    }

    @Test
    void aPinnedEntityDraggedAndLetGoStaysPinnedAndMovesAgainOnceUnpinned() throws InterruptedException {
        triangle();
        graph.getNode("a").setAttribute("layout.frozen", true);
        layout.start(new ForceAtlasLayout(1));
        layout.hold("a", true);
        graph.getNode("a").setAttribute("xyz", 300.0, 300.0, 0.0);
        layout.hold("a", false);
        pulseUntilSettled();
        assertThat(position("a")).containsExactly(300, 300, 0);

        graph.getNode("a").removeAttribute("layout.frozen");
        pulseUntilSettled();

        assertThat(position("a")).doesNotContain(300.0);
    }

    @Test
    void aStoppedLayoutMovesNothing() throws InterruptedException {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        pulseUntilSettled();
        double[] before = position("a").clone();
        LayoutWorker worker = layout.worker();

        layout.stop();
        graph.addNode("d");

        assertThat(layout.running()).isFalse();
        assertThat(layout.pulse()).isFalse();
        assertThat(position("a")).containsExactly(before);
        assertThat(worker.awaitStopped(PATIENCE)).isTrue();
    }

    @Test
    void positionsHandedOverForAnEntityRemovedSinceAreIgnored() {
        triangle();
        graph.removeNode("c");

        layout.apply(snapshot(new String[] {"a", "c"}, new double[] {1, 2}, new double[] {3, 4}));

        assertThat(graph.getNode("c")).isNull();
        assertThat(position("a")).containsExactly(1, 3, 0);
    }

    @Test
    void anEntityMovedHereKeepsItsPlaceUntilTheWorkerHasSeenTheMove() {
        triangle();
        layout.start(new ForceAtlasLayout(1));
        graph.getNode("a").setAttribute("xyz", 9.0, 9.0, 0.0);
        var stale = snapshot(new String[] {"a", "b"}, new double[] {1, 2}, new double[] {3, 4});
        stale.changesSeen = 0;

        layout.apply(stale);

        assertThat(position("a")).containsExactly(9, 9, 0);
        assertThat(position("b")).containsExactly(2, 4, 0);
    }

    /**
     * The graph changes between pulses while the worker steps: entities and links come and go, one
     * is pinned, one is dragged. Once settled, the graph and the worker's own copy agree on every
     * entity, the removed ones are gone from both, and the pinned one has not moved.
     */
    @Test
    void changesArrivingWhileTheWorkerStepsAllReachItAndTheGraphEndsAsTheWorkerSees() throws InterruptedException {
        ring(2000);
        var forces = new ForceAtlasLayout(7);
        layout.start(forces);
        var random = new SplittableRandom(42);
        var removed = new ArrayList<String>();
        for (int round = 0; round < 200; round++) {
            layout.pulse();
            String added = "x-" + round;
            graph.addNode(added);
            String to;
            do {
                to = "n-" + random.nextInt(2000);
            } while (graph.getNode(to) == null); // the chart's graph would create it again
            graph.addEdge("l-" + added, added, to);
            if (round % 2 == 0) {
                String gone = "n-" + (10 * round + 3);
                graph.removeNode(gone);
                removed.add(gone);
            }
            if (round == 50) {
                graph.getNode("n-1").setAttribute("xyz", 1000.0, -1000.0, 0.0);
                graph.getNode("n-1").setAttribute("layout.frozen", true);
            }
            if (round == 60) {
                layout.hold("n-2", true);
            }
            if (round == 70) {
                graph.getNode("n-2").setAttribute("xyz", -700.0, 300.0, 0.0);
                layout.hold("n-2", false);
            }
            Thread.sleep(random.nextInt(3));
        }
        pulseUntilSettled();

        assertThat(position("n-1")).containsExactly(1000, -1000, 0);
        assertThat(removed).allMatch(id -> graph.getNode(id) == null);
        List<String> ids = graph.nodes().map(n -> n.getId()).toList();
        stopAndAwait(forces);
        assertThat(forces.nodeCount()).isEqualTo(graph.getNodeCount());
        assertThat(removed).allMatch(id -> forces.nodePosition(id) == null);
        for (String id : ids) {
            var atWorker = forces.nodePosition(id);
            assertThat(position(id)).as(id).containsExactly(atWorker.x, atWorker.y, 0);
        }
    }

    private void ring(int n) {
        for (int i = 0; i < n; i++) {
            graph.addNode("n-" + i).setAttribute("xyz", Math.cos(i) * 100, Math.sin(i) * 100, 0.0);
        }
        for (int i = 0; i < n; i++) {
            graph.addEdge("r-" + i, "n-" + i, "n-" + (i + 1) % n);
        }
    }

    private static LayoutSnapshot snapshot(String[] ids, double[] x, double[] y) {
        var snapshot = new LayoutSnapshot();
        snapshot.resize(ids.length);
        for (int i = 0; i < ids.length; i++) {
            snapshot.ids[i] = ids[i];
            snapshot.x[i] = x[i];
            snapshot.y[i] = y[i];
        }
        snapshot.changesSeen = Long.MAX_VALUE;
        return snapshot;
    }
}
