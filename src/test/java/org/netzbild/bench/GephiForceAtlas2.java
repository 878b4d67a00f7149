package org.netzbild.bench;

import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;

/**
 * Gephi toolkit's ForceAtlas2 (the reference), with the same settings as our layout: Barnes-Hut
 * on with theta 1.2, scaling 2, gravity 1, jitter tolerance 1, lin-lin, no hub dissuasion, no
 * size adjustment, unit link weights.
 */
final class GephiForceAtlas2 implements LayoutUnderTest {

    /** The settings of the comparison, also those of the accuracy rows. */
    static final double SCALING_RATIO = 2.0;
    static final double THETA = 1.2;

    private final int threads;
    private ForceAtlas2 layout;
    private Node[] nodes;

    GephiForceAtlas2(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "Gephi ForceAtlas2 (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public void load(BarabasiAlbertGraph graph, double scale) {
        GraphModel model = GraphModel.Factory.newInstance();
        Graph g = model.getUndirectedGraph();
        nodes = new Node[graph.nodes()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = model.factory().newNode(Integer.toString(i));
            nodes[i].setX((float) (graph.startX()[i] * scale));
            nodes[i].setY((float) (graph.startY()[i] * scale));
            g.addNode(nodes[i]);
        }
        for (int e = 0; e < graph.links(); e++) {
            g.addEdge(model.factory().newEdge(nodes[graph.source()[e]], nodes[graph.target()[e]], false));
        }
        layout = new ForceAtlas2Builder().buildLayout();
        layout.setGraphModel(model);
        layout.resetPropertiesValues();
        layout.setScalingRatio(SCALING_RATIO);
        layout.setGravity(1.0);
        layout.setJitterTolerance(1.0);
        layout.setBarnesHutOptimize(true);
        layout.setBarnesHutTheta(THETA);
        layout.setLinLogMode(false);
        layout.setOutboundAttractionDistribution(false);
        layout.setAdjustSizes(false);
        layout.setStrongGravityMode(false);
        layout.setEdgeWeightInfluence(1.0);
        layout.setNormalizeEdgeWeights(false);
        layout.setInvertedEdgeWeightsMode(false);
        layout.setThreadsCount(threads);
        layout.initAlgo();
    }

    @Override
    public void step() {
        layout.goAlgo();
    }

    @Override
    public void positions(double[] x, double[] y) {
        for (int i = 0; i < nodes.length; i++) {
            x[i] = nodes[i].x();
            y[i] = nodes[i].y();
        }
    }

    @Override
    public void close() {
        layout.endAlgo();
        layout = null;
    }
}
