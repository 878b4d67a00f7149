package org.netzbild.ui.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Exports;
import org.netzbild.app.I18n;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.chart.ChartState;
import org.netzbild.export.Diagram;
import org.netzbild.export.SmallChart;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.FxThread;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * A diagram to JavaFX's system clipboard and to a printer that is not there, on a real workspace:
 * the clipboard then holds the page as a picture, pixel for pixel, and the log says DONE; without a
 * printer nothing is printed, the status says so and the log says FAILED.
 */
class DiagramDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static Path store;
    private static final SmallChart CHART = new SmallChart();

    @BeforeAll
    static void aWorkspaceWithTheSmallChart() {
        FxThread.start();
        I18n.use(I18n.GERMAN);
        store = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var session = AnalystSession.unrestricted("sb.kk", "pp-essen", new Purpose("AZ 21/2026", "Lagebild"));
        workspace = Workspace.open(WorkspaceSettings.embedded(store, session));
        workspace.store().write(new WriteBatch(CHART.entities(), CHART.links()), WriteMode.CREATE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static Exports.Handover handOver(Exports.Destination destination) {
        var state = ChartState.EMPTY.with(CHART.entities(), CHART.links());
        var options = Exports.DiagramOptions.DEFAULT.on(new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.LANDSCAPE, 96));
        return new Exports(workspace).handOver("Fall Berg", state, CHART.positions(), SmallChart.ESSEN, options, destination);
    }

    @Test
    void theClipboardHoldsThePageAsAPicturePixelForPixel() throws Exception {
        var handover = handOver(Exports.Destination.CLIPBOARD);
        var page = handover.page(0);

        Object[] seen = FxThread.call(() -> {
            String status = new DiagramDelivery().toClipboard(handover);
            var image = javafx.scene.input.Clipboard.getSystemClipboard().getImage();
            int x = page.getWidth() / 3;
            int y = page.getHeight() / 3;
            return new Object[] {status, image.getWidth(), image.getHeight(), image.getPixelReader().getArgb(x, y),
                    page.getRGB(x, y)};
        }, PATIENCE);

        assertThat((String) seen[0]).startsWith("In die Zwischenablage kopiert: 3 Entitäten");
        assertThat(seen[1]).isEqualTo((double) page.getWidth());
        assertThat(seen[2]).isEqualTo((double) page.getHeight());
        assertThat(seen[3]).isEqualTo(seen[4]);
        var done = AuditLines.of(store, "export").getLast();
        assertThat(done.get("outcome")).isEqualTo("DONE");
        assertThat(done.get("criteria")).contains("destination=CLIPBOARD");
    }

    @Test
    void withoutTheSpoolerNoPrintJobIsEvenStartedAndTheLogSaysSo() throws Exception {
        var handover = handOver(Exports.Destination.PRINTER);

        String status = FxThread.call(() -> new DiagramDelivery(() -> {
            throw new AssertionError("no print job without a spooler to take it");
        }, () -> false).print(handover, null), PATIENCE);

        assertThat(status).isEqualTo(I18n.text("export.noSpooler"));
        assertThat(AuditLines.of(store, "export").getLast().get("outcome")).isEqualTo("FAILED");
    }

    @Test
    void withoutAPrinterNothingIsPrintedAndTheLogSaysSo() throws Exception {
        var handover = handOver(Exports.Destination.PRINTER);

        String status = FxThread.call(() -> new DiagramDelivery(() -> null, () -> true).print(handover, null), PATIENCE);

        assertThat(status).isEqualTo(I18n.text("export.noPrinter"));
        var failed = AuditLines.of(store, "export").getLast();
        assertThat(failed.get("outcome")).isEqualTo("FAILED");
        assertThat(failed.get("criteria")).contains("destination=PRINTER");
    }
}
