package org.netzbild.ui.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumSet;
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
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.util.InteractiveElement;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.ui.chart.layout.ChartLayout;
import org.netzbild.ui.chart.layout.ChartLinkAttributes;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;

/**
 * The network chart: GraphStream's graph model and JavaFX viewer with a force-directed layout.
 * Redraws are incremental (entities that stay keep their place), selection is by click,
 * Ctrl-click and lasso (drag on the background), the wheel zooms, and "+N more" stubs stand for
 * a hub's neighbours not yet shown. Must be used on the FX thread.
 */
public final class NetworkChart {

    /** The id prefix of the synthetic "+N more" stub of a hub. */
    public static final String MORE_PREFIX = "more:";
    private static final int LABELS_ONLY_FOR_SELECTION_FROM = 250;
    private static final long LAYOUT_SEED = 20261127L;

    private final Graph graph = new MultiGraph("chart", false, true);
    private final FxViewer viewer;
    private final FxViewPanel view;
    private final Set<String> selection = new LinkedHashSet<>();
    private Consumer<List<String>> onSelection = ids -> { };
    private Consumer<String> onOpen = id -> { };
    private Map<String, String> legend = Map.of();
    private boolean layoutRunning;

    public NetworkChart() {
        // set once: GraphStream re-parses and appends the whole sheet on every change of it
        graph.setAttribute("ui.stylesheet", stylesheet());
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_ANOTHER_THREAD);
        view = (FxViewPanel) viewer.addDefaultView(false);
        view.setId("chart");
        view.setMinSize(0, 0);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, e -> zoom(e.getDeltaY() > 0 ? 0.85 : 1 / 0.85));
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
        boolean crowded = entities.size() >= LABELS_ONLY_FOR_SELECTION_FROM;
        for (Entity entity : entities) {
            Node node = graph.getNode(entity.id()) != null ? graph.getNode(entity.id()) : graph.addNode(entity.id());
            boolean marked = selection.contains(entity.id()) || highlighted.contains(entity.id());
            // level of detail: a crowded chart labels only what is selected or highlighted
            setOrRemove(node, "ui.label", crowded && !marked ? null : shorten(entity.caption()));
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
        if (!layoutRunning) {
            placeNewcomers(entities, links);
        }
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
    }

    /**
     * With the layout stopped (a reopened chart keeps its saved picture), entities without a place
     * would all stand at the origin: put each next to an entity it is linked to instead.
     */
    private void placeNewcomers(List<Entity> entities, List<Link> links) {
        var random = new java.util.Random(entities.size());
        var neighbours = new java.util.HashMap<String, List<String>>();
        for (Link link : links) {
            neighbours.computeIfAbsent(link.fromId(), k -> new ArrayList<>()).add(link.toId());
            neighbours.computeIfAbsent(link.toId(), k -> new ArrayList<>()).add(link.fromId());
        }
        for (Entity entity : entities) {
            Node node = graph.getNode(entity.id());
            if (node == null || node.hasAttribute("xyz")) {
                continue;
            }
            double[] anchor = neighbours.getOrDefault(entity.id(), List.of()).stream()
                    .map(graph::getNode)
                    .filter(n -> n != null && n.hasAttribute("xyz"))
                    .map(n -> (Object[]) n.getAttribute("xyz"))
                    .map(xyz -> new double[] {((Number) xyz[0]).doubleValue(), ((Number) xyz[1]).doubleValue()})
                    .findFirst().orElse(new double[] {0, 0});
            double angle = random.nextDouble() * 2 * Math.PI;
            node.setAttribute("xyz", anchor[0] + Math.cos(angle) * 0.8, anchor[1] + Math.sin(angle) * 0.8, 0.0);
        }
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
        viewer.getGraphicGraph().nodes().forEach(n -> {
            GraphicNode node = (GraphicNode) n;
            if (!node.getId().startsWith(MORE_PREFIX)) {
                positions.put(node.getId(), new double[] {node.getX(), node.getY()});
            }
        });
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

    /** Runs the continuous force-directed layout (our Barnes-Hut ForceAtlas2, ADR 0007). */
    public void startLayout() {
        if (!layoutRunning) {
            viewer.enableAutoLayout(new ForceAtlasLayout(LAYOUT_SEED));
            layoutRunning = true;
        }
    }

    /** Stops the continuous layout and places the entities once by {@code layout} (circle, hierarchy, family tree). */
    public void apply(ChartLayout layout) {
        stopLayout();
        layout.apply(graph);
        view.getCamera().resetView();
    }

    public void stopLayout() {
        if (layoutRunning) {
            viewer.disableAutoLayout();
            layoutRunning = false;
        }
    }

    public boolean layoutRunning() {
        return layoutRunning;
    }

    public void fit() {
        view.getCamera().resetView();
    }

    public void zoom(double factor) {
        var camera = view.getCamera();
        camera.setViewPercent(Math.clamp(camera.getViewPercent() * factor, 0.02, 5));
    }

    /** Centres the view on an entity and zooms in on it. */
    public void focus(String id) {
        var node = (GraphicNode) viewer.getGraphicGraph().getNode(id);
        if (node != null) {
            view.getCamera().setViewCenter(node.getX(), node.getY(), 0);
            view.getCamera().setViewPercent(0.4);
        }
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

    public void close() {
        viewer.close();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        GraphicElement hit = view.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), event.getX(), event.getY());
        String id = hit == null ? null : hit.getId();
        if (id != null && event.getClickCount() == 2) {
            onOpen.accept(id);
            return;
        }
        if (id != null && id.startsWith(MORE_PREFIX)) {
            onOpen.accept(id);
            return;
        }
        var next = new ArrayList<String>(event.isControlDown() || event.isShiftDown() ? selection : Set.of());
        if (id != null && !next.remove(id)) {
            next.add(id);
        }
        select(next);
    }

    /** After a drag on the background, GraphStream has marked the nodes inside the lasso. */
    private void released(MouseEvent event) {
        if (event.isStillSincePress()) {
            return;
        }
        // GraphStream's own release handler marks the lassoed nodes; read them after it has run
        boolean adding = event.isControlDown();
        javafx.application.Platform.runLater(() -> takeLasso(adding));
    }

    private void takeLasso(boolean adding) {
        var lassoed = viewer.getGraphicGraph().nodes()
                .filter(n -> n.hasAttribute("ui.selected") && !n.getId().startsWith(MORE_PREFIX))
                .map(Node::getId).toList();
        if (!lassoed.isEmpty()) {
            var next = new ArrayList<String>(adding ? selection : Set.of());
            lassoed.stream().filter(id -> !next.contains(id)).forEach(next::add);
            select(next);
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
        return TypeColours.COLOURS;
    }

    /** Lazy holder: the style sheet is read for its colours once, not on every legend redraw. */
    private static final class TypeColours {
        static final Map<String, String> COLOURS = Map.copyOf(read());

        private static Map<String, String> read() {
            var colours = new LinkedHashMap<String, String>();
            var rule = java.util.regex.Pattern.compile("node\\.([A-Za-z]+)\\s*\\{[^}]*fill-color:\\s*(#[0-9a-fA-F]{6})");
            var matcher = rule.matcher(stylesheet());
            while (matcher.find()) {
                colours.put(matcher.group(1), matcher.group(2));
            }
            return colours;
        }
    }

    private static String stylesheet() {
        try (InputStream in = NetworkChart.class.getResourceAsStream("graph.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the chart style sheet is missing", e);
        }
    }
}
