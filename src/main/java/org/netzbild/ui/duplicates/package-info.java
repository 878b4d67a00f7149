/** The possible duplicates across agencies in a window of their own: pairs side by side with the reasons, merge, reject, defer (ADR 0031). */
package org.netzbild.ui.duplicates;
