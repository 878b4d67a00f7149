/**
 * Chart layouts, without JavaFX and without the desktop, over the chart's in-memory model
 * {@link org.netzbild.chart.ChartGraph} (ADR 0012): the continuous {@link
 * org.netzbild.layout.ForceAtlasLayout} (a step-wise object on its own copy of the nodes and
 * links) and one-shot placements behind {@link org.netzbild.layout.ChartLayout}: circular,
 * hierarchical (ownership chains), family tree, and the force layout run to rest. Why our own
 * force layout: docs/adr/0007.
 */
package org.netzbild.layout;
