package org.netzbild.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.netzbild.chart.ChartGraph;

/**
 * The ordering and placement steps of a Sugiyama-style drawing, shared by the hierarchical and
 * the family-tree layouts: units (a node, or spouses who stand together) on given layers are
 * ordered within each layer by the barycentre of their neighbours in the layers already placed
 * (Sugiyama et al. 1981), sweeping down and up a few times to reduce crossings, and then put on
 * a grid with layer 0 on top.
 */
final class LayeredPlacement {

    private static final int SWEEPS = 4;

    private final double columnGap;
    private final double layerGap;

    LayeredPlacement(double columnGap, double layerGap) {
        this.columnGap = columnGap;
        this.layerGap = layerGap;
    }

    /**
     * @param chart      the chart whose entities are placed
     * @param members    the entity indexes of each unit, placed side by side in this order
     * @param layer      the layer of each unit
     * @param neighbours the units each unit is linked to, in any direction
     */
    void place(ChartGraph chart, List<List<Integer>> members, int[] layer, List<List<Integer>> neighbours) {
        List<List<Integer>> layers = initialLayers(layer);
        double[] rank = new double[layer.length];
        // one array of sort keys for all layers: one per layer would cost layers × units, quadratic on a long chain
        double[] key = new double[layer.length];
        ranks(layers, rank);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int k = 0; k < layers.size(); k++) {
                int l = down ? k : layers.size() - 1 - k;
                reorder(layers.get(l), l, down, layer, neighbours, rank, key);
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            placeLayer(chart, layers.get(l), l, members);
        }
    }

    private static List<List<Integer>> initialLayers(int[] layer) {
        List<List<Integer>> layers = new ArrayList<>();
        for (int u = 0; u < layer.length; u++) {
            while (layers.size() <= layer[u]) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer[u]).add(u);
        }
        return layers;
    }

    private static void ranks(List<List<Integer>> layers, double[] rank) {
        for (List<Integer> units : layers) {
            for (int k = 0; k < units.size(); k++) {
                rank[units.get(k)] = k;
            }
        }
    }

    /** Sorts one layer by the mean rank of its neighbours above (sweeping down) or below (up). */
    private static void reorder(List<Integer> units, int l, boolean down, int[] layer,
                                List<List<Integer>> neighbours, double[] rank, double[] key) {
        for (int u : units) {
            double sum = 0;
            int count = 0;
            for (int v : neighbours.get(u)) {
                if (down ? layer[v] < l : layer[v] > l) {
                    sum += rank[v];
                    count++;
                }
            }
            // a unit without neighbours on that side keeps its place
            key[u] = count == 0 ? rank[u] : sum / count;
        }
        units.sort(Comparator.comparingDouble((Integer u) -> key[u]).thenComparingDouble(u -> rank[u]));
        for (int k = 0; k < units.size(); k++) {
            rank[units.get(k)] = k;
        }
    }

    private void placeLayer(ChartGraph chart, List<Integer> units, int l, List<List<Integer>> members) {
        int width = 0;
        for (int u : units) {
            width += members.get(u).size();
        }
        double x = -(width - 1) * columnGap / 2;
        double y = -l * layerGap;
        for (int u : units) {
            for (int node : members.get(u)) {
                chart.move(node, x, y);
                x += columnGap;
            }
        }
    }
}
