package org.netzbild.layout;

import org.netzbild.chart.ChartGraph;

/**
 * A one-shot placement of a chart: computes a position for every entity of a {@link ChartGraph}
 * and moves it there (y points up, as on screen). The continuous force layout is
 * {@link ForceAtlasLayout}; {@link ForceDirectedPlacement} runs it to rest behind this interface.
 */
public interface ChartLayout {

    /** Places every entity of {@code chart}; entities and links are left as they are. */
    void apply(ChartGraph chart);
}
