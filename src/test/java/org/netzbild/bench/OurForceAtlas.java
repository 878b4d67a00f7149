package org.netzbild.bench;

import org.netzbild.layout.ForceAtlasLayout;
import org.netzbild.layout.ForceAtlasSettings;

/** Netzbild's {@link ForceAtlasLayout}, fed as the chart's layout worker feeds it. */
final class OurForceAtlas implements LayoutUnderTest {

    private ForceAtlasLayout layout;
    private int nodes;

    @Override
    public String name() {
        return "Netzbild ForceAtlasLayout (1 thread)";
    }

    @Override
    public void load(BarabasiAlbertGraph graph, double scale) {
        layout = new ForceAtlasLayout(ForceAtlasSettings.defaults(1));
        nodes = graph.nodes();
        for (int i = 0; i < nodes; i++) {
            layout.addNode(id(i));
            layout.moveNode(id(i), graph.startX()[i] * scale, graph.startY()[i] * scale);
        }
        for (int e = 0; e < graph.links(); e++) {
            layout.addLink("e" + e, id(graph.source()[e]), id(graph.target()[e]));
        }
    }

    @Override
    public void step() {
        layout.compute();
    }

    @Override
    public void positions(double[] x, double[] y) {
        for (int i = 0; i < nodes; i++) {
            double[] p = layout.nodePosition(id(i));
            x[i] = p[0];
            y[i] = p[1];
        }
    }

    @Override
    public void close() {
        layout = null;
    }

    private static String id(int i) {
        return Integer.toString(i);
    }
}
