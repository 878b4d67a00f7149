package org.netzbild.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netzbild.chart.ChartGraph;

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

    /** Layers along the given link types ({@link ChartGraph#linkType}). */
    public HierarchicalLayout(Set<String> chainTypes) {
        this.chainTypes = Set.copyOf(chainTypes);
        this.placement = new LayeredPlacement(1.0, 1.0);
    }

    @Override
    public void apply(ChartGraph chart) {
        int n = chart.nodeCount();
        List<List<Integer>> successors = emptyLists(n);
        List<List<Integer>> neighbours = emptyLists(n);
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(List.of(i));
        }
        for (int k = 0; k < chart.linkCount(); k++) {
            int from = chart.from(k);
            int to = chart.to(k);
            if (from != to && chainTypes.contains(chart.linkType(k))) {
                successors.get(from).add(to);
                neighbours.get(from).add(to);
                neighbours.get(to).add(from);
            }
        }
        placement.place(chart, members, LongestPathLayering.layers(n, successors), neighbours);
    }

    static List<List<Integer>> emptyLists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
