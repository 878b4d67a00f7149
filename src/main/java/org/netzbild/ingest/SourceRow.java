package org.netzbild.ingest;

import java.util.Map;

/**
 * One data row of an input file: the file's name, the line it starts on (1-based, counting the
 * header; a quoted field may span lines) and its cells by column name, as the parser saw them.
 */
public record SourceRow(String file, long line, Map<String, String> cells) {

    public SourceRow {
        cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    }

    /** The cell's text, stripped; empty when the column is absent or blank. */
    public String text(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
