package org.netzbild.chart.paint;

import java.util.Arrays;
import java.util.HashMap;
import org.netzbild.chart.ChartGraph;

/**
 * What the chart draws, as parallel arrays indexed like the entities and links of the chart's
 * {@link ChartGraph}, so that a frame is a loop over arrays. The ids, positions and link ends are
 * the graph's own arrays, read where they are (ADR 0012): a move costs no copy here. What is
 * derived for the drawing alone — looks, labels, drawing order, the bend of parallel links — is
 * derived again at the next frame after the graph's structure or looks changed, once however many
 * changes came in between. The arrays are read by {@link ChartPainter}. FX thread only.
 */
public final class ChartElements {

    /** Entities drawn above the others, in this order: the dimmed at the bottom, the selection on top. */
    private static final int DIMMED = 0;
    private static final int PLAIN = 1;
    private static final int HIGHLIGHTED = 2;
    private static final int SELECTED = 3;
    /** The style class of an entity away from the path chosen in the path list: drawn faint, and its links (issue 18). */
    public static final String DIMMED_CLASS = "dimmed";
    /** How much of its colour a dimmed entity or link keeps. */
    static final double DIMMED_OPACITY = 0.18;
    /** The style class of an entity the matcher pairs with another record: drawn with a badge (issue 20). */
    public static final String POSSIBLE_DUPLICATE = "possible-duplicate";
    /** How far apart parallel links between the same two entities bow out, in pixels. */
    public static final double PARALLEL_SPACING = 14;

    private final ChartGraph graph;
    private final ChartStyle style;
    private final Runnable changed;
    private final GraphEvents events = new GraphEvents();
    private boolean stale = true;
    private int generation;

    public int nodeCount;
    /** The ids as of the last rebuild: the last frame's hit test must not see the graph's reused array change. */
    public String[] ids = new String[0];
    /** The graph's positions (NaN: no place yet), valid below {@link #nodeCount}. */
    public double[] x = new double[0];
    public double[] y = new double[0];
    public NodeLook[] looks = new NodeLook[0];
    /** The label, or {@code null} for none. */
    public String[] labels = new String[0];
    /** Selected or highlighted: labelled at any level of detail. */
    public boolean[] marked = new boolean[0];
    /** A possible duplicate of another record ({@link #POSSIBLE_DUPLICATE}): drawn with a badge. */
    public boolean[] badged = new boolean[0];
    /** Not hidden: drawn and hit. Hidden entities keep their place but are in no order below. */
    public boolean[] shown = new boolean[0];
    /** Away from the chosen path ({@link #DIMMED_CLASS}): drawn faint, labelled last. */
    public boolean[] dimmed = new boolean[0];
    /** The source ring's segment colours of an entity stated by several agencies; null for none. */
    public Rgba[][] sourceRings = new Rgba[0][];
    /** Indexes of the shown entities in drawing order: by layer (plain, highlighted, selected), then by look. */
    public int[] nodeOrder = new int[0];
    /**
     * Indexes of the shown entities in the order their labels are offered room (issue 18): selected
     * and highlighted first, then by how many shown links they have, most first.
     */
    public int[] labelOrder = new int[0];

    public int linkCount;
    /** The link ids as of the last rebuild, for the hit test. */
    public String[] linkIds = new String[0];
    public boolean[] linkSelected = new boolean[0];
    /** Crossing the border the chart shows: drawn over a band of its own. */
    public boolean[] linkAcross = new boolean[0];
    public int[] from = new int[0];
    public int[] to = new int[0];
    public LinkLook[] linkLooks = new LinkLook[0];
    public boolean[] directed = new boolean[0];
    /** Sideways offset (pixels, to the left of the link's direction) of parallel links; 0 for a straight line. */
    public double[] bend = new double[0];
    /** Indexes of the shown links (both ends shown, the link not hidden), grouped by look, so that the painter strokes each group as one path. */
    public int[] linkOrder = new int[0];

    /** Follows {@code graph} from now on; {@code changed} is told of every change that needs a new frame. */
    public ChartElements(ChartGraph graph, ChartStyle style, Runnable changed) {
        this.graph = graph;
        this.style = style;
        this.changed = changed;
        graph.addListener(events);
    }

    /** Stops following the graph. */
    public void detach() {
        graph.removeListener(events);
    }

    /** Derives the drawing's arrays again if the graph changed since the last call; cheap otherwise. */
    public void refresh() {
        // the graph may have grown its arrays: always read them afresh
        x = graph.xs();
        y = graph.ys();
        if (stale) {
            rebuildNodes();
            rebuildLinks();
            rebuildLabelOrder();
            stale = false;
            generation++;
        }
    }

    /** Counts the rebuilds, so that what is derived from the labels and looks is derived again only then. */
    public int generation() {
        return generation;
    }

    /** The index of an entity, or -1 if it is not drawn. */
    public int indexOf(String id) {
        return graph.indexOf(id);
    }

    private void rebuildNodes() {
        int n = graph.nodeCount();
        nodeCount = n;
        ids = Arrays.copyOf(graph.nodeIds(), n);
        looks = new NodeLook[n];
        labels = new String[n];
        marked = new boolean[n];
        badged = new boolean[n];
        shown = new boolean[n];
        dimmed = new boolean[n];
        sourceRings = new Rgba[n][];
        var lookIds = new HashMap<NodeLook, Integer>();
        long[] keys = new long[n];
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            shown[i] = !graph.hidden(i);
            String classes = graph.styleClasses(i);
            String colour = graph.colour(i);
            boolean selected = graph.selected(i);
            boolean highlighted = hasClass(classes, "highlight");
            badged[i] = hasClass(classes, POSSIBLE_DUPLICATE);
            looks[i] = style.node(classes, selected, colour == null ? null : "fill-color: " + colour + ";");
            dimmed[i] = hasClass(classes, DIMMED_CLASS) && !selected;
            String[] ring = graph.sourceRing(i);
            if (ring != null && ring.length > 1) {
                sourceRings[i] = new Rgba[ring.length];
                for (int k = 0; k < ring.length; k++) {
                    sourceRings[i][k] = dimmed[i] ? fade(Rgba.web(ring[k])) : Rgba.web(ring[k]);
                }
            }
            if (dimmed[i]) {
                looks[i] = faded(looks[i]);
            }
            labels[i] = graph.label(i);
            marked[i] = selected || highlighted;
            if (shown[i]) {
                long layer = selected ? SELECTED : highlighted ? HIGHLIGHTED : dimmed[i] ? DIMMED : PLAIN;
                long look = lookIds.computeIfAbsent(looks[i], l -> lookIds.size());
                keys[drawn++] = layer << 52 | look << 32 | i;
            }
        }
        nodeOrder = order(Arrays.copyOf(keys, drawn));
    }

    private static boolean hasClass(String classes, String wanted) {
        return classes != null && Arrays.stream(classes.split(",")).anyMatch(c -> c.strip().equals(wanted));
    }

    private void rebuildLinks() {
        int m = graph.linkCount();
        linkCount = m;
        linkIds = new String[m];
        linkSelected = new boolean[m];
        linkAcross = new boolean[m];
        from = new int[m];
        to = new int[m];
        linkLooks = new LinkLook[m];
        directed = new boolean[m];
        bend = new double[m];
        var lookIds = new HashMap<LinkLook, Integer>();
        var parallels = new HashMap<Long, int[]>();
        long[] keys = new long[m];
        int drawn = 0;
        for (int k = 0; k < m; k++) {
            linkIds[k] = graph.linkId(k);
            linkSelected[k] = graph.linkSelected(k);
            linkAcross[k] = graph.linkAcross(k);
            from[k] = graph.from(k);
            to[k] = graph.to(k);
            linkLooks[k] = style.link(graph.linkType(k));
            if (graph.linkColour(k) != null) {
                LinkLook typed = linkLooks[k];
                Rgba colour = Rgba.web(graph.linkColour(k));
                linkLooks[k] = recoloured.computeIfAbsent(typed.colour() + "|" + colour + "|" + typed.width() + "|" + typed.dashed()
                        + "|" + typed.dotted(), key -> new LinkLook(colour, typed.width(), typed.dashed(), typed.dotted(),
                        typed.arrowLength(), typed.arrowWidth()));
            }
            if (dimmed[from[k]] || dimmed[to[k]]) {
                linkLooks[k] = fadedLinks.computeIfAbsent(linkLooks[k], l -> new LinkLook(l.colour().withOpacity(
                        l.colour().opacity() * DIMMED_OPACITY), l.width(), l.dashed(), l.dotted(), l.arrowLength(), l.arrowWidth()));
            }
            directed[k] = graph.directed(k);
            if (graph.linkHidden(k) || !shown[from[k]] || !shown[to[k]]) {
                continue;
            }
            parallels.computeIfAbsent(pair(from[k], to[k]), p -> new int[2])[0]++;
            long look = lookIds.computeIfAbsent(linkLooks[k], l -> lookIds.size());
            keys[drawn++] = look << 32 | k;
        }
        for (int k = 0; k < m; k++) {
            int[] seen = parallels.get(pair(from[k], to[k]));
            if (seen != null && seen[0] > 1 && !graph.linkHidden(k) && shown[from[k]] && shown[to[k]]) {
                // spread the links of one pair symmetrically; the sign follows one fixed direction of the pair
                double offset = (seen[1]++ - (seen[0] - 1) / 2.0) * PARALLEL_SPACING;
                bend[k] = from[k] < to[k] ? offset : -offset;
            }
        }
        linkOrder = order(Arrays.copyOf(keys, drawn));
    }

    private void rebuildLabelOrder() {
        int[] degree = new int[nodeCount];
        for (int k : linkOrder) {
            degree[from[k]]++;
            degree[to[k]]++;
        }
        long most = (1L << 27) - 1;
        long[] keys = new long[nodeOrder.length];
        for (int j = 0; j < nodeOrder.length; j++) {
            int i = nodeOrder[j];
            keys[j] = (marked[i] ? 0L : dimmed[i] ? 2L : 1L) << 60 | (most - Math.min(degree[i], most)) << 32 | i;
        }
        labelOrder = order(keys);
    }

    private final java.util.Map<NodeLook, NodeLook> fadedNodes = new HashMap<>();
    private final java.util.Map<LinkLook, LinkLook> fadedLinks = new HashMap<>();
    /** Links drawn in their stating agency's colour: one look per type look and colour, so that the painter batches them. */
    private final java.util.Map<String, LinkLook> recoloured = new HashMap<>();

    /** The look faint: its colours keep {@link #DIMMED_OPACITY} of their opacity. */
    private NodeLook faded(NodeLook l) {
        return fadedNodes.computeIfAbsent(l, k -> new NodeLook(k.shape(), k.size(), fade(k.fill()), fade(k.stroke()),
                k.strokeWidth(), k.dashed(), k.textSize(), fade(k.textColour()), fade(k.textBackground()), k.textPadding(),
                k.labelInside(), k.fitsLabel(), k.padding()));
    }

    private static Rgba fade(Rgba c) {
        return c == null ? null : c.withOpacity(c.opacity() * DIMMED_OPACITY);
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

    /** The graph's changes: a move needs only a new frame, anything else new looks and orders as well. */
    private final class GraphEvents implements ChartGraph.Listener {

        @Override
        public void nodeAdded(String id) {
            outdated();
        }

        @Override
        public void nodeRemoved(String id) {
            outdated();
        }

        @Override
        public void linkAdded(String id, String fromId, String toId) {
            outdated();
        }

        @Override
        public void linkRemoved(String id) {
            outdated();
        }

        @Override
        public void looksChanged() {
            outdated();
        }

        @Override
        public void moved(int index) {
            changed.run();
        }

        private void outdated() {
            stale = true;
            changed.run();
        }
    }
}
