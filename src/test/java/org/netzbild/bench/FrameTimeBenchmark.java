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
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netzbild.schema.Ontology;
import org.netzbild.ui.chart.RendererFrame;
import org.netzbild.ui.chart.RendererFrame.Detailing;

/**
 * Frame time of the chart at 5,000 entities and 10,000 links against a bare JavaFX canvas drawing
 * the same picture, in the same run (the Explorer issue's goal: frame p95 &le; 1.5&times; bare
 * canvas): GraphStream's renderer (the chart's former path, kept as the historical reference) and
 * our renderer at full detail, without labels and at the level of detail the chart chooses. Not part of the normal build: tagged {@code bench}, which surefire excludes; run it with
 * {@code ./mvnw -B test -Pbench -Dtest=FrameTimeBenchmark} ({@code -Dbench.frames=} and
 * {@code -Dbench.warmUp=} change the number of frames). Figures and a PNG of each renderer's last
 * frame go to {@code target/screenshots}.
 *
 * <p>One frame is, on the FX thread: the renderer's draw call into the {@code GraphicsContext} of
 * a 1600&times;1000 {@link Canvas} (which only records drawing commands), then
 * {@link Canvas#snapshot} into a reused image, which makes Prism rasterise the recorded commands
 * and read the pixels back. The figures report the draw call alone and the whole frame. GraphStream's
 * 40 ms repaint timer, layout and graph events are not involved: positions are fixed before timing.
 * The renderers take turns frame by frame, each starting the round in turn, so that JIT, GC and
 * caches favour none; warm-up frames are discarded.
 */
@Tag("bench")
class FrameTimeBenchmark {

    private static final int ENTITIES = 5_000;
    private static final int LINKS = 10_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final long SEED = 20_261_127L;
    /** With software rasterisation a frame takes about a second: 8 renderers x 70 frames is about 11 minutes. */
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);
    private static final int FRAMES = Integer.getInteger("bench.frames", 60);

    private static final String GRAPHSTREAM_LABELS = "GraphStream FxGraphRenderer, labels on";
    private static final String GRAPHSTREAM_CROWDED = "GraphStream FxGraphRenderer, crowded style sheet (labels hidden)";
    private static final String BARE_LABELS = "bare Canvas, labels on";
    private static final String BARE_NO_LABELS = "bare Canvas, no labels";
    private static final String OURS_LABELS = "our renderer, labels on";
    private static final String OURS_NO_LABELS = "our renderer, no labels";
    private static final String OURS_DEFAULT = "our renderer, default level of detail";
    /** Zoomed in on the centre so that about a sixteenth of the chart is in view: what culling saves. */
    private static final double ZOOM = 4;
    private static final String OURS_ZOOMED = "our renderer, zoomed in 4x, default level of detail";
    /** Each renderer and the bare canvas it is set against: the same picture, but for the zoomed row. */
    private static final List<List<String>> COMPARISONS = List.of(
            List.of(GRAPHSTREAM_LABELS, BARE_LABELS), List.of(GRAPHSTREAM_CROWDED, BARE_NO_LABELS),
            List.of(OURS_LABELS, BARE_LABELS), List.of(OURS_NO_LABELS, BARE_NO_LABELS),
            List.of(OURS_DEFAULT, BARE_NO_LABELS), List.of(OURS_ZOOMED, BARE_NO_LABELS));

    /** Something that draws one whole frame of the chart into a graphics context. */
    private interface Painter {
        void draw(GraphicsContext g, int width, int height);
    }

    /** One renderer under test, with its own canvas, its reused snapshot image and its timings. */
    private static final class Contestant {
        final String name;
        final Painter painter;
        final Canvas canvas = new Canvas(WIDTH, HEIGHT);
        final WritableImage image = new WritableImage(WIDTH, HEIGHT);
        final SnapshotParameters parameters = new SnapshotParameters();
        final long[] drawNanos = new long[FRAMES];
        final long[] frameNanos = new long[FRAMES];

        Contestant(String name, Painter painter) {
            this.name = name;
            this.painter = painter;
            new Scene(new Group(canvas));
        }

        void frame(int index) {
            long start = System.nanoTime();
            painter.draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT);
            long drawn = System.nanoTime();
            canvas.snapshot(parameters, image);
            long end = System.nanoTime();
            if (index >= 0) {
                drawNanos[index] = drawn - start;
                frameNanos[index] = end - start;
            }
        }
    }

    @BeforeAll
    static void startFx() {
        org.netzbild.testsupport.FxThread.start();
    }

    @Test
    void chartFrameTimeAgainstBareCanvas() throws Exception {
        var ontology = Ontology.standard();
        var chart = RandomChart.of(ENTITIES, LINKS, ontology.entityTypes().keySet().stream().sorted().toList(),
                ontology.linkTypes().keySet().stream().sorted().toList(), SEED);

        List<Contestant> contestants = onFxThread(() -> contestants(chart));
        onFxThread(() -> run(contestants));

        var report = report(chart, contestants);
        System.out.println(report);
        Path out = Path.of(System.getProperty("netzbild.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("chart-frame-time.md"), report);
        for (Contestant contestant : contestants) {
            writePng(contestant, out);
            assertThat(drawnPixels(contestant.image)).as(contestant.name).isGreaterThan(WIDTH * HEIGHT / 10);
        }
    }

    private static List<Contestant> contestants(RandomChart chart) {
        var labelled = new GraphStreamFrame(chart, false);
        var crowded = new GraphStreamFrame(chart, true);
        var bareLabelled = new BareCanvasChart(chart, labelled.graphic(), true);
        var bareUnlabelled = new BareCanvasChart(chart, labelled.graphic(), false);
        var ours = new RendererFrame(chart.chartGraph(), Detailing.ALL_LABELS);
        var oursUnlabelled = new RendererFrame(chart.chartGraph(), Detailing.NO_LABELS);
        var oursDefault = new RendererFrame(chart.chartGraph(), Detailing.CHART_DEFAULT);
        var oursZoomed = new RendererFrame(chart.chartGraph(), Detailing.CHART_DEFAULT, ZOOM);
        return List.of(
                new Contestant(GRAPHSTREAM_LABELS, labelled::draw),
                new Contestant(BARE_LABELS, bareLabelled::draw),
                new Contestant(GRAPHSTREAM_CROWDED, crowded::draw),
                new Contestant(BARE_NO_LABELS, bareUnlabelled::draw),
                new Contestant(OURS_LABELS, ours::draw),
                new Contestant(OURS_NO_LABELS, oursUnlabelled::draw),
                new Contestant(OURS_DEFAULT, oursDefault::draw),
                new Contestant(OURS_ZOOMED, oursZoomed::draw));
    }

    private static Void run(List<Contestant> contestants) {
        int n = contestants.size();
        for (int round = -WARM_UP; round < FRAMES; round++) {
            for (int k = 0; k < n; k++) {
                contestants.get(Math.floorMod(round + k, n)).frame(round);
            }
        }
        return null;
    }

    private static String report(RandomChart chart, List<Contestant> contestants) {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "%d entities, %d links, canvas %dx%d, %d frames each after %d warm-up, "
                        + "%d cores, JVM %s, prism.order=%s", chart.entityCount(), chart.linkCount(), WIDTH, HEIGHT,
                FRAMES, WARM_UP, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                System.getProperty("prism.order", "default")));
        lines.add("");
        lines.add("| renderer | draw call p50 | draw call p95 | frame p50 | frame p95 |");
        lines.add("|---|---|---|---|---|");
        for (Contestant c : contestants) {
            lines.add(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |", c.name,
                    millis(c.drawNanos, 50), millis(c.drawNanos, 95), millis(c.frameNanos, 50), millis(c.frameNanos, 95)));
        }
        lines.add("");
        for (List<String> pair : COMPARISONS) {
            Contestant chartPath = named(contestants, pair.get(0));
            Contestant reference = named(contestants, pair.get(1));
            lines.add(String.format(Locale.ROOT, "frame p95 ratio, %s / %s: %.2fx (draw call alone %.2fx)",
                    chartPath.name, reference.name,
                    millis(chartPath.frameNanos, 95) / millis(reference.frameNanos, 95),
                    millis(chartPath.drawNanos, 95) / millis(reference.drawNanos, 95)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static Contestant named(List<Contestant> contestants, String name) {
        return contestants.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double millis(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static long drawnPixels(WritableImage image) {
        var pixels = image.getPixelReader();
        int background = pixels.getArgb(1, 1);
        long drawn = 0;
        for (int y = 0; y < HEIGHT; y += 2) {
            for (int x = 0; x < WIDTH; x += 2) {
                if (pixels.getArgb(x, y) != background) {
                    drawn += 4;
                }
            }
        }
        return drawn;
    }

    private static void writePng(Contestant contestant, Path folder) throws IOException {
        String file = "frame-" + contestant.name.replaceAll("[^A-Za-z]+", "-").toLowerCase(Locale.ROOT) + ".png";
        ImageIO.write(SwingFXUtils.fromFXImage(contestant.image, null), "png", folder.resolve(file).toFile());
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        return org.netzbild.testsupport.FxThread.call(work, java.time.Duration.ofMinutes(30));
    }
}
