package org.netzbild.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The chart in memory: the entities and links drawn, where each entity stands, which are pinned,
 * and what the drawing shows of each (label, style classes, colour, selection). It is the one
 * model of the chart on the desktop's side (ADR 0012): the renderer reads its arrays, the one-shot
 * layouts read it and write positions into it, and the running layout forwards its changes to the
 * layout's worker. A command line or an exporter can build and lay out one without JavaFX.
 *
 * <p>A struct of arrays with dense indexes, entities {@code 0 … nodeCount()-1} and links
 * {@code 0 … linkCount()-1} in the order they were added, so that a frame or a layout pass is a
 * loop over arrays. Indexes move only when something is removed; {@link Listener}s hear every
 * change. An entity without a place has NaN coordinates. Not thread-safe: one thread owns it (on
 * the desktop, the FX thread).
 */
public final class ChartGraph {

    /** Hears the changes of a chart graph, on the thread that makes them. */
    public interface Listener {

        default void nodeAdded(String id) {
        }

        /** The entity and its links are gone; indexes above it have moved down. */
        default void nodeRemoved(String id) {
        }

        default void linkAdded(String id, String fromId, String toId) {
        }

        /** The link is gone; link indexes above it have moved down. */
        default void linkRemoved(String id) {
        }

        /** The entity at {@code index} was given a new place. */
        default void moved(int index) {
        }

        /** The entity at {@code index} was pinned or let go. */
        default void pinChanged(int index) {
        }

        /** A label, style class, colour or selection changed: what is drawn, not where. */
        default void looksChanged() {
        }
    }

    private static final int INITIAL = 16;

    private final List<Listener> listeners = new ArrayList<>();

    private int nodeCount;
    private String[] nodeIds = new String[INITIAL];
    private double[] x = new double[INITIAL];
    private double[] y = new double[INITIAL];
    private boolean[] pinned = new boolean[INITIAL];
    private String[] labels = new String[INITIAL];
    private String[] styleClasses = new String[INITIAL];
    private String[] colours = new String[INITIAL];
    /** Per entity stated by more than one agency: the colours of its source ring, one segment each; else null. */
    private String[][] sourceRings = new String[INITIAL][];
    private boolean[] selected = new boolean[INITIAL];
    private boolean[] hidden = new boolean[INITIAL];
    private final Map<String, Integer> nodeIndex = new HashMap<>();

    private int linkCount;
    private String[] linkIds = new String[INITIAL];
    private int[] from = new int[INITIAL];
    private int[] to = new int[INITIAL];
    private boolean[] directed = new boolean[INITIAL];
    private String[] linkTypes = new String[INITIAL];
    private String[] relations = new String[INITIAL];
    private boolean[] linkHidden = new boolean[INITIAL];
    private boolean[] linkSelected = new boolean[INITIAL];
    /** Links that cross a border the analyst asked to see (a municipality's, a police authority's, an agency's). */
    private boolean[] linkAcross = new boolean[INITIAL];
    /** A link's own colour (#rrggbb) instead of its type's, or null: the agency kind that stated it (issue 18). */
    private String[] linkColours = new String[INITIAL];
    private final Map<String, Integer> linkIndex = new HashMap<>();

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // --- entities ---

    public int nodeCount() {
        return nodeCount;
    }

    /** The index of an entity, or -1 if it is not on the chart. */
    public int indexOf(String id) {
        Integer i = nodeIndex.get(id);
        return i == null ? -1 : i;
    }

    public boolean contains(String id) {
        return nodeIndex.containsKey(id);
    }

    public String nodeId(int i) {
        return nodeIds[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Whether the entity has been given a place. */
    public boolean placed(int i) {
        return !Double.isNaN(x[i]) && !Double.isNaN(y[i]);
    }

    public boolean pinned(int i) {
        return pinned[i];
    }

    /** The label drawn, or {@code null} for none. */
    public String label(int i) {
        return labels[i];
    }

    /** The style classes of {@code graph.css}, comma-separated (the entity type, {@code highlight}, ...), or {@code null}. */
    public String styleClasses(int i) {
        return styleClasses[i];
    }

    /** A fill colour ({@code #rrggbb}) that overrides the type's, or {@code null}. */
    public String colour(int i) {
        return colours[i];
    }

    /**
     * The source ring of an entity stated by more than one agency: a ring around its shape split into
     * one segment a source, in these colours ({@code #rrggbb}); {@code null} for none (issue 18).
     */
    public String[] sourceRing(int i) {
        return sourceRings[i];
    }

    public void setSourceRing(String id, String[] ringColours) {
        int i = require(id);
        if (!Arrays.equals(sourceRings[i], ringColours)) {
            sourceRings[i] = ringColours == null ? null : ringColours.clone();
            looksChanged();
        }
    }

    public boolean selected(int i) {
        return selected[i];
    }

    /**
     * Whether the entity is hidden (by a filter, the time window or by hand): not drawn, but still
     * on the chart with its place, and still in the layout, so that hiding and showing it again
     * moves nothing else (ADR 0027).
     */
    public boolean hidden(int i) {
        return hidden[i];
    }

    /**
     * The x coordinates, indexed like the entities, for loops that should not pay a call per
     * entity (the renderer's frame). Read only; valid below {@link #nodeCount()} and until the next
     * entity is added or removed.
     */
    public double[] xs() {
        return x;
    }

    /** The y coordinates, as {@link #xs()}. */
    public double[] ys() {
        return y;
    }

    /** The entity ids, as {@link #xs()}. */
    public String[] nodeIds() {
        return nodeIds;
    }

    /** Adds an entity without a place; one already on the chart stays as it is. Returns its index. */
    public int addNode(String id) {
        Integer known = nodeIndex.get(Objects.requireNonNull(id));
        if (known != null) {
            return known;
        }
        if (nodeCount == nodeIds.length) {
            growNodes(nodeCount * 2);
        }
        int i = nodeCount++;
        nodeIds[i] = id;
        x[i] = Double.NaN;
        y[i] = Double.NaN;
        pinned[i] = false;
        labels[i] = null;
        styleClasses[i] = null;
        colours[i] = null;
        sourceRings[i] = null;
        selected[i] = false;
        hidden[i] = false;
        nodeIndex.put(id, i);
        listeners.forEach(l -> l.nodeAdded(id));
        return i;
    }

    /** Removes an entity and its links, if it is on the chart. */
    public void removeNode(String id) {
        if (nodeIndex.containsKey(id)) {
            retainNodes(other -> !other.equals(id));
        }
    }

    /** Removes every entity {@code keep} does not accept, and their links, in one pass. */
    public void retainNodes(Predicate<String> keep) {
        retainLinks(link -> true, keep);
    }

    /** Removes every link {@code keep} does not accept, in one pass; the entities stay. */
    public void retainLinks(Predicate<String> keep) {
        retainLinks(keep, node -> true);
    }

    /** Places an entity; NaN for none. */
    public void move(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
        for (Listener listener : listeners) {
            listener.moved(i);
        }
    }

    public void move(String id, double px, double py) {
        move(require(id), px, py);
    }

    /** Pins an entity where it stands (the layouts move it no longer) or lets it go. */
    public void setPinned(String id, boolean pin) {
        int i = require(id);
        if (pinned[i] != pin) {
            pinned[i] = pin;
            listeners.forEach(l -> l.pinChanged(i));
        }
    }

    /** What is drawn of an entity: its label, style classes and an overriding colour; any may be {@code null}. */
    public void setLooks(String id, String label, String classes, String colour) {
        int i = require(id);
        if (!Objects.equals(labels[i], label) || !Objects.equals(styleClasses[i], classes)
                || !Objects.equals(colours[i], colour)) {
            labels[i] = label;
            styleClasses[i] = classes;
            colours[i] = colour;
            looksChanged();
        }
    }

    public void setSelected(String id, boolean select) {
        int i = require(id);
        if (selected[i] != select) {
            selected[i] = select;
            looksChanged();
        }
    }

    /** Hides an entity from the drawing or shows it again; its place, links and layout stay (see {@link #hidden}). */
    public void setHidden(String id, boolean hide) {
        int i = require(id);
        if (hidden[i] != hide) {
            hidden[i] = hide;
            looksChanged();
        }
    }

    // --- links ---

    public int linkCount() {
        return linkCount;
    }

    /** The index of a link, or -1 if it is not on the chart. */
    public int linkIndexOf(String id) {
        Integer k = linkIndex.get(id);
        return k == null ? -1 : k;
    }

    public String linkId(int k) {
        return linkIds[k];
    }

    /** The index of the entity the link starts at. */
    public int from(int k) {
        return from[k];
    }

    /** The index of the entity the link ends at. */
    public int to(int k) {
        return to[k];
    }

    public boolean directed(int k) {
        return directed[k];
    }

    /** The link's type: the ontology's ({@code OWNS}, {@code FAMILY}, ...), or the chart's own ({@code more}); also its style class. */
    public String linkType(int k) {
        return linkTypes[k];
    }

    /** The {@code relation} of a FAMILY link ("from is {@code relation} of to"), or {@code null}. */
    public String relation(int k) {
        return relations[k];
    }

    /** Whether the link is hidden from the drawing (a link type or agency filtered out); it still pulls in the layout. */
    public boolean linkHidden(int k) {
        return linkHidden[k];
    }

    public boolean linkSelected(int k) {
        return linkSelected[k];
    }

    /** Whether the link crosses the border the chart shows (drawn with a band of its own, issue 18). */
    public boolean linkAcross(int k) {
        return linkAcross[k];
    }

    /** The link's own colour instead of its type's ({@code #rrggbb}), or null for the type's. */
    public String linkColour(int k) {
        return linkColours[k];
    }

    /** Draws the link in {@code colour} (its pattern and width stay its type's), or in its type's colour again with null. */
    public void setLinkColour(String id, String colour) {
        int k = requireLink(id);
        if (!java.util.Objects.equals(linkColours[k], colour)) {
            linkColours[k] = colour;
            looksChanged();
        }
    }

    public void setLinkAcross(String id, boolean across) {
        int k = requireLink(id);
        if (linkAcross[k] != across) {
            linkAcross[k] = across;
            looksChanged();
        }
    }

    /** Hides a link from the drawing or shows it again; a link to a hidden entity is not drawn either way. */
    public void setLinkHidden(String id, boolean hide) {
        int k = requireLink(id);
        if (linkHidden[k] != hide) {
            linkHidden[k] = hide;
            looksChanged();
        }
    }

    public void setLinkSelected(String id, boolean select) {
        int k = requireLink(id);
        if (linkSelected[k] != select) {
            linkSelected[k] = select;
            looksChanged();
        }
    }

    /**
     * Adds a link between two entities on the chart; a link id already there stays as it is.
     * Returns its index.
     *
     * @throws IllegalArgumentException if an end is not on the chart
     */
    public int addLink(String id, String fromId, String toId, boolean isDirected, String type, String relation) {
        Integer known = linkIndex.get(Objects.requireNonNull(id));
        if (known != null) {
            return known;
        }
        int a = require(fromId);
        int b = require(toId);
        if (linkCount == linkIds.length) {
            growLinks(linkCount * 2);
        }
        int k = linkCount++;
        linkIds[k] = id;
        from[k] = a;
        to[k] = b;
        directed[k] = isDirected;
        linkTypes[k] = type;
        relations[k] = relation;
        linkHidden[k] = false;
        linkSelected[k] = false;
        linkAcross[k] = false;
        linkColours[k] = null;
        linkIndex.put(id, k);
        listeners.forEach(l -> l.linkAdded(id, fromId, toId));
        return k;
    }

    public void removeLink(String id) {
        if (linkIndex.containsKey(id)) {
            retainLinks(other -> !other.equals(id));
        }
    }

    /** Removes every entity and link. */
    public void clear() {
        retainNodes(id -> false);
    }

    /** Removes the links {@code keepLink} refuses and those of the entities {@code keepNode} refuses, then those entities. */
    private void retainLinks(Predicate<String> keepLink, Predicate<String> keepNode) {
        int[] newIndex = new int[nodeCount];
        var removedNodes = new ArrayList<String>();
        int kept = 0;
        for (int i = 0; i < nodeCount; i++) {
            if (keepNode.test(nodeIds[i])) {
                newIndex[i] = kept++;
            } else {
                newIndex[i] = -1;
                removedNodes.add(nodeIds[i]);
            }
        }
        var removedLinks = new ArrayList<String>();
        int keptLinks = 0;
        for (int k = 0; k < linkCount; k++) {
            int a = newIndex[from[k]];
            int b = newIndex[to[k]];
            if (a < 0 || b < 0 || !keepLink.test(linkIds[k])) {
                removedLinks.add(linkIds[k]);
                linkIndex.remove(linkIds[k]);
                continue;
            }
            moveLink(k, keptLinks, a, b);
            keptLinks++;
        }
        Arrays.fill(linkIds, keptLinks, linkCount, null);
        linkCount = keptLinks;
        if (!removedNodes.isEmpty()) {
            for (int i = 0; i < nodeCount; i++) {
                if (newIndex[i] < 0) {
                    nodeIndex.remove(nodeIds[i]);
                } else {
                    moveNode(i, newIndex[i]);
                }
            }
            Arrays.fill(nodeIds, kept, nodeCount, null);
            nodeCount = kept;
        }
        // the listeners hear of the removals once the arrays are consistent again
        for (String link : removedLinks) {
            listeners.forEach(l -> l.linkRemoved(link));
        }
        for (String node : removedNodes) {
            listeners.forEach(l -> l.nodeRemoved(node));
        }
    }

    private void moveLink(int k, int into, int a, int b) {
        linkIds[into] = linkIds[k];
        from[into] = a;
        to[into] = b;
        directed[into] = directed[k];
        linkTypes[into] = linkTypes[k];
        relations[into] = relations[k];
        linkHidden[into] = linkHidden[k];
        linkSelected[into] = linkSelected[k];
        linkAcross[into] = linkAcross[k];
        linkColours[into] = linkColours[k];
        linkIndex.put(linkIds[into], into);
    }

    private void moveNode(int i, int into) {
        if (i == into) {
            return;
        }
        nodeIds[into] = nodeIds[i];
        x[into] = x[i];
        y[into] = y[i];
        pinned[into] = pinned[i];
        labels[into] = labels[i];
        styleClasses[into] = styleClasses[i];
        colours[into] = colours[i];
        sourceRings[into] = sourceRings[i];
        selected[into] = selected[i];
        hidden[into] = hidden[i];
        nodeIndex.put(nodeIds[into], into);
    }

    private void looksChanged() {
        listeners.forEach(Listener::looksChanged);
    }

    private int requireLink(String id) {
        Integer k = linkIndex.get(id);
        if (k == null) {
            throw new IllegalArgumentException("no link " + id + " on the chart");
        }
        return k;
    }

    private int require(String id) {
        Integer i = nodeIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no entity " + id + " on the chart");
        }
        return i;
    }

    private void growNodes(int capacity) {
        nodeIds = Arrays.copyOf(nodeIds, capacity);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        pinned = Arrays.copyOf(pinned, capacity);
        labels = Arrays.copyOf(labels, capacity);
        styleClasses = Arrays.copyOf(styleClasses, capacity);
        colours = Arrays.copyOf(colours, capacity);
        sourceRings = Arrays.copyOf(sourceRings, capacity);
        selected = Arrays.copyOf(selected, capacity);
        hidden = Arrays.copyOf(hidden, capacity);
    }

    private void growLinks(int capacity) {
        linkIds = Arrays.copyOf(linkIds, capacity);
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
        directed = Arrays.copyOf(directed, capacity);
        linkTypes = Arrays.copyOf(linkTypes, capacity);
        relations = Arrays.copyOf(relations, capacity);
        linkHidden = Arrays.copyOf(linkHidden, capacity);
        linkSelected = Arrays.copyOf(linkSelected, capacity);
        linkAcross = Arrays.copyOf(linkAcross, capacity);
        linkColours = Arrays.copyOf(linkColours, capacity);
    }
}
