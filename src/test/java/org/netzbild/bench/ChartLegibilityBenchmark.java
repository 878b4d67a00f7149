package org.netzbild.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.Camera;
import org.netzbild.chart.paint.ChartElements;
import org.netzbild.chart.paint.ChartFont;
import org.netzbild.chart.paint.ChartPainter;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;
import org.netzbild.chart.paint.DrawnFrame;
import org.netzbild.chart.paint.Framing;
import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.TextMetrics;
import org.netzbild.demo.DemoGenerator;
import org.netzbild.demo.DemoProgress;
import org.netzbild.demo.DemoSettings;
import org.netzbild.layout.ForceAtlasLayout;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * How legible the chart's layout is (issue 18), against Gephi toolkit's ForceAtlas2 with
 * adjustSizes ("prevent overlap") on the same graph, node sizes and start positions, in one run:
 * shape overlaps after settling, label overlaps, edge crossings, the spread of link lengths and the
 * time to settle. The graphs are neighbourhoods of the generated demo data (default settings), taken
 * breadth first from a person of a planted network, as an analyst's expansions would gather them:
 * 500 entities (with the agencies that handle their incidents as hubs) and 5,000. Not part of the
 * normal run:
 *
 * <pre>./mvnw -B test -Pbench -Dtest=ChartLegibilityBenchmark</pre>
 *
 * <p>Writes {@code target/legibility-benchmark.md}. Sizes: each entity's radius as the chart draws
 * its type, plus the chart's 3 px of room, in the layout's units (Gephi's node size is its radius).
 * Labels: laid out as the chart's painter draws them at 100 %, in the chart font; "all labels"
 * counts the overlapping pairs if every label were drawn (as Gephi's preview does), "shown" those
 * among the labels the painter draws. No figure is asserted.
 */
@Tag("bench")
class ChartLegibilityBenchmark {

    private static final double GAP = 3;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final double THRESHOLD = 0.001;
    private static final int WINDOW = 10;
    private static final int MAX_ITERATIONS = 5000;
    private static final ChartStyle STYLE = ChartStyle.standard();

    /** One neighbourhood: entities (id, type, caption) and links between them, as indexes. */
    private record Neighbourhood(String name, List<Entity> entities, int[] from, int[] to) {
    }

    private record Figures(int overlaps, int labelOverlapsAll, int labelOverlapsShown, double labelsShown, long crossings,
                           double lengthSpread, double seconds, int iterations) {
    }

    @Test
    void legibilityAgainstGephi() throws IOException {
        var all = demo();
        var rows = new ArrayList<String>();
        for (int size : new int[] {500, 5000}) {
            Neighbourhood n = neighbourhood(all, size);
            double[] radius = radii(n);
            double[][] start = start(n.entities().size());
            var ours = new ArrayList<Figures>();
            var gephi = new ArrayList<Figures>();
            for (int round = 0; round < ROUNDS; round++) {
                // the order alternates, so that neither always runs on the warmer machine
                if (round % 2 == 0) {
                    ours.add(ours(n, radius, start));
                    gephi.add(gephi(n, radius, start));
                } else {
                    gephi.add(gephi(n, radius, start));
                    ours.add(ours(n, radius, start));
                }
            }
            rows.add(row(n, "Netzbild (ForceAtlas2, then overlap removal)", ours));
            rows.add(row(n, "Gephi toolkit ForceAtlas2, adjustSizes", gephi));
        }
        Path out = Path.of("target", "legibility-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT,
                "JVM %s, %d processors; %d rounds, order alternating; settled: ours by its own rule (motion under 0.1 %%"
                        + " of the extent, then overlap removal), Gephi when its motion over %d iterations averages under"
                        + " %.1f %% of the extent (cap %d)%n%n"
                        + "| chart | layout | shape overlaps | label overlaps, all labels | label overlaps, shown | labels shown"
                        + " | edge crossings | link-length spread (CV) | time to settle, median s | iterations |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|%n%s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), ROUNDS, WINDOW, THRESHOLD * 100,
                MAX_ITERATIONS, String.join("\n", rows)));
    }

    private static String row(Neighbourhood n, String layout, List<Figures> runs) {
        Figures f = runs.get(runs.size() / 2);
        double[] seconds = runs.stream().mapToDouble(Figures::seconds).sorted().toArray();
        return String.format(Locale.ROOT, "| %s (%d entities, %d links) | %s | %d | %d | %d | %.0f %% | %d | %.2f | %.2f | %d |",
                n.name(), n.entities().size(), n.from().length, layout, f.overlaps(), f.labelOverlapsAll(),
                f.labelOverlapsShown(), f.labelsShown() * 100, f.crossings(), f.lengthSpread(),
                seconds[seconds.length / 2], f.iterations());
    }

    private static Figures ours(Neighbourhood n, double[] radius, double[][] start) {
        var layout = new ForceAtlasLayout(20261127L);
        var ids = ids(n);
        for (int i = 0; i < ids.length; i++) {
            layout.addNode(ids[i]);
            layout.moveNode(ids[i], start[0][i], start[1][i]);
            layout.sizeNode(ids[i], radius[i]);
        }
        for (int e = 0; e < n.from().length; e++) {
            layout.addLink("l" + e, ids[n.from()[e]], ids[n.to()[e]]);
        }
        long begin = System.nanoTime();
        int iterations = 0;
        while (!layout.settled() && iterations < MAX_ITERATIONS) {
            layout.compute();
            iterations++;
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double[] x = new double[ids.length];
        double[] y = new double[ids.length];
        layout.readPositions((i, id, px, py) -> {
            int at = Integer.parseInt(id);
            x[at] = px;
            y[at] = py;
        });
        return measure(n, radius, x, y, seconds, iterations);
    }

    private static Figures gephi(Neighbourhood n, double[] radius, double[][] start) {
        GraphModel model = GraphModel.Factory.newInstance();
        Graph g = model.getUndirectedGraph();
        int count = n.entities().size();
        Node[] nodes = new Node[count];
        for (int i = 0; i < count; i++) {
            nodes[i] = model.factory().newNode(Integer.toString(i));
            nodes[i].setX((float) start[0][i]);
            nodes[i].setY((float) start[1][i]);
            nodes[i].setSize((float) radius[i]);
            g.addNode(nodes[i]);
        }
        for (int e = 0; e < n.from().length; e++) {
            if (n.from()[e] != n.to()[e] && g.getEdge(nodes[n.from()[e]], nodes[n.to()[e]]) == null) {
                g.addEdge(model.factory().newEdge(nodes[n.from()[e]], nodes[n.to()[e]], false));
            }
        }
        ForceAtlas2 layout = new ForceAtlas2Builder().buildLayout();
        layout.setGraphModel(model);
        layout.resetPropertiesValues();
        layout.setScalingRatio(GephiForceAtlas2.SCALING_RATIO);
        layout.setGravity(1.0);
        layout.setJitterTolerance(1.0);
        layout.setBarnesHutOptimize(true);
        layout.setBarnesHutTheta(GephiForceAtlas2.THETA);
        layout.setLinLogMode(false);
        layout.setOutboundAttractionDistribution(false);
        layout.setAdjustSizes(true);
        layout.setStrongGravityMode(false);
        layout.setEdgeWeightInfluence(1.0);
        layout.setThreadsCount(1);
        layout.initAlgo();
        double[] x = new double[count];
        double[] y = new double[count];
        double[] lastX = new double[count];
        double[] lastY = new double[count];
        read(nodes, lastX, lastY);
        double[] recent = new double[WINDOW];
        double sum = 0;
        long nanos = 0;
        int iterations = 0;
        boolean settled = false;
        while (!settled && iterations < MAX_ITERATIONS) {
            long begin = System.nanoTime();
            layout.goAlgo();
            nanos += System.nanoTime() - begin;
            read(nodes, x, y);
            double motion = ConvergenceRun.relativeMotion(x, y, lastX, lastY);
            sum += motion - recent[iterations % WINDOW];
            recent[iterations % WINDOW] = motion;
            settled = iterations + 1 >= WINDOW && sum / WINDOW < THRESHOLD;
            System.arraycopy(x, 0, lastX, 0, count);
            System.arraycopy(y, 0, lastY, 0, count);
            iterations++;
        }
        layout.endAlgo();
        return measure(n, radius, x, y, nanos / 1e9, iterations);
    }

    private static void read(Node[] nodes, double[] x, double[] y) {
        for (int i = 0; i < nodes.length; i++) {
            x[i] = nodes[i].x();
            y[i] = nodes[i].y();
        }
    }

    private static Figures measure(Neighbourhood n, double[] radius, double[] x, double[] y, double seconds, int iterations) {
        int count = x.length;
        int overlaps = 0;
        var grid = new HashMap<Long, List<Integer>>();
        double cell = 2 * java.util.Arrays.stream(radius).max().orElse(1);
        for (int i = 0; i < count; i++) {
            grid.computeIfAbsent(key(x[i], y[i], cell), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < count; i++) {
            long cx = (long) Math.floor(x[i] / cell);
            long cy = (long) Math.floor(y[i] / cell);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int j : grid.getOrDefault((cx + dx) << 32 ^ (cy + dy) & 0xffffffffL, List.of())) {
                        // the shapes themselves, without the room the layout keeps around them
                        if (j > i && Math.hypot(x[i] - x[j], y[i] - y[j]) < radius[i] + radius[j] - 2 * GAP - 1e-6) {
                            overlaps++;
                        }
                    }
                }
            }
        }
        int[] labels = labels(n, x, y);
        return new Figures(overlaps, labels[0], labels[1], labels[2] / (double) count, crossings(n, x, y),
                lengthSpread(n, x, y), seconds, iterations);
    }

    private static long key(double x, double y, double cell) {
        return (long) Math.floor(x / cell) << 32 ^ (long) Math.floor(y / cell) & 0xffffffffL;
    }

    /** Overlapping label pairs if all were drawn, those among the drawn ones, and how many the painter drew. */
    private static int[] labels(Neighbourhood n, double[] x, double[] y) {
        var graph = new ChartGraph();
        var ids = ids(n);
        for (int i = 0; i < ids.length; i++) {
            Entity e = n.entities().get(i);
            graph.addNode(ids[i]);
            graph.move(ids[i], x[i], y[i]);
            graph.setLooks(ids[i], Framing.label(e.caption()), e.type(), null);
        }
        for (int e = 0; e < n.from().length; e++) {
            graph.addLink("l" + e, ids[n.from()[e]], ids[n.to()[e]], true, "ASSOCIATE", null);
        }
        var elements = new ChartElements(graph, STYLE, () -> { });
        elements.refresh();
        var camera = new Camera();
        double minX = java.util.Arrays.stream(x).min().orElse(0);
        double maxX = java.util.Arrays.stream(x).max().orElse(0);
        double minY = java.util.Arrays.stream(y).min().orElse(0);
        double maxY = java.util.Arrays.stream(y).max().orElse(0);
        // the whole chart at 100 %, in one view
        camera.resize(maxX - minX + 400, maxY - minY + 400);
        camera.centreOn((minX + maxX) / 2, (minY + maxY) / 2, 1);
        var frame = new DrawnFrame();
        var metrics = new FontMetrics();
        new ChartPainter(metrics).paint(new org.netzbild.testsupport.TextOnlySurface(metrics, text -> { }), elements, camera,
                (inView, marked, w, h) -> new Detail(1, true, true, true), Rgba.WHITE, frame);
        int shown = 0;
        int shownOverlaps = 0;
        var boxes = new ArrayList<double[]>();
        for (int i = 0; i < frame.count; i++) {
            if (frame.labelled[i]) {
                shown++;
                boxes.add(new double[] {frame.labelBox[4 * i], frame.labelBox[4 * i + 1], frame.labelBox[4 * i + 2],
                        frame.labelBox[4 * i + 3]});
            }
        }
        shownOverlaps = overlapping(boxes);
        var all = new ArrayList<double[]>();
        for (int i = 0; i < frame.count; i++) {
            String label = elements.labels[i];
            if (label == null) {
                continue;
            }
            var look = elements.looks[i];
            double half = metrics.width(look.textSize(), label) / 2 + look.textPadding();
            double top = frame.y[i] + look.size() / 2 + 2;
            all.add(new double[] {frame.x[i] - half, top, frame.x[i] + half,
                    top + metrics.height(look.textSize()) + 2 * look.textPadding()});
        }
        return new int[] {overlapping(all), shownOverlaps, shown};
    }

    /** Pairs of boxes that overlap, by sweeping along x. */
    private static int overlapping(List<double[]> boxes) {
        boxes.sort(java.util.Comparator.comparingDouble(b -> b[0]));
        int count = 0;
        for (int a = 0; a < boxes.size(); a++) {
            double[] p = boxes.get(a);
            for (int b = a + 1; b < boxes.size() && boxes.get(b)[0] < p[2]; b++) {
                double[] q = boxes.get(b);
                if (p[1] < q[3] && q[1] < p[3]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Pairs of straight links that cross (sharing no end), found through a grid of their boxes. */
    private static long crossings(Neighbourhood n, double[] x, double[] y) {
        int m = n.from().length;
        double total = 0;
        for (int e = 0; e < m; e++) {
            total += Math.hypot(x[n.to()[e]] - x[n.from()[e]], y[n.to()[e]] - y[n.from()[e]]);
        }
        double cell = Math.max(1, total / Math.max(1, m));
        var grid = new HashMap<Long, List<Integer>>();
        for (int e = 0; e < m; e++) {
            int a = n.from()[e];
            int b = n.to()[e];
            long x0 = (long) Math.floor(Math.min(x[a], x[b]) / cell);
            long x1 = (long) Math.floor(Math.max(x[a], x[b]) / cell);
            long y0 = (long) Math.floor(Math.min(y[a], y[b]) / cell);
            long y1 = (long) Math.floor(Math.max(y[a], y[b]) / cell);
            for (long cx = x0; cx <= x1; cx++) {
                for (long cy = y0; cy <= y1; cy++) {
                    grid.computeIfAbsent(cx << 32 ^ cy & 0xffffffffL, k -> new ArrayList<>()).add(e);
                }
            }
        }
        var seen = new java.util.HashSet<Long>();
        long crossings = 0;
        for (var bucket : grid.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    int e = Math.min(bucket.get(i), bucket.get(j));
                    int f = Math.max(bucket.get(i), bucket.get(j));
                    if (crosses(n, x, y, e, f) && seen.add((long) e << 32 | f)) {
                        crossings++;
                    }
                }
            }
        }
        return crossings;
    }

    private static boolean crosses(Neighbourhood n, double[] x, double[] y, int e, int f) {
        int a = n.from()[e];
        int b = n.to()[e];
        int c = n.from()[f];
        int d = n.to()[f];
        if (a == c || a == d || b == c || b == d) {
            return false;
        }
        double d1 = side(x, y, c, d, a);
        double d2 = side(x, y, c, d, b);
        double d3 = side(x, y, a, b, c);
        double d4 = side(x, y, a, b, d);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(double[] x, double[] y, int p, int q, int r) {
        return (x[q] - x[p]) * (y[r] - y[p]) - (y[q] - y[p]) * (x[r] - x[p]);
    }

    /** The coefficient of variation of the link lengths: standard deviation over mean. */
    private static double lengthSpread(Neighbourhood n, double[] x, double[] y) {
        int m = n.from().length;
        double sum = 0;
        double squares = 0;
        for (int e = 0; e < m; e++) {
            double length = Math.hypot(x[n.to()[e]] - x[n.from()[e]], y[n.to()[e]] - y[n.from()[e]]);
            sum += length;
            squares += length * length;
        }
        double mean = sum / m;
        return Math.sqrt(Math.max(0, squares / m - mean * mean)) / mean;
    }

    private static String[] ids(Neighbourhood n) {
        String[] ids = new String[n.entities().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Integer.toString(i);
        }
        return ids;
    }

    private static double[] radii(Neighbourhood n) {
        double[] radius = new double[n.entities().size()];
        for (int i = 0; i < radius.length; i++) {
            radius[i] = STYLE.node(n.entities().get(i).type(), false, null).size() / 2 + GAP;
        }
        return radius;
    }

    /** Start positions at random in a square, the same for both layouts. */
    private static double[][] start(int count) {
        var random = new java.util.SplittableRandom(20261207L);
        double side = 10 * Math.sqrt(count);
        double[][] start = new double[2][count];
        for (int i = 0; i < count; i++) {
            start[0][i] = (random.nextDouble() - 0.5) * side;
            start[1][i] = (random.nextDouble() - 0.5) * side;
        }
        return start;
    }

    /** The demo data in memory: entities and links by id. */
    private record Demo(Map<String, Entity> entities, List<Link> links) {
    }

    private static Demo demo() {
        var entities = new LinkedHashMap<String, Entity>();
        var links = new ArrayList<Link>();
        new DemoGenerator(DemoSettings.defaults()).generate(batch -> {
            batch.entities().forEach(e -> entities.put(e.id(), e));
            links.addAll(batch.links());
        }, DemoProgress.none(), () -> false);
        return new Demo(entities, links);
    }

    /** The first {@code size} entities breadth first from a person of a planted network, with the links among them. */
    private static Neighbourhood neighbourhood(Demo demo, int size) {
        var around = new HashMap<String, List<String>>();
        for (Link l : demo.links()) {
            around.computeIfAbsent(l.fromId(), k -> new ArrayList<>()).add(l.toId());
            around.computeIfAbsent(l.toId(), k -> new ArrayList<>()).add(l.fromId());
        }
        String seed = demo.entities().values().stream().filter(e -> e.id().startsWith("pn1-") && e.type().equals("Person"))
                .map(Entity::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no person of a planted network in the demo data"));
        var order = new LinkedHashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        queue.add(seed);
        order.put(seed, 0);
        while (!queue.isEmpty() && order.size() < size) {
            for (String next : around.getOrDefault(queue.poll(), List.of())) {
                if (order.size() < size && demo.entities().containsKey(next) && order.putIfAbsent(next, order.size()) == null) {
                    queue.add(next);
                }
            }
        }
        var entities = new ArrayList<Entity>();
        order.keySet().forEach(id -> entities.add(demo.entities().get(id)));
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        for (Link l : demo.links()) {
            Integer a = order.get(l.fromId());
            Integer b = order.get(l.toId());
            if (a != null && b != null && !a.equals(b)) {
                from.add(a);
                to.add(b);
            }
        }
        return new Neighbourhood(size == 500 ? "500-entity neighbourhood" : "5,000-entity chart", entities,
                from.stream().mapToInt(Integer::intValue).toArray(), to.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The chart font's widths through AWT. */
    private static final class FontMetrics implements TextMetrics {
        private final java.awt.Font font;
        private final java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);

        FontMetrics() {
            try (var in = ChartFont.open()) {
                font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("the chart font cannot be read", e);
            }
        }

        @Override
        public double width(double size, String text) {
            return font.deriveFont((float) size).getStringBounds(text, context).getWidth();
        }

        @Override
        public double height(double size) {
            var line = font.deriveFont((float) size).getLineMetrics("Ag", context);
            return line.getAscent() + line.getDescent();
        }

        @Override
        public double ascent(double size) {
            return font.deriveFont((float) size).getLineMetrics("Ag", context).getAscent();
        }
    }
}
