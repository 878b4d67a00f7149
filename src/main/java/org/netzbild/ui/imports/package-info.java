/** The import wizard: files, preview, mapping with live preview, check, import with progress. */
package org.netzbild.ui.imports;
