/** The analysis windows of the desktop (issue 19; {@code docs/analysis-functions.md}). */
package org.netzbild.ui.analysis;
