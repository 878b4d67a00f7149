package org.netzbild.bench;

import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2LayoutData;
import org.gephi.layout.plugin.forceAtlas2.ForceFactory;
import org.gephi.layout.plugin.forceAtlas2.Region;

/**
 * The repulsion Gephi toolkit's ForceAtlas2 computes with Barnes-Hut on given positions and
 * masses, through its own classes as its iteration uses them: the root {@link Region} over all
 * nodes, its sub-regions, then every node's walk through the tree ({@code Region.applyForce})
 * with the linear repulsion of scaling ratio {@code k}, forces summed in the nodes' layout data.
 * Gephi keeps positions as {@code float}s: pass positions that are floats already, so that the
 * exact forces are computed on the same points.
 */
final class GephiRepulsion {

    private GephiRepulsion() {
    }

    /** {@code {fx, fy}} for every node, as one Gephi iteration's repulsion step leaves them. */
    static double[][] forces(double[] x, double[] y, double[] mass, double k, double theta) {
        GraphModel model = GraphModel.Factory.newInstance();
        Node[] nodes = new Node[x.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = model.factory().newNode(Integer.toString(i));
            nodes[i].setX((float) x[i]);
            nodes[i].setY((float) y[i]);
            var data = new ForceAtlas2LayoutData();
            data.mass = mass[i];
            nodes[i].setLayoutData(data);
        }
        var root = new Region(nodes);
        root.buildSubRegions();
        var repulsion = ForceFactory.builder.buildRepulsion(false, k);
        for (Node node : nodes) {
            root.applyForce(node, repulsion, theta);
        }
        double[][] forces = {new double[nodes.length], new double[nodes.length]};
        for (int i = 0; i < nodes.length; i++) {
            ForceAtlas2LayoutData data = nodes[i].getLayoutData();
            forces[0][i] = data.dx;
            forces[1][i] = data.dy;
        }
        return forces;
    }
}
