package org.netzbild.ui.chart;

import java.util.List;
import java.util.Random;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.netzbild.ui.chart.layout.NodePosition;

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
    static void place(Graph graph, double distance) {
        var random = new Random(graph.getNodeCount());
        var placed = new java.util.ArrayDeque<Node>();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        int unplaced = 0;
        for (Node node : graph) {
            double[] xy = NodePosition.xy(node.getAttribute("xyz"));
            if (xy == null) {
                unplaced++;
            } else {
                placed.add(node);
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
            }
        }
        if (unplaced == 0) {
            return;
        }
        growFrom(placed, random, distance);
        int columns = (int) Math.ceil(Math.sqrt(unplaced));
        double left = minX == Double.POSITIVE_INFINITY ? 0 : maxX + 3 * distance;
        double top = minY == Double.POSITIVE_INFINITY ? 0 : minY;
        int slot = 0;
        for (Node node : graph) {
            if (NodePosition.xy(node.getAttribute("xyz")) != null) {
                continue;
            }
            node.setAttribute("xyz", left + (slot % columns) * 2 * distance,
                    top + (slot / columns) * 2 * distance, 0.0);
            slot++;
            growFrom(new java.util.ArrayDeque<>(List.of(node)), random, distance);
        }
    }

    /** Places every unplaced entity reachable from {@code from} next to the one that reached it. */
    private static void growFrom(java.util.Deque<Node> from, Random random, double distance) {
        while (!from.isEmpty()) {
            Node node = from.poll();
            double[] anchor = NodePosition.xy(node.getAttribute("xyz"));
            node.neighborNodes().filter(n -> NodePosition.xy(n.getAttribute("xyz")) == null).forEach(n -> {
                double angle = random.nextDouble() * 2 * Math.PI;
                n.setAttribute("xyz", anchor[0] + Math.cos(angle) * distance,
                        anchor[1] + Math.sin(angle) * distance, 0.0);
                from.add(n);
            });
        }
    }
}
