package org.netzbild.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.netzbild.ingest.ImportProblem;

/**
 * Every problem of a refused import as a CSV file the way German Excel opens it (UTF-8 with its
 * byte-order mark, {@code ;} between fields, quotes where a value needs them): one row each with
 * file, line, column, field and message in the user's language, sorted as the check sorted them.
 * The on-screen list shows a few of each kind; this file is for working through all of them.
 */
public final class ProblemsFile {

    private ProblemsFile() {
    }

    /**
     * Writes the problems to {@code target} in the user's language ({@link I18n#locale()}), replacing
     * it; an empty list leaves the header alone.
     */
    public static void write(Path target, List<ImportProblem> problems) {
        Locale locale = I18n.locale();
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(";", I18n.text("problemsFile.header").split(",")));
            out.write("\r\n");
            for (ImportProblem p : problems) {
                if (p.isSummary()) {
                    continue;
                }
                out.write(String.join(";", List.of(quoted(p.file()), Long.toString(p.line()), quoted(p.column()),
                        quoted(p.field()), quoted(p.reason(locale)))));
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw UserFacingException.badArgument("problemsFile.notWritten", target, ioReason(e));
        }
    }

    private static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        // a leading = + - @ would be taken for a formula by a spreadsheet: the value stays text
        String safe = value.matches("(?s)[=+\\-@\t\r].*") ? "'" + value : value;
        if (safe.matches("(?s).*[;\"\r\n].*") || !safe.equals(value)) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String ioReason(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> I18n.text("problemsFile.noFolder");
            case java.nio.file.AccessDeniedException a -> I18n.text("problemsFile.accessDenied");
            default -> String.valueOf(e.getMessage());
        };
    }
}
