package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.chart.ChartState;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.Records;
import org.netzbild.testsupport.TemplateWorkspace;

/** Charts saved and reopened on a real embedded workspace. */
class ChartsTest {

    @TempDir
    Path folder;

    @Test
    void aReopenedChartShowsTheSameEntitiesPositionsAndLinksAndNamesWhatIsGone() {
        var r = new Records();
        var settings = WorkspaceSettings.embedded(TemplateWorkspace.copyTo(folder), AnalystSession.unrestricted("a", "pp-essen", new org.netzbild.security.Purpose("AZ 1", "Test")));
        try (Workspace workspace = Workspace.open(settings)) {
            var anna = r.person("anna", "Anna Berg");
            var shop = r.business("shop", "Kiosk Berg");
            var gone = r.person("gone", "Später gelöscht");
            var owns = r.link("owns", "OWNS", anna, shop);
            workspace.store().write(new WriteBatch(List.of(anna, shop, gone), List.of(owns)), WriteMode.CREATE);
            var state = ChartState.EMPTY.with(List.of(anna, shop, gone), List.of(owns)).pinning(Set.of(anna.id()), true);
            var charts = new Charts(workspace);
            charts.save("Fall Berg", state, Map.of(anna.id(), new double[] {10, 20}), "type");
            workspace.store().delete(gone.id());

            Charts.Reopened reopened = charts.open("Fall Berg");

            assertThat(reopened.state().entities()).containsOnlyKeys(anna.id(), shop.id());
            assertThat(reopened.state().links()).containsOnlyKeys(owns.id());
            assertThat(reopened.state().pinned()).containsExactly(anna.id());
            assertThat(reopened.positions().get(anna.id())).containsExactly(10.0, 20.0);
            assertThat(reopened.missing()).containsExactly(gone.id());
            assertThat(charts.names()).containsExactly("Fall Berg");
        }
    }
}
