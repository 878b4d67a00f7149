package org.netzbild.ingest;

/**
 * One reason an import cannot go ahead, located as precisely as the input allows: the file, the
 * line (1-based, 0 when the whole file is concerned), the column's name, the target field, and why
 * in words. Shown as a table in the wizard and as {@code file:line:column:field: reason} on the
 * command line.
 */
public record ImportProblem(String file, long line, String column, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + (column == null ? "" : column) + ":" + (field == null ? "" : field) + ": " + reason;
    }
}
