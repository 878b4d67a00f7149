/** The inspector: every property of the selected entity or link with its provenance. */
package org.netzbild.ui.inspector;
