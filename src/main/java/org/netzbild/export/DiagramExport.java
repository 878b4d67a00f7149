package org.netzbild.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadataNode;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link Diagram} as PNG, SVG or PDF (ADR 0036): the same page drawn by the same code on
 * three surfaces. PNG through AWT at the page's resolution (its dots per inch written into the file),
 * SVG with the JDK's XML writer, PDF with PDFBox and the diagram font embedded as a subset.
 */
public final class DiagramExport {

    /** The diagram formats. */
    public enum Kind { PNG, SVG, PDF }

    private DiagramExport() {
    }

    /**
     * Writes the diagram to {@code file}: a PDF with all its pages; a PNG or SVG of a chart split over
     * several pages as one file a page, {@code name-1.png}, {@code name-2.png}, …
     *
     * @return the files written, in page order
     */
    public static java.util.List<Path> write(Diagram diagram, Kind kind, Path file) throws IOException {
        if (kind == Kind.PDF) {
            pdf(diagram, file);
            return java.util.List.of(file);
        }
        var files = new java.util.ArrayList<Path>();
        int pages = diagram.page().count();
        for (int index = 0; index < pages; index++) {
            Path target = pages == 1 ? file : numbered(file, index + 1);
            if (kind == Kind.PNG) {
                png(diagram, index, target);
            } else {
                svg(diagram, index, target);
            }
            files.add(target);
        }
        return files;
    }

    /** {@code name.png} as {@code name-3.png}. */
    static Path numbered(Path file, int page) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot < 0 ? name + "-" + page : name.substring(0, dot) + "-" + page + name.substring(dot);
        return file.resolveSibling(numbered);
    }

    /** The (first) page as an image at {@code dpi}, white where nothing is drawn. */
    static BufferedImage image(Diagram diagram, int dpi) {
        return image(diagram, dpi, 0);
    }

    /** Page {@code index} as an image at {@code dpi} (a preview may ask for less than 72), white where nothing is drawn. */
    public static BufferedImage image(Diagram diagram, double dpi, int index) {
        double scale = dpi / 72.0;
        var page = diagram.page();
        var image = new BufferedImage((int) Math.ceil(page.width() * scale), (int) Math.ceil(page.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // the image's last column and row may reach past the page by a fraction of a pixel
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            diagram.draw(new Graphics2DSurface(g, diagram.metrics()), index);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void png(Diagram diagram, int index, Path file) throws IOException {
        int dpi = diagram.page().dpi();
        BufferedImage image = image(diagram, dpi, index);
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var type = ImageTypeSpecifier.createFromRenderedImage(image);
            var metadata = writer.getDefaultImageMetadata(type, null);
            // pHYs: pixels per metre, so that a word processor places the picture at its size on paper
            var physical = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            var root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            try {
                metadata.mergeTree("javax_imageio_png_1.0", root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("the PNG's resolution cannot be written", e);
            }
            writer.write(null, new IIOImage(image, null, metadata), null);
        } finally {
            writer.dispose();
        }
    }

    private static void svg(Diagram diagram, int index, Path file) throws IOException {
        var page = diagram.page();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            var xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("width", Numbers.of(page.width()) + "pt");
            xml.writeAttribute("height", Numbers.of(page.height()) + "pt");
            xml.writeAttribute("viewBox", "0 0 " + Numbers.of(page.width()) + " " + Numbers.of(page.height()));
            xml.writeAttribute("font-family", DiagramFont.SVG_FAMILIES);
            xml.writeStartElement("title");
            xml.writeCharacters(diagram.title(index));
            xml.writeEndElement();
            var surface = new SvgSurface(xml, diagram.metrics());
            diagram.draw(surface, index);
            surface.close();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the SVG cannot be written: " + e.getMessage(), e);
        } catch (SvgSurface.SvgFailure e) {
            throw new IOException("the SVG cannot be written: " + e.getMessage(), e.getCause());
        }
    }

    private static void pdf(Diagram diagram, Path file) throws IOException {
        var page = diagram.page();
        try (var document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(DiagramFont.withoutGlyphSubstitution()), true);
            var resources = new PDResources();
            for (int index = 0; index < page.count(); index++) {
                var pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                document.addPage(pdfPage);
                // deflating the page's content took most of the time at 5,000 labels (PDFBox deflates each
                // operator as written, at level 6): it goes through a buffer and is deflated in large blocks
                // at the fastest level, which costs a fifth more bytes (ADR 0036)
                pdfPage.setResources(resources);
                var form = new PDAppearanceStream(document);
                form.setResources(resources);
                COSStream contents = document.getDocument().createCOSStream();
                contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                var deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
                try (OutputStream out = new BufferedOutputStream(new java.util.zip.DeflaterOutputStream(
                        contents.createRawOutputStream(), deflater, 1 << 16), 1 << 16);
                     var cs = new PDPageContentStream(document, form, out)) {
                    var surface = new PdfSurface(cs, page.height(), font, diagram.metrics());
                    diagram.draw(surface, index);
                    surface.close();
                }
                deflater.end();
                pdfPage.setContents(new PDStream(contents));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(diagram.title());
            info.setAuthor(diagram.author());
            info.setSubject(diagram.caseReference());
            info.setKeywords(diagram.banner());
            info.setCreator("Netzbild");
            var created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(diagram.at().toEpochMilli());
            info.setCreationDate((Calendar) created);
            document.save(file.toFile());
        }
    }
}
