/** The first explorer window: search, results, and the chart of a result's neighbourhood. */
package org.netzbild.ui.explorer;
