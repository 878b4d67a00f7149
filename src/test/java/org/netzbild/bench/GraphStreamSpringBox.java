package org.netzbild.bench;

import java.util.Random;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import org.miv.pherd.geom.Point3;

/** GraphStream's SpringBox with its defaults, the layout the chart used before. */
final class GraphStreamSpringBox implements LayoutUnderTest {

    private SpringBox layout;
    private int nodes;

    @Override
    public String name() {
        return "GraphStream SpringBox (1 thread)";
    }

    @Override
    public void load(BarabasiAlbertGraph graph, double scale) {
        layout = new SpringBox(false, new Random(1));
        nodes = graph.nodes();
        for (int i = 0; i < nodes; i++) {
            layout.nodeAdded("bench", i, Integer.toString(i));
            layout.moveNode(Integer.toString(i), graph.startX()[i] * scale, graph.startY()[i] * scale, 0);
        }
        for (int e = 0; e < graph.links(); e++) {
            layout.edgeAdded("bench", e, "e" + e, Integer.toString(graph.source()[e]),
                    Integer.toString(graph.target()[e]), false);
        }
    }

    @Override
    public void step() {
        layout.compute();
    }

    @Override
    public void positions(double[] x, double[] y) {
        for (int i = 0; i < nodes; i++) {
            Point3 p = layout.getSpatialIndex().getParticle(Integer.toString(i)).getPosition();
            x[i] = p.x;
            y[i] = p.y;
        }
    }

    @Override
    public void close() {
        layout = null;
    }
}
