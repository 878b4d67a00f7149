package org.netzbild.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netzbild.layout.BarnesHutProbe;
import org.netzbild.layout.ForceAtlasSettings;

/**
 * How accurate the two Barnes-Hut repulsions of the speed comparison are, on the same positions:
 * the relative error per node, {@code |F_bh − F_exact| / |F_exact|}, of ours and of Gephi's, each
 * at the settings it runs with in {@link LayoutBenchmark} (scaling ratio and theta; the two trees
 * measure a cell's size differently, so the same theta is not the same cutoff), against the exact
 * all-pairs forces ({@link ExactRepulsion}). A faster layout that computes coarser forces would
 * show here.
 */
final class BarnesHutAccuracy {

    static final String HEADER = """
            | nodes | positions | Barnes-Hut repulsion | theta | force error, median | p95 | max |
            |---|---|---|---|---|---|---|""";

    private BarnesHutAccuracy() {
    }

    /**
     * One row for ours and one for Gephi's, on the positions {@code x}, {@code y} of {@code graph}'s
     * nodes; with {@code alsoFullyOpened}, two more with theta 0 (every cell opened), where an exact
     * tree walk has no error at all.
     */
    static List<String> rows(BarabasiAlbertGraph graph, String positions, double[] x, double[] y, boolean alsoFullyOpened) {
        // Gephi holds positions as floats: all three computations start from the same float points
        double[] fx = new double[x.length];
        double[] fy = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            fx[i] = (float) x[i];
            fy[i] = (float) y[i];
        }
        double[] mass = masses(graph);
        ForceAtlasSettings ours = ForceAtlasSettings.defaults(1);
        double[][] exact = ExactRepulsion.forces(fx, fy, mass, ours.scalingRatio());
        if (ours.scalingRatio() != GephiForceAtlas2.SCALING_RATIO) {
            throw new IllegalStateException("the comparison's scaling ratios differ");
        }
        var rows = new ArrayList<String>();
        rows.add(row(graph, positions, "Netzbild (quadtree, cell width / distance < theta)", ours.theta(),
                ExactRepulsion.relativeErrors(BarnesHutProbe.repulsion(fx, fy, mass, ours.scalingRatio(), ours.theta()), exact)));
        rows.add(row(graph, positions, "Gephi ForceAtlas2 (regions, 2 × radius / distance < theta)", GephiForceAtlas2.THETA,
                ExactRepulsion.relativeErrors(GephiRepulsion.forces(fx, fy, mass, GephiForceAtlas2.SCALING_RATIO,
                        GephiForceAtlas2.THETA), exact)));
        if (alsoFullyOpened) {
            rows.add(row(graph, positions, "Netzbild, every cell opened", 0,
                    ExactRepulsion.relativeErrors(BarnesHutProbe.repulsion(fx, fy, mass, ours.scalingRatio(), 0), exact)));
            // Gephi applies a pair met at a leaf to both nodes while every node walks the tree:
            // each near pair is counted twice, which the fully opened walk shows as 100 %
            rows.add(row(graph, positions, "Gephi, every region opened", 0, ExactRepulsion.relativeErrors(
                    GephiRepulsion.forces(fx, fy, mass, GephiForceAtlas2.SCALING_RATIO, 0), exact)));
        }
        return rows;
    }

    /** ForceAtlas2's mass, 1 + degree, as both layouts set it. */
    static double[] masses(BarabasiAlbertGraph graph) {
        double[] mass = new double[graph.nodes()];
        java.util.Arrays.fill(mass, 1);
        for (int e = 0; e < graph.links(); e++) {
            mass[graph.source()[e]]++;
            mass[graph.target()[e]]++;
        }
        return mass;
    }

    private static String row(BarabasiAlbertGraph graph, String positions, String name, double theta, double[] errors) {
        return String.format(Locale.ROOT, "| %,d | %s | %s | %.1f | %.2f %% | %.2f %% | %.1f %% |", graph.nodes(),
                positions, name, theta, 100 * ExactRepulsion.percentile(errors, 50),
                100 * ExactRepulsion.percentile(errors, 95), 100 * errors[errors.length - 1]);
    }
}
