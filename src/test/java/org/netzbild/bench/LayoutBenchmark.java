package org.netzbild.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time to convergence of Netzbild's ForceAtlasLayout against Gephi toolkit's ForceAtlas2 (one
 * and two threads) and GraphStream's SpringBox, on the same Barabási–Albert graphs (m = 2, one
 * seed) from the same start positions, in the same JVM run, repetitions interleaved (the first
 * layout of a round changes from round to round) so that the JIT and the machine's state favour
 * none. Not part of the normal test run:
 *
 * <pre>./mvnw -B test -Dgroups=bench -DexcludedGroups=none -Dtest=LayoutBenchmark</pre>
 *
 * <p>{@code -Dbench.sizes=1000,5000} chooses the graph sizes, {@code -Dbench.reps.5000=3} the
 * repetitions per size (default 5 at 1k, 3 at 5k, 1 at 20k). Appends one Markdown table row per
 * layout and size to {@code target/layout-benchmark.md} as each size finishes, and at the end a
 * table of how accurate both Barnes-Hut repulsions are on the same positions
 * ({@link BarnesHutAccuracy}), so that speed bought with coarser forces shows. No timing is
 * asserted.
 */
@Tag("bench")
class LayoutBenchmark {

    private static final long SEED = 20261127L;
    private static final double THRESHOLD = 0.001;
    private static final int WINDOW = 20;
    private static final int MAX_ITERATIONS = 3000;
    /** SpringBox at 20k takes about half a second per iteration: minutes per run. */
    private static final int SPRINGBOX_MAX_NODES = 5000;

    private final ConvergenceRun convergence = new ConvergenceRun(THRESHOLD, WINDOW, MAX_ITERATIONS);

    @Test
    void timeToConvergence() throws IOException {
        Path out = Path.of("target", "layout-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT,
                "JVM %s, %d processors, threshold %.4f, window %d, cap %d iterations%n%n"
                + "| nodes | links | layout | iterations | time to convergence, median | min – max | ms per iteration | converged | link-length ratio | vs Gephi 1 thread |%n"
                + "|---|---|---|---|---|---|---|---|---|---|%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), THRESHOLD, WINDOW, MAX_ITERATIONS));
        warmUp();
        List<String> accuracy = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "1000,5000,20000").split(",")) {
            int nodes = Integer.parseInt(size.strip());
            int repetitions = Integer.getInteger("bench.reps." + nodes, nodes >= 20000 ? 1 : nodes >= 5000 ? 3 : 5);
            // each size is written as soon as it is done: a 20k run takes many minutes
            List<String> rows = measure(nodes, repetitions, accuracy);
            Files.writeString(out, String.join("\n", rows) + "\n", StandardOpenOption.APPEND);
        }
        Files.writeString(out, "\nRepulsion accuracy against the exact all-pairs forces, on the same positions:\n\n"
                + BarnesHutAccuracy.HEADER + "\n" + String.join("\n", accuracy) + "\n", StandardOpenOption.APPEND);
    }

    private void warmUp() {
        BarabasiAlbertGraph graph = BarabasiAlbertGraph.generate(1000, 2, SEED + 1);
        ConvergenceRun shortRun = new ConvergenceRun(THRESHOLD, WINDOW, 300);
        for (LayoutUnderTest layout : layouts(1000)) {
            shortRun.run(layout, graph, scale(layout, 1000), m -> { });
        }
    }

    /** Times every layout on one graph; adds the force-accuracy rows for that graph to {@code accuracy}. */
    private List<String> measure(int nodes, int repetitions, List<String> accuracy) {
        BarabasiAlbertGraph graph = BarabasiAlbertGraph.generate(nodes, 2, SEED);
        List<LayoutUnderTest> layouts = layouts(nodes);
        ConvergenceRun.Result[][] results = new ConvergenceRun.Result[layouts.size()][repetitions];
        for (int r = 0; r < repetitions; r++) {
            // the layout that goes first changes from one repetition to the next, so that none
            // always meets the machine (caches, collector, JIT) in the state its predecessor left
            for (int k = 0; k < layouts.size(); k++) {
                int l = (k + r) % layouts.size();
                results[l][r] = convergence.run(layouts.get(l), graph, scale(layouts.get(l), nodes), m -> { });
                System.out.printf(Locale.ROOT, "%d nodes, %s, run %d: %.3f s, %d iterations%n", nodes,
                        layouts.get(l).name(), r + 1, results[l][r].seconds(), results[l][r].iterations());
            }
        }
        // the accuracy of both Barnes-Hut trees on the start positions and on each layout's end result
        double[] startX = Arrays.stream(graph.startX()).map(v -> v * 1000).toArray();
        double[] startY = Arrays.stream(graph.startY()).map(v -> v * 1000).toArray();
        accuracy.addAll(BarnesHutAccuracy.rows(graph, "start (random, square of side 1000)", startX, startY, true));
        accuracy.addAll(BarnesHutAccuracy.rows(graph, "Netzbild's layout converged", results[0][0].x(), results[0][0].y(), false));
        accuracy.addAll(BarnesHutAccuracy.rows(graph, "Gephi's layout converged", results[1][0].x(), results[1][0].y(), false));
        double gephiMedian = median(results[1]);
        List<String> rows = new ArrayList<>();
        for (int l = 0; l < layouts.size(); l++) {
            rows.add(row(nodes, graph.links(), layouts.get(l).name(), results[l], gephiMedian));
        }
        return rows;
    }

    private static List<LayoutUnderTest> layouts(int nodes) {
        List<LayoutUnderTest> layouts = new ArrayList<>(List.of(new OurForceAtlas(), new GephiForceAtlas2(1),
                new GephiForceAtlas2(2)));
        if (nodes <= SPRINGBOX_MAX_NODES) {
            layouts.add(new GraphStreamSpringBox());
        }
        return layouts;
    }

    /**
     * Both ForceAtlas2 implementations start in a 1000 × 1000 square, as Gephi's importer places
     * nodes; SpringBox, whose links rest at length 1, in a square of side √n, near its own scale.
     */
    private static double scale(LayoutUnderTest layout, int nodes) {
        return layout instanceof GraphStreamSpringBox ? Math.sqrt(nodes) : 1000;
    }

    private static String row(int nodes, int links, String name, ConvergenceRun.Result[] runs, double gephiMedian) {
        double[] seconds = Arrays.stream(runs).mapToDouble(ConvergenceRun.Result::seconds).sorted().toArray();
        int[] iterations = Arrays.stream(runs).mapToInt(ConvergenceRun.Result::iterations).sorted().toArray();
        double median = median(runs);
        double perIteration = Arrays.stream(runs).mapToDouble(r -> r.seconds() * 1000 / r.iterations()).sorted()
                .toArray()[runs.length / 2];
        long converged = Arrays.stream(runs).filter(ConvergenceRun.Result::converged).count();
        String iterationSpan = iterations[0] == iterations[iterations.length - 1]
                ? Integer.toString(iterations[0]) : iterations[0] + " – " + iterations[iterations.length - 1];
        return String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %.3f s | %.3f – %.3f s | %.2f | %d of %d | %.3f | %.2f× |",
                nodes, links, name, iterationSpan, median, seconds[0], seconds[seconds.length - 1], perIteration,
                converged, runs.length, runs[0].linkLengthRatio(), median / gephiMedian);
    }

    private static double median(ConvergenceRun.Result[] runs) {
        double[] seconds = Arrays.stream(runs).mapToDouble(ConvergenceRun.Result::seconds).sorted().toArray();
        int n = seconds.length;
        return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    }
}
