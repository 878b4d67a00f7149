package org.netzbild.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.netzbild.model.GraphSlice;

/**
 * A slice as the algorithms walk it: entities numbered as in the slice, and for each the links of
 * the connecting types in both directions (compressed rows: the neighbours of {@code v} are
 * {@code neighbour[start[v]] … neighbour[start[v + 1] - 1]}, each with the index of its link in the
 * slice). Municipality and Agency entities are reference data: they describe a network, they never
 * join one, so no link to them connects.
 */
public final class AnalysisGraph {

    /** Types that describe and never connect. */
    static final Set<String> REFERENCE_TYPES = Set.of("Municipality", "Agency");

    private final GraphSlice slice;
    private final int[] start;
    private final int[] neighbour;
    private final int[] edge;
    private final int[] touchingStart;
    private final int[] touching;

    private AnalysisGraph(GraphSlice slice, int[] start, int[] neighbour, int[] edge) {
        this.slice = slice;
        this.start = start;
        this.neighbour = neighbour;
        this.edge = edge;
        int n = slice.nodes().size();
        this.touchingStart = new int[n + 1];
        for (GraphSlice.Edge e : slice.edges()) {
            touchingStart[e.from() + 1]++;
            if (e.to() != e.from()) {
                touchingStart[e.to() + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            touchingStart[v + 1] += touchingStart[v];
        }
        this.touching = new int[touchingStart[n]];
        int[] fill = Arrays.copyOf(touchingStart, n);
        for (int i = 0; i < slice.edges().size(); i++) {
            GraphSlice.Edge e = slice.edges().get(i);
            touching[fill[e.from()]++] = i;
            if (e.to() != e.from()) {
                touching[fill[e.to()]++] = i;
            }
        }
    }

    /** The graph of {@code slice} under the link types of {@code connecting}. */
    public static AnalysisGraph of(GraphSlice slice, Set<String> connecting) {
        List<GraphSlice.Node> nodes = slice.nodes();
        List<GraphSlice.Edge> edges = slice.edges();
        int n = nodes.size();
        boolean[] joins = new boolean[edges.size()];
        int[] degree = new int[n];
        for (int i = 0; i < edges.size(); i++) {
            GraphSlice.Edge e = edges.get(i);
            if (e.from() != e.to() && connecting.contains(e.type())
                    && !REFERENCE_TYPES.contains(nodes.get(e.from()).type())
                    && !REFERENCE_TYPES.contains(nodes.get(e.to()).type())) {
                joins[i] = true;
                degree[e.from()]++;
                degree[e.to()]++;
            }
        }
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] neighbour = new int[start[n]];
        int[] edge = new int[start[n]];
        for (int i = 0; i < edges.size(); i++) {
            if (joins[i]) {
                GraphSlice.Edge e = edges.get(i);
                neighbour[fill[e.from()]] = e.to();
                edge[fill[e.from()]++] = i;
                neighbour[fill[e.to()]] = e.from();
                edge[fill[e.to()]++] = i;
            }
        }
        return new AnalysisGraph(slice, start, neighbour, edge);
    }

    public GraphSlice slice() {
        return slice;
    }

    public int size() {
        return start.length - 1;
    }

    public GraphSlice.Node node(int v) {
        return slice.nodes().get(v);
    }

    public GraphSlice.Edge edge(int index) {
        return slice.edges().get(index);
    }

    /** How many connecting links touch {@code v} (a link counted once per end). */
    public int degree(int v) {
        return start[v + 1] - start[v];
    }

    public int firstArc(int v) {
        return start[v];
    }

    public int endArc(int v) {
        return start[v + 1];
    }

    /** The entity at the other end of arc {@code a}. */
    public int target(int a) {
        return neighbour[a];
    }

    /** The slice's index of the link of arc {@code a}. */
    public int edgeOf(int a) {
        return edge[a];
    }

    /** The slice's indexes of every link of any type that starts or ends at {@code v}, connecting or not. */
    public int[] linksOf(int v) {
        return Arrays.copyOfRange(touching, touchingStart[v], touchingStart[v + 1]);
    }

    /** The index of the entity with this id, or -1. */
    public int indexOf(String id) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) { // the slice is sorted by id
            int mid = (low + high) >>> 1;
            int c = node(mid).id().compareTo(id);
            if (c == 0) {
                return mid;
            } else if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }
}
