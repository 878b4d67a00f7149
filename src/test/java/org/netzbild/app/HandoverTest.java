package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.chart.ChartState;
import org.netzbild.export.Diagram;
import org.netzbild.export.SmallChart;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.AuditLines;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The chart on screen for the clipboard or a printer ({@link Exports#handOver}) on a real embedded
 * workspace: its pages drawn at the asked resolution, the disclosure logged as intended with the ids
 * drawn (not what the recipient may not receive), and DONE or FAILED as the desktop reports, once.
 */
class HandoverTest {

    @TempDir
    Path folder;

    @Test
    void pagesAreDrawnForThePrinterAndTheLogSaysWhatLeftAndWhetherItArrived() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var chart = new SmallChart();
        var session = AnalystSession.unrestricted("sb.kk", "pp-essen", new Purpose("AZ 21/2026", "Lagebild"));
        try (Workspace open = Workspace.open(WorkspaceSettings.embedded(workspace, session))) {
            open.store().write(new WriteBatch(chart.entities(), chart.links()), WriteMode.CREATE);
            var state = ChartState.EMPTY.with(chart.entities(), chart.links());
            var page = new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.PORTRAIT, 100, 2, 1);
            var options = Exports.DiagramOptions.DEFAULT.on(page);
            var dortmund = new org.netzbild.export.Recipient("KHK Meier, PP Dortmund", "pp-dortmund",
                    org.netzbild.export.Recipient.Kind.LAW_ENFORCEMENT, "");

            var printed = new Exports(open).handOver("Fall Berg", state, chart.positions(), dortmund, options,
                    Exports.Destination.PRINTER);

            assertThat(printed.pageCount()).isEqualTo(2);
            assertThat(List.of(printed.page(0), printed.page(1))).allSatisfy(image -> {
                assertThat(image.getWidth()).isEqualTo((int) Math.ceil(page.width() * 100 / 72));
                assertThat(image.getHeight()).isEqualTo((int) Math.ceil(page.height() * 100 / 72));
            });
            assertThat(printed.result().entities()).as("the father is PP Dortmund's own: it may receive him").isEqualTo(4);
            assertThat(printed.result().leftOut()).isEmpty();
            var intended = AuditLines.of(workspace, "export").getLast();
            assertThat(intended.get("outcome")).isEqualTo("INTENDED");
            assertThat(intended.get("criteria")).contains("destination=PRINTER", "pages=2", "recipient=KHK Meier, PP Dortmund");
            printed.delivered();
            assertThat(AuditLines.of(workspace, "export").getLast().get("outcome")).isEqualTo("DONE");
            assertThatThrownBy(printed::failed).isInstanceOf(IllegalStateException.class);

            var copied = new Exports(open).handOver("Fall Berg", state, chart.positions(), SmallChart.ESSEN,
                    Exports.DiagramOptions.DEFAULT, Exports.Destination.CLIPBOARD);
            copied.failed();
            var last = AuditLines.of(workspace, "export").getLast();
            assertThat(last.get("outcome")).isEqualTo("FAILED");
            assertThat(last.get("criteria")).contains("destination=CLIPBOARD");
        }
    }

    @Test
    void whatTheRecipientMayNotReceiveIsNeitherDrawnNorLogged() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var chart = new SmallChart();
        var session = AnalystSession.unrestricted("sb.kk", "pp-dortmund", new Purpose("AZ 21/2026", "Lagebild"));
        try (Workspace open = Workspace.open(WorkspaceSettings.embedded(workspace, session))) {
            open.store().write(new WriteBatch(chart.entities(), chart.links()), WriteMode.CREATE);
            var state = ChartState.EMPTY.with(chart.entities(), chart.links());

            var copied = new Exports(open).handOver("Fall Berg", state, chart.positions(), SmallChart.ESSEN,
                    Exports.DiagramOptions.DEFAULT, Exports.Destination.CLIPBOARD);
            copied.delivered();

            assertThat(copied.result().leftOut()).containsEntry(org.netzbild.export.Refusal.AGENCY_ONLY, 1L);
            assertThat(copied.result().entities()).isEqualTo(3);
            var done = AuditLines.of(workspace, "export").getLast();
            assertThat(done.get("outcome")).isEqualTo("DONE");
            assertThat(done.json().toString()).contains("p-anna").doesNotContain("p-father", "l-parent");
        }
    }
}
