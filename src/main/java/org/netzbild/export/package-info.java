/**
 * Exports of a chart: what a recipient may receive of it ({@link org.netzbild.export.Disclosure}, by
 * the records' handling and the {@link org.netzbild.export.Recipient}), and writers for the files
 * other tools read: CSV and XLSX tables (cells neutralised against formula injection), GraphML,
 * GEXF 1.2draft and 1.3, FollowTheMoney JSON lines. No JavaFX and no store: the application
 * service {@code app.Exports} reads the chart with the session's visibility and logs the disclosure.
 */
package org.netzbild.export;
