package org.netzbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * {@code import --problems-file FILE}: the terminal shows a few problems of each kind and counts the
 * rest, the file holds every one as CSV; on a run without problems the file holds only its header,
 * so that an old list never stands for a new run. A real workspace, real files.
 */
class ImportProblemsFileTest {

    @TempDir
    Path workspace;
    @TempDir
    Path files;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void englishOnAFreshWorkspace() {
        I18n.use(I18n.ENGLISH);
        TemplateWorkspace.copyTo(workspace);
    }

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    private int run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", workspace.toString(), "--as", TemplateWorkspace.EDITOR,
                "--case", "ST/0000001/2026", "--purpose", "Prüfung der Befehlszeile"));
        return NetzbildCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                CommandLineTest.SIGNED_IN, all.toArray(String[]::new));
    }

    @Test
    void aRefusedImportShowsTwentyOfAKindAndWritesEveryProblemToTheFile() throws IOException {
        var rows = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < 100; i++) {
            rows.append("Person").append(i).append(",Test,1.2.1970,Essen,,\n");
        }
        Path data = files.resolve("meldedaten.csv");
        Files.writeString(data, rows, StandardCharsets.UTF_8);
        Path problems = files.resolve("probleme.csv");

        int code = run("import", "--mapping", "src/test/resources/import/zoll-personen.yaml", "--problems-file",
                problems.toString(), data.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Import refused, nothing was saved. 100 problems")
                .contains("meldedaten.csv:21:Geburtsdatum:birthDate: '1.2.1970' is not a date of the form DD.MM.YYYY"
                        + " (or YYYY-MM-DD), but the pattern 'd.M.yyyy' would read it")
                .doesNotContain("meldedaten.csv:22:")
                .contains("meldedaten.csv: … and 80 more problems of the same kind in column Geburtsdatum")
                .contains("All 100 problems saved to " + problems);
        List<String> lines = Files.readAllLines(problems, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(101);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFfile;line;column;field;message");
        // the message holds quotes, so the field is quoted and its quotes doubled, as Excel expects
        assertThat(lines.get(100)).startsWith("meldedaten.csv;101;Geburtsdatum;birthDate;\"'1.2.1970' is not a date")
                .endsWith("set dateFormat: \"\"d.M.yyyy\"\" in the mapping spec\"");
    }

    @Test
    void aCheckWithoutProblemsLeavesOnlyTheHeaderInTheFile() throws IOException {
        Path problems = files.resolve("probleme.csv");
        Files.writeString(problems, "an old list\n");

        int code = run("import", "--mapping", "src/test/resources/import/gewerbeamt-essen.yaml", "--check",
                "--problems-file", problems.toString(), "src/test/resources/import/gewerbeamt-essen.csv");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(problems, StandardCharsets.UTF_8)).containsExactly("\uFEFFfile;line;column;field;message");
    }

    @Test
    void aProblemsFileInAFolderThatDoesNotExistIsNamedAndTheImportStillRefused() throws IOException {
        Path data = files.resolve("kaputt.csv");
        Files.writeString(data, "Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\nKrause,Jens,31.02.1980,,,\n");
        Path problems = files.resolve("fehlt/probleme.csv");

        int code = run("import", "--mapping", "src/test/resources/import/zoll-personen.yaml", "--problems-file",
                problems.toString(), data.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The problem list cannot be saved to " + problems + ": the folder does not exist")
                .contains("Import refused, nothing was saved. 1 problem").contains("kaputt.csv:2:Geburtsdatum:birthDate:");
    }
}
