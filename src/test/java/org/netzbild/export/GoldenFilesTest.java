package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netzbild.schema.Ontology;

/**
 * Every export format of the small chart, byte for byte as reviewed (of the diagrams the SVG: a PNG
 * depends on the rasteriser, a PDF carries its own ids and dates): a change to a writer shows up
 * here as a diff to look at. After a deliberate change, run with {@code -Dnetzbild.golden.update=true}
 * and review the diff of {@code src/test/resources/org/netzbild/export/golden/} before committing.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/netzbild/export/golden");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"fall.graphml", "fall-1.2.gexf", "fall-1.3.gexf", "fall.ijson", "fall.anx", "fall.csv", "fall-Verbindungen.csv",
        "fall.svg"})
    void theExportIsTheReviewedFile(String name) throws IOException {
        var disclosure = new SmallChart().to(SmallChart.ESSEN);
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            Path file = folder.resolve(name);
            switch (name) {
                case "fall.graphml" -> GraphmlExport.write(disclosure, SmallChart.notes(), file);
                case "fall-1.2.gexf" -> GexfExport.write(disclosure, SmallChart.notes(), file, GexfExport.Version.V1_2);
                case "fall-1.3.gexf" -> GexfExport.write(disclosure, SmallChart.notes(), file, GexfExport.Version.V1_3);
                case "fall.ijson" -> FtmExport.write(disclosure, Ontology.standard(), file);
                case "fall.anx" -> AnxExport.write(disclosure, SmallChart.notes(), AnxExport.Words.CODES, file);
                case "fall.svg" -> DiagramExport.write(new Diagram(disclosure, SmallChart.notes(), java.util.Map.of(),
                        java.util.List.of(new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Person", null, "Person"),
                                new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, "OWNS", null, "besitzt")),
                        Diagram.Page.A4_LANDSCAPE), DiagramExport.Kind.SVG, file);
                default -> CsvExport.write(disclosure, SmallChart.notes(), folder.resolve("fall.csv"));
            }
            String written = Files.readString(file, StandardCharsets.UTF_8);
            Path golden = GOLDEN.resolve(name);
            if (Boolean.getBoolean("netzbild.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, written, StandardCharsets.UTF_8);
            }
            assertThat(written).as("%s against %s", name, golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
