package org.netzbild.bench;

import java.util.List;
import java.util.Random;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.netzbild.chart.ChartGraph;

/**
 * A seeded random chart with its positions fixed in advance (uniform in the unit square), so that
 * no layout runs while frames are timed and every renderer draws exactly the same picture.
 * Links are directed, between two different entities, as the chart draws them.
 */
record RandomChart(String[] ids, String[] types, String[] captions, double[] x, double[] y,
                   int[] from, int[] to, String[] linkTypes) {

    static RandomChart of(int entities, int links, List<String> entityTypes, List<String> linkTypeNames, long seed) {
        var random = new Random(seed);
        var ids = new String[entities];
        var types = new String[entities];
        var captions = new String[entities];
        var x = new double[entities];
        var y = new double[entities];
        for (int i = 0; i < entities; i++) {
            ids[i] = "e-" + i;
            types[i] = entityTypes.get(random.nextInt(entityTypes.size()));
            captions[i] = types[i] + " " + (10_000 + random.nextInt(90_000));
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        var from = new int[links];
        var to = new int[links];
        var linkTypes = new String[links];
        for (int i = 0; i < links; i++) {
            from[i] = random.nextInt(entities);
            do {
                to[i] = random.nextInt(entities);
            } while (to[i] == from[i]);
            linkTypes[i] = linkTypeNames.get(random.nextInt(linkTypeNames.size()));
        }
        return new RandomChart(ids, types, captions, x, y, from, to, linkTypes);
    }

    /** The chart as {@code NetworkChart} keeps it: labelled, typed, placed entities, directed links of a type. */
    ChartGraph chartGraph() {
        var graph = new ChartGraph();
        for (int i = 0; i < entityCount(); i++) {
            graph.addNode(ids[i]);
            graph.setLooks(ids[i], captions[i], types[i], null);
            graph.move(ids[i], x[i], y[i]);
        }
        for (int i = 0; i < linkCount(); i++) {
            graph.addLink("l-" + i, ids[from[i]], ids[to[i]], true, linkTypes[i], null);
        }
        return graph;
    }

    /**
     * The same chart as GraphStream's viewer reads it, for the reference row: {@code ui.label},
     * {@code ui.class} (the type) and {@code xyz} per entity, directed links classed by link type.
     */
    Graph graph() {
        Graph graph = new MultiGraph("chart", false, true);
        for (int i = 0; i < entityCount(); i++) {
            var node = graph.addNode(ids[i]);
            node.setAttribute("ui.label", captions[i]);
            node.setAttribute("ui.class", types[i]);
            node.setAttribute("xyz", x[i], y[i], 0.0);
        }
        for (int i = 0; i < linkCount(); i++) {
            graph.addEdge("l-" + i, ids[from[i]], ids[to[i]], true).setAttribute("ui.class", linkTypes[i]);
        }
        return graph;
    }

    int entityCount() {
        return ids.length;
    }

    int linkCount() {
        return from.length;
    }
}
