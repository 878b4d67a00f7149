/** The network chart: the GraphStream graph model and its JavaFX view. */
package org.netzbild.ui.chart;
