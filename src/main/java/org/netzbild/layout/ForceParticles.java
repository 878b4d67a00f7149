package org.netzbild.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes and links a force layout works on, as a struct of arrays: positions, forces and
 * masses in {@code double[]}, link ends in {@code int[]}. Iterating over primitive arrays is what
 * makes an iteration at 20,000 nodes cheap; the maps from the chart's string ids are touched
 * only when the graph changes.
 *
 * <p>Removals only mark an entry; {@link #compact()} drops marked entries in one pass before the
 * next iteration, so that removing many nodes one event at a time stays linear.
 */
final class ForceParticles {

    int count;
    double[] x = new double[16];
    double[] y = new double[16];
    double[] dx = new double[16];
    double[] dy = new double[16];
    double[] oldDx = new double[16];
    double[] oldDy = new double[16];
    /** ForceAtlas2's mass: 1 + degree, so that hubs repel more and end with room around them. */
    double[] mass = new double[16];
    boolean[] pinned = new boolean[16];
    /** Each node's radius, for the size-aware forces that keep shapes apart (0: a point). */
    double[] size = new double[16];
    private boolean[] removedNode = new boolean[16];
    private String[] nodeIds = new String[16];
    private final Map<String, Integer> nodeIndex = new HashMap<>();

    int linkCount;
    int[] source = new int[16];
    int[] target = new int[16];
    private boolean[] removedLink = new boolean[16];
    private String[] linkIds = new String[16];
    private final Map<String, Integer> linkIndex = new HashMap<>();

    private boolean dirty;

    /** Adds a node at (x, y); an id already present keeps its place. */
    int addNode(String id, double px, double py) {
        Integer known = nodeIndex.get(id);
        if (known != null) {
            return known;
        }
        if (count == x.length) {
            growNodes(count * 2);
        }
        int i = count++;
        x[i] = px;
        y[i] = py;
        dx[i] = dy[i] = oldDx[i] = oldDy[i] = 0;
        mass[i] = 1;
        pinned[i] = false;
        size[i] = 0;
        removedNode[i] = false;
        nodeIds[i] = id;
        nodeIndex.put(id, i);
        return i;
    }

    void removeNode(String id) {
        Integer i = nodeIndex.remove(id);
        if (i != null) {
            removedNode[i] = true;
            dirty = true;
        }
    }

    /** Adds a link; self-loops pull on nothing and are left out, as are links to unknown nodes. */
    void addLink(String id, String fromId, String toId) {
        Integer from = nodeIndex.get(fromId);
        Integer to = nodeIndex.get(toId);
        if (from == null || to == null || from.equals(to) || linkIndex.containsKey(id)) {
            return;
        }
        if (linkCount == source.length) {
            growLinks(linkCount * 2);
        }
        int e = linkCount++;
        source[e] = from;
        target[e] = to;
        removedLink[e] = false;
        linkIds[e] = id;
        linkIndex.put(id, e);
        mass[from]++;
        mass[to]++;
    }

    void removeLink(String id) {
        Integer e = linkIndex.remove(id);
        if (e != null) {
            removedLink[e] = true;
            mass[source[e]]--;
            mass[target[e]]--;
            dirty = true;
        }
    }

    /** The index of a node, or -1. Indices change in {@link #compact()}. */
    int indexOf(String id) {
        Integer i = nodeIndex.get(id);
        return i == null ? -1 : i;
    }

    String idAt(int i) {
        return nodeIds[i];
    }

    void clear() {
        count = 0;
        linkCount = 0;
        nodeIndex.clear();
        linkIndex.clear();
        Arrays.fill(nodeIds, null);
        Arrays.fill(linkIds, null);
        dirty = false;
    }

    /** Drops removed nodes and links (and links whose end was removed), keeping the order. */
    void compact() {
        if (!dirty) {
            return;
        }
        int[] newIndex = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (removedNode[i]) {
                newIndex[i] = -1;
                continue;
            }
            newIndex[i] = n;
            moveNode(i, n);
            n++;
        }
        Arrays.fill(nodeIds, n, count, null);
        count = n;
        int m = 0;
        for (int e = 0; e < linkCount; e++) {
            int from = newIndex[source[e]];
            int to = newIndex[target[e]];
            if (removedLink[e] || from < 0 || to < 0) {
                if (!removedLink[e]) {
                    linkIndex.remove(linkIds[e]);
                    dropMassOfLiveEnd(from, to);
                }
                continue;
            }
            source[m] = from;
            target[m] = to;
            removedLink[m] = false;
            linkIds[m] = linkIds[e];
            linkIndex.put(linkIds[m], m);
            m++;
        }
        Arrays.fill(linkIds, m, linkCount, null);
        linkCount = m;
        dirty = false;
    }

    private void dropMassOfLiveEnd(int from, int to) {
        if (from >= 0) {
            mass[from]--;
        }
        if (to >= 0) {
            mass[to]--;
        }
    }

    private void moveNode(int from, int to) {
        if (from == to) {
            return;
        }
        x[to] = x[from];
        y[to] = y[from];
        dx[to] = dx[from];
        dy[to] = dy[from];
        oldDx[to] = oldDx[from];
        oldDy[to] = oldDy[from];
        mass[to] = mass[from];
        pinned[to] = pinned[from];
        size[to] = size[from];
        removedNode[to] = false;
        nodeIds[to] = nodeIds[from];
        nodeIndex.put(nodeIds[to], to);
    }

    private void growNodes(int capacity) {
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        dx = Arrays.copyOf(dx, capacity);
        dy = Arrays.copyOf(dy, capacity);
        oldDx = Arrays.copyOf(oldDx, capacity);
        oldDy = Arrays.copyOf(oldDy, capacity);
        mass = Arrays.copyOf(mass, capacity);
        pinned = Arrays.copyOf(pinned, capacity);
        size = Arrays.copyOf(size, capacity);
        removedNode = Arrays.copyOf(removedNode, capacity);
        nodeIds = Arrays.copyOf(nodeIds, capacity);
    }

    private void growLinks(int capacity) {
        source = Arrays.copyOf(source, capacity);
        target = Arrays.copyOf(target, capacity);
        removedLink = Arrays.copyOf(removedLink, capacity);
        linkIds = Arrays.copyOf(linkIds, capacity);
    }
}
