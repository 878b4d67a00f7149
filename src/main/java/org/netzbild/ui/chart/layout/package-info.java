/**
 * Chart layouts over GraphStream's graph model: the continuous {@link
 * org.netzbild.ui.chart.layout.ForceAtlasLayout} (a GraphStream {@code Layout}) and one-shot
 * placements behind {@link org.netzbild.ui.chart.layout.ChartLayout}: circular, hierarchical
 * (ownership chains) and family tree. Why our own force layout: docs/adr/0007.
 */
package org.netzbild.ui.chart.layout;
