package org.netzbild.ui.chart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.stream.SinkAdapter;
import org.netzbild.ui.chart.layout.NodePosition;

/**
 * What the chart draws, as parallel arrays indexed per entity and per link, so that a frame is a
 * loop over arrays instead of map look-ups in GraphStream's graph. The arrays follow the graph as
 * a sink: a moved entity ({@code xyz}) is written straight into {@link #x} and {@link #y}; any other
 * change (entities or links added or removed, a class, label, colour or the selection) marks the
 * arrays stale, and the next frame rebuilds them once, however many events came in between.
 * The arrays are read by {@link ChartPainter} and written only here. FX thread only.
 */
final class ChartElements {

    /** Entities drawn above the others, in this order: the selection on top. */
    private static final int PLAIN = 0;
    private static final int HIGHLIGHTED = 1;
    private static final int SELECTED = 2;
    /** How far apart parallel links between the same two entities bow out, in pixels. */
    static final double PARALLEL_SPACING = 14;

    private final Graph graph;
    private final ChartStyle style;
    private final Runnable changed;
    private final Map<String, Integer> index = new HashMap<>();
    private final GraphEvents events = new GraphEvents();
    private boolean stale = true;
    private int generation;

    int nodeCount;
    String[] ids = new String[0];
    double[] x = new double[0];
    double[] y = new double[0];
    NodeLook[] looks = new NodeLook[0];
    /** The label, or {@code null} for none. */
    String[] labels = new String[0];
    /** Selected or highlighted: labelled at any level of detail. */
    boolean[] marked = new boolean[0];
    /** Entity indexes in drawing order: by layer (plain, highlighted, selected), then by look. */
    int[] nodeOrder = new int[0];

    int linkCount;
    int[] from = new int[0];
    int[] to = new int[0];
    LinkLook[] linkLooks = new LinkLook[0];
    boolean[] directed = new boolean[0];
    /** Sideways offset (pixels, to the left of the link's direction) of parallel links; 0 for a straight line. */
    double[] bend = new double[0];
    /** Link indexes grouped by look, so that the painter strokes each group as one path. */
    int[] linkOrder = new int[0];

    /** Follows {@code graph} from now on; {@code changed} is told of every change that needs a new frame. */
    ChartElements(Graph graph, ChartStyle style, Runnable changed) {
        this.graph = graph;
        this.style = style;
        this.changed = changed;
        graph.addSink(events);
    }

    /** Stops following the graph. */
    void detach() {
        graph.removeSink(events);
    }

    /** Rebuilds the arrays if the graph changed since the last call; cheap otherwise. */
    void refresh() {
        if (stale) {
            rebuildNodes();
            rebuildLinks();
            stale = false;
            generation++;
        }
    }

    /** Counts the rebuilds, so that what is derived from the labels and looks is derived again only then. */
    int generation() {
        return generation;
    }

    /** The index of an entity, or -1 if it is not drawn. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    private void rebuildNodes() {
        int n = graph.getNodeCount();
        nodeCount = n;
        ids = new String[n];
        x = new double[n];
        y = new double[n];
        looks = new NodeLook[n];
        labels = new String[n];
        marked = new boolean[n];
        index.clear();
        var lookIds = new HashMap<NodeLook, Integer>();
        long[] keys = new long[n];
        int i = 0;
        for (Node node : graph) {
            String classes = text(node.getAttribute("ui.class"));
            boolean selected = node.hasAttribute("ui.selected");
            boolean highlighted = classes != null && Arrays.stream(classes.split(","))
                    .anyMatch(c -> c.strip().equals("highlight"));
            ids[i] = node.getId();
            index.put(ids[i], i);
            looks[i] = style.node(classes, selected, text(node.getAttribute("ui.style")));
            labels[i] = text(node.getAttribute("ui.label"));
            marked[i] = selected || highlighted;
            double[] xy = NodePosition.xy(node.getAttribute("xyz"));
            x[i] = xy == null ? Double.NaN : xy[0];
            y[i] = xy == null ? Double.NaN : xy[1];
            long layer = selected ? SELECTED : highlighted ? HIGHLIGHTED : PLAIN;
            long look = lookIds.computeIfAbsent(looks[i], l -> lookIds.size());
            keys[i] = layer << 52 | look << 32 | i;
            i++;
        }
        nodeOrder = order(keys);
    }

    private void rebuildLinks() {
        int m = graph.getEdgeCount();
        linkCount = m;
        from = new int[m];
        to = new int[m];
        linkLooks = new LinkLook[m];
        directed = new boolean[m];
        bend = new double[m];
        var lookIds = new HashMap<LinkLook, Integer>();
        var parallels = new HashMap<Long, int[]>();
        long[] keys = new long[m];
        int k = 0;
        for (Edge edge : (Iterable<Edge>) graph.edges()::iterator) {
            from[k] = index.get(edge.getSourceNode().getId());
            to[k] = index.get(edge.getTargetNode().getId());
            linkLooks[k] = style.link(text(edge.getAttribute("ui.class")));
            directed[k] = edge.isDirected();
            parallels.computeIfAbsent(pair(from[k], to[k]), p -> new int[2])[0]++;
            long look = lookIds.computeIfAbsent(linkLooks[k], l -> lookIds.size());
            keys[k] = look << 32 | k;
            k++;
        }
        for (k = 0; k < m; k++) {
            int[] seen = parallels.get(pair(from[k], to[k]));
            if (seen[0] > 1) {
                // spread the links of one pair symmetrically; the sign follows one fixed direction of the pair
                double offset = (seen[1]++ - (seen[0] - 1) / 2.0) * PARALLEL_SPACING;
                bend[k] = from[k] < to[k] ? offset : -offset;
            }
        }
        linkOrder = order(keys);
    }

    private static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** Sorts the keys and returns their low 32 bits, the element indexes, in that order. */
    private static int[] order(long[] keys) {
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The graph's events: positions go straight into the arrays, anything else marks them stale. */
    private final class GraphEvents extends SinkAdapter {

        @Override
        public void nodeAdded(String sourceId, long timeId, String nodeId) {
            outdated();
        }

        @Override
        public void nodeRemoved(String sourceId, long timeId, String nodeId) {
            outdated();
        }

        @Override
        public void edgeAdded(String sourceId, long timeId, String edgeId, String fromNodeId, String toNodeId,
                              boolean isDirected) {
            outdated();
        }

        @Override
        public void edgeRemoved(String sourceId, long timeId, String edgeId) {
            outdated();
        }

        @Override
        public void graphCleared(String sourceId, long timeId) {
            outdated();
        }

        @Override
        public void nodeAttributeAdded(String sourceId, long timeId, String nodeId, String attribute, Object value) {
            nodeAttribute(nodeId, attribute, value);
        }

        @Override
        public void nodeAttributeChanged(String sourceId, long timeId, String nodeId, String attribute,
                                         Object oldValue, Object newValue) {
            nodeAttribute(nodeId, attribute, newValue);
        }

        @Override
        public void nodeAttributeRemoved(String sourceId, long timeId, String nodeId, String attribute) {
            nodeAttribute(nodeId, attribute, null);
        }

        @Override
        public void edgeAttributeAdded(String sourceId, long timeId, String edgeId, String attribute, Object value) {
            edgeAttribute(attribute);
        }

        @Override
        public void edgeAttributeChanged(String sourceId, long timeId, String edgeId, String attribute,
                                         Object oldValue, Object newValue) {
            edgeAttribute(attribute);
        }

        @Override
        public void edgeAttributeRemoved(String sourceId, long timeId, String edgeId, String attribute) {
            edgeAttribute(attribute);
        }

        private void nodeAttribute(String nodeId, String attribute, Object value) {
            if (attribute.equals("xyz")) {
                moved(nodeId, value);
            } else if (attribute.startsWith("ui.")) {
                outdated();
            }
        }

        private void edgeAttribute(String attribute) {
            if (attribute.equals("ui.class")) {
                outdated();
            }
        }

        private void moved(String nodeId, Object xyz) {
            Integer i = index.get(nodeId);
            if (!stale && i != null) {
                double[] xy = NodePosition.xy(xyz);
                x[i] = xy == null ? Double.NaN : xy[0];
                y[i] = xy == null ? Double.NaN : xy[1];
            }
            changed.run();
        }

        private void outdated() {
            stale = true;
            changed.run();
        }
    }
}
