package org.netzbild.ingest;

import java.util.Comparator;
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

    /**
     * The order a reader works through problems in: by file, then line, then column (a problem of
     * the whole file or row before those of its columns). A stable sort keeps the checks' order within one cell.
     */
    public static final Comparator<ImportProblem> ORDER = Comparator
            .comparing(ImportProblem::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingLong(ImportProblem::line)
            .thenComparing(ImportProblem::column, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /**
     * Problems of one kind: the same reason in the same file's column (or field). A list shows the
     * first few of a kind and counts the rest, since a column of wrong dates repeats itself a thousand times.
     */
    public record Kind(String file, String column, String field, String key) {
    }

    public Kind kind() {
        return new Kind(file, column, field, key);
    }

    public static ImportProblem of(String file, long line, String column, String field, String key, Object... arguments) {
        return new ImportProblem(file, line, column, field, key, List.of(arguments));
    }

    /** Stands for {@code count} more problems of a kind that a list leaves out: line -1, shown without one. */
    static ImportProblem more(Kind kind, long count) {
        String key = kind.column() != null ? "problem.moreInColumn" : kind.field() != null ? "problem.moreInField"
                : "problem.more";
        Object where = kind.column() != null ? kind.column() : kind.field() != null ? kind.field() : "";
        return new ImportProblem(kind.file(), -1, kind.column(), kind.field(), key, List.of(count, where));
    }

    /** Whether this entry counts left-out problems ({@link ImportRefusedException#digest(int)}) rather than being one. */
    public boolean isSummary() {
        return line < 0;
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
        if (isSummary()) {
            return file + ": " + reason(locale);
        }
        return file + ":" + line + ":" + (column == null ? "" : column) + ":" + (field == null ? "" : field) + ": "
                + reason(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
