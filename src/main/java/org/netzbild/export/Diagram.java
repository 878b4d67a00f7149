package org.netzbild.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.paint.Camera;
import org.netzbild.chart.paint.ChartElements;
import org.netzbild.chart.paint.ChartPainter;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.Detail;
import org.netzbild.chart.paint.DrawnFrame;
import org.netzbild.chart.paint.Framing;
import org.netzbild.chart.paint.LinkLook;
import org.netzbild.chart.paint.NodeLook;
import org.netzbild.chart.paint.Rgba;
import org.netzbild.chart.paint.Surface;
import org.netzbild.chart.paint.TextMetrics;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * A chart as a page of a case file or briefing (issue 21): the title and the head lines (recipient,
 * date, author, case reference), the handling banner of the most restrictive record passed on at
 * the top and the bottom, the chart fitted into the room left, the legend of the types and marks
 * in use, and the footnotes (what was left out for the recipient and why). What a recipient may not
 * receive is not in the {@link Disclosure} and so not in the picture. The chart is drawn by the
 * desktop's own painter ({@link ChartPainter}) at the screen's level of detail for the room it has,
 * one point of the page for one pixel of the screen; only the surface differs (ADR 0036). A large
 * chart is fitted onto one page or split over several ({@link Page#across} × {@link Page#down}): the
 * chart is laid out once on the room of all the pages together, at one level of detail, and each
 * page shows its part of it, with title (and which page it is), head, banner, legend and footnotes
 * of its own, so that every sheet carries its handling.
 */
public final class Diagram {

    /** The paper sizes, in points (1/72 inch). */
    public enum Paper {
        A4(595.28, 841.89), A3(841.89, 1190.55);

        private final double shortSide;
        private final double longSide;

        Paper(double shortSide, double longSide) {
            this.shortSide = shortSide;
            this.longSide = longSide;
        }
    }

    public enum Orientation { PORTRAIT, LANDSCAPE }

    /**
     * A page: paper and orientation, for a PNG its resolution in dots per inch (72 to 600; 300 is
     * print quality), and over how many pages the chart is split: {@code across} side by side,
     * {@code down} one below the other (1 × 1: the whole chart fitted onto one page; at most
     * {@value #MOST_PAGES} a side).
     */
    public record Page(Paper paper, Orientation orientation, int dpi, int across, int down) {

        public static final Page A4_LANDSCAPE = new Page(Paper.A4, Orientation.LANDSCAPE, 150);
        public static final int MOST_PAGES = 5;

        /** One page. */
        public Page(Paper paper, Orientation orientation, int dpi) {
            this(paper, orientation, dpi, 1, 1);
        }

        public Page {
            Objects.requireNonNull(paper, "paper");
            Objects.requireNonNull(orientation, "orientation");
            if (dpi < 72 || dpi > 600) {
                throw new IllegalArgumentException("a resolution from 72 to 600 dpi, not " + dpi);
            }
            if (across < 1 || down < 1 || across > MOST_PAGES || down > MOST_PAGES) {
                throw new IllegalArgumentException(
                        "1 to " + MOST_PAGES + " pages across and down, not " + across + " × " + down);
            }
        }

        /** The same split over {@code newAcross} × {@code newDown} pages. */
        public Page split(int newAcross, int newDown) {
            return new Page(paper, orientation, dpi, newAcross, newDown);
        }

        /** How many pages the chart takes. */
        public int count() {
            return across * down;
        }

        public double width() {
            return orientation == Orientation.PORTRAIT ? paper.shortSide : paper.longSide;
        }

        public double height() {
            return orientation == Orientation.PORTRAIT ? paper.longSide : paper.shortSide;
        }
    }

    /**
     * How the screen draws an entity: its label, its style classes ({@code "Person, highlight"}),
     * its colour where a category colours it ({@code null}: its type's), and the colours of its
     * source ring where several agencies state it ({@code null}: none).
     */
    public record Look(String label, String classes, String colour, String[] sourceRing) {

        /** Without a source ring. */
        public Look(String label, String classes, String colour) {
            this(label, classes, colour, null);
        }
    }

    /**
     * One row of the legend: a heading, an entity's mark (classes and colour) or a link's line (classes:
     * its type, whose width and pattern it takes; colour: where not the type's, e.g. an agency kind's).
     */
    public record LegendRow(Kind kind, String classes, String colour, String text) {

        public enum Kind { HEADING, ENTITY, LINK }
    }

    static final double MARGIN = 28;
    private static final double TITLE_SIZE = 15;
    private static final double HEAD_SIZE = 8.5;
    private static final double NOTE_SIZE = 7.5;
    private static final double LEGEND_SIZE = 8.5;
    private static final double LEGEND_ROW = 15;
    private static final double SWATCH = 22;
    private static final Rgba INK = Rgba.web("#1d1d1b");
    private static final Rgba GREY = Rgba.web("#6d6d6d");
    private static final Rgba FRAME = Rgba.web("#b5b5b5");
    private static final Rgba BANNER = Rgba.web("#c0392b");

    private final Disclosure disclosure;
    private final ExportNotes notes;
    private final List<LegendRow> legend;
    private final Page page;
    private final ChartStyle style = ChartStyle.standard();
    private final TextMetrics metrics = new DiagramFont.Metrics();
    private final ChartElements elements;
    private final Detail.Policy policy;

    /**
     * The page of {@code disclosure}: each entity drawn as {@code looks} says (an entity without a
     * look in its type's, labelled with its caption), {@code legend} under the chart.
     */
    public Diagram(Disclosure disclosure, ExportNotes notes, Map<String, Look> looks, List<LegendRow> legend, Page page) {
        this(disclosure, notes, looks, Map.of(), legend, page, Detail::forView);
    }

    /** As above, each link in {@code linkColours} drawn in that colour instead of its type's. */
    public Diagram(Disclosure disclosure, ExportNotes notes, Map<String, Look> looks, Map<String, String> linkColours,
                   List<LegendRow> legend, Page page) {
        this(disclosure, notes, looks, linkColours, legend, page, Detail::forView);
    }

    /** As above, at the detail {@code policy} chooses instead of the screen's (the benchmark's every-label rows). */
    Diagram(Disclosure disclosure, ExportNotes notes, Map<String, Look> looks, List<LegendRow> legend, Page page,
            Detail.Policy policy) {
        this(disclosure, notes, looks, Map.of(), legend, page, policy);
    }

    private Diagram(Disclosure disclosure, ExportNotes notes, Map<String, Look> looks, Map<String, String> linkColours,
                    List<LegendRow> legend, Page page, Detail.Policy policy) {
        this.policy = policy;
        this.disclosure = disclosure;
        this.notes = notes;
        this.legend = List.copyOf(legend);
        this.page = page;
        var graph = new ChartGraph();
        for (Entity e : disclosure.entities()) {
            graph.addNode(e.id());
            double[] xy = disclosure.positions().get(e.id());
            graph.move(e.id(), xy[0], xy[1]);
            Look look = looks.get(e.id());
            String label = look == null ? Framing.label(e.caption()) : look.label();
            graph.setLooks(e.id(), label == null ? null : DiagramFont.printable(label),
                    look == null ? e.type() : look.classes(), look == null ? null : look.colour());
            graph.setSourceRing(e.id(), look == null ? null : look.sourceRing());
        }
        for (Link l : disclosure.links()) {
            Object relation = l.get("relation");
            graph.addLink(l.id(), l.fromId(), l.toId(), true, l.type(), relation == null ? null : relation.toString());
            if (linkColours.containsKey(l.id())) {
                graph.setLinkColour(l.id(), linkColours.get(l.id()));
            }
        }
        elements = new ChartElements(graph, style, () -> { });
        elements.refresh();
    }

    public Page page() {
        return page;
    }

    String title() {
        return notes.title();
    }

    String author() {
        return disclosure.author();
    }

    String caseReference() {
        return disclosure.caseReference();
    }

    String banner() {
        return disclosure.banner();
    }

    java.time.Instant at() {
        return disclosure.at();
    }

    TextMetrics metrics() {
        return metrics;
    }

    /** Where the chart sits on the page: {@code [x, y, width, height]} in points. */
    public double[] chartArea() {
        double top = MARGIN + headHeight();
        double bottom = page.height() - MARGIN - footHeight();
        return new double[] {MARGIN, top, page.width() - 2 * MARGIN, Math.max(bottom - top, 40)};
    }

    private double headHeight() {
        return TITLE_SIZE * 1.4 + notes.head().size() * HEAD_SIZE * 1.35 + 8;
    }

    private double footHeight() {
        return legendHeight() + notes.footnotes().size() * NOTE_SIZE * 1.35 + HEAD_SIZE * 1.35 + 14;
    }

    /** The legend's rows flow from left to right and wrap; a heading starts a new line. */
    private double legendHeight() {
        return legendPlacement(null) * LEGEND_ROW;
    }

    /** Lays the legend out (and draws it on {@code g} unless {@code null}); returns the lines it takes. */
    private int legendPlacement(Surface g) {
        if (legend.isEmpty()) {
            return 0;
        }
        double top = page.height() - MARGIN - HEAD_SIZE * 1.35 - 8 - notes.footnotes().size() * NOTE_SIZE * 1.35;
        double right = page.width() - MARGIN;
        int lines = 1;
        double x = MARGIN;
        double y = 0;
        var painter = new ChartPainter(metrics);
        var rows = new ArrayList<double[]>();
        for (LegendRow row : legend) {
            String text = DiagramFont.printable(row.text());
            double width = (row.kind() == LegendRow.Kind.HEADING ? 0 : SWATCH + 4) + metrics.width(LEGEND_SIZE, text) + 14;
            if (row.kind() == LegendRow.Kind.HEADING && x > MARGIN || x + width > right && x > MARGIN) {
                lines++;
                x = MARGIN;
                y += LEGEND_ROW;
            }
            rows.add(new double[] {x, y});
            x += width;
        }
        if (g != null) {
            double legendTop = top - lines * LEGEND_ROW;
            for (int k = 0; k < legend.size(); k++) {
                LegendRow row = legend.get(k);
                double left = rows.get(k)[0];
                double middle = legendTop + rows.get(k)[1] + LEGEND_ROW / 2;
                double textLeft = left;
                switch (row.kind()) {
                    case ENTITY -> {
                        var look = style.node(row.classes(), false, row.colour() == null ? null : "fill-color: " + row.colour() + ";");
                        double scale = Math.min(1, (LEGEND_ROW - 3) / (look.size() + 2 * look.strokeWidth()));
                        painter.entity(g, scale < 1 ? smaller(look, scale) : look, left + SWATCH / 2, middle);
                        textLeft += SWATCH + 4;
                    }
                    case LINK -> {
                        // a colour without a type (an agency kind's): a plain line in it
                        LinkLook look = row.classes() == null ? null : style.link(row.classes());
                        g.stroke(row.colour() != null ? Rgba.web(row.colour()) : look.colour());
                        g.lineWidth(look == null ? 2 : Math.max(2, look.width()));
                        g.lineDashes(look == null ? null : look.dashes());
                        g.beginPath();
                        g.moveTo(left, middle);
                        g.lineTo(left + SWATCH, middle);
                        g.strokePath();
                        g.lineDashes(null);
                        textLeft += SWATCH + 4;
                    }
                    case HEADING -> { }
                }
                text(g, row.text(), LEGEND_SIZE, row.kind() == LegendRow.Kind.HEADING ? GREY : INK, textLeft, middle,
                        Surface.Baseline.CENTER, right - textLeft);
            }
        }
        return lines;
    }

    private static NodeLook smaller(NodeLook l, double scale) {
        return new NodeLook(l.shape(), l.size() * scale, l.fill(), l.stroke(), l.strokeWidth() * scale,
                l.dashed(), l.textSize(), l.textColour(), l.textBackground(), l.textPadding(), l.labelInside(), l.fitsLabel(),
                l.padding());
    }

    /** Draws the (first) page on {@code g}, in points, with the page's top left corner at the surface's origin. */
    void draw(Surface g) {
        draw(g, 0);
    }

    /** Draws page {@code index} (0 to {@link Page#count()} − 1, row by row) on {@code g}. */
    void draw(Surface g, int index) {
        if (index < 0 || index >= page.count()) {
            throw new IndexOutOfBoundsException("page " + index + " of " + page.count());
        }
        g.origin(0, 0);
        g.fill(Rgba.WHITE);
        g.fillRect(0, 0, page.width(), page.height());
        double right = page.width() - MARGIN;
        String banner = disclosure.banner();
        double bannerWidth = metrics.width(HEAD_SIZE + 1, banner) + 12;
        // the handling banner, boxed at the top right and repeated at the bottom
        banner(g, banner, right - bannerWidth, MARGIN, bannerWidth);
        banner(g, banner, (page.width() - bannerWidth) / 2, page.height() - MARGIN - HEAD_SIZE * 1.35 - 2, bannerWidth);
        text(g, title(index), TITLE_SIZE, INK, MARGIN, MARGIN, Surface.Baseline.TOP, right - bannerWidth - 8 - MARGIN);
        double y = MARGIN + TITLE_SIZE * 1.4;
        for (String line : notes.head()) {
            text(g, line, HEAD_SIZE, GREY, MARGIN, y, Surface.Baseline.TOP, right - MARGIN);
            y += HEAD_SIZE * 1.35;
        }
        double[] area = chartArea();
        chart(g, area, index);
        g.origin(0, 0);
        g.stroke(FRAME);
        g.lineWidth(0.5);
        g.lineDashes(null);
        g.strokeRect(area[0], area[1], area[2], area[3]);
        legendPlacement(g);
        double notesTop = page.height() - MARGIN - HEAD_SIZE * 1.35 - 6 - notes.footnotes().size() * NOTE_SIZE * 1.35;
        for (String line : notes.footnotes()) {
            text(g, line, NOTE_SIZE, GREY, MARGIN, notesTop, Surface.Baseline.TOP, right - MARGIN);
            notesTop += NOTE_SIZE * 1.35;
        }
    }

    /** The title of page {@code index}: which page it is, where there are several. */
    String title(int index) {
        if (page.count() == 1) {
            return notes.title();
        }
        return notes.title() + " – " + notes.pageLabel().of(index + 1, page.count(), index / page.across() + 1,
                index % page.across() + 1);
    }

    /**
     * The chart itself, fitted as the screen fits it into its view, by the screen's painter: into
     * {@code area} on one page; else into the room of all pages together, of which page {@code index}
     * shows its part, cut at the area's edges.
     */
    private void chart(Surface g, double[] area, int index) {
        double width = area[2] * page.across();
        double height = area[3] * page.down();
        var camera = new Camera();
        camera.resize(width, height);
        int shown = 0;
        for (int i = 0; i < elements.nodeCount; i++) {
            shown += elements.shown[i] ? 1 : 0;
        }
        Detail expected = policy.choose(shown, 0, width, height);
        Camera.Bounds bounds = Camera.Bounds.of(elements.x, elements.y, elements.nodeCount, elements.shown);
        if (bounds != null) {
            double side = Framing.side(expected.labels(), Framing.widestLabel(elements, metrics), style.padding(), width);
            camera.fit(bounds, side, style.padding(), style.padding());
        }
        g.origin(area[0], area[1]);
        var painter = new ChartPainter(metrics);
        if (page.count() == 1) {
            painter.paint(g, elements, camera, policy, style.background(), new DrawnFrame());
            return;
        }
        int column = index % page.across();
        int row = index / page.across();
        var part = new Camera();
        part.resize(area[2], area[3]);
        part.centreOn(camera.worldX((column + 0.5) * area[2]), camera.worldY((row + 0.5) * area[3]), camera.scale());
        g.clip(0, 0, area[2], area[3]);
        // every page at the detail of the whole, so that no page labels what another leaves bare
        painter.paint(g, elements, part, (inView, markedInView, w, h) -> expected, style.background(), new DrawnFrame());
        g.unclip();
    }

    private void banner(Surface g, String banner, double x, double y, double width) {
        g.origin(0, 0);
        g.stroke(BANNER);
        g.lineWidth(1);
        g.lineDashes(null);
        g.strokeRect(x, y, width, (HEAD_SIZE + 1) * 1.4);
        text(g, banner, HEAD_SIZE + 1, BANNER, x + 6, y + (HEAD_SIZE + 1) * 0.2, Surface.Baseline.TOP, width);
    }

    /** Left-aligned text (the surface centres it), cut with an ellipsis to {@code room}. */
    private void text(Surface g, String text, double size, Rgba colour, double left, double y, Surface.Baseline baseline,
                      double room) {
        String fitted = DiagramFont.printable(text);
        if (metrics.width(size, fitted) > room) {
            while (fitted.length() > 1 && metrics.width(size, fitted + "…") > room) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            fitted += "…";
        }
        g.fill(colour);
        g.textSize(size);
        g.baseline(baseline);
        g.fillText(fitted, left + metrics.width(size, fitted) / 2, y);
    }
}
