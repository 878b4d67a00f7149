package org.netzbild.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.chart.ChartGraph;

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
    public void apply(ChartGraph chart) {
        int n = chart.nodeCount();
        Couples couples = new Couples(n);
        for (int k = 0; k < chart.linkCount(); k++) {
            if (isFamily(chart, k) && "SPOUSE".equals(chart.relation(k))) {
                couples.join(chart.from(k), chart.to(k));
            }
        }
        Map<Integer, Integer> unitOfRoot = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        int[] unit = new int[n];
        for (int i = 0; i < n; i++) {
            int u = unitOfRoot.computeIfAbsent(couples.root(i), r -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            unit[i] = u;
            members.get(u).add(i);
        }
        List<List<Integer>> children = HierarchicalLayout.emptyLists(members.size());
        List<List<Integer>> neighbours = HierarchicalLayout.emptyLists(members.size());
        for (int k = 0; k < chart.linkCount(); k++) {
            link(chart, k, unit, children, neighbours);
        }
        placement.place(chart, members, LongestPathLayering.layers(members.size(), children), neighbours);
    }

    private static void link(ChartGraph chart, int k, int[] unit, List<List<Integer>> children,
                             List<List<Integer>> neighbours) {
        int from = unit[chart.from(k)];
        int to = unit[chart.to(k)];
        if (from == to) {
            return;
        }
        neighbours.get(from).add(to);
        neighbours.get(to).add(from);
        if (isFamily(chart, k) && chart.relation(k) != null) {
            switch (chart.relation(k)) {
                case "PARENT" -> children.get(from).add(to);
                case "CHILD" -> children.get(to).add(from);
                default -> { /* same generation or unknown: no layer constraint */ }
            }
        }
    }

    private static boolean isFamily(ChartGraph chart, int k) {
        return FAMILY.equals(chart.linkType(k));
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
