package org.netzbild.export;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.batik.svggen.SVGGraphics2D;
import org.netzbild.chart.paint.Detail;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * The diagram export's side of the benchmark {@code bench.DiagramExportBenchmark}, which cannot see
 * this package's classes: a chart of persons and businesses with the given positions and links as a
 * disclosure, and its page written by our SVG and PDF surfaces and, for ADR 0036, by Batik's SVG
 * generator through the AWT surface.
 */
public final class DiagramBench {

    private final Disclosure disclosure;
    private final boolean everyLabel;

    /** Entity {@code i} at {@code (x[i], y[i])}, links from {@code source[k]} to {@code target[k]}; every label drawn or the screen's detail. */
    public DiagramBench(double[] x, double[] y, int[] source, int[] target, boolean everyLabel) {
        this.everyLabel = everyLabel;
        var entities = new ArrayList<Entity>();
        var positions = new LinkedHashMap<String, double[]>();
        for (int i = 0; i < x.length; i++) {
            String type = i % 5 == 0 ? "Business" : "Person";
            entities.add(new Entity("e" + i, type, Map.of("name", (i % 5 == 0 ? "Firma Nr. " : "Person Müller-Yılmaz ") + i),
                    SmallChart.labelled("pp-essen")));
            positions.put("e" + i, new double[] {x[i], y[i]});
        }
        var links = new ArrayList<Link>();
        for (int k = 0; k < source.length; k++) {
            links.add(new Link("l" + k, k % 3 == 0 ? "OWNS" : "ASSOCIATE", "e" + source[k], "e" + target[k], Map.of(),
                    SmallChart.labelled("pp-essen")));
        }
        disclosure = Disclosure.of("Benchmark", SmallChart.ESSEN, Instant.parse("2026-12-07T06:00:00Z"), "bench", "AZ 1/2026",
                entities, links, positions);
    }

    private Diagram diagram() {
        var legend = List.of(new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Person", null, "Person"),
                new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, "Business", null, "Unternehmen"));
        return new Diagram(disclosure, SmallChart.notes(), Map.of(), legend, Diagram.Page.A4_LANDSCAPE,
                everyLabel ? (inView, marked, w, h) -> Detail.FULL : Detail::forView);
    }

    public void svg(Path file) throws Exception {
        DiagramExport.write(diagram(), DiagramExport.Kind.SVG, file);
    }

    public void pdf(Path file) throws Exception {
        DiagramExport.write(diagram(), DiagramExport.Kind.PDF, file);
    }

    /** The same page through Batik's SVGGraphics2D (text as {@code <text>}), the candidate ADR 0036 measured. */
    public void batikSvg(Path file) throws Exception {
        Diagram diagram = diagram();
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        var g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new java.awt.Dimension((int) Math.ceil(diagram.page().width()), (int) Math.ceil(diagram.page().height())));
        diagram.draw(new Graphics2DSurface(g, diagram.metrics()));
        try (var out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            g.stream(out, true);
        }
    }
}
