package org.netzbild.ui.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.netzbild.chart.ChartGraph;

/**
 * Where entities new on the chart first stand, before the layout settles them: in rings around
 * the entity they were expanded from (their anchor), so that an expansion grows out of the entity
 * expanded and the layout has only local work left (ADR 0027).
 *
 * <p>The rings open away from what already surrounds the anchor (the mean direction of its
 * neighbours on the chart), over at most three quarters of a circle, or all round an anchor that
 * stands alone. Their spacing follows the chart's own scale, the median length of its links, so
 * that newcomers stand as far from their anchor as its other neighbours do; a ring holds as many
 * newcomers as fit half a link length apart, and further rings follow outside it.
 */
final class Newcomers {

    /** The widest arc the rings open to around an anchor with neighbours: three quarters of a circle. */
    private static final double WIDEST_ARC = 1.5 * Math.PI;
    /** Newcomers on one ring stand at least this many link lengths apart. */
    private static final double GAP = 0.5;
    /** Each further ring is this many link lengths outside the one before. */
    private static final double RING_STEP = 0.7;

    private Newcomers() {
    }

    /**
     * Places every entity or stub without a place. Those linked to a placed entity go into rings
     * around it, and their own unplaced neighbours into rings around them, and so on. Newcomers
     * linked to nothing placed (say, an import's new entities) go to free ground to the right of
     * the picture, a group at a time, each group grown from one of its members, instead of a pile
     * at the origin. {@code fallback} is the link length for a chart without placed links.
     */
    static void place(ChartGraph graph, double fallback) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        var placed = new ArrayDeque<Integer>();
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
        double spacing = linkLength(graph, fallback);
        List<List<Integer>> neighbours = neighbours(graph);
        growFrom(graph, neighbours, placed, spacing);
        int columns = (int) Math.ceil(Math.sqrt(unplaced));
        double left = minX == Double.POSITIVE_INFINITY ? 0 : maxX + 3 * spacing;
        double top = minY == Double.POSITIVE_INFINITY ? 0 : minY;
        int slot = 0;
        for (int i = 0; i < graph.nodeCount(); i++) {
            if (graph.placed(i)) {
                continue;
            }
            graph.move(i, left + (slot % columns) * 2 * spacing, top + (slot / columns) * 2 * spacing);
            slot++;
            growFrom(graph, neighbours, new ArrayDeque<>(List.of(i)), spacing);
        }
    }

    /** The median length of the links between placed entities, or {@code fallback} if there are none. */
    static double linkLength(ChartGraph graph, double fallback) {
        double[] lengths = new double[graph.linkCount()];
        int n = 0;
        for (int k = 0; k < graph.linkCount(); k++) {
            int a = graph.from(k);
            int b = graph.to(k);
            if (a != b && graph.placed(a) && graph.placed(b)) {
                double length = Math.hypot(graph.x(a) - graph.x(b), graph.y(a) - graph.y(b));
                if (length > 0) {
                    lengths[n++] = length;
                }
            }
        }
        if (n == 0) {
            return fallback;
        }
        Arrays.sort(lengths, 0, n);
        return lengths[n / 2];
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

    /** Places every unplaced entity reachable from {@code from} in rings around the one that reached it. */
    private static void growFrom(ChartGraph graph, List<List<Integer>> neighbours, Deque<Integer> from, double spacing) {
        while (!from.isEmpty()) {
            int anchor = from.poll();
            var newcomers = new ArrayList<Integer>();
            for (int n : neighbours.get(anchor)) {
                if (!graph.placed(n) && !newcomers.contains(n)) {
                    newcomers.add(n);
                }
            }
            if (newcomers.isEmpty()) {
                continue;
            }
            ring(graph, anchor, outward(graph, neighbours.get(anchor), anchor), newcomers, spacing);
            from.addAll(newcomers);
        }
    }

    /**
     * The direction (radians) away from the placed neighbours of {@code anchor}, or NaN when it
     * has none or they surround it evenly: then the rings go all round.
     */
    private static double outward(ChartGraph graph, List<Integer> around, int anchor) {
        double dx = 0;
        double dy = 0;
        int count = 0;
        for (int n : around) {
            if (graph.placed(n)) {
                double length = Math.hypot(graph.x(n) - graph.x(anchor), graph.y(n) - graph.y(anchor));
                if (length > 0) {
                    dx += (graph.x(n) - graph.x(anchor)) / length;
                    dy += (graph.y(n) - graph.y(anchor)) / length;
                    count++;
                }
            }
        }
        if (count == 0 || Math.hypot(dx, dy) < 0.25 * count) {
            return Double.NaN;
        }
        return Math.atan2(-dy, -dx);
    }

    /** Puts the newcomers on rings around the anchor, on an arc centred on {@code direction} (NaN: all round). */
    private static void ring(ChartGraph graph, int anchor, double direction, List<Integer> newcomers, double spacing) {
        boolean allRound = Double.isNaN(direction);
        double arc = allRound ? 2 * Math.PI : WIDEST_ARC;
        int placed = 0;
        for (int ring = 0; placed < newcomers.size(); ring++) {
            double radius = spacing * (1 + RING_STEP * ring);
            int capacity = Math.max(1, (int) Math.floor(arc * radius / (GAP * spacing)));
            int here = Math.min(capacity, newcomers.size() - placed);
            // a ring that is not full spreads its newcomers over the part of the arc they need
            double span = here == capacity ? arc : Math.min(arc, here * GAP * spacing / radius * 1.6);
            double start = allRound ? ring * 0.5 : direction - span / 2;
            for (int k = 0; k < here; k++) {
                double angle = allRound ? start + 2 * Math.PI * k / here : start + span * (k + 0.5) / here;
                graph.move(newcomers.get(placed + k), graph.x(anchor) + Math.cos(angle) * radius,
                        graph.y(anchor) + Math.sin(angle) * radius);
            }
            placed += here;
        }
    }
}
