package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.model.SearchRequest;
import org.netzbild.testsupport.ImportWorkspacePerClass;

/**
 * A byte-order mark is the file's own word on its encoding: a spec that declares another is
 * refused at line 1 with both encodings named, and nothing is written; a mark that agrees, or
 * {@code encoding: auto}, reads the umlauts as they were written. Real files, a real workspace.
 *
 * <p>One workspace for the class ({@link ImportWorkspacePerClass}): each test's imports are undone
 * after it, and the store must then be as copied.
 */
class ByteOrderMarkTest {

    private static final String PEOPLE = "Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen\n"
            + "Müller;Jürgen;08.01.1968;Gießen;;\n";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @RegisterExtension
    static final ImportWorkspacePerClass SHARED = new ImportWorkspacePerClass();
    @TempDir
    Path files;
    private final Workspace workspace = SHARED.workspace();
    private final Imports imports = SHARED.imports();

    @Test
    void aUtf8FileWithItsMarkDeclaredWindows1252IsRefusedAtLineOneInsteadOfGarbled() throws IOException {
        Path file = marked("zoll.csv", UTF8_BOM, PEOPLE, StandardCharsets.UTF_8);
        long before = workspace.store().statistics().entityCount();

        assertThatThrownBy(() -> run(csvSpec("windows-1252"), file)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "zoll.csv:1::: begins with a byte-order mark for UTF-8, but the mapping spec declares the encoding"
                                + " 'windows-1252': read so, every umlaut would come out garbled; set 'encoding' in the"
                                + " mapping spec to 'UTF-8' or 'auto'"));

        assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aUtf16MarkContradictingTheDeclarationIsRefusedWithBothEncodingsNamed() throws IOException {
        Path little = marked("le.csv", UTF16LE_BOM, PEOPLE, StandardCharsets.UTF_16LE);
        Path big = marked("be.csv", UTF16BE_BOM, PEOPLE, StandardCharsets.UTF_16BE);

        assertThatThrownBy(() -> imports.check(csvSpec("UTF-8"), List.of(little))).isInstanceOfSatisfying(
                ImportRefusedException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("le.csv");
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.key()).isEqualTo("problem.bomContradictsEncoding");
                    assertThat(p.arguments()).containsExactly("UTF-8", "UTF-16LE");
                }));
        assertThatThrownBy(() -> imports.check(csvSpec("UTF-16LE"), List.of(big))).isInstanceOfSatisfying(
                ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.arguments()).containsExactly("UTF-16LE", "UTF-16BE")));
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aTsvFileIsHeldToItsMarkAsWell() throws IOException {
        Path file = marked("zoll.tsv", UTF8_BOM, PEOPLE.replace(';', '\t'), StandardCharsets.UTF_8);
        var spec = Imports.spec("zoll-tsv.yaml", zollSpec().replace("  format: csv\n",
                "  format: tsv\n  encoding: ISO-8859-1\n"));

        assertThatThrownBy(() -> imports.check(spec, List.of(file))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.arguments()).containsExactly("ISO-8859-1", "UTF-8");
                }));
    }

    @Test
    void aMarkThatAgreesWithTheDeclarationOrAutoReadsTheUmlauts() throws IOException {
        var cases = List.of(
                new Case("utf8.csv", UTF8_BOM, StandardCharsets.UTF_8, "UTF-8"),
                new Case("utf8-auto.csv", UTF8_BOM, StandardCharsets.UTF_8, "auto"),
                new Case("le.csv", UTF16LE_BOM, StandardCharsets.UTF_16LE, "UTF-16LE"),
                new Case("le-any.csv", UTF16LE_BOM, StandardCharsets.UTF_16LE, "UTF-16"),
                new Case("be.csv", UTF16BE_BOM, StandardCharsets.UTF_16BE, "UTF-16"),
                new Case("be-auto.csv", UTF16BE_BOM, StandardCharsets.UTF_16BE, "auto"));
        for (var c : cases) {
            Path file = marked(c.name(), c.mark(), PEOPLE, c.charset());
            var preview = imports.preview(csvSpec(c.declared()), file, 5);
            assertThat(preview.problems()).as(c.name()).isEmpty();
            assertThat(preview.rows()).as(c.name()).singleElement()
                    .satisfies(row -> assertThat(row.cells()).containsEntry("Name", "Müller").containsEntry("Vorname", "Jürgen"));
        }
        run(csvSpec("UTF-16"), marked("be-run.csv", UTF16BE_BOM, PEOPLE, StandardCharsets.UTF_16BE));
        var hits = workspace.store().search(new SearchRequest("Jürgen Müller", java.util.Set.of("Person"), 5));
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.entity().get("birthPlace")).isEqualTo("Gießen"));
    }

    @Test
    void aFollowTheMoneyFileMayCarryTheUtf8MarkButNotAUtf16One() throws IOException {
        String person = "{\"id\":\"p-mueller\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Jürgen Müller\"],"
                + "\"birthDate\":[\"1968-01-08\"]}}\n";
        var spec = Imports.spec(Path.of("src/test/resources/import/lka-ftm.yaml"));

        assertThat(imports.check(spec, List.of(marked("mit-bom.ijson", UTF8_BOM, person, StandardCharsets.UTF_8))))
                .isEqualTo(1);
        assertThatThrownBy(() -> imports.check(spec, List.of(marked("utf16.ijson", UTF16LE_BOM, person,
                StandardCharsets.UTF_16LE)))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "utf16.ijson:1::: begins with a byte-order mark for UTF-16LE; FollowTheMoney files are UTF-8:"
                                + " save the file as UTF-8"));
    }

    @Test
    void graphmlIsReadInTheEncodingItsDeclarationNamesAndASpecThatSaysOtherwiseIsRefused() throws IOException {
        String graph = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="all" attr.name="type" attr.type="string"/>
                  <key id="d1" for="node" attr.name="name" attr.type="string"/>
                  <graph id="G" edgedefault="directed">
                    <node id="n1"><data key="d0">Person</data><data key="d1">Jürgen Müller</data></node>
                  </graph>
                </graphml>
                """;
        Path file = files.resolve("latin1.graphml");
        Files.write(file, graph.getBytes(StandardCharsets.ISO_8859_1));
        String spec = Files.readString(Path.of("src/test/resources/import/analyse-graphml.yaml"), StandardCharsets.UTF_8);

        var preview = imports.preview(Imports.spec(Path.of("src/test/resources/import/analyse-graphml.yaml")), file, 5);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.entities()).singleElement().satisfies(e -> assertThat(e.get("name")).isEqualTo("Jürgen Müller"));
        var utf8 = Imports.spec("utf8.yaml", spec.replace("  format: graphml\n", "  format: graphml\n  encoding: UTF-8\n"));
        assertThatThrownBy(() -> imports.check(utf8, List.of(file))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.key()).isEqualTo("problem.xmlEncodingContradicts");
                    assertThat(p.arguments()).containsExactly("UTF-8", "ISO-8859-1");
                }));
    }

    private record Case(String name, byte[] mark, Charset charset, String declared) {
    }

    private void run(MappingSpec spec, Path file) {
        imports.run(spec, List.of(file), (done, total) -> { }, () -> false);
    }

    private static String zollSpec() throws IOException {
        return Files.readString(Path.of("src/test/resources/import/zoll-personen.yaml"), StandardCharsets.UTF_8);
    }

    private static MappingSpec csvSpec(String encoding) throws IOException {
        return Imports.spec("zoll-" + encoding + ".yaml", zollSpec().replace("  format: csv\n",
                "  format: csv\n  encoding: " + encoding + "\n"));
    }

    private Path marked(String name, byte[] mark, String text, Charset charset) throws IOException {
        byte[] body = text.getBytes(charset);
        byte[] all = java.util.Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Path file = files.resolve(name);
        Files.write(file, all);
        return file;
    }
}
