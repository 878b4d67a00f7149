package org.netzbild.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;
import org.netzbild.schema.Ontology;
import org.netzbild.ui.chart.LiveChart;

/**
 * Time to convergence of the continuous layout in the chart as the explorer runs it: a shown
 * window with the chart's canvas, its pulse, its level of detail and its layout, filled with a
 * Barabási–Albert graph (m = 2, as {@link LayoutBenchmark}) from random start positions in a
 * 1000 × 1000 square. Unlike {@link LayoutBenchmark}, which times the layout's iterations alone,
 * this measures wall-clock time from the filled graph to the chart's own "settled" (one iteration
 * moving nodes less than 0.1 % of the extent), with whatever the frames cost in between. While it
 * waits, the benchmark thread keeps sending {@code Platform.runLater} round trips to the FX
 * thread and reports their latency: how long the window would take to answer an event (the
 * first separately: it waits for the first frame of the filled chart).
 *
 * <p>Not part of the normal build: {@code ./mvnw -B test -Pbench -Dtest=ChartLayoutBenchmark}
 * ({@code -Dbench.nodes=} and {@code -Dbench.reps=} change size and repetitions). The table goes
 * to {@code target/screenshots/chart-layout.md}. No timing is asserted.
 */
@Tag("bench")
class ChartLayoutBenchmark {

    private static final long SEED = 20261127L;
    private static final int NODES = Integer.getInteger("bench.nodes", 5000);
    private static final int REPETITIONS = Integer.getInteger("bench.reps", 3);
    private static final double START_SIDE = 1000;
    /** Pause between two round trips, so that the polling itself does not keep the FX thread busy. */
    private static final long POLL_MILLIS = 10;
    private static final long GIVE_UP_MINUTES = 20;

    private record Run(double seconds, boolean settled, int roundTrips, double[] roundTripMillis) {
    }

    @BeforeAll
    static void startFx() {
        org.netzbild.testsupport.FxThread.start();
    }

    @Test
    void timeToConvergenceOfTheRunningLayoutInTheChart() throws Exception {
        var graph = BarabasiAlbertGraph.generate(NODES, 2, SEED);
        var types = Ontology.standard().entityTypes().keySet().stream().sorted().toList();
        run(BarabasiAlbertGraph.generate(1000, 2, SEED + 1), types); // warm-up
        var runs = new ArrayList<Run>();
        for (int r = 0; r < REPETITIONS; r++) {
            runs.add(run(graph, types));
        }

        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "%d nodes, %d links, window 1280x800, %d cores, JVM %s, prism.order=%s",
                graph.nodes(), graph.links(), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                System.getProperty("prism.order", "default")));
        lines.add("");
        lines.add("| run | time to settled | settled | FX round trips | first | later: p50 | later: max |");
        lines.add("|---|---|---|---|---|---|---|");
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            double[] later = Arrays.copyOfRange(run.roundTripMillis(), 1, run.roundTrips());
            lines.add(String.format(Locale.ROOT, "| %d | %.2f s | %s | %d | %.1f ms | %.1f ms | %.1f ms |", r + 1,
                    run.seconds(), run.settled(), run.roundTrips(), run.roundTripMillis()[0],
                    percentile(later, 50), percentile(later, 100)));
        }
        lines.add("");
        lines.add("The first round trip waits for the first frame of the filled chart.");
        String report = String.join("\n", lines) + "\n";
        System.out.println(report);
        write(report);
        assertThat(runs).allMatch(Run::settled);
    }

    private static Run run(BarabasiAlbertGraph graph, List<String> types) throws Exception {
        var stage = new Stage[1];
        var chart = onFxThread(() -> {
            var live = new LiveChart();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(live.view(), 1280, 800));
            stage[0].show();
            return live;
        });
        long start = onFxThread(() -> {
            fill(chart.graph(), graph, types);
            return System.nanoTime();
        });
        var roundTrips = new ArrayList<Double>();
        boolean settled = false;
        long end = start;
        long giveUp = start + TimeUnit.MINUTES.toNanos(GIVE_UP_MINUTES);
        while (!settled && System.nanoTime() < giveUp) {
            Thread.sleep(POLL_MILLIS);
            long sent = System.nanoTime();
            var answer = new CompletableFuture<Long>();
            Platform.runLater(() -> answer.complete(chart.layoutSettled() ? System.nanoTime() : 0L));
            long settledAt = answer.get(GIVE_UP_MINUTES, TimeUnit.MINUTES);
            roundTrips.add((System.nanoTime() - sent) / 1e6);
            settled = settledAt != 0;
            end = settled ? settledAt : System.nanoTime();
        }
        onFxThread(() -> {
            chart.close();
            stage[0].close();
            return null;
        });
        return new Run((end - start) / 1e9, settled, roundTrips.size(),
                roundTrips.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Fills the graph as {@code NetworkChart.draw} does: typed, labelled entities with a place, then links. */
    private static void fill(ChartGraph chart, BarabasiAlbertGraph graph, List<String> types) {
        for (int i = 0; i < graph.nodes(); i++) {
            String id = "e-" + i;
            chart.addNode(id);
            String type = types.get(i % types.size());
            chart.setLooks(id, type + " " + i, type, null);
            chart.move(id, graph.startX()[i] * START_SIDE, graph.startY()[i] * START_SIDE);
        }
        for (int e = 0; e < graph.links(); e++) {
            chart.addLink("l-" + e, "e-" + graph.source()[e], "e-" + graph.target()[e], true, null, null);
        }
    }

    /** The nearest-rank percentile. */
    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, rank - 1)];
    }

    private static void write(String report) throws IOException {
        Path out = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("chart-layout.md"), report);
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        return org.netzbild.testsupport.FxThread.call(work, java.time.Duration.ofMinutes(GIVE_UP_MINUTES));
    }
}
