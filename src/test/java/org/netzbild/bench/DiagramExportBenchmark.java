package org.netzbild.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;
import org.netzbild.export.DiagramBench;
import org.netzbild.layout.ForceAtlasSettings;
import org.netzbild.layout.ForceDirectedPlacement;

/**
 * SVG and PDF export of a laid-out 5,000-entity chart (issue 21): ours (the chart painter on our SVG
 * and PDF surfaces, the page with head, legend and footnotes; timed from the disclosure to the
 * written file) against the Gephi toolkit's preview export of the same positions (timed from the
 * export call, its graph built beforehand), and Batik's SVG generator through the AWT surface, the
 * candidate ADR 0036 measured. In one JVM and run, the order of the candidates rotating from one
 * round to the next, warm-up rounds first. Twice: at the screen's detail for the page (at 5,000
 * entities on A4 no labels) against Gephi without labels, and with every label and arrow head
 * against Gephi with node labels. {@code ./mvnw -B test -Pbench -Dtest=DiagramExportBenchmark};
 * the table goes to {@code target/diagram-benchmark.md}.
 */
@Tag("bench")
class DiagramExportBenchmark {

    private static final long SEED = 20261127L;
    private static final int ENTITIES = Integer.getInteger("bench.entities", 5000);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 2);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);

    @Test
    void svgAndPdfAgainstGephi() throws Exception {
        BarabasiAlbertGraph graph = BarabasiAlbertGraph.generate(ENTITIES, 2, SEED);
        var chart = new ChartGraph();
        for (int i = 0; i < graph.nodes(); i++) {
            chart.addNode("e" + i);
            chart.move("e" + i, graph.startX()[i] * 100, graph.startY()[i] * 100);
        }
        for (int k = 0; k < graph.links(); k++) {
            chart.addLink("l" + k, "e" + graph.source()[k], "e" + graph.target()[k], true, "ASSOCIATE", null);
        }
        long layoutStart = System.nanoTime();
        new ForceDirectedPlacement(ForceAtlasSettings.defaults(SEED), 500).apply(chart);
        double layoutSeconds = (System.nanoTime() - layoutStart) / 1e9;
        double[] x = new double[graph.nodes()];
        double[] y = new double[graph.nodes()];
        float[] fx = new float[graph.nodes()];
        float[] fy = new float[graph.nodes()];
        String[] labels = new String[graph.nodes()];
        int[] colours = new int[graph.nodes()];
        for (int i = 0; i < graph.nodes(); i++) {
            int n = chart.indexOf("e" + i);
            x[i] = chart.x(n);
            y[i] = chart.y(n);
            fx[i] = (float) x[i];
            fy[i] = (float) y[i];
            labels[i] = (i % 5 == 0 ? "Firma Nr. " : "Person Müller-Yılmaz ") + i;
            colours[i] = i % 5 == 0 ? 0xd9822b : 0x2f6fb0;
        }
        Path folder = Files.createTempDirectory("diagram-bench");
        ToLongBiFunction<File, Boolean> gephi = gephi(fx, fy, graph.source(), graph.target(), labels, colours);

        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "JVM %s, %d processors; %d entities, %d links (Barabási–Albert, m = 2), laid out by our"
                + " ForceAtlas2 (500 iterations, %.1f s); %d warm-up rounds, %d measured rounds, order rotating%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), graph.nodes(), graph.links(), layoutSeconds,
                WARM_UP, ROUNDS));
        lines.add("| picture | exporter | median ms | min – max ms | file | vs Gephi (same format) |");
        lines.add("|---|---|---|---|---|---|");
        for (boolean everyLabel : new boolean[] {false, true}) {
            var ours = new DiagramBench(x, y, graph.source(), graph.target(), everyLabel);
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            candidates.put("Netzbild SVG", file -> timed(() -> ours.svg(file)));
            candidates.put("Netzbild PDF", file -> timed(() -> ours.pdf(file)));
            candidates.put("Batik SVGGraphics2D (our painter)", file -> timed(() -> ours.batikSvg(file)));
            candidates.put("Gephi toolkit SVG", file -> gephi.applyAsLong(file.toFile(), everyLabel));
            candidates.put("Gephi toolkit PDF", file -> gephi.applyAsLong(file.toFile(), everyLabel));
            var names = new ArrayList<>(candidates.keySet());
            Map<String, List<Long>> times = new LinkedHashMap<>();
            Map<String, Long> sizes = new LinkedHashMap<>();
            names.forEach(n -> times.put(n, new ArrayList<>()));
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get((k + round) % names.size());
                    Path file = folder.resolve(name.replaceAll("[^A-Za-z]", "") + (name.contains("PDF") ? ".pdf" : ".svg"));
                    long nanos = candidates.get(name).run(file);
                    if (round >= WARM_UP) {
                        times.get(name).add(nanos);
                    }
                    sizes.put(name, Files.size(file));
                }
            }
            String picture = everyLabel ? "every label and arrow (Gephi: node labels on)" : "the screen's detail (Gephi: no labels)";
            for (String name : names) {
                long[] sorted = times.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
                String against = name.contains("PDF") ? "Gephi toolkit PDF" : "Gephi toolkit SVG";
                double ratio = median(sorted) / median(times.get(against).stream().mapToLong(Long::longValue).sorted().toArray());
                lines.add(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f – %.0f | %.1f MB | %s |", picture, name,
                        median(sorted) / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sizes.get(name) / 1e6,
                        name.startsWith("Gephi") ? "" : String.format(Locale.ROOT, "%.2f×", ratio)));
            }
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        Path out = Path.of("target", "diagram-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }

    @FunctionalInterface
    private interface Candidate {
        long run(Path file) throws Exception;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** {@link GephiPreviewExport} in a class loader of its own: the toolkit's jar and this test tree, nothing else. */
    @SuppressWarnings("unchecked")
    private static ToLongBiFunction<File, Boolean> gephi(float[] x, float[] y, int[] source, int[] target, String[] labels,
                                                        int[] colours) throws Exception {
        URL toolkit = org.gephi.graph.api.GraphModel.class.getProtectionDomain().getCodeSource().getLocation();
        URL tests = DiagramExportBenchmark.class.getProtectionDomain().getCodeSource().getLocation();
        var loader = new URLClassLoader("gephi", new URL[] {tests, toolkit}, ClassLoader.getPlatformClassLoader());
        Class<?> type = loader.loadClass(GephiPreviewExport.class.getName());
        return (ToLongBiFunction<File, Boolean>) type.getConstructor(float[].class, float[].class, int[].class, int[].class,
                String[].class, int[].class).newInstance(x, y, source, target, labels, colours);
    }
}
