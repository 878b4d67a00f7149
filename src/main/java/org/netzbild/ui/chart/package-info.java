/**
 * The network chart: its in-memory model {@link org.netzbild.chart.ChartGraph} (why: docs/adr/0012),
 * drawn by our own canvas renderer (why: docs/adr/0008) and laid out on a worker thread (docs/adr/0010),
 * with its style table read from {@code graph.css}, colours and legend.
 */
package org.netzbild.ui.chart;
