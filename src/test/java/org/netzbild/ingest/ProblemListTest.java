package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import org.netzbild.app.Imports;
import org.netzbild.app.ProblemsFile;
import org.netzbild.app.Workspace;
import org.netzbild.testsupport.ImportWorkspacePerClass;

/**
 * A refused import's problems as an agency can work through them: sorted by file, line and column,
 * a few of each kind on screen with the rest counted in one line, and every one in the problems
 * file. Real files, a real workspace.
 *
 * <p>One workspace for the class ({@link ImportWorkspacePerClass}): each test's imports are undone
 * after it, and the store must then be as copied.
 */
class ProblemListTest {

    private static final String HEADER = "Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen\n";

    @RegisterExtension
    static final ImportWorkspacePerClass SHARED = new ImportWorkspacePerClass();
    @TempDir
    Path files;
    private final Workspace workspace = SHARED.workspace();
    private final Imports imports = SHARED.imports();

    @BeforeEach
    void english() {
        I18n.use(I18n.ENGLISH);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void problemsAreSortedByFileThenLineThenColumnNotByTheOrderOfTheChecks() throws IOException {
        // the mapper checks the name template before the date, and the files come in as b, a
        Path b = write("b.csv", HEADER + "Krause;Jens;01.01.1980;Essen;;\nMüller;;32.01.1968;Gießen;;\n");
        Path a = write("a.csv", HEADER + "Krause;Jens;31.02.1980;Essen;;\n;;01.13.1968;Gießen;;\n"
                + "Lange;Uwe;x;Bochum;;\n");

        var refused = refusal(List.of(b, a));

        assertThat(refused.problems()).extracting(p -> p.file() + ":" + p.line() + ":" + p.column() + ":" + p.key())
                .containsExactly(
                        "a.csv:2:Geburtsdatum:problem.noSuchDay",
                        "a.csv:3:Geburtsdatum:problem.notADate",
                        "a.csv:3:Vorname+Name:violation.required",
                        "a.csv:4:Geburtsdatum:problem.notADate",
                        "b.csv:3:Geburtsdatum:problem.notADate");
    }

    @Test
    void aColumnOfWrongDatesShowsTheFirstTwentyAndCountsTheRestInOneLine() throws IOException {
        var rows = new StringBuilder(HEADER);
        for (int i = 0; i < 1_000; i++) {
            rows.append("Person").append(i).append(";Test;1970-13-01;Essen;;\n");
        }
        rows.append("Lange;Uwe;01.01.1970;Bochum;;extra\n".replace(";extra", ";;extra"));
        Path file = write("meldedaten.csv", rows.toString());

        var refused = refusal(List.of(file));

        assertThat(refused.found()).isEqualTo(1_001);
        assertThat(refused.problems()).hasSize(1_001);
        var digest = refused.digest(ImportRefusedException.SHOWN_PER_KIND);
        assertThat(digest).hasSize(22);
        assertThat(digest.get(20).isSummary()).isTrue();
        assertThat(digest.get(20).describe(Locale.ENGLISH))
                .isEqualTo("meldedaten.csv: … and 980 more problems of the same kind in column Geburtsdatum");
        assertThat(digest.get(20).describe(Locale.GERMAN))
                .isEqualTo("meldedaten.csv: … und 980 weitere Probleme dieser Art in der Spalte Geburtsdatum");
        assertThat(digest.get(21).line()).isEqualTo(1_002);
        String message = ErrorMessages.describe(refused);
        assertThat(message).startsWith("Import refused, nothing was saved. 1,001 problems")
                .contains("meldedaten.csv:21:Geburtsdatum:birthDate:")
                .doesNotContain("meldedaten.csv:22:Geburtsdatum")
                .contains("… and 980 more problems of the same kind in column Geburtsdatum");
        assertThat(message.lines().count()).isEqualTo(23);
    }

    @Test
    void theProblemsFileHoldsEveryProblemAsCsvThatReadsBack() throws IOException {
        var rows = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            rows.append("Person").append(i).append(";Test;1.2.1970;Essen;;\n");
        }
        Path file = write("meldedaten.csv", rows.toString());
        var refused = refusal(List.of(file));
        Path target = files.resolve("probleme.csv");

        ProblemsFile.write(target, refused.problems());

        var read = new java.util.ArrayList<SourceRow>();
        try (var table = CsvTable.open(target, MappingSpec.Source.DEFAULT)) {
            assertThat(table.header()).containsExactly("file", "line", "column", "field", "message");
            assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
            table.forEach(read::add, p -> { throw new AssertionError(p.toString()); });
        }
        assertThat(read).hasSize(30);
        assertThat(read.getFirst().cells()).containsEntry("file", "meldedaten.csv").containsEntry("line", "2")
                .containsEntry("column", "Geburtsdatum").containsEntry("field", "birthDate")
                .containsEntry("message", "'1.2.1970' is not a date of the form DD.MM.YYYY (or YYYY-MM-DD), but the pattern"
                        + " 'd.M.yyyy' would read it: if the column is written so, set dateFormat: \"d.M.yyyy\" in the mapping spec");
        assertThat(read.getLast().cells()).containsEntry("line", "31");
    }

    @Test
    void beyondTheKeptProblemsTheCountStaysTrueAndNothingIsHeldInMemory() {
        var collector = new ProblemCollector();
        for (int i = 0; i < ProblemCollector.KEPT + 5; i++) {
            collector.accept(ImportProblem.of("gross.csv", i + 2L, "Geburtsdatum", "birthDate", "problem.noSuchDay", "31.02.1970"));
        }

        var refused = collector.refused();

        assertThat(refused.found()).isEqualTo(ProblemCollector.KEPT + 5L);
        assertThat(refused.problems()).hasSize(ProblemCollector.KEPT);
        assertThat(refused.digest(20).getLast().reason(Locale.ENGLISH))
                .isEqualTo("… and 99,985 more problems of the same kind in column Geburtsdatum");
    }

    private ImportRefusedException refusal(List<Path> data) {
        var spec = Imports.spec(Path.of("src/test/resources/import/zoll-personen.yaml"));
        long before = workspace.store().statistics().entityCount();
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ImportRefusedException.class,
                () -> imports.run(spec, data, (done, total) -> { }, () -> false));
        assertThat(thrown).as("refused").isNotNull();
        assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
        assertThat(imports.list()).isEmpty();
        return thrown;
    }

    private Path write(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
