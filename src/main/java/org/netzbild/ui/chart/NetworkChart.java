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
import java.util.Random;
import javafx.scene.layout.Region;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.ui.chart.layout.ChartLayout;
import org.netzbild.ui.chart.layout.ChartLinkAttributes;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;
import org.netzbild.ui.chart.layout.NodePosition;

/**
 * The network chart: GraphStream's graph model, drawn by our own canvas renderer
 * ({@link ChartCanvas}, ADR 0008) and laid out by our ForceAtlas2 on a worker thread that hands
 * positions over once per pulse ({@link RunningLayout}, ADR 0010).
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

    private final Graph graph = new MultiGraph("chart", false, true);
    private final RunningLayout layout = new RunningLayout(graph, this::wakeView);
    private final ChartCanvas view;
    private final Set<String> selection = new LinkedHashSet<>();
    private Consumer<List<String>> onSelection = ids -> { };
    private Consumer<String> onOpen = id -> { };
    private Map<String, String> legend = Map.of();

    public NetworkChart() {
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
        new ArrayList<>(graph.nodes().map(Node::getId).toList()).stream()
                .filter(id -> !wanted.contains(id)).forEach(graph::removeNode);
        selection.retainAll(wanted);
        legend = colours(entities, colouring, category);
        for (Entity entity : entities) {
            Node node = graph.getNode(entity.id()) != null ? graph.getNode(entity.id()) : graph.addNode(entity.id());
            // the renderer's level of detail decides which labels show
            setOrRemove(node, "ui.label", shorten(entity.caption()));
            setOrRemove(node, "ui.class", highlighted.contains(entity.id()) ? entity.type() + ", highlight" : entity.type());
            String colour = colouring == Colouring.TYPE ? null
                    : legend.getOrDefault(Objects.toString(category.apply(entity), ""), Palette.UNKNOWN);
            setOrRemove(node, "ui.style", colour == null ? null : "fill-color: " + colour + ";");
            setOrRemove(node, "layout.frozen", pinned.contains(entity.id()) ? Boolean.TRUE : null);
            setOrRemove(node, "ui.selected", selection.contains(entity.id()) ? Boolean.TRUE : null);
        }
        more.forEach((hub, count) -> {
            if (graph.getNode(hub) != null) {
                String id = MORE_PREFIX + hub;
                Node stub = graph.getNode(id) != null ? graph.getNode(id) : graph.addNode(id);
                stub.setAttribute("ui.label", moreLabel.apply(count));
                stub.setAttribute("ui.class", "more");
                if (graph.getEdge(id) == null) {
                    graph.addEdge(id, hub, id, false).setAttribute("ui.class", "more");
                }
            }
        });
        var linkIds = new HashSet<String>();
        for (Link link : links) {
            linkIds.add(link.id());
            if (graph.getEdge(link.id()) == null && graph.getNode(link.fromId()) != null && graph.getNode(link.toId()) != null) {
                var edge = graph.addEdge(link.id(), link.fromId(), link.toId(), true);
                edge.setAttribute("ui.class", link.type());
                edge.setAttribute(ChartLinkAttributes.TYPE, link.type());
                if (link.get("relation") != null) {
                    edge.setAttribute(ChartLinkAttributes.RELATION, link.get("relation").toString());
                }
            }
        }
        new ArrayList<>(graph.edges().map(e -> e.getId()).toList()).stream()
                .filter(id -> !linkIds.contains(id) && !id.startsWith(MORE_PREFIX)).forEach(graph::removeEdge);
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
        selection.forEach(id -> setOrRemove(graph.getNode(id), "ui.selected", null));
        selection.clear();
        ids.stream().filter(id -> graph.getNode(id) != null).forEach(selection::add);
        selection.forEach(id -> graph.getNode(id).setAttribute("ui.selected", true));
        onSelection.accept(List.copyOf(selection));
    }

    /** Where each drawn entity stands now, for saving the chart. */
    public Map<String, double[]> positions() {
        var positions = new LinkedHashMap<String, double[]>();
        for (Node node : graph) {
            double[] xy = NodePosition.xy(node.getAttribute("xyz"));
            if (xy != null && !node.getId().startsWith(MORE_PREFIX)) {
                positions.put(node.getId(), new double[] {xy[0], xy[1]});
            }
        }
        return positions;
    }

    /** Puts entities where a saved chart had them, and stops the layout so the picture stays as saved. */
    public void place(Map<String, double[]> positions) {
        stopLayout();
        positions.forEach((id, xy) -> {
            Node node = graph.getNode(id);
            if (node != null) {
                node.setAttribute("xyz", xy[0], xy[1], 0.0);
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

    /** Whether the continuous layout has come to rest (or is not running); for tests and benchmarks. */
    boolean layoutSettled() {
        return layout.settled();
    }

    /** The graph the chart shows; for tests and benchmarks in this package, FX thread only. */
    Graph graph() {
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
        return (int) graph.nodes().filter(n -> !n.getId().startsWith(MORE_PREFIX)).count();
    }

    public int linkCount() {
        return (int) graph.edges().filter(e -> !e.getId().startsWith(MORE_PREFIX)).count();
    }

    public boolean shows(String entityId) {
        return graph.getNode(entityId) != null;
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
            Node node = graph.getNode(id);
            if (node == null) {
                return;
            }
            // hold it against the layout's forces while dragged; a pinned entity stays pinned when let go
            layout.hold(id, !released);
            node.setAttribute("xyz", worldX, worldY, 0.0);
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

    private static void setOrRemove(Node node, String attribute, Object value) {
        if (node == null) {
            return;
        }
        if (value == null) {
            node.removeAttribute(attribute);
        } else if (!Objects.equals(node.getAttribute(attribute), value)) {
            node.setAttribute(attribute, value);
        }
    }

    private static String shorten(String caption) {
        return caption.length() <= 32 ? caption : caption.substring(0, 31) + "…";
    }

    /** The fill colour of each entity type, read from the style sheet so the legend cannot disagree with it. */
    public static Map<String, String> typeColours() {
        return ChartStyle.typeColours();
    }
}
