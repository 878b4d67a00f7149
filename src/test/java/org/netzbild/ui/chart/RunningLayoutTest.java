package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;
import org.netzbild.layout.ForceAtlasLayout;

/**
 * The continuous layout as the chart's FX side sees it. The test thread plays the FX thread: it
 * alone touches the graph and pulses. What the FX side does with the worker's positions is
 * specified with the worker stepped by hand on the test thread (deterministic: no thread, no
 * wait); what the worker's own thread does, in {@link OnItsOwnThread}, waits on the worker's
 * progress (a condition it signals), bounded generously so that a broken layout fails instead of
 * hanging. No test asserts how fast anything is.
 */
class RunningLayoutTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final int MAX_ITERATIONS = 100_000;

    private final ChartGraph graph = new ChartGraph();
    private final AtomicInteger wakes = new AtomicInteger();
    private final RunningLayout layout = new RunningLayout(graph, wakes::incrementAndGet, RunningLayout.Stepping.BY_HAND);

    @AfterEach
    void stopWorker() {
        layout.stop();
    }

    private void triangle() {
        graph.addNode("a");
        graph.addNode("b");
        graph.addNode("c");
        link("ab", "a", "b");
        link("bc", "b", "c");
        link("ca", "c", "a");
    }

    private void link(String id, String from, String to) {
        graph.addLink(id, from, to, true, "ASSOCIATE", null);
    }

    private double[] position(String id) {
        int i = graph.indexOf(id);
        return graph.placed(i) ? new double[] {graph.x(i), graph.y(i)} : null;
    }

    private void settle() {
        assertThat(layout.settle(MAX_ITERATIONS)).as("settled").isTrue();
    }

    private ForceAtlasLayout started(long seed) {
        var forces = new ForceAtlasLayout(seed);
        layout.start(forces);
        return forces;
    }

    @Test
    void theWorkersPositionsReachTheGraphOnAPulse() {
        triangle();
        started(1);

        settle();

        assertThat(position("a")).isNotNull();
        assertThat(position("b")).isNotEqualTo(position("a"));
    }

    @Test
    void steppedByHandTheLayoutRunsExactlyTheIterationsAskedForOnTheCallingThread() {
        triangle();
        var forces = started(1);

        assertThat(layout.step(5)).as("not settled after five").isTrue();

        assertThat(layout.worker().steps()).isEqualTo(5);
        assertThat(forces.steps()).isEqualTo(5);
        assertThat(layout.worker().thread().getState()).isEqualTo(Thread.State.NEW);
        var forcesAt = forces.nodePosition("b");
        assertThat(position("b")).containsExactly(forcesAt);
    }

    @Test
    void theSameChangesSteppedByHandGiveTheSamePositions() {
        triangle();
        started(3);
        layout.step(40);
        double[] first = position("c").clone();

        var again = new ChartGraph();
        var other = new RunningLayout(again, () -> { }, RunningLayout.Stepping.BY_HAND);
        for (String id : List.of("a", "b", "c")) {
            again.addNode(id);
        }
        again.addLink("ab", "a", "b", true, "ASSOCIATE", null);
        again.addLink("bc", "b", "c", true, "ASSOCIATE", null);
        again.addLink("ca", "c", "a", true, "ASSOCIATE", null);
        other.start(new ForceAtlasLayout(3));
        other.step(40);

        int c = again.indexOf("c");
        assertThat(new double[] {again.x(c), again.y(c)}).containsExactly(first);
    }

    @Test
    void aPinnedEntityStaysWhereItStands() {
        triangle();
        graph.move("a", 500.0, 500.0);
        graph.setPinned("a", true);
        var forces = started(1);

        settle();

        assertThat(position("a")).containsExactly(500, 500);
        assertThat(forces.nodePosition("a")).containsExactly(500, 500);
    }

    @Test
    void anEntityPinnedWhileTheLayoutRunsStaysWhereItWasPinned() {
        ring(300);
        started(1);
        layout.step(20);
        double[] pinnedAt = position("n-7").clone();

        graph.setPinned("n-7", true);
        settle();

        assertThat(position("n-7")).containsExactly(pinnedAt);
    }

    @Test
    void aSettledLayoutIsWokenByAChangeOfTheGraph() {
        triangle();
        started(1);
        settle();
        assertThat(layout.settled()).isTrue();
        int wakesBefore = wakes.get();

        graph.addNode("d");
        link("da", "d", "a");

        assertThat(layout.settled()).isFalse();
        assertThat(wakes.get()).isGreaterThan(wakesBefore);
    }

    @Test
    void onceSettledTheLayoutMovesOnlyWhatComesNew() {
        ring(30);
        started(3);
        settle();
        var before = new java.util.HashMap<String, double[]>();
        for (int i = 0; i < 30; i++) {
            before.put("n-" + i, position("n-" + i).clone());
        }

        graph.addNode("new");
        graph.move("new", position("n-0")[0] + 1, position("n-0")[1]);
        link("new-0", "new", "n-0");
        graph.removeNode("n-15");
        settle();

        before.remove("n-15");
        before.forEach((id, p) -> assertThat(position(id)).as(id).containsExactly(p));
        assertThat(position("new")).isNotEqualTo(new double[] {before.get("n-0")[0] + 1, before.get("n-0")[1]});
        assertThat(layout.free("new")).as("settled, it stands too").isFalse();
    }

    @Test
    void anEntityDraggedStaysWhereItIsLetGoAndNothingElseMoves() {
        ring(12);
        started(3);
        settle();
        double[] other = position("n-6").clone();

        layout.hold("n-0", true);
        graph.move("n-0", 500.0, 500.0);
        layout.hold("n-0", false);
        settle();

        assertThat(position("n-0")).containsExactly(500, 500);
        assertThat(position("n-6")).containsExactly(other);
    }

    @Test
    void aHeldEntityStaysWhereItIsPut() {
        triangle();
        started(1);
        layout.step(1);

        layout.hold("b", true);
        graph.move("b", -40.0, 12.0);
        settle();

        assertThat(position("b")).containsExactly(-40, 12);
    }

    @Test
    void aPinnedEntityDraggedAndLetGoStaysPinnedAndMovesAgainOnceUnpinned() {
        triangle();
        graph.setPinned("a", true);
        started(1);
        layout.hold("a", true);
        graph.move("a", 300.0, 300.0);
        layout.hold("a", false);
        settle();
        assertThat(position("a")).containsExactly(300, 300);

        graph.setPinned("a", false);
        settle();

        assertThat(position("a")).doesNotContain(300.0);
    }

    @Test
    void aStoppedLayoutMovesNothing() {
        triangle();
        started(1);
        settle();
        double[] before = position("a").clone();

        layout.stop();
        graph.addNode("d");

        assertThat(layout.running()).isFalse();
        assertThat(layout.pulse()).isFalse();
        assertThat(position("a")).containsExactly(before);
    }

    @Test
    void positionsHandedOverForAnEntityRemovedSinceAreIgnored() {
        triangle();
        graph.removeNode("c");

        layout.apply(snapshot(new String[] {"a", "c"}, new double[] {1, 2}, new double[] {3, 4}));

        assertThat(graph.contains("c")).isFalse();
        assertThat(position("a")).containsExactly(1, 3);
    }

    @Test
    void anEntityMovedHereKeepsItsPlaceUntilTheWorkerHasSeenTheMove() {
        triangle();
        started(1);
        graph.move("a", 9.0, 9.0);
        var stale = snapshot(new String[] {"a", "b"}, new double[] {1, 2}, new double[] {3, 4});
        stale.changesSeen = 0;

        layout.apply(stale);

        assertThat(position("a")).containsExactly(9, 9);
        assertThat(position("b")).containsExactly(2, 4);
    }

    /**
     * The graph changes between iterations: entities and links come and go, one is pinned, one
     * is dragged. Once settled, the graph and the worker's own copy agree on every entity, the
     * removed ones are gone from both, and the pinned one has not moved.
     */
    @Test
    void changesBetweenIterationsAllReachTheWorkerAndTheGraphEndsAsTheWorkerSees() {
        ring(2000);
        var forces = started(7);
        var removed = changeWhileItRuns(layout, round -> layout.step(1 + round % 3));

        settle();

        assertEndsAsTheWorkerSees(forces, removed);
    }

    /** The worker on its own thread, as on the desktop. */
    @Nested
    class OnItsOwnThread {

        private final RunningLayout threaded = new RunningLayout(graph, wakes::incrementAndGet);

        @AfterEach
        void stopThread() {
            threaded.stop();
        }

        /** Pulses as the chart's canvas would, each after the worker's next snapshot, until the layout has settled. */
        private void pulseUntilSettled() throws InterruptedException {
            LayoutWorker worker = threaded.worker();
            long published = worker.publications();
            while (threaded.pulse()) {
                if (!worker.awaitPublications(published + 1, PATIENCE)) {
                    fail("no snapshot within " + PATIENCE + " while the layout had not settled");
                }
                published = worker.publications();
            }
        }

        private void stopAndAwait() throws InterruptedException {
            LayoutWorker worker = threaded.worker();
            threaded.stop();
            assertThat(worker.awaitStopped(PATIENCE)).as("worker thread ended").isTrue();
            // joined: what the worker wrote into its layout is visible here
        }

        @Test
        void layoutStepsRunOnADaemonThreadOtherThanTheOneThatOwnsTheGraph() throws InterruptedException {
            triangle();
            threaded.start(new ForceAtlasLayout(1));
            pulseUntilSettled();

            Thread worker = threaded.worker().thread();
            assertThat(worker).isNotSameAs(Thread.currentThread());
            assertThat(worker.isDaemon()).isTrue();
            assertThat(threaded.worker().steps()).isPositive();
        }

        @Test
        void aSettledWorkerRestsUntilTheNextChange() throws InterruptedException {
            triangle();
            threaded.start(new ForceAtlasLayout(1));
            pulseUntilSettled();
            LayoutWorker worker = threaded.worker();

            // resting: the thread has come to the queue's blocking take, where a settled chart costs no CPU
            assertThat(worker.awaitResting(PATIENCE)).as("rests").isTrue();
            long stepsAtRest = worker.steps();
            assertThat(worker.thread().getState()).isNotEqualTo(Thread.State.TERMINATED);

            graph.addNode("d");
            link("da", "d", "a");
            pulseUntilSettled();

            assertThat(worker.steps()).isGreaterThan(stepsAtRest);
        }

        @Test
        void aStoppedWorkersThreadEnds() throws InterruptedException {
            triangle();
            threaded.start(new ForceAtlasLayout(1));
            LayoutWorker worker = threaded.worker();

            threaded.stop();

            assertThat(threaded.pulse()).isFalse();
            assertThat(worker.awaitStopped(PATIENCE)).isTrue();
        }

        /**
         * As {@link RunningLayoutTest#changesBetweenIterationsAllReachTheWorkerAndTheGraphEndsAsTheWorkerSees},
         * with the changes arriving while the worker's thread steps: at every other round the test
         * waits for the worker's next snapshot, in between it does not, so changes come both
         * between and during iterations.
         */
        @Test
        void changesArrivingWhileTheWorkerStepsAllReachItAndTheGraphEndsAsTheWorkerSees() throws InterruptedException {
            ring(2000);
            var forces = new ForceAtlasLayout(7);
            threaded.start(forces);
            LayoutWorker worker = threaded.worker();
            var removed = changeWhileItRuns(threaded, round -> {
                threaded.pulse();
                if (round % 2 == 1) {
                    try {
                        worker.awaitPublications(worker.publications() + 1, PATIENCE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return true;
            });
            pulseUntilSettled();
            stopAndAwait();

            assertEndsAsTheWorkerSees(forces, removed);
        }
    }

    /**
     * Changes the graph in 200 rounds, dragging with {@code running}; before each round's changes
     * {@code between} runs (a pulse, some iterations). Returns the entities removed.
     */
    private List<String> changeWhileItRuns(RunningLayout running, IntPredicate between) {
        var random = new SplittableRandom(42);
        var removed = new ArrayList<String>();
        for (int round = 0; round < 200; round++) {
            between.test(round);
            String added = "x-" + round;
            graph.addNode(added);
            String to;
            do {
                to = "n-" + random.nextInt(2000);
            } while (!graph.contains(to));
            link("l-" + added, added, to);
            if (round % 2 == 0) {
                String gone = "n-" + (10 * round + 3);
                graph.removeNode(gone);
                removed.add(gone);
            }
            if (round == 50) {
                graph.move("n-1", 1000.0, -1000.0);
                graph.setPinned("n-1", true);
            }
            if (round == 60) {
                running.hold("n-2", true);
            }
            if (round == 70) {
                graph.move("n-2", -700.0, 300.0);
                running.hold("n-2", false);
            }
        }
        return removed;
    }

    private void assertEndsAsTheWorkerSees(ForceAtlasLayout forces, List<String> removed) {
        assertThat(position("n-1")).containsExactly(1000, -1000);
        assertThat(removed).allMatch(id -> !graph.contains(id));
        assertThat(forces.nodeCount()).isEqualTo(graph.nodeCount());
        assertThat(removed).allMatch(id -> forces.nodePosition(id) == null);
        for (int i = 0; i < graph.nodeCount(); i++) {
            String id = graph.nodeId(i);
            assertThat(position(id)).as(id).containsExactly(forces.nodePosition(id));
        }
    }

    private void ring(int n) {
        for (int i = 0; i < n; i++) {
            graph.addNode("n-" + i);
            graph.move("n-" + i, Math.cos(i) * 100, Math.sin(i) * 100);
        }
        for (int i = 0; i < n; i++) {
            link("r-" + i, "n-" + i, "n-" + (i + 1) % n);
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
