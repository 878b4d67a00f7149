package org.netzbild.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.SinkAdapter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;

/**
 * The chart's in-memory model (ADR 0012): our {@link ChartGraph} against GraphStream's
 * {@link MultiGraph} as the chart kept it before, each with two listeners as in the chart (the
 * drawing and the running layout; GraphStream's drawing sink looked each moved id up to copy the
 * position into its arrays). Timed: filling a chart of 20,000 entities and 40,000 links with a
 * label, a type and a place each, and writing one layout snapshot (every entity's new position)
 * into it, which the FX thread does once per pulse while the layout moves. Also the heap the
 * filled model holds (rough: used heap after GC, before and after).
 *
 * <p>Not part of the normal build: {@code ./mvnw -B test -Pbench -Dtest=ChartModelBenchmark}
 * ({@code -Dbench.nodes=} changes the size). The table goes to
 * {@code target/screenshots/chart-model.md}. No timing is asserted.
 */
@Tag("bench")
class ChartModelBenchmark {

    private static final int NODES = Integer.getInteger("bench.nodes", 20_000);
    private static final int LINKS = 2 * NODES;
    private static final int ROUNDS = 7;
    private static final int SNAPSHOTS = 20;

    private final int[] from = new int[LINKS];
    private final int[] to = new int[LINKS];
    private final double[] x = new double[NODES];
    private final double[] y = new double[NODES];
    private final String[] ids = new String[NODES];

    /** One candidate model: fill it, and write one snapshot of positions into it. */
    private interface Candidate {
        Object fill();

        void snapshot(Object model, double shift);
    }

    @Test
    void fillAndSnapshotOfGraphStreamsGraphAgainstChartGraph() throws IOException {
        var random = new Random(20261206L);
        for (int i = 0; i < NODES; i++) {
            ids[i] = "e-" + i;
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        for (int k = 0; k < LINKS; k++) {
            from[k] = random.nextInt(NODES);
            do {
                to[k] = random.nextInt(NODES);
            } while (to[k] == from[k]);
        }
        Candidate graphStream = new Candidate() {
            @Override
            public Object fill() {
                return graphStream();
            }

            @Override
            public void snapshot(Object model, double shift) {
                Graph graph = (Graph) model;
                for (int i = 0; i < NODES; i++) {
                    graph.getNode(ids[i]).setAttribute("xyz", x[i] + shift, y[i], 0.0);
                }
            }
        };
        Candidate ours = new Candidate() {
            @Override
            public Object fill() {
                return chartGraph();
            }

            @Override
            public void snapshot(Object model, double shift) {
                ChartGraph graph = (ChartGraph) model;
                for (int i = 0; i < NODES; i++) {
                    graph.move(graph.indexOf(ids[i]), x[i] + shift, y[i]);
                }
            }
        };
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "%d entities, %d links, %d rounds (first dropped as warm-up), %d snapshots a round,"
                        + " %d cores, JVM %s", NODES, LINKS, ROUNDS, SNAPSHOTS,
                Runtime.getRuntime().availableProcessors(), Runtime.version()));
        lines.add("");
        lines.add("| model | fill: median | fill: range | snapshot: median | snapshot: range | heap held |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(row("GraphStream MultiGraph + 2 sinks", graphStream));
        lines.add(row("ChartGraph + 2 listeners", ours));
        lines.forEach(System.out::println);
        Path out = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        Files.write(out.resolve("chart-model.md"), lines);
        assertThat(lines).hasSize(6);
    }

    private String row(String name, Candidate candidate) {
        double[] fills = new double[ROUNDS - 1];
        double[] snapshots = new double[ROUNDS - 1];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            Object model = candidate.fill();
            long filled = System.nanoTime();
            for (int s = 0; s < SNAPSHOTS; s++) {
                candidate.snapshot(model, s);
            }
            long moved = System.nanoTime();
            if (round > 0) {
                fills[round - 1] = (filled - start) / 1e6;
                snapshots[round - 1] = (moved - filled) / 1e6 / SNAPSHOTS;
            }
        }
        return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f – %.0f ms | %.1f ms | %.1f – %.1f ms | %.1f MB |", name,
                median(fills), min(fills), max(fills), median(snapshots), min(snapshots), max(snapshots),
                heldMegabytes(candidate::fill));
    }

    private Graph graphStream() {
        Graph graph = new MultiGraph("chart", false, true);
        Map<String, Integer> index = new HashMap<>();
        double[] drawnX = new double[NODES];
        // the drawing's sink: copies each moved position into its arrays, as ChartElements did
        graph.addSink(new SinkAdapter() {
            @Override
            public void nodeAttributeChanged(String source, long time, String node, String attribute, Object old,
                                             Object value) {
                Integer i = index.get(node);
                if (i != null && attribute.equals("xyz")) {
                    drawnX[i] = ((Number) ((Object[]) value)[0]).doubleValue();
                }
            }
        });
        // the running layout's sink: looks at each change for pins and moves not its own
        graph.addSink(new SinkAdapter() {
            @Override
            public void nodeAttributeChanged(String source, long time, String node, String attribute, Object old,
                                             Object value) {
                if (attribute.equals("layout.frozen")) {
                    index.size();
                }
            }
        });
        for (int i = 0; i < NODES; i++) {
            Node node = graph.addNode(ids[i]);
            index.put(ids[i], i);
            node.setAttribute("ui.label", "Person " + i);
            node.setAttribute("ui.class", "Person");
            node.setAttribute("xyz", x[i], y[i], 0.0);
        }
        for (int k = 0; k < LINKS; k++) {
            graph.addEdge("l-" + k, ids[from[k]], ids[to[k]], true).setAttribute("ui.class", "OWNS");
        }
        return graph;
    }

    private ChartGraph chartGraph() {
        var graph = new ChartGraph();
        graph.addListener(new ChartGraph.Listener() {
            @Override
            public void moved(int index) {
                // the drawing reads the graph's arrays: a move only asks for a frame
            }
        });
        graph.addListener(new ChartGraph.Listener() {
            @Override
            public void moved(int index) {
                // the running layout ignores its own moves
            }
        });
        for (int i = 0; i < NODES; i++) {
            graph.addNode(ids[i]);
            graph.setLooks(ids[i], "Person " + i, "Person", null);
            graph.move(i, x[i], y[i]);
        }
        for (int k = 0; k < LINKS; k++) {
            graph.addLink("l-" + k, ids[from[k]], ids[to[k]], true, "OWNS", null);
        }
        return graph;
    }

    private static double heldMegabytes(Supplier<Object> make) {
        Runtime runtime = Runtime.getRuntime();
        collect();
        long before = runtime.totalMemory() - runtime.freeMemory();
        List<Object> held = List.of(make.get());
        collect();
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(held).hasSize(1); // keeps the model reachable until here
        return (after - before) / 1e6;
    }

    private static void collect() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
