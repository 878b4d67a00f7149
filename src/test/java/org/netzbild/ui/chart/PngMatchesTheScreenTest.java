package org.netzbild.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;
import org.netzbild.chart.paint.Framing;
import org.netzbild.export.Diagram;
import org.netzbild.export.DiagramExport;
import org.netzbild.export.Disclosure;
import org.netzbild.export.ExportNotes;
import org.netzbild.export.SmallChart;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * A PNG export is what the screen shows (issue 21): the small chart drawn by the desktop's renderer on
 * a JavaFX canvas of the size of the page's chart area, snapshotted, against the chart area cut from
 * the PNG export at 72 dpi (one pixel per point, as on screen). The two differ where the rasterisers
 * and fonts differ, so the comparison has a tolerance (see {@link #mismatch}).
 */
class PngMatchesTheScreenTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void startFx() {
        org.netzbild.testsupport.FxThread.start();
    }

    @Test
    void thePngExportMatchesAnOnScreenSnapshotOfTheSameChart() throws Exception {
        Disclosure disclosure = new SmallChart().to(SmallChart.ESSEN);
        var notes = new ExportNotes("Fall Berg", java.util.List.of("Empfänger: KHK Meier"), java.util.List.of(),
                java.util.List.of("E", "V", "H"));
        var diagram = new Diagram(disclosure, notes, Map.of(), java.util.List.of(),
                new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.LANDSCAPE, 72));
        Path file = folder.resolve("fall.png");
        DiagramExport.write(diagram, DiagramExport.Kind.PNG, file);
        double[] area = diagram.chartArea();
        int width = (int) Math.floor(area[2]);
        int height = (int) Math.floor(area[3]);
        BufferedImage exported = ImageIO.read(file.toFile()).getSubimage((int) Math.round(area[0]), (int) Math.round(area[1]),
                width, height);

        BufferedImage screen = onFx(() -> {
            var graph = new ChartGraph();
            for (Entity e : disclosure.entities()) {
                graph.addNode(e.id());
                double[] xy = disclosure.positions().get(e.id());
                graph.move(e.id(), xy[0], xy[1]);
                graph.setLooks(e.id(), Framing.label(e.caption()), e.type(), null);
            }
            for (Link l : disclosure.links()) {
                graph.addLink(l.id(), l.fromId(), l.toId(), true, l.type(), null);
            }
            var canvas = new Canvas(area[2], area[3]);
            var renderer = new ChartRenderer(graph, ChartStyle.standard(), Detail::forView, () -> { });
            renderer.render(canvas.getGraphicsContext2D(), area[2], area[3]);
            var parameters = new SnapshotParameters();
            return SwingFXUtils.fromFXImage(canvas.snapshot(parameters, null), null).getSubimage(0, 0, width, height);
        });
        // both pictures, to look at when the comparison fails
        Path shots = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        ImageIO.write(screen, "png", shots.resolve("png-against-screen-screen.png").toFile());
        ImageIO.write(exported, "png", shots.resolve("png-against-screen-export.png").toFile());

        double shifted = mismatch(screen, shifted(exported, 3));
        assertThat(shifted).as("the measure tells a picture three pixels off from the screen").isGreaterThan(10 * TOLERANCE);
        double screenToExport = mismatch(screen, exported);
        double exportToScreen = mismatch(exported, screen);
        System.out.printf("PNG against screen: %.4f %% of the screen's ink unmatched, %.4f %% of the export's;"
                + " %.1f %% against the export moved by 3 pixels%n", 100 * screenToExport, 100 * exportToScreen, 100 * shifted);
        assertThat(screenToExport).as("share of the screen's pixels the export does not have nearby").isLessThan(TOLERANCE);
        assertThat(exportToScreen).as("share of the export's pixels the screen does not have nearby").isLessThan(TOLERANCE);
        // and the picture is not empty: the person's blue is in both
        assertThat(count(screen, 0x2f6fb0)).isGreaterThan(50);
        assertThat(count(exported, 0x2f6fb0)).isGreaterThan(50);
    }

    /** See {@link #mismatch}. */
    private static final double TOLERANCE = 0.02;
    private static final int RADIUS = 1;
    private static final int CHANNEL = 64;
    /** The chart's background (graph.css); a pixel further from it than this in a channel is ink. */
    private static final int BACKGROUND = 0xfbfbf8;
    private static final int INK = 24;

    /**
     * The share of {@code a}'s ink (pixels not the background) that has no pixel of about the same
     * colour (each channel within {@value #CHANNEL} of 255) within {@value #RADIUS} pixel in {@code b}.
     * Screen and export draw with the same painter, the same framing and the same font (the chart's
     * own, loaded into JavaFX too), so every entity, line and label lies on the same pixels; what
     * differs is the rasterisers' anti-aliasing (JavaFX's Prism against Java2D) and glyph hinting,
     * which shade edge pixels differently and may move an edge by a pixel. The radius of one pixel
     * allows for that and nothing more; the tolerance of 2 % of the ink is for the odd edge pixel
     * whose shade differs by more than a quarter, and far below what a misplaced entity, a missing
     * label or another colour cost (the same picture moved by 3 pixels misses more than ten times
     * the tolerance, which the test checks first, so that the measure is known to tell).
     */
    static double mismatch(BufferedImage a, BufferedImage b) {
        long ink = 0;
        long unmatched = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int rgb = a.getRGB(x, y);
                if (close(rgb, BACKGROUND, INK)) {
                    continue;
                }
                ink++;
                if (!nearby(rgb, b, x, y)) {
                    unmatched++;
                }
            }
        }
        return unmatched / (double) Math.max(ink, 1);
    }

    private static boolean nearby(int rgb, BufferedImage b, int x, int y) {
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
            for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                int bx = x + dx;
                int by = y + dy;
                if (bx >= 0 && by >= 0 && bx < b.getWidth() && by < b.getHeight() && close(rgb, b.getRGB(bx, by))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int p, int q) {
        return close(p, q, CHANNEL);
    }

    private static boolean close(int p, int q, int channel) {
        return Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) <= channel && Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff)) <= channel
                && Math.abs((p & 0xff) - (q & 0xff)) <= channel;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += close(image.getRGB(x, y), rgb) && Math.abs((image.getRGB(x, y) & 0xff) - (rgb & 0xff)) < 16 ? 1 : 0;
            }
        }
        return n;
    }

    /** {@code image} moved right and down by {@code by} pixels, the background filling in. */
    private static BufferedImage shifted(BufferedImage image, int by) {
        var moved = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = moved.createGraphics();
        g.setColor(new java.awt.Color(BACKGROUND));
        g.fillRect(0, 0, moved.getWidth(), moved.getHeight());
        g.drawImage(image, by, by, null);
        g.dispose();
        return moved;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return org.netzbild.testsupport.FxThread.call(work, java.time.Duration.ofSeconds(30));
    }
}
