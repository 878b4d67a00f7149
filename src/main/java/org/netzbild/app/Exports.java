package org.netzbild.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.ChartState;
import org.netzbild.chart.PlaceIndex;
import org.netzbild.export.AnxExport;
import org.netzbild.export.CsvExport;
import org.netzbild.export.Diagram;
import org.netzbild.export.DiagramExport;
import org.netzbild.export.Disclosure;
import org.netzbild.export.ExportNotes;
import org.netzbild.export.FileNames;
import org.netzbild.export.FtmExport;
import org.netzbild.export.GexfExport;
import org.netzbild.export.GraphmlExport;
import org.netzbild.export.Recipient;
import org.netzbild.export.Refusal;
import org.netzbild.export.XlsxExport;
import org.netzbild.layout.ForceAtlasSettings;
import org.netzbild.layout.ForceDirectedPlacement;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.schema.Ontology;
import org.netzbild.security.Permission;
import org.netzbild.store.AuditedGraphStore;

/**
 * Exports of a saved chart to a named recipient (issue 21, ADR 0032): files for other tools, and
 * diagrams (PNG, SVG, PDF; ADR 0036) drawn from the same disclosure by the desktop's chart painter.
 * What is exported is what the session sees of the chart, read again through the store with its visibility, as drawn (filters and
 * hidden entities apply), less what the records' handling forbids passing to the recipient, which a
 * footnote counts by reason. Every export is a disclosure on the audit log ({@link Operation#EXPORT}):
 * the recipient, chart, format and file as criteria and the ids it contains, INTENDED before the file
 * is written and DONE or FAILED after. A chart saved without positions is laid out as the desktop
 * lays it out (the force layout with the desktop's seed).
 */
public final class Exports {

    /** The formats of a file for other tools. */
    public enum Format {
        GRAPHML("graphml"), GEXF("gexf"), GEXF13("gexf"), ANX("anx"), FTM("ijson"), CSV("csv"), XLSX("xlsx"),
        /** Diagrams of the chart: a page with title, head, banner, legend and footnotes (ADR 0036). */
        PNG("png"), SVG("svg"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** A picture of the chart, not a file of its records. */
        public boolean diagram() {
            return this == PNG || this == SVG || this == PDF;
        }
    }

    /**
     * How a diagram is made: the page (paper, orientation, resolution of a PNG), how the screen draws
     * each entity (label, classes, category colour; empty: by type, or a saved chart in the colouring
     * it was saved with), the legend rows of the category marks in use (empty when the chart is
     * coloured by type), the entities to export ({@code null}: the whole chart as drawn; else a
     * selection of it), and whether the sources are footnotes.
     */
    public record DiagramOptions(Diagram.Page page, Map<String, Diagram.Look> looks, String marksHeading,
                                 List<Diagram.LegendRow> marks, java.util.Set<String> only, boolean sources,
                                 boolean linksByAgencyKind) {

        public static final DiagramOptions DEFAULT = new DiagramOptions(Diagram.Page.A4_LANDSCAPE, Map.of(), null, List.of(), null);

        /** Without the sources as footnotes. */
        public DiagramOptions(Diagram.Page page, Map<String, Diagram.Look> looks, String marksHeading,
                              List<Diagram.LegendRow> marks, java.util.Set<String> only) {
            this(page, looks, marksHeading, marks, only, false);
        }

        /** With the links in their types' colours. */
        public DiagramOptions(Diagram.Page page, Map<String, Diagram.Look> looks, String marksHeading,
                              List<Diagram.LegendRow> marks, java.util.Set<String> only, boolean sources) {
            this(page, looks, marksHeading, marks, only, sources, false);
        }

        public DiagramOptions {
            looks = Map.copyOf(looks);
            marks = List.copyOf(marks);
            only = only == null ? null : java.util.Set.copyOf(only);
        }

        /** The same on another page. */
        public DiagramOptions on(Diagram.Page newPage) {
            return new DiagramOptions(newPage, looks, marksHeading, marks, only, sources, linksByAgencyKind);
        }

        /**
         * The same with ({@code true}) or without the provenance footnotes: each entity's label
         * marked with the number of its source (agency and reference), the sources listed below.
         */
        public DiagramOptions withSources(boolean wanted) {
            return new DiagramOptions(page, looks, marksHeading, marks, only, wanted, linksByAgencyKind);
        }

        /**
         * The same with each link drawn in the colour of the kind of agency that stated it, as the
         * desktop draws them on request (issue 18), the kinds in the legend; or in its type's colour.
         */
        public DiagramOptions withLinksByAgencyKind(boolean wanted) {
            return new DiagramOptions(page, looks, marksHeading, marks, only, sources, wanted);
        }
    }

    /**
     * What an export wrote: the files, how many entities and links went out, how many records each
     * reason left out, and how many the format cannot carry (FtM has no schema for some types).
     */
    public record Result(List<Path> files, int entities, int links, Map<Refusal, Long> leftOut, int notCarried,
                         List<String> missing) {
    }

    /** The desktop's seed of the force layout ({@code ui.chart.NetworkChart}), so both place a chart alike. */
    static final long LAYOUT_SEED = 20261127L;
    static final int LAYOUT_ITERATIONS = 2_000;

    private final Workspace workspace;

    public Exports(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Exports the saved chart {@code chart} as {@code format} to {@code out} (its file name made safe,
     * the format's extension added where missing) for {@code recipient}.
     */
    public Result export(String chart, Format format, Recipient recipient, Path out) {
        return export(chart, format, recipient, out, DiagramOptions.DEFAULT);
    }

    /** As {@link #export(String, Format, Recipient, Path)}, a diagram on {@code options}' page. */
    public Result export(String chart, Format format, Recipient recipient, Path out, DiagramOptions options) {
        workspace.require(Permission.ANALYSE, Operation.EXPORT, "export");
        var opened = new Charts(workspace).open(chart);
        var state = opened.state();
        List<Entity> shown = state.visibleEntities(PlaceIndex.of(state));
        var drawn = new HashSet<String>();
        shown.forEach(e -> drawn.add(e.id()));
        List<Link> shownLinks = state.visibleLinks(drawn);
        // drawn in the colours the chart was saved with, unless the caller gives the looks (the desktop its screen's)
        var drawnAs = options.looks().isEmpty() ? ChartColours.saved(state, opened.colouring(), options) : options;
        return write(chart, shown, shownLinks, placed(shown, shownLinks, opened.positions()),
                opened.missing(), format, recipient, out, drawnAs);
    }

    /**
     * Exports the chart on screen, titled {@code title}: the entities and links it draws (filter and
     * hidden ones apply) with their positions, read again through the store with the session's
     * visibility first, so that what has been deleted or restricted since it was put on the chart
     * does not leave.
     */
    public Result exportShown(String title, ChartState state, Map<String, double[]> positions, Format format,
                              Recipient recipient, Path out) {
        return exportShown(title, state, positions, format, recipient, out, DiagramOptions.DEFAULT);
    }

    /**
     * As {@link #exportShown(String, ChartState, Map, Format, Recipient, Path)}; a diagram as
     * {@code options} say, and only the selection where they name one (for every format).
     */
    public Result exportShown(String title, ChartState state, Map<String, double[]> positions, Format format,
                              Recipient recipient, Path out, DiagramOptions options) {
        workspace.require(Permission.ANALYSE, Operation.EXPORT, "export");
        var shown = readAgain(state, positions, options);
        return write(title, shown.entities(), shown.links(), shown.positions(), shown.missing(), format, recipient, out,
                options);
    }

    /** What of the chart on screen goes out, read again through the store: entities, links, positions, and the ids gone. */
    private record Shown(List<Entity> entities, List<Link> links, Map<String, double[]> positions, List<String> missing) {
    }

    /**
     * The entities and links the chart on screen draws (filter and hidden ones apply; only the
     * selection where {@code options} name one), read again through the store with the session's
     * visibility, so that what has been deleted or restricted since does not leave.
     */
    private Shown readAgain(ChartState state, Map<String, double[]> positions, DiagramOptions options) {
        List<Entity> onScreen = state.visibleEntities(PlaceIndex.of(state));
        if (options.only() != null) {
            onScreen = onScreen.stream().filter(e -> options.only().contains(e.id())).toList();
        }
        var ids = onScreen.stream().map(Entity::id).toList();
        var read = new LinkedHashMap<String, Entity>();
        workspace.store().entities(ids).forEach(e -> read.put(e.id(), e));
        List<Entity> shown = onScreen.stream().filter(e -> read.containsKey(e.id())).map(e -> read.get(e.id())).toList();
        var drawnLinks = new HashSet<String>();
        state.visibleLinks(read.keySet()).forEach(l -> drawnLinks.add(l.id()));
        List<Link> shownLinks = read.isEmpty() ? List.of()
                : workspace.store().linksAmong(read.keySet()).stream().filter(l -> drawnLinks.contains(l.id())).toList();
        var missing = ids.stream().filter(id -> !read.containsKey(id)).toList();
        return new Shown(shown, shownLinks, placed(shown, shownLinks, positions), missing);
    }

    /** Where a diagram goes that is not written to a file. */
    public enum Destination { CLIPBOARD, PRINTER }

    /**
     * A diagram of the chart on screen on its way to the clipboard or a printer: its pages as images,
     * the first drawn when the handover is made, the others when they are asked for (at 300 dpi an A4
     * page holds 35 MB, and a chart may be split over 25 pages). The disclosure is on the audit log as
     * INTENDED before a page is drawn; the desktop says whether they reached their destination
     * ({@link #delivered}: DONE) or not ({@link #failed}: FAILED, e.g. a print the user cancelled), once.
     */
    public final class Handover {

        private final AuditEvent intent;
        private final Diagram diagram;
        private final java.awt.image.BufferedImage first;
        private final Result result;
        private final Diagram.Page page;
        private boolean ended;

        private Handover(AuditEvent intent, Diagram diagram, java.awt.image.BufferedImage first, Result result,
                         Diagram.Page page) {
            this.intent = intent;
            this.diagram = diagram;
            this.first = first;
            this.result = result;
            this.page = page;
        }

        /** How many pages the chart is split over. */
        public int pageCount() {
            return page.count();
        }

        /** Page {@code index} (row by row from 0) at the resolution asked for; the first was drawn already. */
        public java.awt.image.BufferedImage page(int index) {
            return index == 0 ? first : DiagramExport.image(diagram, page.dpi(), index);
        }

        /** The paper, orientation and resolution the pages were drawn for. */
        public Diagram.Page page() {
            return page;
        }

        public Result result() {
            return result;
        }

        /** The pages reached the clipboard or the printer. */
        public synchronized void delivered() {
            end(intent.done(intent.ids()));
        }

        /** The pages did not leave: no printer, a print cancelled or failed. */
        public synchronized void failed() {
            end(intent.failed());
        }

        private void end(AuditEvent outcome) {
            if (ended) {
                throw new IllegalStateException("the handover has ended already");
            }
            ended = true;
            workspace.audit().append(outcome);
        }
    }

    /**
     * The chart on screen as a diagram for {@code destination}, for {@code recipient}: the same
     * disclosure as a diagram file (what the recipient may not receive is not drawn), its pages
     * drawn at the page's resolution, the intent on the audit log.
     */
    public Handover handOver(String title, ChartState state, Map<String, double[]> positions, Recipient recipient,
                             DiagramOptions options, Destination destination) {
        workspace.require(Permission.ANALYSE, Operation.EXPORT, "export");
        var shown = readAgain(state, positions, options);
        var session = workspace.session();
        Instant now = Instant.now();
        var disclosure = Disclosure.of(title, recipient, now, session.user(), session.purpose().caseReference(),
                shown.entities(), shown.links(), shown.positions());
        var notes = notes(disclosure, shown.missing().size(), Format.PNG);
        var intent = new AuditEvent(now, AuditedGraphStore.actorOf(session), Operation.EXPORT, "export",
                "chart=" + title + ", format=PNG, destination=" + destination + ", recipient=" + recipient.describe()
                        + ", pages=" + options.page().count() + ", leftOut=" + disclosure.leftOut().size()
                        + ", missing=" + shown.missing().size(),
                AuditedIds.of(disclosure.ids()), org.netzbild.audit.Outcome.INTENDED);
        workspace.audit().append(intent);
        Diagram diagram;
        java.awt.image.BufferedImage first;
        try {
            diagram = diagram(disclosure, shown.missing().size(), options);
            first = DiagramExport.image(diagram, options.page().dpi(), 0);
        } catch (RuntimeException e) {
            workspace.audit().append(intent.failed());
            throw new UserFacingException("export.failed", I18n.text("export.destination." + destination), e.getMessage());
        }
        var result = new Result(List.of(), disclosure.entities().size(), disclosure.links().size(),
                disclosure.leftOutCounts(), 0, shown.missing());
        return new Handover(intent, diagram, first, result, options.page());
    }

    /** What an export of the chart on screen would pass to {@code recipient}, and what it would leave out (nothing is read or logged). */
    public static Disclosure preview(ChartState state, Map<String, double[]> positions, Recipient recipient) {
        List<Entity> shown = state.visibleEntities(PlaceIndex.of(state));
        var drawn = new HashSet<String>();
        shown.forEach(e -> drawn.add(e.id()));
        return Disclosure.of("", recipient, Instant.now(), "", "", shown, state.visibleLinks(drawn), positions);
    }

    /**
     * The first page of the diagram an export of the chart on screen would draw for {@code recipient},
     * as a small picture at {@code dpi} (nothing is read or logged): the export dialog's preview. The
     * head names no author, whom only the export asks the session for.
     */
    public static java.awt.image.BufferedImage previewPage(String title, ChartState state, Map<String, double[]> positions,
                                                           Recipient recipient, DiagramOptions options, double dpi) {
        List<Entity> shown = state.visibleEntities(PlaceIndex.of(state));
        var drawn = new HashSet<String>();
        shown.forEach(e -> drawn.add(e.id()));
        var disclosure = Disclosure.of(title, recipient, Instant.now(), "", "", shown, state.visibleLinks(drawn), positions);
        return DiagramExport.image(diagram(disclosure, 0, options), dpi, 0);
    }

    private Result write(String chart, List<Entity> shown, List<Link> shownLinks, Map<String, double[]> positions,
                         List<String> missingIds, Format format, Recipient recipient, Path out, DiagramOptions options) {
        var session = workspace.session();
        Instant now = Instant.now();
        var disclosure = Disclosure.of(chart, recipient, now, session.user(), session.purpose().caseReference(),
                shown, shownLinks, positions);
        Path file = safe(out, format);
        var notes = notes(disclosure, missingIds.size(), format);
        var intent = new AuditEvent(now, AuditedGraphStore.actorOf(session), Operation.EXPORT, "export",
                "chart=" + chart + ", format=" + format + ", recipient=" + recipient.describe() + ", file="
                        + file.getFileName() + ", leftOut=" + disclosure.leftOut().size() + ", missing=" + missingIds.size(),
                // what the file holds: FtM has no schema for some records, and what is not written did not leave
                AuditedIds.of(format == Format.FTM ? FtmExport.carried(disclosure, Ontology.standard()) : disclosure.ids()),
                org.netzbild.audit.Outcome.INTENDED);
        workspace.audit().append(intent);
        List<Path> files;
        int notCarried = 0;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            switch (format) {
                case GRAPHML -> GraphmlExport.write(disclosure, notes, file);
                case GEXF -> GexfExport.write(disclosure, notes, file, GexfExport.Version.V1_2);
                case GEXF13 -> GexfExport.write(disclosure, notes, file, GexfExport.Version.V1_3);
                case ANX -> AnxExport.write(disclosure, notes, new AnxWords(), file);
                case FTM -> notCarried = FtmExport.write(disclosure, Ontology.standard(), file);
                case XLSX -> XlsxExport.write(disclosure, notes, file);
                case CSV, PNG, SVG, PDF -> { } // these write several files: below
            }
            files = switch (format) {
                case CSV -> CsvExport.write(disclosure, notes, file);
                case PNG, SVG, PDF -> DiagramExport.write(diagram(disclosure, missingIds.size(), options), kind(format), file);
                default -> List.of(file);
            };
        } catch (IOException | RuntimeException e) {
            workspace.audit().append(intent.failed());
            throw new UserFacingException("export.failed", file, e.getMessage());
        }
        workspace.audit().append(intent.done(intent.ids()));
        return new Result(files, disclosure.entities().size(), disclosure.links().size(), disclosure.leftOutCounts(),
                notCarried, missingIds);
    }

    /** The saved positions; entities without one are placed by the force layout, the others held where they are. */
    static Map<String, double[]> placed(List<Entity> entities, List<Link> links, Map<String, double[]> saved) {
        var positions = new LinkedHashMap<String, double[]>();
        boolean complete = entities.stream().allMatch(e -> saved.containsKey(e.id()));
        if (complete) {
            entities.forEach(e -> positions.put(e.id(), saved.get(e.id())));
            return positions;
        }
        var graph = new ChartGraph();
        for (Entity e : entities) {
            graph.addNode(e.id());
            double[] xy = saved.get(e.id());
            if (xy != null) {
                graph.move(e.id(), xy[0], xy[1]);
                graph.setPinned(e.id(), true);
            }
        }
        for (Link l : links) {
            graph.addLink(l.id(), l.fromId(), l.toId(), true, l.type(), null);
        }
        new ForceDirectedPlacement(ForceAtlasSettings.defaults(LAYOUT_SEED), LAYOUT_ITERATIONS).apply(graph);
        for (Entity e : entities) {
            int i = graph.indexOf(e.id());
            positions.put(e.id(), new double[] {graph.x(i), graph.y(i)});
        }
        return positions;
    }

    /** A safe file name for an export titled {@code title}, with the format's extension. */
    public static String fileName(String title, Format format) {
        return FileNames.of(title, format.extension());
    }

    /** {@code out} with a safe file name and the format's extension. */
    static Path safe(Path out, Format format) {
        String name = out.getFileName().toString();
        String ext = "." + format.extension();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(ext) ? name.substring(0, name.length() - ext.length()) : name;
        return out.resolveSibling(FileNames.of(stem, format.extension()));
    }

    /**
     * The diagram of a disclosure: the page, head and footnotes in the user's language, the legend of
     * what goes out, and where {@code options} ask for it, each entity's source as a numbered
     * footnote.
     */
    private static Diagram diagram(Disclosure disclosure, int missing, DiagramOptions options) {
        var notes = notes(disclosure, missing, Format.PNG);
        var looks = options.looks();
        if (options.sources()) {
            var sourced = SourceNotes.of(disclosure, looks);
            looks = sourced.looks();
            var footnotes = new ArrayList<>(notes.footnotes());
            footnotes.addAll(sourced.footnotes());
            notes = new ExportNotes(notes.title(), notes.head(), footnotes, notes.tableNames(), notes.pageLabel());
        }
        var linkColours = new java.util.HashMap<String, String>();
        if (options.linksByAgencyKind()) {
            disclosure.links().forEach(l -> linkColours.put(l.id(), ChartColours.agencyKindColour(l.provenance().sourceAgency())));
        }
        return new Diagram(disclosure, notes, looks, linkColours, legend(disclosure, options), options.page());
    }

    private static DiagramExport.Kind kind(Format format) {
        return switch (format) {
            case PNG -> DiagramExport.Kind.PNG;
            case SVG -> DiagramExport.Kind.SVG;
            default -> DiagramExport.Kind.PDF;
        };
    }

    /**
     * The diagram's legend, in the order of the desktop's: the category marks in use (when a category
     * colours the chart), the entity types, then the link types of what goes out, and nothing of
     * what is left out.
     */
    static List<Diagram.LegendRow> legend(Disclosure disclosure, DiagramOptions options) {
        var rows = new ArrayList<Diagram.LegendRow>();
        var collator = java.text.Collator.getInstance(I18n.locale());
        if (!options.marks().isEmpty()) {
            rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, options.marksHeading()));
            rows.addAll(options.marks());
        }
        boolean byType = options.marks().isEmpty();
        rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, I18n.text("legend.byType")));
        disclosure.entities().stream().map(Entity::type).distinct()
                .sorted(java.util.Comparator.comparing(Labels::entityType, collator))
                .forEach(type -> rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.ENTITY, type,
                        byType ? null : NEUTRAL, Labels.entityType(type))));
        var linkTypes = disclosure.links().stream().map(Link::type).distinct()
                .sorted(java.util.Comparator.comparing(Labels::linkType, collator)).toList();
        if (options.linksByAgencyKind() && !disclosure.links().isEmpty()) {
            rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, I18n.text("legend.linksByAgencyKind")));
            ChartColours.kindColours(disclosure.links().stream().map(l -> l.provenance().sourceAgency()).toList())
                    .forEach((kind, colour) -> rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, null, colour, kind)));
        }
        if (!linkTypes.isEmpty()) {
            rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.HEADING, null, null, I18n.text("legend.links")));
            // while the agencies colour the links, the types keep their pattern and go grey, as on screen
            String typeColour = options.linksByAgencyKind() ? NEUTRAL : null;
            linkTypes.forEach(type -> rows.add(new Diagram.LegendRow(Diagram.LegendRow.Kind.LINK, type, typeColour,
                    Labels.linkType(type))));
        }
        return rows;
    }

    /** The legend's fill of entity shapes while a category colours the chart (the desktop's legend has the same). */
    private static final String NEUTRAL = "#9a9a9a";

    private static ExportNotes notes(Disclosure disclosure, int missing, Format format) {
        var date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(I18n.locale())
                .withZone(ZoneId.systemDefault()).format(disclosure.at());
        var head = List.of(
                I18n.text("export.head.recipient", disclosure.recipient().describe()),
                I18n.text("export.head.date", date),
                I18n.text("export.head.author", disclosure.author()),
                I18n.text("export.head.case", disclosure.caseReference()),
                I18n.text("export.head.handling", disclosure.banner()));
        var footnotes = new ArrayList<String>();
        disclosure.leftOutCounts().forEach((reason, count) ->
                footnotes.add(I18n.text("export.leftOut." + reason.name(), count)));
        if (missing > 0) {
            footnotes.add(I18n.text("export.missing", missing));
        }
        if (!format.diagram()) {
            footnotes.add(I18n.text(format == Format.ANX ? "export.provenance.anx" : "export.provenance"));
        }
        return new ExportNotes(I18n.text("export.title", disclosure.chart()), head, footnotes,
                List.of(I18n.text("export.table.entities"), I18n.text("export.table.links"), I18n.text("export.table.notes")),
                (page, pages, row, column) -> I18n.text("export.page", page, pages, row, column));
    }
}
