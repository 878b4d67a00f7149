package org.netzbild.layout;

import org.netzbild.chart.ChartGraph;

/**
 * Runs a {@link ForceAtlasLayout} over a whole chart until it is stable (or an iteration cap is
 * reached) and writes the result: the force layout as a one-shot {@link ChartLayout}, e.g. for
 * an export without a live view. Pinned entities keep their positions.
 */
public final class ForceDirectedPlacement implements ChartLayout {

    private final ForceAtlasSettings settings;
    private final int maxIterations;

    public ForceDirectedPlacement(ForceAtlasSettings settings, int maxIterations) {
        this.settings = settings;
        this.maxIterations = maxIterations;
    }

    @Override
    public void apply(ChartGraph chart) {
        ForceAtlasLayout layout = new ForceAtlasLayout(settings);
        layout.load(chart);
        for (int k = 0; k < maxIterations && !layout.settled(); k++) {
            layout.compute();
        }
        layout.writePositions(chart);
    }
}
