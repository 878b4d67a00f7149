package org.netzbild.ui.chart.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * A layered drawing of chains of control: owners and directors above what they own or direct,
 * layer by layer along the direction of the chosen link types (longest-path layering, then
 * barycentre ordering against crossings; Sugiyama, Tagawa and Toda 1981). Links of other types
 * do not set layers; nodes without any chosen link stand on the top layer.
 */
public final class HierarchicalLayout implements ChartLayout {

    private final Set<String> chainTypes;
    private final LayeredPlacement placement;

    /** Ownership and directorship chains: {@code OWNS} and {@code DIRECTS}. */
    public HierarchicalLayout() {
        this(Set.of("OWNS", "DIRECTS"));
    }

    /** Layers along the given link types, read from {@link ChartLinkAttributes#TYPE}. */
    public HierarchicalLayout(Set<String> chainTypes) {
        this.chainTypes = Set.copyOf(chainTypes);
        this.placement = new LayeredPlacement(1.0, 1.0);
    }

    @Override
    public void apply(Graph graph) {
        int n = graph.getNodeCount();
        List<List<Integer>> successors = emptyLists(n);
        List<List<Integer>> neighbours = emptyLists(n);
        List<List<Node>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(List.of(graph.getNode(i)));
        }
        graph.edges().forEach(edge -> {
            int from = edge.getSourceNode().getIndex();
            int to = edge.getTargetNode().getIndex();
            if (from != to && isChain(edge)) {
                successors.get(from).add(to);
                neighbours.get(from).add(to);
                neighbours.get(to).add(from);
            }
        });
        placement.place(members, LongestPathLayering.layers(n, successors), neighbours);
    }

    private boolean isChain(Edge edge) {
        return chainTypes.contains(ChartLinkAttributes.type(edge));
    }

    static List<List<Integer>> emptyLists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
