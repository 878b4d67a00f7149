package org.netzbild.bench;

import org.graphstream.ui.geom.Point3;
import org.netzbild.ui.chart.layout.ForceAtlasLayout;
import org.netzbild.ui.chart.layout.ForceAtlasSettings;

/** Netzbild's {@link ForceAtlasLayout}, fed through its GraphStream sink methods. */
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
            layout.nodeAdded("bench", i, id(i));
            layout.moveNode(id(i), graph.startX()[i] * scale, graph.startY()[i] * scale, 0);
        }
        for (int e = 0; e < graph.links(); e++) {
            layout.edgeAdded("bench", e, "e" + e, id(graph.source()[e]), id(graph.target()[e]), false);
        }
    }

    @Override
    public void step() {
        layout.compute();
    }

    @Override
    public void positions(double[] x, double[] y) {
        for (int i = 0; i < nodes; i++) {
            Point3 p = layout.nodePosition(id(i));
            x[i] = p.x;
            y[i] = p.y;
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
