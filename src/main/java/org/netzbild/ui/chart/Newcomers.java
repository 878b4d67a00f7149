package org.netzbild.ui.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.netzbild.chart.ChartGraph;

/** Where entities new on the chart first stand, before the layout moves them. */
final class Newcomers {

    private Newcomers() {
    }

    /**
     * Puts each entity or stub without a place next to one it is linked to, so that an expansion
     * grows out of the entity expanded: with the layout stopped (a reopened chart keeps its saved
     * picture) they would otherwise all stand at the origin, with the layout running at random
     * places in the whole chart. Newcomers linked to nothing placed (say, an import's new
     * entities) go to free ground to the right of the picture, a group at a time, each group
     * grown from one of its members, instead of a pile at the origin.
     */
    static void place(ChartGraph graph, double distance) {
        var random = new Random(graph.nodeCount());
        var placed = new ArrayDeque<Integer>();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        int unplaced = 0;
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (!graph.placed(i)) {
                unplaced++;
            } else {
                placed.add(i);
                minX = Math.min(minX, graph.x(i));
                maxX = Math.max(maxX, graph.x(i));
                minY = Math.min(minY, graph.y(i));
            }
        }
        if (unplaced == 0) {
            return;
        }
        List<List<Integer>> neighbours = neighbours(graph);
        growFrom(graph, neighbours, placed, random, distance);
        int columns = (int) Math.ceil(Math.sqrt(unplaced));
        double left = minX == Double.POSITIVE_INFINITY ? 0 : maxX + 3 * distance;
        double top = minY == Double.POSITIVE_INFINITY ? 0 : minY;
        int slot = 0;
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (graph.placed(i)) {
                continue;
            }
            graph.move(i, left + (slot % columns) * 2 * distance, top + (slot / columns) * 2 * distance);
            slot++;
            growFrom(graph, neighbours, new ArrayDeque<>(List.of(i)), random, distance);
        }
    }

    /** Each entity's neighbours, one entry per link end, in the order of the links. */
    private static List<List<Integer>> neighbours(ChartGraph graph) {
        List<List<Integer>> neighbours = new ArrayList<>(graph.nodeCount());
        for (int i = 0; i < graph.nodeCount(); i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int k = 0; k < graph.linkCount(); k++) {
            neighbours.get(graph.from(k)).add(graph.to(k));
            neighbours.get(graph.to(k)).add(graph.from(k));
        }
        return neighbours;
    }

    /** Places every unplaced entity reachable from {@code from} next to the one that reached it. */
    private static void growFrom(ChartGraph graph, List<List<Integer>> neighbours, Deque<Integer> from,
                                 Random random, double distance) {
        while (!from.isEmpty()) {
            int node = from.poll();
            for (int n : neighbours.get(node)) {
                if (!graph.placed(n)) {
                    double angle = random.nextDouble() * 2 * Math.PI;
                    graph.move(n, graph.x(node) + Math.cos(angle) * distance, graph.y(node) + Math.sin(angle) * distance);
                    from.add(n);
                }
            }
        }
    }
}
