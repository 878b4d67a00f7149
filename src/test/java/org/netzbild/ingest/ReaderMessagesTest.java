package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.ErrorMessages;
import org.netzbild.app.I18n;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.testsupport.ImportWorkspacePerClass;

/**
 * Broken files of every format meet the user as file, line and what is wrong, in German and in
 * English, never in a library's words: no POI, Jackson, FastCSV or XML parser, no class names,
 * no stack traces. Each file is checked and imported for real; nothing reaches the store.
 *
 * <p>One workspace for the class ({@link ImportWorkspacePerClass}): each test's imports are undone
 * after it, and the store must then be as copied.
 */
class ReaderMessagesTest {

    /** Words that only a library or a developer would write. */
    private static final List<String> LIBRARY_WORDS = List.of("POI", "poi.", "Jackson", "jackson", "FastCSV", "fastcsv",
            "siegmar", "openxml4j", "OOXML", "ZipSecureFile", "Zip bomb detected", "xerces", "Xerces", "StAX", "SAX",
            "XMLStream", "ParseError", "[row,col]", "javax.", "java.", "org.", "com.", "Exception", "exception",
            "at [Source", "code 65279", "(code ", "token", "\tat ", "null", "MaxEntrySize", "buffer", "Buffer");

    @RegisterExtension
    static final ImportWorkspacePerClass SHARED = new ImportWorkspacePerClass();
    @TempDir
    Path files;
    private final Workspace workspace = SHARED.workspace();
    private final Imports imports = SHARED.imports();

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void brokenCsvAndTsvFilesAreDescribedInTheUsersWords() throws IOException {
        String header = "Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n";
        var spec = spec("zoll-personen.yaml");
        var tsv = Imports.spec("zoll-tsv.yaml", text("zoll-personen.yaml").replace("  format: csv\n", "  format: tsv\n"));
        var problems = new java.util.ArrayList<ImportProblem>();
        problems.addAll(refused(spec, write("offen.csv", header + "Krause,Jens,01.01.1980,\"Essen,,\n"
                + ("Lange,Uwe,01.01.1970,Bochum,,\n").repeat(20_000))));
        problems.addAll(refused(spec, write("kopf.csv", "\"Name" + "x".repeat(CsvTable.MAX_FIELD_CHARS + 10) + ",Vorname\n")));
        problems.addAll(refused(spec, write("riesig.csv", header + "\"" + "x".repeat(CsvTable.MAX_FIELD_CHARS + 10)
                + "\",Jens,01.01.1980,Essen,,\n")));
        problems.addAll(refused(spec, files.resolve("gibt-es-nicht.csv")));
        problems.addAll(refused(spec, bytes("bild.csv", new byte[] {'N', 'a', 'm', 'e', '\n', 0, 1, 2, 3})));
        problems.addAll(refused(spec, write("leer.csv", "")));
        problems.addAll(refused(tsv, write("felder.tsv", header.replace(',', '\t') + "Krause\tJens\n")));

        assertThat(problems).extracting(ImportProblem::file).contains("offen.csv", "kopf.csv", "riesig.csv",
                "gibt-es-nicht.csv", "bild.csv", "leer.csv", "felder.tsv");
        assertThat(problems).filteredOn(p -> p.file().equals("offen.csv")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(problems).filteredOn(p -> p.file().equals("riesig.csv")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertNoLibraryWords(problems);
    }

    @Test
    void brokenWorkbooksAreDescribedInTheUsersWords() throws IOException {
        var spec = spec("kreis-personen-xlsx.yaml");
        var problems = new java.util.ArrayList<ImportProblem>();
        problems.addAll(refused(spec, write("text.xlsx", "Name;Vorname\nKrause;Jens\n")));
        problems.addAll(refused(spec, bytes("alt.xlsx", oldExcelHeader())));
        problems.addAll(refused(spec, bomb()));
        problems.addAll(refused(spec, bytes("leer.xlsx", zip("mimetype", "nothing".getBytes(StandardCharsets.UTF_8)))));
        byte[] workbook = Files.readAllBytes(Path.of("src/test/resources/import/kreis-personen.xlsx"));
        problems.addAll(refused(spec, bytes("halb.xlsx", java.util.Arrays.copyOf(workbook, workbook.length / 2))));
        problems.addAll(refused(spec, files.resolve("gibt-es-nicht.xlsx")));

        assertThat(problems).extracting(ImportProblem::key).contains("problem.notWorkbook", "problem.oldExcelWorkbook",
                "problem.zipBomb", "problem.fileMissing");
        assertNoLibraryWords(problems);
    }

    @Test
    void brokenGraphmlIsDescribedInTheUsersWords() throws IOException {
        var spec = spec("analyse-graphml.yaml");
        String start = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"d0\" for=\"all\" attr.name=\"type\" attr.type=\"string\"/>\n<graph id=\"G\">\n";
        var problems = new java.util.ArrayList<ImportProblem>();
        problems.addAll(refused(spec, write("offen.graphml", start + "<node id=\"n1\"><data key=\"d0\">Person</data>\n</graph>\n")));
        problems.addAll(refused(spec, write("und.graphml", start + "<node id=\"n1\"><data key=\"d0\">A & B</data></node>\n")));
        problems.addAll(refused(spec, bytes("latin.graphml", (start + "<node id=\"n1\"><data key=\"d0\">Müller</data></node>"
                + "</graph></graphml>\n").getBytes(StandardCharsets.ISO_8859_1))));
        problems.addAll(refused(spec, write("dtd.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<graphml/>\n")));
        problems.addAll(refused(spec, write("kein.graphml", "das ist kein XML\n")));

        assertThat(problems).filteredOn(p -> p.file().equals("latin.graphml")).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("problem.xmlNotInEncoding");
            assertThat(p.line()).isEqualTo(5);
        });
        assertThat(problems).filteredOn(p -> p.file().equals("und.graphml")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(5));
        assertNoLibraryWords(problems);
    }

    @Test
    void brokenFollowTheMoneyLinesAreDescribedInTheUsersWords() throws IOException {
        var spec = spec("lka-ftm.yaml");
        var problems = new java.util.ArrayList<ImportProblem>();
        problems.addAll(refused(spec, write("kaputt.ijson", "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n"
                + "{\"id\": \"p2\", schema: Person}\n\uFEFF{\"id\":\"p3\"}\n" + "[".repeat(50) + "\n{\"id\":\"p4\",\n")));
        problems.addAll(refused(spec, bytes("latin.ijson", "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Müller\"]}}\n"
                .getBytes(StandardCharsets.ISO_8859_1))));

        assertThat(problems).filteredOn(p -> p.file().equals("kaputt.ijson")).extracting(ImportProblem::line)
                .containsExactly(2L, 3L, 4L, 5L);
        assertThat(problems).filteredOn(p -> p.file().equals("latin.ijson")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(1));
        assertNoLibraryWords(problems);
    }

    @Test
    void brokenMappingSpecsAreDescribedInTheUsersWords() {
        var problems = new java.util.ArrayList<ImportProblem>();
        for (String text : List.of("source: [csv\n", "source:\n  format: csv\n    encoding: x\n", "entities: 3\n",
                "\"unclosed: a\n", "{\"source\": {\"format\": }}")) {
            try {
                Imports.spec("kaputt.yaml", text);
            } catch (ImportRefusedException e) {
                problems.addAll(e.problems());
            }
        }
        try {
            Imports.spec(files.resolve("fehlt.yaml"));
        } catch (ImportRefusedException e) {
            problems.addAll(e.problems());
        }

        assertThat(problems).hasSizeGreaterThanOrEqualTo(6);
        assertNoLibraryWords(problems);
    }

    /** Each file is refused as a whole: no exception of another kind escapes, nothing is written. */
    private List<ImportProblem> refused(org.netzbild.ingest.MappingSpec spec, Path file) {
        long before = workspace.store().statistics().entityCount();
        try {
            imports.run(spec, List.of(file), (done, total) -> { }, () -> false);
        } catch (ImportRefusedException e) {
            assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
            assertThat(imports.list()).isEmpty();
            for (Locale language : List.of(I18n.GERMAN, I18n.ENGLISH)) {
                I18n.use(language);
                assertNoLibraryWords(ErrorMessages.describe(e));
            }
            I18n.use(I18n.GERMAN);
            return e.problems();
        }
        throw new AssertionError(file.getFileName() + " was not refused");
    }

    private static void assertNoLibraryWords(List<ImportProblem> problems) {
        for (ImportProblem p : problems) {
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                assertNoLibraryWords(p.describe(language));
            }
        }
    }

    private static void assertNoLibraryWords(String message) {
        for (String word : LIBRARY_WORDS) {
            assertThat(message).as("no library words").doesNotContain(word);
        }
    }

    private static org.netzbild.ingest.MappingSpec spec(String name) {
        return Imports.spec(Path.of("src/test/resources/import", name));
    }

    private static String text(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/import", name), StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** The start of an old binary Excel file (OLE2 compound document) as offices still send them. */
    private static byte[] oldExcelHeader() {
        byte[] ole = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        return ole;
    }

    /** A real workbook whose sheet is replaced by 200 MB of blanks that pack to a few hundred kB. */
    private Path bomb() throws IOException {
        Path real = files.resolve("echt.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(real)) {
            book.createSheet("Personen").createRow(0).createCell(0).setCellValue("Nachname");
            book.write(out);
        }
        Path bomb = files.resolve("bombe.xlsx");
        try (var in = new java.util.zip.ZipFile(real.toFile()); var zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(spaces);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(zip);
                }
            }
        }
        return bomb;
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return bytes.toByteArray();
    }
}
