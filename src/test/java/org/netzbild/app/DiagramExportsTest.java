package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The chart on screen as a diagram through {@link Exports#exportShown}: with the screen's looks (the
 * highlighted path, a category's colour and its legend row) and the selection alone; the disclosure
 * on the audit log holds the ids drawn and nothing else.
 */
class DiagramExportsTest {

    @TempDir
    Path folder;

    @Test
    void theSelectionGoesOutInTheLooksOfTheScreenAndTheLogHoldsWhatWasDrawn() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var chart = new SmallChart();
        Path svg = folder.resolve("auswahl.svg");
        try (Workspace open = openWith(workspace, chart)) {
            var state = ChartState.EMPTY.with(chart.entities(), chart.links());
            var looks = Map.of(chart.anna.id(), new Diagram.Look("Anna Berg", "Person, highlight", "#332288",
                            new String[] {"#4477AA", "#228833"}),
                    chart.bar.id(), new Diagram.Look("Shisha-Bar", "Business, highlight", null));
            var marks = List.of(new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, null, "#332288", "Polizeipräsidium Essen"));
            var options = new Exports.DiagramOptions(new Diagram.Page(Diagram.Paper.A3, Diagram.Orientation.PORTRAIT, 150),
                    looks, "Quellbehörde", marks, Set.of(chart.anna.id(), chart.bar.id()));

            var result = new Exports(open).exportShown("Fall Berg", state, chart.positions(), Exports.Format.SVG,
                    SmallChart.ESSEN, svg, options);

            assertThat(result.entities()).isEqualTo(2);
            assertThat(result.links()).isEqualTo(1);
        }
        String file = Files.readString(svg);
        assertThat(file).contains(">Anna Berg<", ">Shisha-Bar<", ">Quellbehörde<", ">Polizeipräsidium Essen<", "height=\"1190.55pt\"");
        assertThat(file).as("the highlight's ring and the category's colour").contains("stroke=\"#e74c3c\"", "fill=\"#332288\"");
        assertThat(file).as("the source ring of an entity two agencies state").contains("stroke=\"#4477aa\"",
                "stroke=\"#228833\"");
        assertThat(file).as("outside the selection").doesNotContain("Altendorfer", "Bernd");
        var done = AuditLines.of(workspace, "export").stream().filter(e -> e.get("criteria").contains("format=SVG")).toList().getLast();
        assertThat(done.get("outcome")).isEqualTo("DONE");
        assertThat(done.json().toString()).contains("p-anna", "b-bar", "l-owns").doesNotContain("a-home", "l-lives", "p-father");
    }

    /**
     * Links coloured by the kind of agency that stated them (issue 18), as the desktop draws them on
     * request: the diagram draws each link in that colour, lists the kinds in its legend and greys the
     * link types, which keep their pattern; without the option the same links keep their types' colours.
     */
    @Test
    void linksColouredByTheStatingAgencysKindGoOutSoWithTheKindsInTheLegend() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("workspace"));
        var chart = new SmallChart();
        Path byKind = folder.resolve("nach-behoerde.svg");
        Path byType = folder.resolve("nach-typ.svg");
        try (Workspace open = openWith(workspace, chart)) {
            var state = ChartState.EMPTY.with(chart.entities(), chart.links());
            var exports = new Exports(open);

            exports.exportShown("Fall Berg", state, chart.positions(), Exports.Format.SVG, SmallChart.ESSEN, byKind,
                    Exports.DiagramOptions.DEFAULT.withLinksByAgencyKind(true));
            exports.exportShown("Fall Berg", state, chart.positions(), Exports.Format.SVG, SmallChart.ESSEN, byType,
                    Exports.DiagramOptions.DEFAULT);
        }
        String coloured = Files.readString(byKind);
        String typed = Files.readString(byType);
        // the trade office's ownership in the municipal colour, the police's residence in the police's
        String municipal = "stroke=\"#ee6677\"";
        String police = "stroke=\"#4477aa\"";
        assertThat(coloured).contains(municipal, police, ">Verbindungen nach meldender Behörde<", ">Kommune<", ">Polizei<");
        assertThat(typed).doesNotContain(municipal, police, "Verbindungen nach meldender Behörde");
        assertThat(coloured).as("the types in the legend, greyed").contains(">Besitzt<", "stroke=\"#9a9a9a\"");
    }

    /** The workspace opened by an unrestricted analyst, with the small chart's records written. */
    private static Workspace openWith(Path workspace, SmallChart chart) {
        var session = AnalystSession.unrestricted("sb.kk", "pp-essen", new Purpose("AZ 21/2026", "Lagebild"));
        Workspace open = Workspace.open(WorkspaceSettings.embedded(workspace, session));
        open.store().write(new WriteBatch(chart.entities(), chart.links()), WriteMode.CREATE);
        return open;
    }
}
