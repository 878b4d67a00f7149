package org.netzbild.ingest;

import java.util.List;
import java.util.Locale;
import org.netzbild.schema.ProblemTexts;
import org.netzbild.schema.Violation;

/**
 * One reason an import cannot go ahead, located as precisely as the input allows: the file, the
 * line (1-based, 0 when the whole file is concerned), the column's name, the target field, and why
 * as a key of the {@code i18n/problems} bundle with its arguments. Shown as a table in the wizard
 * and as {@code file:line:column:field: reason} on the command line, in the user's language.
 */
public record ImportProblem(String file, long line, String column, String field, String key, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String file, long line, String column, String field, String key, Object... arguments) {
        return new ImportProblem(file, line, column, field, key, List.of(arguments));
    }

    /** A record the row made does not fit the ontology. */
    public static ImportProblem of(String file, long line, String column, Violation violation) {
        return new ImportProblem(file, line, column, violation.field(), violation.key(), violation.arguments());
    }

    public String reason() {
        return reason(Locale.ENGLISH);
    }

    public String reason(Locale locale) {
        return ProblemTexts.format(key, arguments, locale);
    }

    /** {@code file:line:column:field: reason} in the given language. */
    public String describe(Locale locale) {
        return file + ":" + line + ":" + (column == null ? "" : column) + ":" + (field == null ? "" : field) + ": "
                + reason(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
