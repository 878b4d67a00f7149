package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.model.ImportRecord;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The opt-in partial import ({@code --reject-file}): the good rows of a German office file are
 * imported, the refused ones come back byte for byte with a reason column, and the corrected reject
 * file completes the import without a duplicate. The default stays all or nothing.
 */
class RejectFileTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Path SPEC = Path.of("src/test/resources/import/gewerbeamt-essen.yaml");

    @TempDir
    Path folder;
    @TempDir
    Path files;
    private Workspace workspace;
    private Imports imports;
    private String header;
    private String good;
    private String badDate;
    private String tooShort;

    @BeforeEach
    void open() throws IOException {
        I18n.use(I18n.GERMAN);
        workspace = TemplateWorkspace.openForImports(folder);
        imports = new Imports(workspace);
        String example = Files.readString(Path.of("src/test/resources/import/gewerbeamt-essen.csv"), WINDOWS_1252);
        header = example.substring(0, example.indexOf("\r\n"));
        good = example.substring(example.indexOf("\r\n") + 2)
                + "6;Kiosk West;e.K.;HRA 9999;Kiosk;Schulz;Petra;05.05.1985;w;Frohnhauser Straße;9;45144;Essen;01.06.2023;\"12.000,00\";\r\n";
        // a day that does not exist, in a row whose remark spans two lines
        badDate = "4;Kiosk Nord;e.K.;HRA 7777;Kiosk;Krämer;Jörg;31.02.1980;m;Gladbecker Straße;5;45141;Essen;01.01.2024;"
                + "\"10.000,00\";\"zwei\r\nZeilen; mit \"\"Zitat\"\"\"";
        tooShort = "5;Kiosk Süd;e.K.;HRA 8888;Kiosk;Weiß";
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path write(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, text.getBytes(WINDOWS_1252));
        return file;
    }

    private Importer.Summary leavingOut(Path file, Path rejects) {
        return imports.runLeavingOut(Imports.spec(SPEC), List.of(file), rejects, (d, t) -> { }, () -> false);
    }

    @Test
    void goodRowsAreImportedAndRefusedOnesComeBackByteForByteWithTheirReasons() throws IOException {
        Path file = write("gewerbe.csv", header + "\r\n" + good.replace("6;Kiosk West", badDate + "\r\n"
                + tooShort + "\r\n6;Kiosk West"));
        Path rejects = files.resolve("abgelehnt.csv");

        var summary = leavingOut(file, rejects);

        assertThat(summary.rows()).isEqualTo(4);
        assertThat(summary.refusedRows()).isEqualTo(2);
        assertThat(workspace.store().statistics().entitiesByType().get("Business")).isEqualTo(4);
        byte[] written = Files.readAllBytes(rejects);
        var shape = Pattern.compile(Pattern.quote(header) + ";\"Ablehnungsgrund\"\r\n" + Pattern.quote(badDate)
                + ";\"([^\"]*)\"\r\n" + Pattern.quote(tooShort) + ";\"([^\"]*)\"\r\n", Pattern.DOTALL)
                .matcher(new String(written, WINDOWS_1252));
        assertThat(shape.matches()).as(new String(written, WINDOWS_1252)).isTrue();
        assertThat(shape.group(1)).contains("31.02.1980");
        assertThat(shape.group(2)).contains("6").contains("16");
        // the rows' own bytes, not a rewriting of what was parsed: the file's encoding, quotes and line ends
        String expected = header + ";\"Ablehnungsgrund\"\r\n" + badDate + ";\"" + shape.group(1) + "\"\r\n"
                + tooShort + ";\"" + shape.group(2) + "\"\r\n";
        assertThat(written).isEqualTo(expected.getBytes(WINDOWS_1252));

        var record = imports.list().stream().filter(i -> i.id().equals(summary.importId())).findFirst().orElseThrow();
        assertThat(record.refusedRows()).isEqualTo(2);
        assertThat(record.status()).isEqualTo(ImportRecord.Status.COMPLETE);
        assertThat(Files.readString(folder.resolve("audit").resolve("audit.log"))).contains("refusedRows=2");
    }

    @Test
    void theCorrectedRejectFileCompletesTheImportWithNothingDuplicated() throws IOException {
        Path file = write("gewerbe.csv", header + "\r\n" + good.replace("6;Kiosk West", badDate + "\r\n"
                + tooShort + "\r\n6;Kiosk West"));
        Path rejects = files.resolve("abgelehnt.csv");
        leavingOut(file, rejects);
        String corrected = new String(Files.readAllBytes(rejects), WINDOWS_1252)
                .replace("31.02.1980", "28.02.1980")
                .replace(tooShort, "5;Kiosk Süd;e.K.;HRA 8888;Kiosk;Weiß;Anja;12.12.1990;w;Steeler Straße;88;45138;Essen;"
                        + "01.09.2025;\"8.000,00\";");
        Path resent = write("abgelehnt-korrigiert.csv", corrected);

        var second = leavingOut(resent, files.resolve("abgelehnt-2.csv"));

        assertThat(second.refusedRows()).isZero();
        assertThat(second.rows()).isEqualTo(2);
        assertThat(Files.exists(files.resolve("abgelehnt-2.csv"))).isFalse();
        assertThat(workspace.store().statistics().entitiesByType().get("Business")).isEqualTo(6);
        long entities = workspace.store().statistics().entityCount();
        var again = leavingOut(resent, files.resolve("abgelehnt-3.csv"));
        assertThat(again.newEntities()).isZero();
        assertThat(again.links()).isZero();
        assertThat(workspace.store().statistics().entityCount()).isEqualTo(entities);
    }

    @Test
    void aProblemOfTheWholeFileStillRefusesEverythingAndWritesNoRejectFile() throws IOException {
        Path file = write("gewerbe.csv", header.replace(";Geburtsdatum", ";Geb.-Datum") + "\r\n" + good);
        Path rejects = files.resolve("abgelehnt.csv");

        assertThatThrownBy(() -> leavingOut(file, rejects)).isInstanceOf(ImportRefusedException.class);
        assertThat(rejects).doesNotExist();
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void withoutARejectFileOneBadRowStillRefusesTheWholeImport() throws IOException {
        Path file = write("gewerbe.csv", header + "\r\n" + good.replace("6;Kiosk West", tooShort + "\r\n6;Kiosk West"));

        assertThatThrownBy(() -> imports.run(Imports.spec(SPEC), List.of(file), (d, t) -> { }, () -> false))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(imports.list()).isEmpty();
    }
}
