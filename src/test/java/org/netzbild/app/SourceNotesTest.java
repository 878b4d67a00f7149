package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.chart.ChartState;
import org.netzbild.export.Diagram;
import org.netzbild.export.Disclosure;
import org.netzbild.export.SmallChart;
import org.netzbild.model.Entity;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.Purpose;
import org.netzbild.store.WriteMode;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * A diagram's provenance footnotes: each entity's label carries the number of its source (agency and
 * reference), the sources are listed with what each contributed, the records left out for the
 * recipient count nowhere, and a chart of many sources lists the first thirty and counts the rest.
 */
class SourceNotesTest {

    @TempDir
    Path folder;

    @Test
    void aPdfWithSourcesMarksEachLabelAndListsTheSourcesOfWhatWentOut() throws Exception {
        I18n.use(I18n.GERMAN);
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var chart = new SmallChart();
        var session = AnalystSession.unrestricted("sb.kk", "pp-essen", new Purpose("AZ 21/2026", "Lagebild"));
        Path pdf = folder.resolve("quellen.pdf");
        try (Workspace open = Workspace.open(WorkspaceSettings.embedded(workspace, session))) {
            open.store().write(new WriteBatch(chart.entities(), chart.links()), WriteMode.CREATE);
            var state = ChartState.EMPTY.with(chart.entities(), chart.links());
            var options = Exports.DiagramOptions.DEFAULT.on(new Diagram.Page(Diagram.Paper.A3, Diagram.Orientation.LANDSCAPE, 150))
                    .withSources(true);

            new Exports(open).exportShown("Fall Berg", state, chart.positions(), Exports.Format.PDF, SmallChart.ESSEN, pdf,
                    options);
        }
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Anna Berg [1]", "Altendorfer Straße 12, Essen [1]",
                    "[1] Polizeipräsidium Essen, Az. AZ-pp-essen: 2 Entitäten, eine Verbindung",
                    "Az. AZ-gwa-essen: eine Entität, eine Verbindung");
            assertThat(text).as("the father, PP Dortmund's own, is not for PP Essen").doesNotContain("Dortmund");
        }
    }

    @Test
    void ofManySourcesTheFirstThirtyAreListedAndTheRestCounted() {
        I18n.use(I18n.GERMAN);
        var entities = new ArrayList<Entity>();
        var positions = new HashMap<String, double[]>();
        for (int k = 1; k <= 35; k++) {
            var e = new Entity("p-" + k, "Person", Map.of("name", "Person " + k),
                    org.netzbild.model.Provenance.of("pp-essen", "AZ " + k, SmallChart.AT, "k",
                            org.netzbild.model.Grading.eu("B2")).collected(org.netzbild.model.CollectionMethod.OVERT, "§ 9"));
            entities.add(e);
            positions.put(e.id(), new double[] {k, k});
        }
        var disclosure = Disclosure.of("x", SmallChart.ESSEN, SmallChart.AT, "a", "AZ", entities, List.of(), positions);

        var sourced = SourceNotes.of(disclosure, Map.of());

        assertThat(sourced.footnotes()).hasSize(31);
        assertThat(sourced.footnotes().get(29)).isEqualTo("[30] Polizeipräsidium Essen, Az. AZ 30: eine Entität, keine Verbindung");
        assertThat(sourced.footnotes().getLast()).isEqualTo("… und 5 weitere Quellen (die Datenexporte nennen jede)");
        assertThat(sourced.looks().get("p-35").label()).isEqualTo("Person 35 [35]");
    }
}
