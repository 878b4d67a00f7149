package org.netzbild.ingest;

import java.util.List;

/** A cell's text is not a value of the property's type; says why by problem key and arguments. */
final class ValueException extends IllegalArgumentException {

    private final String key;
    private final List<Object> arguments;

    ValueException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    ImportProblem at(String file, long line, String column, String field) {
        return new ImportProblem(file, line, column, field, key, arguments);
    }

    /** Whether this is the problem of {@code key}. */
    boolean isKey(String key) {
        return this.key.equals(key);
    }
}
