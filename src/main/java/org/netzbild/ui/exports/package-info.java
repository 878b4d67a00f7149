/**
 * The export dialog: format and recipient of an export of the chart on screen, with a preview of
 * what goes out to that recipient and what its handling keeps back (issue 21, ADR 0032).
 */
package org.netzbild.ui.exports;
