package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * A chart split over several pages (issue 21): each page shows its part of the chart and no other
 * (the painter's strokes and labels are cut at the page's chart area), and every page carries the
 * title with its number, the head, the handling banner, the legend and the footnotes.
 */
class DiagramPagesTest {

    @TempDir
    Path folder;

    /** Two groups far apart, west and east, each of three people in a row. */
    private Diagram diagram(Diagram.Page page) {
        var entities = new ArrayList<Entity>();
        var links = new ArrayList<Link>();
        var positions = new HashMap<String, double[]>();
        for (String side : List.of("West", "Ost")) {
            double x0 = side.equals("West") ? -1000 : 1000;
            for (int k = 0; k < 3; k++) {
                String id = "p-" + side + k;
                entities.add(new Entity(id, "Person", SmallChart.props("name", side + "mann " + (k + 1)),
                        SmallChart.labelled("pp-essen")));
                positions.put(id, new double[] {x0 + 60 * k, 40 * k});
                if (k > 0) {
                    links.add(new Link("l-" + side + k, "ASSOCIATE", "p-" + side + (k - 1), id, Map.of(),
                            SmallChart.labelled("pp-essen")));
                }
            }
        }
        var disclosure = Disclosure.of("Zwei Gruppen", SmallChart.ESSEN, SmallChart.AT, "analystin.a", "AZ 21/2026",
                entities, links, positions);
        var legend = List.of(new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Person", null, "Person"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, "ASSOCIATE", null, "Bekannt mit"));
        return new Diagram(disclosure, SmallChart.notes(), Map.of(), legend, page);
    }

    @Test
    void aPdfOverTwoPagesSideBySideShowsTheWestOnTheFirstAndTheEastOnTheSecondEachWithItsOwnHeadAndBanner() throws Exception {
        Path file = folder.resolve("zwei.pdf");

        var files = DiagramExport.write(diagram(new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.LANDSCAPE, 150, 2, 1)),
                DiagramExport.Kind.PDF, file);

        assertThat(files).containsExactly(file);
        try (var pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String first = text(pdf, 1);
            String second = text(pdf, 2);
            assertThat(first).contains("Westmann 1", "Westmann 3").doesNotContain("Ostmann");
            assertThat(second).contains("Ostmann 1", "Ostmann 3").doesNotContain("Westmann");
            for (String page : List.of(first, second)) {
                assertThat(page).contains("Netzbild-Diagramm „Fall Berg“", "Empfänger: KHK Meier", "Bekannt mit",
                        "1 Datensatz nur für die beitragende Behörde nicht übermittelt.");
                // the notes' head says "Weitergabe: OPEN H0"; the banner (OPEN) stands at the top and the bottom
                assertThat(page.split("OPEN", -1)).as("the banner at the top and the bottom").hasSize(4);
            }
            assertThat(first).contains("– 1/2");
            assertThat(second).contains("– 2/2");
        }
    }

    @Test
    void onOnePageBothGroupsAreThereAndTheTitleNamesNoPage() throws Exception {
        Path file = folder.resolve("eine.pdf");

        DiagramExport.write(diagram(new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.LANDSCAPE, 150)),
                DiagramExport.Kind.PDF, file);

        try (var pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            // the groups are small on one page: their labels collide, and each group keeps one at least
            assertThat(text(pdf, 1)).contains("Westmann", "Ostmann").doesNotContain("1/1");
        }
    }

    @Test
    void aPngOrSvgOverFourPagesIsAFileAPageNumberedRowByRowWithThePartCutAtTheChartArea() throws Exception {
        var page = new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.PORTRAIT, 72, 2, 2);

        var pngs = DiagramExport.write(diagram(page), DiagramExport.Kind.PNG, folder.resolve("vier.png"));
        var svgs = DiagramExport.write(diagram(page), DiagramExport.Kind.SVG, folder.resolve("vier.svg"));

        assertThat(pngs).extracting(p -> p.getFileName().toString())
                .containsExactly("vier-1.png", "vier-2.png", "vier-3.png", "vier-4.png");
        for (Path png : pngs) {
            var image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(page.width()));
        }
        assertThat(svgs).hasSize(4);
        // the groups lie along the middle: west in the left column, east in the right
        String topLeft = Files.readString(svgs.get(0)) + Files.readString(svgs.get(2));
        String right = Files.readString(svgs.get(1)) + Files.readString(svgs.get(3));
        assertThat(topLeft).contains("Westmann 1").doesNotContain("Ostmann");
        assertThat(right).contains("Ostmann 1").doesNotContain("Westmann");
        assertThat(Files.readString(svgs.get(3))).contains("<clipPath", "– 4/4");
    }

    @Test
    void aSplitBeyondFivePagesASideIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Diagram.Page(Diagram.Paper.A3, Diagram.Orientation.PORTRAIT, 150, 6, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 × 1");
    }

    private static String text(org.apache.pdfbox.pdmodel.PDDocument pdf, int page) throws java.io.IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
