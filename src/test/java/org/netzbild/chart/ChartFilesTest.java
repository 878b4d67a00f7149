package org.netzbild.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path folder;

    private static ChartDocument document(String name) {
        return new ChartDocument(ChartDocument.FORMAT, name, Instant.parse("2026-11-27T10:00:00Z"), "analyst",
                List.of("a", "b"), Map.of("a", new double[] {1.5, -2}), Set.of("b"), Set.of("a"), Map.of("a", 12L),
                ChartFilter.NONE.withHiddenAgencies(Set.of("Finanzamt Essen")).within(LocalDate.of(2024, 1, 1), null),
                "agency");
    }

    @Test
    void aSavedChartReadsBackTheSame() throws Exception {
        var files = new ChartFiles(folder);
        files.save(document("Lage Süd 2026"));

        ChartDocument read = files.open("Lage Süd 2026");

        assertThat(read.entityIds()).containsExactly("a", "b");
        assertThat(read.positions().get("a")).containsExactly(1.5, -2.0);
        assertThat(read.filter()).isEqualTo(document("x").filter());
        assertThat(read.more()).containsEntry("a", 12L);
        assertThat(read.timeline()).as("saved without its timeline").isNull();
        assertThat(files.names()).containsExactly("Lage Süd 2026");
    }

    @Test
    void aChartSavedWithItsTimelineReadsBackItsLanesAndBrushedPeriod() throws Exception {
        var files = new ChartFiles(folder);
        var d = document("Zeitleiste");
        var timeline = new TimelineView(Timeline.Lanes.AGENCY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        files.save(new ChartDocument(d.format(), d.name(), d.savedAt(), d.savedBy(), d.entityIds(), d.positions(), d.hidden(),
                d.pinned(), d.more(), d.filter(), d.colouring(), timeline));

        assertThat(files.open("Zeitleiste").timeline()).isEqualTo(timeline);
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefused() {
        var files = new ChartFiles(folder);

        for (String bad : List.of("../evil", "a/b", "", ".hidden", "x".repeat(81), "con:")) {
            assertThat(ChartFiles.isValidName(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> files.save(document(bad))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(folder.getParent().resolve("evil.nbchart")).doesNotExist();
    }

    @Test
    void aChartIsSavedAsItsOwnKindOfFileAndOneSavedAsJsonByAnEarlierVersionStillOpens() throws Exception {
        var files = new ChartFiles(folder);
        files.save(document("Lage Nord"));
        Files.move(folder.resolve("Lage Nord.nbchart"), folder.resolve("Fall Berg.json"));
        assertThat(files.names()).containsExactly("Fall Berg");

        assertThat(files.open("Fall Berg").entityIds()).containsExactly("a", "b");
        files.save(document("Fall Berg"));

        assertThat(folder.resolve("Fall Berg.nbchart")).exists();
        assertThat(folder.resolve("Fall Berg.json")).doesNotExist();
        assertThat(files.names()).containsExactly("Fall Berg");
    }

    @Test
    void aChartFileNamesItsWorkspaceOnlyFromAWorkspacesChartFolder() {
        Path workspace = folder.resolve("Arbeitsbereich Essen");

        assertThat(ChartFiles.placeOf(workspace.resolve("charts/Lage Süd.nbchart")))
                .contains(new ChartFiles.Place(workspace, "Lage Süd"));
        assertThat(ChartFiles.placeOf(workspace.resolve("charts/../charts/Lage.NBCHART")))
                .contains(new ChartFiles.Place(workspace, "Lage"));
        assertThat(ChartFiles.placeOf(folder.resolve("Downloads/Lage Süd.nbchart"))).isEmpty();
        assertThat(ChartFiles.placeOf(workspace.resolve("charts/Lage Süd.json"))).isEmpty();
        assertThat(ChartFiles.placeOf(workspace.resolve("charts/.nbchart"))).isEmpty();
    }

    @Test
    void aBrokenFileFailsWithoutHarm() throws Exception {
        Files.writeString(folder.resolve("kaputt.nbchart"), "{\"format\": 1, \"name\": ");

        assertThatThrownBy(() -> new ChartFiles(folder).open("kaputt")).isInstanceOf(java.io.IOException.class);
    }
}
