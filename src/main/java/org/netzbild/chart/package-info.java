/**
 * The chart as a document, independent of any screen: which entities and links are on it, which
 * are hidden or pinned, where they stand, which filters apply, and the undo/redo history of chart
 * operations. The desktop draws it; later the exporters render it. {@link
 * org.netzbild.chart.ChartGraph} is the chart as drawn, in memory: what the renderer and the layouts
 * share (ADR 0012). No JavaFX, no store.
 */
package org.netzbild.chart;
