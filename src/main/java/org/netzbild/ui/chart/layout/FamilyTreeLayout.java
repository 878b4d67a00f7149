package org.netzbild.ui.chart.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * A family tree from FAMILY links: one row per generation, parents a row above their children,
 * spouses side by side. A FAMILY link reads "from is {@code relation} of to" (the ontology), so
 * {@code A -PARENT-> B} and {@code B -CHILD-> A} both put A above B. Spouses form one block
 * whose generation is the deeper of theirs. Other relations (siblings, cousins, in-laws) and
 * other link types only help the ordering within a row; nodes without a parent or child link
 * stand on the top row.
 */
public final class FamilyTreeLayout implements ChartLayout {

    private static final String FAMILY = "FAMILY";

    private final LayeredPlacement placement = new LayeredPlacement(1.0, 1.0);

    @Override
    public void apply(Graph graph) {
        int n = graph.getNodeCount();
        Couples couples = new Couples(n);
        graph.edges().filter(FamilyTreeLayout::isFamily)
                .filter(e -> ChartLinkAttributes.relation(e).equals("SPOUSE"))
                .forEach(e -> couples.join(e.getSourceNode().getIndex(), e.getTargetNode().getIndex()));
        Map<Integer, Integer> unitOfRoot = new HashMap<>();
        List<List<Node>> members = new ArrayList<>();
        int[] unit = new int[n];
        for (int i = 0; i < n; i++) {
            int u = unitOfRoot.computeIfAbsent(couples.root(i), r -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            unit[i] = u;
            members.get(u).add(graph.getNode(i));
        }
        List<List<Integer>> children = HierarchicalLayout.emptyLists(members.size());
        List<List<Integer>> neighbours = HierarchicalLayout.emptyLists(members.size());
        graph.edges().forEach(edge -> link(edge, unit, children, neighbours));
        placement.place(members, LongestPathLayering.layers(members.size(), children), neighbours);
    }

    private static void link(Edge edge, int[] unit, List<List<Integer>> children, List<List<Integer>> neighbours) {
        int from = unit[edge.getSourceNode().getIndex()];
        int to = unit[edge.getTargetNode().getIndex()];
        if (from == to) {
            return;
        }
        neighbours.get(from).add(to);
        neighbours.get(to).add(from);
        if (isFamily(edge)) {
            switch (ChartLinkAttributes.relation(edge)) {
                case "PARENT" -> children.get(from).add(to);
                case "CHILD" -> children.get(to).add(from);
                default -> { /* same generation or unknown: no layer constraint */ }
            }
        }
    }

    private static boolean isFamily(Edge edge) {
        return ChartLinkAttributes.type(edge).equals(FAMILY);
    }

    /** Union-find over node indices: who stands with whom as a couple. */
    private static final class Couples {
        private final int[] parent;

        Couples(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            parent[root(a)] = root(b);
        }
    }
}
