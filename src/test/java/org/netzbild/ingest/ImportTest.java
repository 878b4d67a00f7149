package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.Statement;
import org.netzbild.store.ImportInUseException;
import org.netzbild.testsupport.ImportWorkspacePerClass;

/**
 * Imports into a real embedded workspace: the example files in German office style
 * ({@code src/test/resources/import}), merging two agencies' files, undo, and every kind of bad
 * input, each ending with a clear problem and an unchanged store.
 *
 * <p>One workspace for the class ({@link ImportWorkspacePerClass}): each test's imports are undone
 * after it, and the store must then be as copied.
 */
class ImportTest {

    @RegisterExtension
    static final ImportWorkspacePerClass SHARED = new ImportWorkspacePerClass();
    @TempDir
    Path files;
    private final Workspace workspace = SHARED.workspace();
    private final Imports imports = SHARED.imports();

    private static Path example(String name) {
        return Path.of("src/test/resources/import", name);
    }

    private org.netzbild.ingest.Importer.Summary run(String spec, Path... data) {
        return imports.run(Imports.spec(example(spec)), List.of(data), (done, total) -> { }, () -> false);
    }

    private Entity only(String text, String type) {
        var hits = workspace.store().search(new SearchRequest(text, java.util.Set.of(type), 5));
        assertThat(hits).as("search " + text).isNotEmpty();
        return hits.getFirst().entity();
    }

    @Test
    void aGermanOfficeCsvImportsWithItsEncodingDelimiterDatesNumbersAndMultiLineFields() {
        var summary = run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.newEntities()).isEqualTo(9);
        // 6 from the file, 3 derived: each address lies in the municipality Essen
        assertThat(summary.links()).isEqualTo(9);
        Entity lounge = only("Shisha Lounge Rüttenscheid", "Business");
        assertThat(lounge.get("name")).isEqualTo("Shisha Lounge Rüttenscheid");
        assertThat(lounge.get("trade")).isEqualTo("SHISHA_BAR");
        assertThat(lounge.provenance().sourceAgency()).isEqualTo("gwa-essen");
        assertThat(lounge.provenance().legalBasis()).isEqualTo("§ 14 GewO");
        Entity dirk = only("Dirk Hoffmann", "Person");
        assertThat(dirk.get("birthDate")).isEqualTo(LocalDate.of(1971, 3, 14));
        assertThat(dirk.get("gender")).isEqualTo("MALE");
        var around = workspace.store().expand(ExpandRequest.of(dirk.id(), 1));
        assertThat(around.links()).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo("DIRECTS");
            assertThat(link.get("role")).isEqualTo("OPERATOR");
            assertThat(link.provenance().validFrom()).isEqualTo(LocalDate.of(2021, 2, 1));
        });
        Entity address = only("Berliner Platz 3", "Address");
        assertThat(address.get("full")).isEqualTo("Berliner Platz 3, 45127 Essen");
        assertThat(workspace.store().expand(ExpandRequest.of(address.id(), 1)).links())
                .anySatisfy(l -> {
                    assertThat(l.type()).isEqualTo("IN_MUNICIPALITY");
                    assertThat(l.toId()).isEqualTo("mun-essen");
                });
    }

    /**
     * Call data records (issue 17, ADR 0040): every call between two phones a link of its own,
     * told apart by the provider's connection number, with the time it began in German local time;
     * searchable by the number as typed without spaces.
     */
    @Test
    void callDataRecordsBecomeOneLinkPerCallBetweenThePhonesWithTheTimeItBegan() {
        var summary = run("verbindungsdaten.yaml", example("verbindungsdaten.csv"));

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.newEntities()).as("three phones").isEqualTo(3);
        assertThat(summary.links()).isEqualTo(3);
        Entity phone = only("+492011234567", "Identifier");
        assertThat(phone.get("value")).isEqualTo("+49 201 1234567");
        assertThat(phone.get("kind")).isEqualTo("PHONE");
        var calls = workspace.store().expand(ExpandRequest.of(phone.id(), 1)).links();
        assertThat(calls).hasSize(2).allSatisfy(l -> assertThat(l.type()).isEqualTo("COMMUNICATED_WITH"));
        var first = calls.stream().filter(l -> "CALL".equals(l.get("kind"))).findFirst().orElseThrow();
        assertThat(first.get("durationSeconds")).isEqualTo(184L);
        assertThat(((java.time.ZonedDateTime) first.get("startedAt")).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-01T21:05:30Z"));
        assertThat(first.provenance().legalBasis()).isEqualTo("§ 100g StPO");
        assertThat(first.provenance().collection()).isEqualTo(org.netzbild.model.CollectionMethod.COVERT);
    }

    /**
     * A link sent again with other values keeps its first values (ADR 0028), and the import says so,
     * naming the links: never a silent drop.
     */
    @Test
    void linksSentAgainWithOtherValuesAreNamedNotDroppedSilently() throws IOException {
        run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));
        String other = Files.readString(example("gewerbeamt-essen.yaml")).replace("value: OPERATOR", "value: MANAGING_DIRECTOR");

        var again = imports.run(Imports.spec("gewerbeamt-essen.yaml", other), List.of(example("gewerbeamt-essen.csv")),
                (done, total) -> { }, () -> false);

        assertThat(again.links()).isZero();
        assertThat(again.changedLinks()).as("three DIRECTS links, each now with another role").isEqualTo(3);
        assertThat(again.changedLinkIds()).hasSize(3);
        Entity dirk = only("Dirk Hoffmann", "Person");
        assertThat(workspace.store().expand(ExpandRequest.of(dirk.id(), 1)).links()).singleElement()
                .satisfies(link -> assertThat(link.get("role")).as("the first values stay").isEqualTo("OPERATOR"));
        // the same file again, as it was: nothing changed, nothing named
        assertThat(run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv")).changedLinks()).isZero();
    }

    @Test
    void sendingTheSameFileAgainAddsNothing() {
        run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));
        long before = workspace.store().statistics().entityCount();

        var again = run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));

        assertThat(again.newEntities()).isZero();
        assertThat(again.links()).isZero();
        assertThat(again.statements()).isZero();
        assertThat(again.alreadyKnown()).isEqualTo(9);
        assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
    }

    @Test
    void twoAgenciesFilesAboutTheSamePeopleMakeOneNodeWithBothStatements() {
        run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));
        long persons = workspace.store().statistics().entitiesByType().get("Person");

        var customs = run("zoll-personen.yaml", example("zoll-personen.csv"));

        assertThat(customs.newEntities()).isEqualTo(1);
        assertThat(customs.statements()).isEqualTo(2);
        assertThat(workspace.store().statistics().entitiesByType().get("Person")).isEqualTo(persons + 1);
        Entity dirk = only("Dirk Hoffmann", "Person");
        var statements = workspace.store().statements(dirk.id());
        assertThat(statements).extracting(s -> s.provenance().sourceAgency())
                .containsExactly("gwa-essen", "hza-duisburg");
        assertThat(statements.get(1).get("birthPlace")).isEqualTo("Essen-Steele");
        assertThat(statements.get(1).get("aliases")).isEqualTo(List.of("Dicker"));
        // the customs spelling now finds the person the trade office registered
        assertThat(workspace.store().search(SearchRequest.of("Dirk Hoffman")).getFirst().entity().id()).isEqualTo(dirk.id());
    }

    @Test
    void followTheMoneyEntitiesAndIntervalsBecomeEntitiesAndLinksMergedWithWhatIsKnown() {
        run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));

        var ftm = run("lka-ftm.yaml", example("lka-ftm.ijson"));

        assertThat(ftm.skipped()).containsEntry("Document", 1L);
        assertThat(ftm.links()).isEqualTo(4);
        // Dirk Hoffmann (same name and birth date) is the trade office's person, now with the LKA's statement
        assertThat(ftm.statements()).isEqualTo(1);
        Entity dirk = only("Dirk Hoffmann", "Person");
        assertThat(workspace.store().statements(dirk.id())).extracting(s -> s.provenance().sourceAgency())
                .containsExactly("gwa-essen", "lka-nrw");
        var links = workspace.store().expand(ExpandRequest.of(dirk.id(), 1)).links();
        assertThat(links).extracting(org.netzbild.model.Link::type).contains("DIRECTS", "FAMILY", "MEMBER_OF");
        assertThat(links).filteredOn(l -> l.type().equals("FAMILY")).singleElement().satisfies(l -> {
            // FtM: "wife" is the relative as seen from the person; our link runs relative -> person
            assertThat(l.get("relation")).isEqualTo("SPOUSE");
            assertThat(l.toId()).isEqualTo(dirk.id());
        });
        Entity sandra = only("Sandra Hoffmann", "Person");
        assertThat(workspace.store().expand(ExpandRequest.of(sandra.id(), 1)).links())
                .filteredOn(l -> l.type().equals("OWNS")).singleElement().satisfies(l -> {
                    assertThat(l.get("share")).isEqualTo(50.0);
                    assertThat(l.provenance().validFrom()).isEqualTo(LocalDate.of(2019, 5, 2));
                    assertThat(l.provenance().nature()).isEqualTo(org.netzbild.model.Nature.ASSESSMENT);
                });
    }

    @Test
    void brokenFollowTheMoneyLinesAreNamedByLine() throws IOException {
        Path bad = write("kaputt.ijson", StandardCharsets.UTF_8, """
                {"id":"a","schema":"Person","properties":{"name":["A"],"birthDate":["1982"]}}
                not json at all
                {"id":"b","schema":"Person","properties":{}}
                {"id":"o","schema":"Ownership","properties":{"owner":["a"],"asset":["nowhere"]}}
                """);

        assertThatThrownBy(() -> run("lka-ftm.yaml", bad)).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("kaputt.ijson:1::birthDate: '1982' is not a full date"))
                        .anySatisfy(p -> assertThat(p).startsWith("kaputt.ijson:2::: not valid JSON"))
                        .anySatisfy(p -> assertThat(p).startsWith("kaputt.ijson:3::name: is required"))
                        .anySatisfy(p -> assertThat(p).startsWith("kaputt.ijson:4::asset: names no imported entity")));
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void anExcelSheetImportsWithRealDatesAndNumbersAndOtherSheetsLeftAlone() throws IOException {
        Path workbook = files.resolve("personen.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(workbook)) {
            var notes = book.createSheet("Hinweise");
            notes.createRow(0).createCell(0).setCellValue("Stand: 01.11.2026");
            var sheet = book.createSheet("Personen");
            var dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            String[] header = {"Nachname", "Vorname", "Geburtsdatum", "Geburtsort", "Straße", "PLZ", "Ort", "Gemeldet seit"};
            var row = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            row = sheet.createRow(2);  // an empty row between header and data, as offices leave them
            row.createCell(0).setCellValue("Krause");
            row.createCell(1).setCellValue("Jens");
            var born = row.createCell(2);
            born.setCellValue(LocalDate.of(1983, 11, 7));
            born.setCellStyle(dates);
            row.createCell(3).setCellValue("Herne");
            row.createCell(4).setCellValue("Kaiserstraße 5");
            row.createCell(5).setCellValue(45657);
            row.createCell(6).setCellValue("Recklinghausen");
            var since = row.createCell(7);
            since.setCellValue(LocalDate.of(2015, 4, 1));
            since.setCellStyle(dates);
            book.write(out);
        }

        var summary = run("kreis-personen-xlsx.yaml", workbook);

        assertThat(summary.rows()).isEqualTo(1);
        Entity jens = only("Jens Krause", "Person");
        assertThat(jens.get("birthDate")).isEqualTo(LocalDate.of(1983, 11, 7));
        assertThat(only("Kaiserstraße 5", "Address").get("postalCode")).isEqualTo("45657");
        assertThat(workspace.store().expand(ExpandRequest.of(jens.id(), 1)).links()).singleElement()
                .satisfies(l -> assertThat(l.provenance().validFrom()).isEqualTo(LocalDate.of(2015, 4, 1)));
    }

    @Test
    void theExampleWorkbookImportsItsPeopleAndTheirSharedAddress() {
        var summary = run("kreis-personen-xlsx.yaml", example("kreis-personen.xlsx"));

        assertThat(summary.rows()).isEqualTo(4);
        Entity ayse = only("Ayşe Yılmaz", "Person");
        assertThat(ayse.get("birthDate")).isEqualTo(LocalDate.of(1991, 2, 14));
        Entity shared = only("Kaiserstraße 5", "Address");
        assertThat(workspace.store().expand(ExpandRequest.of(shared.id(), 1)).entities()).extracting(Entity::caption)
                .contains("Jens Krause", "Ayşe Yılmaz");
    }

    @Test
    void aZipBombDisguisedAsAWorkbookAndAPlainTextFileAreRefused() throws IOException {
        // a real workbook whose sheet is replaced by 200 MB of blanks that pack to a few hundred kB
        Path real = files.resolve("echt.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(real)) {
            book.createSheet("Personen").createRow(0).createCell(0).setCellValue("Nachname");
            book.write(out);
        }
        Path bomb = files.resolve("bombe.xlsx");
        try (var in = new java.util.zip.ZipFile(real.toFile());
             var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
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
        Path text = write("keine-mappe.xlsx", StandardCharsets.UTF_8, "Nachname;Vorname\nKrause;Jens\n");
        var spec = Imports.spec(example("kreis-personen-xlsx.yaml"));

        assertThatThrownBy(() -> imports.check(spec, List.of(bomb))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().reason()).containsIgnoringCase("zip bomb"));
        for (Path file : List.of(bomb, text)) {
            assertThatThrownBy(() -> imports.check(spec, List.of(file))).as(file.toString())
                    .isInstanceOfSatisfying(ImportRefusedException.class, e ->
                            assertThat(e.problems().getFirst().file()).isEqualTo(file.getFileName().toString()));
        }
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void graphmlInNetzbildsDialectImportsNodesAndEdgesInAnyOrder() {
        var summary = run("analyse-graphml.yaml", example("analyse.graphml"));

        assertThat(summary.newEntities()).isEqualTo(3);
        assertThat(summary.links()).isEqualTo(2);
        Entity sandra = only("Sandra Hoffmann", "Person");
        assertThat(sandra.provenance().nature()).isEqualTo(org.netzbild.model.Nature.ASSESSMENT);
        assertThat(workspace.store().expand(ExpandRequest.of(sandra.id(), 1)).links())
                .extracting(org.netzbild.model.Link::type).containsExactlyInAnyOrder("OWNS", "FAMILY");
    }

    @Test
    void xmlWithADoctypeEntitiesOrDeepNestingIsRefused() throws IOException {
        Path secret = write("geheim.txt", StandardCharsets.UTF_8, "geheim");
        Path xxe = write("xxe.graphml", StandardCharsets.UTF_8, """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY x SYSTEM "file://%s">]>
                <graphml><graph><node id="n"><data key="type">Person</data><data key="name">&x;</data></node></graph></graphml>
                """.formatted(secret.toAbsolutePath()));
        Path laughs = write("lol.graphml", StandardCharsets.UTF_8, """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <graphml>&b;</graphml>
                """);
        Path deep = write("tief.graphml", StandardCharsets.UTF_8, "<graphml>" + "<x>".repeat(100) + "</x>".repeat(100) + "</graphml>");
        Path broken = write("kaputt.graphml", StandardCharsets.UTF_8, "<graphml><graph><node id=\"n\">");
        var spec = Imports.spec(example("analyse-graphml.yaml"));

        assertThatThrownBy(() -> imports.check(spec, List.of(xxe))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().toString()).contains("xxe.graphml:2").contains("DOCTYPE")
                        .doesNotContain("geheim"));
        assertThatThrownBy(() -> imports.check(spec, List.of(laughs))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().reason()).contains("DOCTYPE"));
        assertThatThrownBy(() -> imports.check(spec, List.of(deep))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().reason()).contains("nests deeper"));
        assertThatThrownBy(() -> imports.check(spec, List.of(broken))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().reason()).contains("not well-formed"));
        assertThat(workspace.store().search(SearchRequest.of("geheim"))).isEmpty();
    }

    @Test
    void anImportIsUndoneAsAWholeButNotWhileAnotherBuildsOnIt() {
        var trade = run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));
        var customs = run("zoll-personen.yaml", example("zoll-personen.csv"));
        Entity dirk = only("Dirk Hoffmann", "Person");

        assertThatThrownBy(() -> imports.undo(trade.importId(), false)).isInstanceOfSatisfying(ImportInUseException.class,
                e -> assertThat(e.dependents()).containsExactly(customs.importId()));

        imports.undo(customs.importId(), false);
        assertThat(workspace.store().statements(dirk.id())).extracting(Statement::id).containsExactly(dirk.id());
        assertThat(imports.undo(trade.importId(), false)).isEqualTo(18);
        assertThat(workspace.store().entity(dirk.id())).isEmpty();
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aFileSentTwiceKeepsItsRecordsUntilBothImportsAreUndone() {
        var first = run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));
        var again = run("gewerbeamt-essen.yaml", example("gewerbeamt-essen.csv"));
        assertThat(again.newEntities()).isZero();
        Entity dirk = only("Dirk Hoffmann", "Person");

        assertThatThrownBy(() -> imports.undo(first.importId(), false)).isInstanceOfSatisfying(ImportInUseException.class,
                e -> assertThat(e.dependents()).containsExactly(again.importId()));
        assertThat(workspace.store().entity(dirk.id())).isPresent();

        assertThat(imports.undo(again.importId(), false)).isZero();
        assertThat(workspace.store().entity(dirk.id())).isPresent();
        assertThat(imports.undo(first.importId(), false)).isEqualTo(18);
        assertThat(workspace.store().entity(dirk.id())).isEmpty();
    }

    @Test
    void everyBadValueIsNamedByFileLineColumnAndFieldAndNothingIsWritten() throws IOException {
        Path bad = write("kaputt.csv", StandardCharsets.UTF_8, """
                Lfd. Nr.;Betrieb;Rechtsform;HR-Nummer;Branche;Inhaber Nachname;Inhaber Vorname;Geburtsdatum;Geschlecht;Straße;Hausnr.;PLZ;Ort;Anmeldung
                1;Gut GmbH;GmbH;HRB 1;Kiosk;Gut;Gabi;01.01.1980;w;Weg;1;45127;Essen;01.01.2020
                2;Datum GmbH;GmbH;HRB 2;Kiosk;Falsch;Fritz;31.02.1990;m;Weg;2;45127;Essen;01.01.2020
                3;Code GmbH;GmbH;HRB 3;Spielhalle;Code;Clara;01.01.1981;w;Weg;3;45127;Essen;01.01.2020
                4;Zu kurz
                5;Ohne Ort GmbH;GmbH;HRB 5;Kiosk;Ort;Otto;01.01.1982;m;Weg;5;45127;;01.13.2020
                """);
        var statisticsBefore = workspace.store().statistics();

        assertThatThrownBy(() -> run("gewerbeamt-essen.yaml", bad)).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).contains(
                        "kaputt.csv:3:Geburtsdatum:birthDate: '31.02.1990': there is no such day",
                        "kaputt.csv:6:Ort:city: is required",
                        "kaputt.csv:6:Anmeldung:validFrom: '01.13.2020' is not a date of the form DD.MM.YYYY (or YYYY-MM-DD)")
                        .anySatisfy(p -> assertThat(p).startsWith("kaputt.csv:4:Branche:trade: 'Spielhalle' is not one of the codes the mapping spec translates under 'values' (Gastronomie, "))
                        .anySatisfy(p -> assertThat(p).startsWith("kaputt.csv:5::: 2 fields, but the header has 14")));
        assertThat(workspace.store().statistics()).isEqualTo(statisticsBefore);
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void theSamePersonTwiceInOneFileBecomesOneEntityWithAStatementAsAcrossFiles() throws IOException {
        Path file = write("doppelt.csv", StandardCharsets.UTF_8, """
                Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen
                Zwilling;Zora;05.05.1985;Essen;;
                Zwilling;Zora;05.05.1985;Bochum;;
                """);
        var spec = Imports.spec("doppelt.yaml", Files.readString(example("zoll-personen.yaml"))
                .replace("id: [Name, Vorname, Geburtsdatum]", "id: [Name, Vorname, Geburtsdatum, Geburtsort]"));

        var summary = imports.run(spec, List.of(file), (done, total) -> { }, () -> false);

        assertThat(summary.newEntities()).isEqualTo(1);
        assertThat(summary.statements()).isEqualTo(1);
        Entity zora = only("Zora Zwilling", "Person");
        assertThat(workspace.store().statements(zora.id())).extracting(s -> s.properties().get("birthPlace"))
                .containsExactly("Essen", "Bochum");
    }

    @Test
    void aControlCharacterInAValueIsNamedByLineAndFieldAndNothingIsWritten() throws IOException {
        Path file = write("steuerzeichen.csv", StandardCharsets.UTF_8,
                "Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen\n"
                        + "Krause;Jens;07.11.1983;Duisburg;Jens\u001FKrausse;\n");

        assertThatThrownBy(() -> imports.run(Imports.spec(example("zoll-personen.yaml")), List.of(file),
                (done, total) -> { }, () -> false))
                .isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportRefusedException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.field()).isEqualTo("names");
                    assertThat(p.key()).isEqualTo("problem.controlCharacter");
                    assertThat(p.describe(java.util.Locale.GERMAN)).contains("U+001F");
                }));
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void thePreviewShowsEveryRowAsReadAndMapsTheGoodOnes() throws IOException {
        Path file = write("vorschau.csv", StandardCharsets.UTF_8, """
                Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen
                Gut;Gabi;01.01.1980;Essen;;
                Falsch;Fritz;31.02.1990;Essen;;
                Auch;Anna;02.02.1982;Bochum;;
                Nicht;Gezeigt;03.03.1983;Herne;;
                """);

        var preview = imports.preview(Imports.spec(example("zoll-personen.yaml")), file, 3);

        assertThat(preview.rows()).extracting(r -> r.text("Name")).containsExactly("Gut", "Falsch", "Auch");
        assertThat(preview.entities()).filteredOn(e -> e.type().equals("Person")).extracting(e -> e.get("name"))
                .containsExactly("Gabi Gut", "Anna Auch");
        assertThat(preview.problems()).extracting(Object::toString)
                .containsExactly("vorschau.csv:3:Geburtsdatum:birthDate: '31.02.1990': there is no such day");
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsTheFileHas() throws IOException {
        Path noDate = write("ohne-datum.csv", StandardCharsets.UTF_8, "Name,Vorname,Geburtsort\nKrause,Jens,Duisburg\n");

        assertThatThrownBy(() -> run("zoll-personen.yaml", noDate)).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).extracting(Object::toString)
                        .contains("ohne-datum.csv:1:Geburtsdatum:: the column is missing from the header (it has: Name, Vorname, Geburtsort)"));
    }

    @Test
    void windows1252Latin1Utf16AndUtf8WithBomAllReadTheSameUmlauts() throws IOException {
        String text = "Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen\nMüller;Jürgen;08.01.1968;Gießen;;\n";
        for (var charset : List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE)) {
            Path file = files.resolve("personen-" + charset.name() + ".csv");
            byte[] bytes = text.getBytes(charset);
            if (charset.equals(StandardCharsets.UTF_16LE)) {
                bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
            }
            Files.write(file, bytes);
            imports.check(Imports.spec(example("zoll-personen.yaml")), List.of(file));
            run("zoll-personen.yaml", file);
        }
        assertThat(workspace.store().statistics().entitiesByType().get("Person")).isEqualTo(1);
        assertThat(only("Jürgen Müller", "Person").get("birthPlace")).isEqualTo("Gießen");
    }

    @Test
    void aWindows1252FileDeclaredUtf8IsRefusedAtItsFirstUmlautInsteadOfGarbled() throws IOException {
        Path file = write("zoll.csv", Charset.forName("windows-1252"),
                "Name;Vorname;Geburtsdatum;Geburtsort;Schreibweisen;Aliasnamen\nKrause;Jens;01.01.1980;Essen;;\n"
                        + "Müller;Jürgen;08.01.1968;Gießen;;\n");
        var declared = Imports.spec("zoll-utf8.yaml", Files.readString(example("zoll-personen.yaml"))
                .replace("  format: csv\n", "  format: csv\n  encoding: UTF-8\n"));

        assertThatThrownBy(() -> imports.check(declared, List.of(file))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "zoll.csv:3::: is not written in 'UTF-8' (from this line on); probably Windows-1252: leave 'encoding'"
                                + " out of the mapping spec (it is then detected) or set it to 'windows-1252'"));
        assertThat(imports.check(Imports.spec(example("zoll-personen.yaml")), List.of(file))).isEqualTo(2);
    }

    @Test
    void hostileFilesAreRefusedWithAReason() throws IOException {
        Path binary = files.resolve("bild.csv");
        Files.write(binary, new byte[] {'N', 'a', 'm', 'e', '\n', 0, 1, 2, 3});
        Path huge = write("riesig.csv", StandardCharsets.UTF_8,
                "Name,Vorname,Geburtsdatum\n\"" + "x".repeat(CsvTable.MAX_FIELD_CHARS + 10) + "\",Jens,01.01.1980\n");
        Path unclosed = write("offen.csv", StandardCharsets.UTF_8, "Name,Vorname,Geburtsdatum\n\"Krause,Jens,01.01.1980\n");
        var spec = Imports.spec(example("zoll-personen.yaml"));

        assertThatThrownBy(() -> imports.check(spec, List.of(binary))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().toString()).contains("bild.csv:2").contains("NUL byte"));
        assertThatThrownBy(() -> imports.check(spec, List.of(huge))).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.problems().getFirst().toString()).startsWith("riesig.csv:"));
        assertThatThrownBy(() -> imports.check(spec, List.of(unclosed))).isInstanceOf(ImportRefusedException.class);
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aCancelledImportLeavesNoTrace() throws IOException {
        var rows = new StringBuilder("Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen\n");
        for (int i = 0; i < 5_000; i++) {
            rows.append("Person").append(i).append(",Test,01.01.1970,Essen,,\n");
        }
        Path many = write("viele.csv", StandardCharsets.UTF_8, rows.toString());
        var calls = new AtomicInteger();
        long before = workspace.store().statistics().entityCount();

        assertThatThrownBy(() -> imports.run(Imports.spec(example("zoll-personen.yaml")), List.of(many),
                (done, total) -> { }, () -> calls.incrementAndGet() > 4_500))
                .isInstanceOf(ImportCancelledException.class);

        assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
        assertThat(imports.list()).isEmpty();
    }

    private Path write(String name, Charset charset, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
