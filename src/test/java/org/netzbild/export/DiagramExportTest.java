package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.testsupport.Poppler;
import org.w3c.dom.Element;

/**
 * The diagrams of a small chart as PNG, SVG and PDF (issue 21): the SVG is XML with the entities'
 * names as {@code <text>}, the PDF's text (umlauts, ß and Turkish letters) can be extracted and its
 * page rendered by Poppler is not blank, the PNG has the asked resolution, and what the recipient may
 * not receive (the father, AGENCY_ONLY of PP Dortmund) is in none of them.
 */
class DiagramExportTest {

    @TempDir
    Path folder;

    private final SmallChart chart = new SmallChart();
    /** A colleague of PP Essen with a Turkish name, linked to Anna. */
    private final Entity colleague = new Entity("p-sukru", "Person", SmallChart.props("name", "Şükrü Yılmaz-Güneş"),
            SmallChart.labelled("pp-essen"));
    private final Link knows = new Link("l-knows", "ASSOCIATE", chart.anna.id(), colleague.id(), Map.of(),
            SmallChart.labelled("pp-essen"));

    private Diagram diagram(Diagram.Page page) {
        var entities = new ArrayList<>(chart.entities());
        entities.add(colleague);
        var links = new ArrayList<>(chart.links());
        links.add(knows);
        var positions = new java.util.HashMap<>(chart.positions());
        positions.put(colleague.id(), new double[] {-60, -90});
        var disclosure = Disclosure.of("Fall Berg", SmallChart.ESSEN, SmallChart.AT, "analystin.a", "AZ 21/2026", entities,
                links, positions);
        var legend = List.of(new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, "Typen"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Person", null, "Person"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Business", null, "Unternehmen"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, "OWNS", null, "besitzt"));
        return new Diagram(disclosure, SmallChart.notes(), Map.of(), legend, page);
    }

    @Test
    void theSvgIsXmlWithTheNamesAsTextAndNothingLeftOut() throws Exception {
        Path file = folder.resolve("fall.svg");
        DiagramExport.write(diagram(Diagram.Page.A4_LANDSCAPE), DiagramExport.Kind.SVG, file);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        var texts = new ArrayList<String>();
        var nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int k = 0; k < nodes.getLength(); k++) {
            texts.add(((Element) nodes.item(k)).getTextContent());
        }
        assertThat(texts).contains("Anna Berg", "Şükrü Yılmaz-Güneş", "=HYPERLINK(\"http://x\";\"Shisha\")",
                "Netzbild-Diagramm „Fall Berg“", "OPEN H0", "1 Datensatz nur für die beitragende Behörde nicht übermittelt.");
        assertThat(String.join("\n", texts)).doesNotContain("Bernd");
        assertThat(Files.readString(file)).doesNotContain("Bernd").doesNotContain("p-father");
    }

    @Test
    void thePdfKeepsItsTextSearchableInTheEmbeddedFont() throws Exception {
        Path file = folder.resolve("fall.pdf");
        DiagramExport.write(diagram(new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.PORTRAIT, 72)),
                DiagramExport.Kind.PDF, file);

        try (var pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Anna Berg", "Şükrü Yılmaz-Güneş", "Altendorfer Straße", "Empfänger: KHK Meier");
            assertThat(text).doesNotContain("Bernd");
            var fonts = new ArrayList<String>();
            pdf.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    var font = pdf.getPage(0).getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(fonts).singleElement().asString().contains("LiberationSans");
            assertThat(pdf.getDocumentInformation().getKeywords()).isEqualTo("OPEN H0");
        }
    }

    @Test
    void popplerRendersThePdfPageAndItIsNotBlank() throws Exception {
        Path file = folder.resolve("fall.pdf");
        DiagramExport.write(diagram(Diagram.Page.A4_LANDSCAPE), DiagramExport.Kind.PDF, file);

        BufferedImage page = Poppler.render(file, 1, 72, folder);
        assertThat(page.getWidth()).isBetween(840, 843);
        assertThat(page.getHeight()).isBetween(594, 597);
        assertThat(inked(page)).as("share of pixels that are not white").isGreaterThan(0.01);
        assertThat(coloured(page, 0x2f, 0x6f, 0xb0)).as("pixels in the colour of a person").isGreaterThan(20);
    }

    /**
     * The user guides' example pictures, written to {@code target/screenshots} (copied by hand to
     * {@code docs/images/export-diagram.png} and {@code export-diagram-pdf.png}): the full head the
     * application writes and the highlighted path of Anna's ownership; the PDF page as Poppler
     * renders it, the same picture as the PNG.
     */
    @Test
    void theGuidesExamplesAreAPngAndAPdfPageOfTheSamePicture() throws Exception {
        Path keep = Path.of("target", "screenshots");
        Files.createDirectories(keep);
        var entities = new ArrayList<>(chart.entities());
        entities.add(colleague);
        var links = new ArrayList<>(chart.links());
        links.add(knows);
        var positions = new java.util.HashMap<>(chart.positions());
        positions.put(colleague.id(), new double[] {-60, -90});
        var disclosure = Disclosure.of("Fall Berg", SmallChart.ESSEN, SmallChart.AT, "analystin.a", "AZ 21/2026", entities,
                links, positions);
        var notes = new ExportNotes("Netzbild-Diagramm „Fall Berg“", List.of("Empfänger: KHK Meier, PP Essen (pp-essen, LAW_ENFORCEMENT)",
                "Stand: 07.12.2026, 10:30:00", "Erstellt von: analystin.a", "Aktenzeichen: AZ 21/2026",
                "Weitergabe: OPEN H0 (die strengste Einstufung eines enthaltenen Datensatzes)"),
                List.of("1 Datensatz nur für die beitragende Behörde (AGENCY_ONLY) nicht übermittelt.",
                        "1 Verbindung zu nicht übermittelten Entitäten weggelassen."),
                List.of("Entitäten", "Verbindungen", "Hinweise"));
        var looks = Map.of(chart.anna.id(), new Diagram.Look("Anna Berg", "Person, highlight", null),
                chart.bar.id(), new Diagram.Look("=HYPERLINK(\"http://x\";\"Shisha\")", "Business, highlight", null));
        var legend = List.of(new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, "Objektarten"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Address", null, "Anschrift"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Person", null, "Person"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Business", null, "Unternehmen"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, "Verbindungen"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, "ASSOCIATE", null, "Bekannt mit"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, "OWNS", null, "Besitzt"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, "RESIDES_AT", null, "Wohnt in"));
        DiagramExport.write(new Diagram(disclosure, notes, looks, legend, new Diagram.Page(Diagram.Paper.A4,
                Diagram.Orientation.LANDSCAPE, 110)), DiagramExport.Kind.PNG, keep.resolve("export-diagram.png"));
        Path pdf = folder.resolve("fall.pdf");
        DiagramExport.write(new Diagram(disclosure, notes, looks, legend, Diagram.Page.A4_LANDSCAPE), DiagramExport.Kind.PDF, pdf);
        BufferedImage page = Poppler.render(pdf, 1, 110, folder);
        ImageIO.write(page, "png", keep.resolve("export-diagram-pdf.png").toFile());
        BufferedImage png = ImageIO.read(keep.resolve("export-diagram.png").toFile());
        assertThat(page.getWidth()).isCloseTo(png.getWidth(), org.assertj.core.data.Offset.offset(1));
        assertThat(coloured(page, 0x2f, 0x6f, 0xb0)).as("the persons' blue, PDF against PNG")
                .isCloseTo(coloured(png, 0x2f, 0x6f, 0xb0), org.assertj.core.data.Percentage.withPercentage(25));
    }

    @Test
    void thePngHasThePrintResolutionAndThePicture() throws Exception {
        Path file = folder.resolve("fall.png");
        DiagramExport.write(diagram(new Diagram.Page(Diagram.Paper.A4, Diagram.Orientation.LANDSCAPE, 300)),
                DiagramExport.Kind.PNG, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3508);
        assertThat(image.getHeight()).isEqualTo(2481);
        assertThat(inked(image)).isGreaterThan(0.01);
        assertThat(coloured(image, 0x2f, 0x6f, 0xb0)).isGreaterThan(20 * 16);
        var metadata = ImageIO.getImageReadersByFormatName("png").next();
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            metadata.setInput(in);
            var tree = (javax.imageio.metadata.IIOMetadataNode) metadata.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            var physical = (Element) tree.getElementsByTagName("pHYs").item(0);
            assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        }
    }

    @Test
    void theDiagramFontShipsInsideTheApplicationAndHasTheLettersOfTheNames() {
        assertThat(DiagramFont.printable("Ärger Öl Übel süß ş ğ ı İ Ş Ğ")).isEqualTo("Ärger Öl Übel süß ş ğ ı İ Ş Ğ");
        assertThat(DiagramFont.printable("王")).isEqualTo("?");
        assertThat(new DiagramFont.Metrics().width(10, "Anna")).isGreaterThan(15).isLessThan(30);
    }

    static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                inked += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        return inked / (double) ((long) image.getWidth() * image.getHeight());
    }

    static int coloured(BufferedImage image, int r, int g, int b) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 0xff) - r) < 12 && Math.abs((rgb >> 8 & 0xff) - g) < 12 && Math.abs((rgb & 0xff) - b) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
