/**
 * The network chart: its in-memory model {@link org.netzbild.chart.ChartGraph} (why: docs/adr/0012),
 * drawn by the painter of {@code chart.paint} on the canvas (why: docs/adr/0008, 0036) and laid out on a worker thread (docs/adr/0010),
 * with its style table read from {@code graph.css}, colours and legend.
 */
package org.netzbild.ui.chart;
