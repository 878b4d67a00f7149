package org.netzbild.ui.chart;

import javafx.scene.layout.Region;
import org.netzbild.chart.ChartGraph;

/**
 * The chart as the explorer runs it — canvas, pulse and continuous layout — for the benchmarks in
 * {@code org.netzbild.bench}, which cannot see this package's classes: they fill its graph and ask
 * whether the layout has come to rest. FX thread only, like the chart.
 */
public final class LiveChart {

    private final NetworkChart chart = new NetworkChart();

    public Region view() {
        return chart.view();
    }

    /** The chart's graph, for filling it as {@code NetworkChart.draw} would. */
    public ChartGraph graph() {
        return chart.graph();
    }

    public boolean layoutSettled() {
        return chart.layoutSettled();
    }

    public void close() {
        chart.close();
    }
}
