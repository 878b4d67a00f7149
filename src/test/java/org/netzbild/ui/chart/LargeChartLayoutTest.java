package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;
import org.testfx.api.FxToolkit;

/**
 * A chart of 5,000 entities in a shown window on the headless JavaFX platform, laid out as the
 * explorer lays it out: the FX thread stays free while the layout runs, because the layout does
 * not run on it. The tests assert facts about threads and positions, not how fast anything is.
 * They wait on the worker's progress (a condition it signals after each snapshot and when it
 * rests), never for a fixed time, bounded generously so that a broken layout fails instead of
 * hanging; whether the drawing converges is checked with the layout stepped by hand.
 */
class LargeChartLayoutTest {

    private static final int ENTITIES = 5_000;
    private static final long PATIENCE_MINUTES = 5;
    private static final Duration PATIENCE = Duration.ofMinutes(PATIENCE_MINUTES);

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
        assertThat(worker.awaitSteps(1, 0, PATIENCE)).as("the worker started").isTrue();
        // block the FX thread until the layout has run further iterations: on the FX thread it could
        // not. Up to ten; fewer only when the layout comes to rest meanwhile (its thread then waits).
        long[] steps = onFx(() -> {
            long before = worker.steps();
            worker.awaitSteps(before + 10, before, PATIENCE);
            return new long[] {before, worker.steps()};
        });

        assertThat(steps[0]).as("the worker started").isPositive();
        assertThat(steps[1]).as("iterations while the FX thread was blocked").isGreaterThan(steps[0]);
        assertThat(worker.thread()).isNotSameAs(onFx(Thread::currentThread));
        assertThat(worker.thread().isDaemon()).isTrue();
    }

    @Test
    void theFxThreadAnswersWhileTheLayoutMovesAndASettledLayoutRests() throws Exception {
        LayoutWorker worker = onFx(() -> chart.runningLayout().worker());
        Set<Long> stepsSeenByFx = new HashSet<>();
        int answeredWhileMoving = 0;
        boolean settled = false;
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!settled) {
            assertThat(System.nanoTime()).as("settled within " + PATIENCE).isLessThan(giveUp);
            long published = worker.publications();
            long[] answer = onFx(() -> new long[] {worker.steps(), chart.layoutSettled() ? 1 : 0});
            settled = answer[1] == 1;
            if (!settled) {
                answeredWhileMoving++;
                stepsSeenByFx.add(answer[0]);
                // ask again once the worker has handed over something new, or rests: then its last
                // snapshot waits for the FX thread's next pulse, which the next question waits behind
                assertThat(worker.awaitPublicationsOrRest(published + 1, PATIENCE))
                        .as("a snapshot within " + PATIENCE + " while the layout moves").isTrue();
            }
        }

        System.out.printf("FX answered %d times while the layout moved, at %d different iterations of %d%n",
                answeredWhileMoving, stepsSeenByFx.size(), worker.steps());
        // the FX thread answered while the layout moved, not only before and after it. How often
        // depends on how fast this machine is against the layout: on a quiet machine 5,000 entities
        // settle within one or two answers (a frame at 5k takes 0.25 to 1 s on the software
        // pipeline), so more than one cannot be asked for without asking for a speed. That the work
        // is off the FX thread is shown by the test that blocks the FX thread.
        assertThat(answeredWhileMoving).isPositive();
        assertThat(stepsSeenByFx).isNotEmpty();
        // resting: the thread has come to the queue's blocking take, where a settled chart costs no CPU
        assertThat(worker.awaitResting(PATIENCE)).as("a settled layout rests").isTrue();
    }

    @Test
    void steppedByHandTheDrawingConverges() throws Exception {
        NetworkChart byHand = onFx(() -> {
            var stepped = new NetworkChart(RunningLayout.Stepping.BY_HAND);
            fill(stepped.graph());
            return stepped;
        });
        try {
            double startRatio = onFx(() -> linkLengthRatio(byHand.graph()));

            boolean settled = onFx(() -> byHand.runningLayout().settle(100_000));

            assertThat(settled).as("settled").isTrue();
            // linked entities end up far closer together than random pairs: the drawing converged, it did not just stop
            double endRatio = onFx(() -> linkLengthRatio(byHand.graph()));
            assertThat(endRatio).isLessThan(0.6).isLessThan(startRatio);
            assertThat(onFx(byHand::layoutSettled)).isTrue();
        } finally {
            onFx(() -> {
                byHand.close();
                return null;
            });
        }
    }

    @Test
    void closingTheChartEndsTheLayoutThread() throws Exception {
        LayoutWorker worker = onFx(() -> chart.runningLayout().worker());

        onFx(() -> {
            chart.close();
            return null;
        });

        assertThat(worker.awaitStopped(PATIENCE)).isTrue();
        assertThat(onFx(chart::layoutRunning)).isFalse();
    }

    /** A seeded random scale-free-ish chart: each entity links to one or two earlier ones, preferring the linked. */
    private static void fill(ChartGraph graph) {
        var random = new SplittableRandom(20261127L);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            String id = "e-" + i;
            graph.addNode(id);
            graph.setLooks(id, "Person " + i, "Person", null);
            graph.move(id, random.nextDouble(1000), random.nextDouble(1000));
            for (int k = 0; k < Math.min(i, 1 + i % 2); k++) {
                int to = ends.isEmpty() ? 0 : ends.get(random.nextInt(ends.size()));
                if (to != i && graph.linkIndexOf("l-" + i + "-" + to) < 0) {
                    graph.addLink("l-" + i + "-" + to, id, "e-" + to, true, "ASSOCIATE", null);
                    ends.add(to);
                    ends.add(i);
                }
            }
        }
    }

    /** Mean link length over the mean distance of entity pairs (every 7th with every 11th): about 1 at random places. */
    private static double linkLengthRatio(ChartGraph graph) {
        double links = 0;
        for (int k = 0; k < graph.linkCount(); k++) {
            links += distance(graph, graph.from(k), graph.to(k));
        }
        links /= graph.linkCount();
        double pairs = 0;
        int count = 0;
        for (int i = 0; i < ENTITIES; i += 7) {
            for (int j = 3; j < ENTITIES; j += 11) {
                pairs += distance(graph, graph.indexOf("e-" + i), graph.indexOf("e-" + j));
                count++;
            }
        }
        return links / (pairs / count);
    }

    private static double distance(ChartGraph graph, int a, int b) {
        return Math.hypot(graph.x(a) - graph.x(b), graph.y(a) - graph.y(b));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return org.netzbild.testsupport.FxThread.call(work, PATIENCE);
    }
}
