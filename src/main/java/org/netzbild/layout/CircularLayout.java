package org.netzbild.layout;

import org.netzbild.chart.ChartGraph;

/**
 * Places the entities on one circle in the chart's order, evenly spaced, so that every node is
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
    public void apply(ChartGraph chart) {
        int n = chart.nodeCount();
        if (n == 1) {
            chart.move(0, 0.0, 0.0);
            return;
        }
        // chord between neighbours = spacing  ⇔  r = spacing / (2 sin(π/n))
        double radius = spacing / (2 * Math.sin(Math.PI / n));
        for (int k = 0; k < n; k++) {
            double angle = Math.PI / 2 - 2 * Math.PI * k / n;
            chart.move(k, radius * Math.cos(angle), radius * Math.sin(angle));
        }
    }
}
