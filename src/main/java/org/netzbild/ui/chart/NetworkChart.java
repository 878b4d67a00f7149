package org.netzbild.ui.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.layout.Region;
import org.netzbild.chart.ChartGraph;
import org.netzbild.chart.ColourKey;
import org.netzbild.chart.Colouring;
import org.netzbild.chart.Palette;
import org.netzbild.chart.paint.ChartPainter;
import org.netzbild.chart.paint.ChartStyle;
import org.netzbild.chart.paint.LinkLook;
import org.netzbild.chart.paint.NodeLook;
import org.netzbild.layout.ChartLayout;
import org.netzbild.layout.ForceAtlasLayout;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/**
 * The network chart: one in-memory model, a {@link ChartGraph} (ADR 0012), drawn by our own canvas
 * renderer ({@link ChartCanvas}, ADR 0008) and laid out by our ForceAtlas2 on a worker thread
 * that hands positions over once per pulse ({@link RunningLayout}, ADR 0010).
 * Redraws are incremental (entities that stay keep their place), selection is by click,
 * Ctrl-click and lasso (drag on the background), the wheel zooms, and "+N more" stubs stand for
 * a hub's neighbours not yet shown. Must be used on the FX thread.
 */
public final class NetworkChart {

    /** The id prefix of the synthetic "+N more" stub of a hub. */
    public static final String MORE_PREFIX = "more:";
    private static final long LAYOUT_SEED = 20261127L;
    /**
     * How far from the entity it is linked to a newcomer is put, in world units, while the chart
     * has no placed link to take the scale from: about where our ForceAtlas2 (scaling 2) settles
     * two linked entities.
     */
    private static final double NEWCOMER_DISTANCE = 3;

    private final ChartGraph graph = new ChartGraph();
    private final RunningLayout layout;
    private final ChartCanvas view;
    private final Set<String> selection = new LinkedHashSet<>();
    private Consumer<List<String>> onSelection = ids -> { };
    private Consumer<String> onOpen = id -> { };
    private Consumer<String> onLinkSelection = id -> { };
    private Runnable onMovedByHand = () -> { };
    private Function<String, String> entityTip = id -> null;
    private Function<String, String> linkTip = id -> null;
    private String selectedLink;
    /** The category values shown and their marks, for the legend; empty when colouring by type. */
    private Map<String, Palette.Swatch> legend = Map.of();
    private final ColourKey colourKey = new ColourKey();

    /** Which category value has which mark: restored from and kept with the workspace. */
    public ColourKey colourKey() {
        return colourKey;
    }

    public NetworkChart() {
        this(RunningLayout.Stepping.OWN_THREAD);
    }

    /** A chart whose continuous layout is stepped as {@code stepping} says; {@code BY_HAND} for tests. */
    NetworkChart(RunningLayout.Stepping stepping) {
        // the layout keeps each entity's shape, and a little room around it, clear of the others (issue 18)
        layout = new RunningLayout(graph, this::wakeView, stepping,
                classes -> SHAPES.node(classes, false, null).size() / 2 + SHAPE_GAP);
        view = new ChartCanvas(graph, layout::pulse, new Gestures());
        view.setId("chart");
        startLayout();
    }

    public Region view() {
        return view;
    }

    /** Called with the selected entity ids whenever the selection changes. */
    public void onSelection(Consumer<List<String>> listener) {
        this.onSelection = Objects.requireNonNull(listener);
    }

    /** Called with the id of the link the analyst selected (a click near its line), or {@code null} when none is selected any more. */
    public void onLinkSelection(Consumer<String> listener) {
        this.onLinkSelection = Objects.requireNonNull(listener);
    }

    /** Called when the analyst has dragged an entity to another place (the chart's picture changed). */
    public void onMovedByHand(Runnable listener) {
        this.onMovedByHand = Objects.requireNonNull(listener);
    }

    /**
     * What the tooltips say: of an entity by its id, of a link by its id; {@code null} for no
     * tooltip. "+N more" stubs get none: their label says what they are.
     */
    public void tooltips(Function<String, String> ofEntity, Function<String, String> ofLink) {
        this.entityTip = Objects.requireNonNull(ofEntity);
        this.linkTip = Objects.requireNonNull(ofLink);
    }

    /** Called with an entity id on double click (expand), or a stub id ({@link #MORE_PREFIX}). */
    public void onOpen(Consumer<String> listener) {
        this.onOpen = Objects.requireNonNull(listener);
    }

    /**
     * What the chart holds and what of it is shown. {@code entities} and {@code links} are
     * everything on the chart; {@code shownEntities} and {@code shownLinks} what the filters, the
     * time window and hiding by hand leave visible. The rest stays on the chart, in its place and
     * in the layout, only not drawn, so that hiding and showing moves nothing (ADR 0027).
     *
     * @param more for a hub, how many of its neighbours are not on the chart yet ("+N more")
     * @param possibleDuplicates entities the matcher pairs with another record: drawn with a badge (issue 20)
     */
    public record Drawing(List<Entity> entities, List<Link> links, Set<String> shownEntities, Set<String> shownLinks,
                          Map<String, Long> more, Set<String> pinned, Set<String> highlighted,
                          Set<String> possibleDuplicates, Set<String> dimmed, Map<String, String[]> sourceRings,
                          Set<String> linksAcross, Map<String, String> linkColours) {

        /** Nothing dimmed, no source rings, no border shown, links in their types' colours. */
        public Drawing(List<Entity> entities, List<Link> links, Set<String> shownEntities, Set<String> shownLinks,
                       Map<String, Long> more, Set<String> pinned, Set<String> highlighted, Set<String> possibleDuplicates) {
            this(entities, links, shownEntities, shownLinks, more, pinned, highlighted, possibleDuplicates, Set.of(), Map.of(),
                    Set.of(), Map.of());
        }
    }

    /**
     * Shows exactly this drawing. Entities already on the chart keep their position, hidden or
     * not; entities new to it are placed around the entity they are linked to ({@link Newcomers})
     * and settled there by the layout, which moves nothing else. {@code more} adds a "+N more"
     * stub to each hub with neighbours not yet shown.
     */
    public void draw(Drawing drawing, Colouring colouring, Function<Entity, String> category,
                     Function<Long, String> moreLabel) {
        var wanted = new HashSet<String>();
        drawing.entities().forEach(e -> wanted.add(e.id()));
        drawing.more().forEach((hub, count) -> {
            if (wanted.contains(hub)) {
                wanted.add(MORE_PREFIX + hub);
            }
        });
        rememberPlacesOfLeaving(wanted);
        graph.retainNodes(wanted::contains);
        // what is hidden cannot stay selected: the analyst would act on what they do not see
        selection.retainAll(drawing.shownEntities());
        // marks are given for everything on the chart, hidden or not, and kept: a filter never recolours (issue 18)
        Map<String, Palette.Swatch> marks = colouring == Colouring.TYPE ? Map.of()
                : colourKey.swatches(colouring, drawing.entities().stream().map(category).filter(Objects::nonNull).toList());
        var shownValues = drawing.entities().stream().filter(e -> drawing.shownEntities().contains(e.id()))
                .map(category).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        var shownMarks = new java.util.LinkedHashMap<String, Palette.Swatch>();
        marks.forEach((value, mark) -> {
            if (shownValues.contains(value)) {
                shownMarks.put(value, mark);
            }
        });
        legend = shownMarks;
        var newcomers = new HashSet<String>();
        boolean visibilityChanged = false;
        for (Entity entity : drawing.entities()) {
            String id = entity.id();
            boolean known = graph.contains(id);
            graph.addNode(id);
            double[] before = known ? null : lastPlaces.remove(id);
            if (before != null) {
                // back on the chart (an undone removal, a redone expansion): where it stood, held there
                layout.keep(id);
                graph.move(id, before[0], before[1]);
            } else if (!known) {
                newcomers.add(id);
            }
            Palette.Swatch mark = colouring == Colouring.TYPE ? null
                    : marks.getOrDefault(Objects.toString(category.apply(entity), ""), UNKNOWN);
            String classes = entity.type() + (mark == null || mark.outline() == null ? "" : ", " + mark.outline())
                    + (drawing.highlighted().contains(id) ? ", highlight" : "")
                    + (drawing.dimmed().contains(id) ? ", " + org.netzbild.chart.paint.ChartElements.DIMMED_CLASS : "")
                    + (drawing.possibleDuplicates().contains(id) ? ", " + org.netzbild.chart.paint.ChartElements.POSSIBLE_DUPLICATE : "");
            // the renderer's level of detail decides which labels show
            graph.setLooks(id, shorten(entity.caption()), classes, mark == null ? null : mark.colour());
            graph.setSourceRing(id, drawing.sourceRings().get(id));
            graph.setPinned(id, drawing.pinned().contains(id));
            graph.setSelected(id, selection.contains(id));
            boolean hide = !drawing.shownEntities().contains(id);
            visibilityChanged |= !newcomers.contains(id) && graph.hidden(graph.indexOf(id)) != hide;
            graph.setHidden(id, hide);
        }
        drawing.more().forEach((hub, count) -> {
            if (graph.contains(hub)) {
                String id = MORE_PREFIX + hub;
                if (!graph.contains(id)) {
                    newcomers.add(id);
                }
                graph.addNode(id);
                graph.setLooks(id, moreLabel.apply(count), "more", null);
                graph.setHidden(id, !drawing.shownEntities().contains(hub));
                graph.addLink(id, hub, id, false, "more", null);
            }
        });
        var linkIds = new HashSet<String>();
        for (Link link : drawing.links()) {
            linkIds.add(link.id());
            if (graph.contains(link.fromId()) && graph.contains(link.toId())) {
                Object relation = link.get("relation");
                graph.addLink(link.id(), link.fromId(), link.toId(), true, link.type(),
                        relation == null ? null : relation.toString());
                graph.setLinkHidden(link.id(), !drawing.shownLinks().contains(link.id()));
                graph.setLinkAcross(link.id(), drawing.linksAcross().contains(link.id()));
                graph.setLinkColour(link.id(), drawing.linkColours().get(link.id()));
            }
        }
        graph.retainLinks(id -> linkIds.contains(id) || id.startsWith(MORE_PREFIX));
        if (selectedLink != null && (graph.linkIndexOf(selectedLink) < 0 || !drawing.shownLinks().contains(selectedLink))) {
            selectLink(null);
        }
        placeNewcomers();
        if (!newcomers.isEmpty()) {
            view.resumeView();
            if (!layout.running()) {
                // a stopped layout (a reopened chart, a one-shot layout) keeps its picture: only the newcomers settle
                layout.start(new ForceAtlasLayout(LAYOUT_SEED), newcomers);
                view.animate();
            }
        } else if (visibilityChanged) {
            view.holdView();
        }
    }

    /**
     * Where entities taken off the chart last stood, so that undo brings them back to their places
     * (ADR 0027); forgotten once they are back. Bounded by what the analyst has removed in a session.
     */
    private final Map<String, double[]> lastPlaces = new java.util.HashMap<>();

    private void rememberPlacesOfLeaving(Set<String> staying) {
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (!staying.contains(graph.nodeId(i)) && graph.placed(i)) {
                lastPlaces.put(graph.nodeId(i), new double[] {graph.x(i), graph.y(i)});
            }
        }
    }

    /** Gives every entity or stub without a place one (see {@link Newcomers}). */
    private void placeNewcomers() {
        Newcomers.place(graph, NEWCOMER_DISTANCE);
    }

    private static final ChartStyle LEGEND_STYLE = ChartStyle.standard();
    /** The looks the layout reads the entities' sizes from. */
    private static final ChartStyle SHAPES = ChartStyle.standard();
    /** Room the layout leaves between two entities' shapes, in pixels at 100 %. */
    private static final double SHAPE_GAP = 3;

    private static final Palette.Swatch UNKNOWN = new Palette.Swatch(Palette.UNKNOWN, null);
    private static final LabelMetrics LEGEND_METRICS = new LabelMetrics();
    private static final ChartPainter LEGEND_PAINTER = new ChartPainter(LEGEND_METRICS);
    /** The fill of entity shapes in the legend while the colour stands for a category, not the type. */
    private static final String NEUTRAL = "#9a9a9a";

    /** A short plain line in {@code colour} ({@code #rrggbb}), for the legend of links coloured by their agency. FX thread. */
    public static javafx.scene.shape.Line colouredLineSwatch(String colour) {
        var line = new javafx.scene.shape.Line(0, 0, 26, 0);
        line.setStroke(javafx.scene.paint.Color.web(colour));
        line.setStrokeWidth(3);
        return line;
    }

    /** A short line drawn as links of {@code type} are on the chart (colour, width, pattern), for the legend. FX thread. */
    public static javafx.scene.shape.Line linkSwatch(String type) {
        return linkSwatch(type, true);
    }

    /**
     * A short line of a link type's width and pattern, in the type's colour or, where the links'
     * colour stands for their agency, in a neutral grey, for the legend. FX thread.
     */
    public static javafx.scene.shape.Line linkSwatch(String type, boolean typeColour) {
        LinkLook look = LEGEND_STYLE.link(type);
        var line = new javafx.scene.shape.Line(0, 0, 26, 0);
        line.setStroke(typeColour ? FxSurface.fx(look.colour()) : javafx.scene.paint.Color.web(NEUTRAL));
        line.setStrokeWidth(Math.max(2, look.width()));
        double[] dashes = look.dashes();
        if (dashes != null) {
            for (double d : dashes) {
                line.getStrokeDashArray().add(d * Math.max(2, look.width()) / look.width());
            }
        }
        return line;
    }

    /**
     * An entity of {@code type} drawn by the chart's own painter in the chart's own shape, for the
     * legend: in the type's colour, or in a neutral grey when the colour stands for a category. Its
     * user data is the shape's name. FX thread.
     */
    public static javafx.scene.canvas.Canvas entitySwatch(String type, boolean typeColour) {
        return swatch(LEGEND_STYLE.node(type, false, typeColour ? null : "fill-color: " + NEUTRAL + ";"));
    }

    /** The mark of a category value as entities carry it (fill and outline), on a circle, for the legend. FX thread. */
    public javafx.scene.canvas.Canvas categorySwatch(String value) {
        Palette.Swatch mark = legend.getOrDefault(value, UNKNOWN);
        return swatch(LEGEND_STYLE.node(mark.outline(), false, "fill-color: " + mark.colour() + ";"));
    }

    /** The badge of a possible duplicate as the chart draws it, for the legend. FX thread. */
    public static javafx.scene.canvas.Canvas possibleDuplicateSwatch() {
        var canvas = new javafx.scene.canvas.Canvas(18, 18);
        LEGEND_PAINTER.badge(new FxSurface(canvas.getGraphicsContext2D(), LEGEND_METRICS), 9, 9, 7);
        return canvas;
    }

    /** The legend's swatch of a source ring in these colours around a neutral dot (issue 18). */
    public static javafx.scene.canvas.Canvas sourceRingSwatch(String... colours) {
        var canvas = new javafx.scene.canvas.Canvas(22, 22);
        var surface = new FxSurface(canvas.getGraphicsContext2D(), LEGEND_METRICS);
        surface.fill(org.netzbild.chart.paint.Rgba.web(NEUTRAL));
        surface.fillOval(6, 6, 10, 10);
        var rgba = new org.netzbild.chart.paint.Rgba[colours.length];
        for (int k = 0; k < colours.length; k++) {
            rgba[k] = org.netzbild.chart.paint.Rgba.web(colours[k]);
        }
        LEGEND_PAINTER.sourceRing(surface, rgba, 11, 11, 8.5);
        return canvas;
    }

    private static javafx.scene.canvas.Canvas swatch(NodeLook look) {
        double side = Math.ceil(look.size() + 2 * look.strokeWidth() + 2);
        var canvas = new javafx.scene.canvas.Canvas(side, side);
        LEGEND_PAINTER.entity(new FxSurface(canvas.getGraphicsContext2D(), LEGEND_METRICS), look, side / 2, side / 2);
        canvas.setUserData(look.shape().name());
        return canvas;
    }

    /** The name of the shape the chart draws entities of {@code type} in (CIRCLE, BOX, DIAMOND, ...). */
    public static String shapeOf(String type) {
        return LEGEND_STYLE.node(type, false, null).shape().name();
    }

    /** The category values shown (filtered ones not), in order, for the legend; empty when colouring by type. */
    public List<String> legendValues() {
        return List.copyOf(legend.keySet());
    }

    /** The colours of the entity's source ring, one a stating agency, or {@code null} for none; for tests. */
    public String[] sourceRing(String entityId) {
        int i = graph.indexOf(entityId);
        return i < 0 ? null : graph.sourceRing(i);
    }

    /** Whether the link is drawn with the band of a link across the border shown; for tests. */
    public boolean across(String linkId) {
        int k = graph.linkIndexOf(linkId);
        return k >= 0 && graph.linkAcross(k);
    }

    /** The colour a link is drawn in instead of its type's ({@code #rrggbb}), or null. */
    public String linkColour(String linkId) {
        int k = graph.linkIndexOf(linkId);
        return k < 0 ? null : graph.linkColour(k);
    }

    /** The legend's swatch of a link across a border: its band under a grey line. */
    public static javafx.scene.canvas.Canvas acrossSwatch() {
        var canvas = new javafx.scene.canvas.Canvas(24, 12);
        var g = canvas.getGraphicsContext2D();
        g.setStroke(FxSurface.fx(org.netzbild.chart.paint.ChartPainter.ACROSS_BAND));
        g.setLineWidth(7);
        g.strokeLine(2, 6, 22, 6);
        g.setStroke(javafx.scene.paint.Color.web(NEUTRAL));
        g.setLineWidth(1.5);
        g.strokeLine(2, 6, 22, 6);
        return canvas;
    }

    /**
     * Keeps {@code pixels} at the chart's left free when it is fitted into its view, for the legend
     * floating there, so that it covers no entity; 0 for none.
     */
    public void reserveLeft(double pixels) {
        view.renderer().reserveLeft(pixels);
        view.requestFrame();
    }

    /** Whether the entity is drawn dimmed, away from the path chosen in the path list; for tests. */
    public boolean dimmed(String entityId) {
        int i = graph.indexOf(entityId);
        return i >= 0 && Objects.toString(graph.styleClasses(i), "")
                .contains(org.netzbild.chart.paint.ChartElements.DIMMED_CLASS);
    }

    /** How an entity on the chart is marked: its fill colour and outline class, e.g. {@code "#CC6677 paletteDashed"}; for tests. */
    public String markOf(String entityId) {
        int i = graph.indexOf(entityId);
        if (i < 0) {
            return null;
        }
        String classes = Objects.toString(graph.styleClasses(i), "");
        String outline = classes.contains("paletteDashed") ? " paletteDashed" : classes.contains("paletteRing") ? " paletteRing" : "";
        return graph.colour(i) + outline;
    }

    /**
     * How each shown entity is drawn now (label, style classes with the highlight, category colour),
     * for a diagram export that draws as the screen does; stubs and hidden entities are not in it.
     */
    public Map<String, org.netzbild.export.Diagram.Look> looks() {
        var looks = new LinkedHashMap<String, org.netzbild.export.Diagram.Look>();
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (!graph.hidden(i) && !graph.nodeId(i).startsWith(MORE_PREFIX)) {
                // the duplicate badge is a working hint of this desktop, not part of what a diagram discloses
                String classes = graph.styleClasses(i) == null ? null
                        : graph.styleClasses(i).replace(", " + org.netzbild.chart.paint.ChartElements.POSSIBLE_DUPLICATE, "");
                looks.put(graph.nodeId(i), new org.netzbild.export.Diagram.Look(graph.label(i), classes, graph.colour(i),
                        graph.sourceRing(i)));
            }
        }
        return looks;
    }

    /** The legend rows of the category marks shown (empty when colouring by type), for a diagram export. */
    public List<org.netzbild.export.Diagram.LegendRow> legendMarks() {
        return legend.entrySet().stream().map(e -> new org.netzbild.export.Diagram.LegendRow(
                org.netzbild.export.Diagram.LegendRow.Kind.ENTITY, e.getValue().outline(), e.getValue().colour(), e.getKey()))
                .toList();
    }

    public List<String> selection() {
        return List.copyOf(selection);
    }

    public void select(List<String> ids) {
        selection.stream().filter(graph::contains).forEach(id -> graph.setSelected(id, false));
        selection.clear();
        ids.stream().filter(this::shows).forEach(selection::add);
        selection.forEach(id -> graph.setSelected(id, true));
        if (!selection.isEmpty()) {
            selectLink(null);
        }
        onSelection.accept(List.copyOf(selection));
    }

    /** The selected link, or {@code null}. */
    public String selectedLink() {
        return selectedLink;
    }

    /** Selects one link ({@code null}: none), drawn with a halo; entities stay selected as they are. */
    public void selectLink(String id) {
        String next = id != null && graph.linkIndexOf(id) >= 0 ? id : null;
        if (Objects.equals(next, selectedLink)) {
            return;
        }
        if (selectedLink != null && graph.linkIndexOf(selectedLink) >= 0) {
            graph.setLinkSelected(selectedLink, false);
        }
        selectedLink = next;
        if (next != null) {
            graph.setLinkSelected(next, true);
        }
        onLinkSelection.accept(next);
    }

    /**
     * Where a shown link's middle was drawn in the last frame, in the coordinates of {@link #view()},
     * or {@code null}: what a test or a keyboard action needs to point at it.
     */
    public double[] whereDrawn(String linkId) {
        return view.renderer().linkMiddle(linkId);
    }

    /** Where a shown entity's centre was drawn in the last frame, in the coordinates of {@link #view()}, or {@code null}. */
    public double[] whereDrawnEntity(String entityId) {
        return view.renderer().entityCentre(entityId);
    }

    /** The text of the chart's tooltip as it stands (empty when none is installed), for tests. */
    public String tooltipText() {
        return view.tip().getText();
    }

    /** Where each entity on the chart (hidden ones too) stands now, for saving the chart. */
    public Map<String, double[]> positions() {
        var positions = new LinkedHashMap<String, double[]>();
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (graph.placed(i) && !graph.nodeId(i).startsWith(MORE_PREFIX)) {
                positions.put(graph.nodeId(i), new double[] {graph.x(i), graph.y(i)});
            }
        }
        return positions;
    }

    /** Puts entities where a saved chart had them, and stops the layout so the picture stays as saved. */
    public void place(Map<String, double[]> positions) {
        stopLayout();
        positions.forEach((id, xy) -> {
            if (graph.contains(id)) {
                graph.move(id, xy[0], xy[1]);
            }
        });
    }

    /**
     * Lays the whole chart out again with the continuous force-directed layout (our Barnes-Hut
     * ForceAtlas2, ADR 0007), from where the entities stand; only pinned entities stay. Otherwise
     * the layout moves only what comes new (ADR 0027): this is the analyst's way to tidy up.
     */
    public void startLayout() {
        layout.start(new ForceAtlasLayout(LAYOUT_SEED));
        view.animate();
    }

    /** Stops the continuous layout and places the entities once by {@code placement} (circle, hierarchy, family tree). */
    public void apply(ChartLayout placement) {
        stopLayout();
        placement.apply(graph);
        fit();
    }

    public void stopLayout() {
        layout.stop();
    }

    public boolean layoutRunning() {
        return layout.running();
    }

    /** The pulse may have stopped with the layout at rest: a change that gives it work again restarts it. */
    private void wakeView() {
        if (view != null) {
            view.animate();
        }
    }

    /** The continuous layout's FX side, for tests in this package. */
    RunningLayout runningLayout() {
        return layout;
    }

    /** Whether the continuous layout has come to rest with every change made (or is not running). */
    public boolean layoutSettled() {
        return layout.settled();
    }

    /** The graph the chart shows; for tests and benchmarks in this package, FX thread only. */
    ChartGraph graph() {
        return graph;
    }

    /** Shows the whole chart, and keeps it in view while the layout moves it, until the analyst zooms or pans. */
    public void fit() {
        view.fit();
    }

    /** Multiplies the extent of the view by {@code factor}: below 1 zooms in, above 1 out. */
    public void zoom(double factor) {
        view.zoom(1 / factor);
    }

    /** Centres the view on an entity and zooms in on it. */
    public void focus(String id) {
        view.focus(id);
    }

    /** How many entities are shown (hidden ones and stubs not counted). */
    public int nodeCount() {
        int count = 0;
        for (int i = 0; i < graph.nodeCount(); i++) {
            count += graph.nodeId(i).startsWith(MORE_PREFIX) || graph.hidden(i) ? 0 : 1;
        }
        return count;
    }

    /** How many links are shown: not hidden, both ends shown (stubs' links not counted). */
    public int linkCount() {
        int count = 0;
        for (int k = 0; k < graph.linkCount(); k++) {
            boolean shown = !graph.linkHidden(k) && !graph.hidden(graph.from(k)) && !graph.hidden(graph.to(k));
            count += graph.linkId(k).startsWith(MORE_PREFIX) || !shown ? 0 : 1;
        }
        return count;
    }

    /** Whether the entity is on the chart and shown. */
    public boolean shows(String entityId) {
        int i = graph.indexOf(entityId);
        return i >= 0 && !graph.hidden(i);
    }

    /** Where an entity on the chart stands (hidden or not), in the chart's world coordinates; {@code null} if it is not on it or has no place. */
    public double[] position(String entityId) {
        int i = graph.indexOf(entityId);
        return i < 0 || !graph.placed(i) ? null : new double[] {graph.x(i), graph.y(i)};
    }

    /** Stops the layout and the drawing; the chart is not used afterwards. */
    public void close() {
        layout.stop();
        view.close();
    }

    /** What the mouse does to the chart: selection, opening, moving entities. */
    private final class Gestures implements ChartMouse.Actions {

        @Override
        public void clicked(String id, int clickCount, boolean toggle) {
            if (id != null && (clickCount == 2 || id.startsWith(MORE_PREFIX))) {
                onOpen.accept(id);
                return;
            }
            if (id == null) {
                selectLink(null);
            }
            var next = new ArrayList<String>(toggle ? selection : Set.of());
            if (id != null && !next.remove(id)) {
                next.add(id);
            }
            select(next);
        }

        @Override
        public void linkClicked(String linkId) {
            select(List.of());
            selectLink(linkId);
        }

        @Override
        public String describe(String entityId, String linkId) {
            if (entityId != null) {
                return entityId.startsWith(MORE_PREFIX) ? null : entityTip.apply(entityId);
            }
            return linkId == null || linkId.startsWith(MORE_PREFIX) ? null : linkTip.apply(linkId);
        }

        @Override
        public void contextPressed(String id) {
            if (id != null && !id.startsWith(MORE_PREFIX) && !selection.contains(id)) {
                select(List.of(id));
            }
        }

        @Override
        public void lassoed(List<String> ids, boolean adding) {
            var lassoed = ids.stream().filter(id -> !id.startsWith(MORE_PREFIX)).toList();
            if (!lassoed.isEmpty()) {
                var next = new ArrayList<String>(adding ? selection : Set.of());
                lassoed.stream().filter(id -> !next.contains(id)).forEach(next::add);
                select(next);
            }
        }

        @Override
        public void dragged(String id, double worldX, double worldY, boolean released) {
            if (!graph.contains(id)) {
                return;
            }
            // hold it against the layout's forces while dragged; a pinned entity stays pinned when let go
            layout.hold(id, !released);
            graph.move(id, worldX, worldY);
            if (released) {
                onMovedByHand.run();
            }
        }
    }

    private static String shorten(String caption) {
        return org.netzbild.chart.paint.Framing.label(caption);
    }

    /** The fill colour of each entity type, read from the style sheet so the legend cannot disagree with it. */
    public static Map<String, String> typeColours() {
        return ChartStyle.typeColours();
    }
}
