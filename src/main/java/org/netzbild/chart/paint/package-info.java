/**
 * The chart as drawn, for the screen and the exports alike (ADR 0036): what is drawn and how
 * ({@link org.netzbild.chart.paint.ChartElements}, {@link org.netzbild.chart.paint.ChartStyle} from
 * {@code graph.css}, the looks, the level of detail, the camera and framing) and the one painter,
 * {@link org.netzbild.chart.paint.ChartPainter}, which draws on a {@link org.netzbild.chart.paint.Surface}:
 * JavaFX's canvas in the desktop, PNG, SVG and PDF in the exports. No JavaFX.
 */
package org.netzbild.chart.paint;
