package org.netzbild.ui.chart.layout;

import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * Places the nodes on one circle in the graph's node order, evenly spaced, so that every node is
 * equally easy to see and links show as chords. The radius grows with the number of nodes so
 * that neighbours on the circle stay {@code spacing} apart.
 */
public final class CircularLayout implements ChartLayout {

    private final double spacing;

    /** Neighbouring nodes one unit apart along the circle. */
    public CircularLayout() {
        this(1.0);
    }

    public CircularLayout(double spacing) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("the spacing of a circular layout must be positive");
        }
        this.spacing = spacing;
    }

    @Override
    public void apply(Graph graph) {
        int n = graph.getNodeCount();
        if (n == 1) {
            graph.getNode(0).setAttribute("xyz", 0.0, 0.0, 0.0);
            return;
        }
        // chord between neighbours = spacing  ⇔  r = spacing / (2 sin(π/n))
        double radius = spacing / (2 * Math.sin(Math.PI / n));
        for (int k = 0; k < n; k++) {
            Node node = graph.getNode(k);
            double angle = Math.PI / 2 - 2 * Math.PI * k / n;
            node.setAttribute("xyz", radius * Math.cos(angle), radius * Math.sin(angle), 0.0);
        }
    }
}
