package org.netzbild.ui.chart;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.layout.Region;
import org.netzbild.chart.ChartGraph;
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
    /** How far from the entity it is linked to a newcomer is put, in world units. */
    private static final double NEWCOMER_DISTANCE = 0.8;

    private final ChartGraph graph = new ChartGraph();
    private final RunningLayout layout;
    private final ChartCanvas view;
    private final Set<String> selection = new LinkedHashSet<>();
    private Consumer<List<String>> onSelection = ids -> { };
    private Consumer<String> onOpen = id -> { };
    private Map<String, String> legend = Map.of();

    public NetworkChart() {
        this(RunningLayout.Stepping.OWN_THREAD);
    }

    /** A chart whose continuous layout is stepped as {@code stepping} says; {@code BY_HAND} for tests. */
    NetworkChart(RunningLayout.Stepping stepping) {
        layout = new RunningLayout(graph, this::wakeView, stepping);
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

    /** Called with an entity id on double click (expand), or a stub id ({@link #MORE_PREFIX}). */
    public void onOpen(Consumer<String> listener) {
        this.onOpen = Objects.requireNonNull(listener);
    }

    /**
     * Shows exactly these entities and links. Entities already drawn keep their position;
     * {@code more} adds a "+N more" stub to each hub with neighbours not yet shown.
     */
    public void draw(List<Entity> entities, List<Link> links, Map<String, Long> more, Set<String> pinned,
                     Set<String> highlighted, Colouring colouring, Function<Entity, String> category,
                     Function<Long, String> moreLabel) {
        var wanted = new HashSet<String>();
        entities.forEach(e -> wanted.add(e.id()));
        more.forEach((hub, count) -> {
            if (wanted.contains(hub)) {
                wanted.add(MORE_PREFIX + hub);
            }
        });
        graph.retainNodes(wanted::contains);
        selection.retainAll(wanted);
        legend = colours(entities, colouring, category);
        for (Entity entity : entities) {
            String id = entity.id();
            graph.addNode(id);
            String colour = colouring == Colouring.TYPE ? null
                    : legend.getOrDefault(Objects.toString(category.apply(entity), ""), Palette.UNKNOWN);
            // the renderer's level of detail decides which labels show
            graph.setLooks(id, shorten(entity.caption()),
                    highlighted.contains(id) ? entity.type() + ", highlight" : entity.type(), colour);
            graph.setPinned(id, pinned.contains(id));
            graph.setSelected(id, selection.contains(id));
        }
        more.forEach((hub, count) -> {
            if (graph.contains(hub)) {
                String id = MORE_PREFIX + hub;
                graph.addNode(id);
                graph.setLooks(id, moreLabel.apply(count), "more", null);
                graph.addLink(id, hub, id, false, "more", null);
            }
        });
        var linkIds = new HashSet<String>();
        for (Link link : links) {
            linkIds.add(link.id());
            if (graph.contains(link.fromId()) && graph.contains(link.toId())) {
                Object relation = link.get("relation");
                graph.addLink(link.id(), link.fromId(), link.toId(), true, link.type(),
                        relation == null ? null : relation.toString());
            }
        }
        graph.retainLinks(id -> linkIds.contains(id) || id.startsWith(MORE_PREFIX));
        placeNewcomers();
    }

    /** Gives every entity or stub without a place one (see {@link Newcomers}). */
    private void placeNewcomers() {
        Newcomers.place(graph, NEWCOMER_DISTANCE);
    }

    private static final ChartStyle LEGEND_STYLE = ChartStyle.standard();

    /** A short line drawn as links of {@code type} are on the chart, for the legend. FX thread. */
    public static javafx.scene.shape.Line linkSwatch(String type) {
        LinkLook look = LEGEND_STYLE.link(type);
        var line = new javafx.scene.shape.Line(0, 0, 22, 0);
        line.setStroke(look.colour());
        line.setStrokeWidth(Math.max(2, look.width()));
        if (look.dashed()) {
            line.getStrokeDashArray().setAll(5.0, 3.0);
        }
        return line;
    }

    /** Category colours in use, for the legend; empty when colouring by type (the CSS classes). */
    public Map<String, String> legend() {
        return legend;
    }

    public List<String> selection() {
        return List.copyOf(selection);
    }

    public void select(List<String> ids) {
        selection.stream().filter(graph::contains).forEach(id -> graph.setSelected(id, false));
        selection.clear();
        ids.stream().filter(graph::contains).forEach(selection::add);
        selection.forEach(id -> graph.setSelected(id, true));
        onSelection.accept(List.copyOf(selection));
    }

    /** Where each drawn entity stands now, for saving the chart. */
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

    /** Runs the continuous force-directed layout (our Barnes-Hut ForceAtlas2, ADR 0007), from where the entities stand. */
    public void startLayout() {
        if (!layout.running()) {
            layout.start(new ForceAtlasLayout(LAYOUT_SEED));
            view.animate();
        }
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

    public int nodeCount() {
        int count = 0;
        for (int i = 0; i < graph.nodeCount(); i++) {
            count += graph.nodeId(i).startsWith(MORE_PREFIX) ? 0 : 1;
        }
        return count;
    }

    public int linkCount() {
        int count = 0;
        for (int k = 0; k < graph.linkCount(); k++) {
            count += graph.linkId(k).startsWith(MORE_PREFIX) ? 0 : 1;
        }
        return count;
    }

    public boolean shows(String entityId) {
        return graph.contains(entityId);
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
            var next = new ArrayList<String>(toggle ? selection : Set.of());
            if (id != null && !next.remove(id)) {
                next.add(id);
            }
            select(next);
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
        }
    }

    private static Map<String, String> colours(List<Entity> entities, Colouring colouring,
                                               Function<Entity, String> category) {
        if (colouring == Colouring.TYPE) {
            return Map.of();
        }
        var values = entities.stream().map(category).filter(Objects::nonNull).distinct()
                .sorted(Collator.getInstance(Locale.GERMANY)).toList();
        return Palette.of(values);
    }

    private static String shorten(String caption) {
        return caption.length() <= 32 ? caption : caption.substring(0, 31) + "…";
    }

    /** The fill colour of each entity type, read from the style sheet so the legend cannot disagree with it. */
    public static Map<String, String> typeColours() {
        return ChartStyle.typeColours();
    }
}
