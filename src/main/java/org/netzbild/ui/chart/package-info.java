/**
 * The network chart: GraphStream's graph model, drawn by our own canvas renderer (why: docs/adr/0008),
 * with its style table read from {@code graph.css}, colours and legend.
 */
package org.netzbild.ui.chart;
