package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netzbild.ui.chart.layout.NodePosition;
import org.testfx.api.FxToolkit;

/**
 * A chart of 5,000 entities in a shown window on the headless JavaFX platform, laid out as the
 * explorer lays it out: the FX thread stays free while the layout runs, because the layout does
 * not run on it. The tests assert facts about threads and positions, not how fast anything is;
 * waits are bounded generously so that a broken layout fails instead of hanging.
 */
class LargeChartLayoutTest {

    private static final int ENTITIES = 5_000;
    private static final long PATIENCE_MINUTES = 5;

    private NetworkChart chart;
    private Stage stage;

    @BeforeEach
    void showChart() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            chart = new NetworkChart();
            stage = new Stage();
            stage.setScene(new Scene(chart.view(), 1280, 800));
            stage.show();
            fill(chart.graph());
            return null;
        });
    }

    @AfterEach
    void closeChart() throws Exception {
        onFx(() -> {
            chart.close();
            stage.close();
            return null;
        });
    }

    @Test
    void theLayoutAdvancesWhileTheFxThreadIsBusy() throws Exception {
        LayoutWorker worker = onFx(() -> chart.runningLayout().worker());

        // let the worker start on the chart's changes before the FX thread is blocked
        long started = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (worker.steps() == 0 && System.nanoTime() < started) {
            Thread.sleep(5);
        }
        // block the FX thread until the layout has run further iterations: on the FX thread it could
        // not. Up to ten; fewer only when the layout comes to rest meanwhile (its thread then waits).
        long[] steps = onFx(() -> {
            long before = worker.steps();
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (worker.steps() < before + 10 && System.nanoTime() < giveUp
                    && !(worker.steps() > before && worker.thread().getState() == Thread.State.WAITING)) {
                Thread.onSpinWait();
            }
            return new long[] {before, worker.steps()};
        });

        assertThat(steps[0]).as("the worker started").isPositive();
        assertThat(steps[1]).as("iterations while the FX thread was blocked").isGreaterThan(steps[0]);
        assertThat(worker.thread()).isNotSameAs(onFx(Thread::currentThread));
        assertThat(worker.thread().isDaemon()).isTrue();
    }

    @Test
    void theFxThreadAnswersBetweenIterationsAndThePositionsConverge() throws Exception {
        LayoutWorker worker = onFx(() -> chart.runningLayout().worker());
        double startRatio = onFx(() -> linkLengthRatio(chart.graph()));
        Set<Long> stepsSeenByFx = new HashSet<>();
        int answeredWhileMoving = 0;
        boolean settled = false;
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (!settled && System.nanoTime() < giveUp) {
            long[] answer = onFx(() -> new long[] {worker.steps(), chart.layoutSettled() ? 1 : 0});
            settled = answer[1] == 1;
            if (!settled) {
                answeredWhileMoving++;
                stepsSeenByFx.add(answer[0]);
            }
            Thread.sleep(5);
        }

        System.out.printf("FX answered %d times while the layout moved, at %d different iterations of %d%n",
                answeredWhileMoving, stepsSeenByFx.size(), worker.steps());
        assertThat(settled).as("settled within " + PATIENCE_MINUTES + " minutes").isTrue();
        // the FX thread answered while the layout moved, not only before and after it. How often
        // depends on how fast this machine is against the layout: on a quiet machine 5,000 entities
        // settle within one or two answers (a frame at 5k takes 0.25 to 1 s on the software
        // pipeline), so more than one cannot be asked for without asking for a speed. That the work
        // is off the FX thread is shown by the test that blocks the FX thread.
        assertThat(answeredWhileMoving).isPositive();
        assertThat(stepsSeenByFx).isNotEmpty();
        double endRatio = onFx(() -> linkLengthRatio(chart.graph()));
        // linked entities end up far closer together than random pairs: the drawing converged, it did not just stop
        assertThat(endRatio).isLessThan(0.6).isLessThan(startRatio);
        Thread worker1 = worker.thread();
        long giveUpWaiting = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (worker1.getState() != Thread.State.WAITING && System.nanoTime() < giveUpWaiting) {
            Thread.sleep(5);
        }
        assertThat(worker1.getState()).as("a settled layout sleeps").isEqualTo(Thread.State.WAITING);
    }

    @Test
    void closingTheChartEndsTheLayoutThread() throws Exception {
        LayoutWorker worker = onFx(() -> chart.runningLayout().worker());

        onFx(() -> {
            chart.close();
            return null;
        });

        assertThat(worker.awaitStopped(Duration.ofMinutes(PATIENCE_MINUTES))).isTrue();
        assertThat(onFx(chart::layoutRunning)).isFalse();
    }

    /** A seeded random scale-free-ish chart: each entity links to one or two earlier ones, preferring the linked. */
    private static void fill(Graph graph) {
        var random = new SplittableRandom(20261127L);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            Node node = graph.addNode("e-" + i);
            node.setAttribute("ui.class", "Person");
            node.setAttribute("ui.label", "Person " + i);
            node.setAttribute("xyz", random.nextDouble(1000), random.nextDouble(1000), 0.0);
            for (int k = 0; k < Math.min(i, 1 + i % 2); k++) {
                int to = ends.isEmpty() ? 0 : ends.get(random.nextInt(ends.size()));
                if (to != i && graph.getEdge("l-" + i + "-" + to) == null) {
                    graph.addEdge("l-" + i + "-" + to, "e-" + i, "e-" + to, true);
                    ends.add(to);
                    ends.add(i);
                }
            }
        }
    }

    /** Mean link length over the mean distance of entity pairs (every 7th with every 11th): about 1 at random places. */
    private static double linkLengthRatio(Graph graph) {
        double links = graph.edges().mapToDouble(e -> distance(e.getNode0(), e.getNode1())).average().orElseThrow();
        double pairs = 0;
        int count = 0;
        for (int i = 0; i < ENTITIES; i += 7) {
            for (int j = 3; j < ENTITIES; j += 11) {
                pairs += distance(graph.getNode("e-" + i), graph.getNode("e-" + j));
                count++;
            }
        }
        return links / (pairs / count);
    }

    private static double distance(Node a, Node b) {
        double[] p = NodePosition.xy(a.getAttribute("xyz"));
        double[] q = NodePosition.xy(b.getAttribute("xyz"));
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return org.netzbild.testsupport.FxThread.call(work, java.time.Duration.ofMinutes(PATIENCE_MINUTES));
    }
}
