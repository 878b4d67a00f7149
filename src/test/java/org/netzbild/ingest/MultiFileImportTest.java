package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.Link;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.StoreStatistics;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * A normalised export in one import ({@code src/test/resources/import/vorgang}): five tables of
 * entities and four of relations, referring to each other by the source system's keys, one table's
 * link types and directions read from a column, parallel links told apart by a column, and the
 * ways such an export goes wrong, each refused with file, line and column and nothing written.
 */
class MultiFileImportTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/import/vorgang");
    private static final List<String> FILES = List.of("personen.csv", "firmen.csv", "adressen.csv", "fahrzeuge.csv",
            "vorgaenge.csv", "beziehungen.csv", "beteiligungen.csv", "wohnsitze.csv", "vorgangsbeteiligte.csv");

    @TempDir
    Path folder;
    @TempDir
    Path copy;
    private Workspace workspace;
    private Imports imports;

    @BeforeEach
    void open() throws IOException {
        workspace = TemplateWorkspace.openForImports(folder);
        imports = new Imports(workspace);
        try (Stream<Path> example = Files.list(EXAMPLE)) {
            for (Path file : example.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MappingSpec spec() {
        return Imports.spec(copy.resolve("pp-essen-vorgang.yaml"));
    }

    /** The files in an order that is not the writing order: relations first. */
    private List<Path> files() {
        return FILES.reversed().stream().map(copy::resolve).toList();
    }

    private Importer.Summary run(List<Path> files) {
        return imports.run(spec(), files, (done, total) -> { }, () -> false);
    }

    private Entity only(String text, String type) {
        var hits = workspace.store().search(new SearchRequest(text, Set.of(type), 5));
        assertThat(hits).as("search " + text).hasSize(1);
        return hits.getFirst().entity();
    }

    private List<Link> links(Entity around, String type) {
        return workspace.store().expand(ExpandRequest.of(around.id(), 1)).links().stream()
                .filter(l -> l.type().equals(type) && (l.fromId().equals(around.id()) || l.toId().equals(around.id()))).toList();
    }

    @Test
    void nineTablesReferringToEachOtherBecomeOneImportWithEveryRecordAndStatement() {
        StoreStatistics before = workspace.store().statistics();

        var summary = run(files());

        assertThat(summary.rows()).isEqualTo(40);
        assertThat(summary.newEntities()).isEqualTo(16);
        // 23 from the relation tables (two rows state the same parent link), 3 derived: each address's municipality
        assertThat(summary.links()).isEqualTo(26);
        var after = workspace.store().statistics();
        assertThat(after.entityCount() - before.entityCount()).isEqualTo(16);
        assertThat(after.linkCount() - before.linkCount()).isEqualTo(26);
        assertThat(grown(before, after)).containsExactlyInAnyOrderEntriesOf(Map.of("FAMILY", 2L, "ASSOCIATE", 2L,
                "DIRECTS", 2L, "OWNS", 4L, "EMPLOYED_BY", 1L, "RESIDES_AT", 5L, "INVOLVED_IN", 7L, "IN_MUNICIPALITY", 3L));

        Entity kemal = only("Kemal Özdemir", "Person");
        assertThat(kemal.get("birthDate")).isEqualTo(LocalDate.of(1971, 3, 14));
        assertThat(kemal.get("gender")).isEqualTo("MALE");
        assertThat(kemal.provenance().sourceAgency()).isEqualTo("pp-essen");
        assertThat(kemal.provenance().sourceRef()).isEqualTo("ESS/2025/4711");
        assertThat(kemal.provenance().legalBasis()).isEqualTo("§ 22b PolG NRW");
        Entity deniz = only("Deniz Özdemir", "Person");
        Entity lounge = only("Shisha Lounge Altendorf", "Business");
        assertThat(lounge.get("trade")).isEqualTo("SHISHA_BAR");
        assertThat(lounge.get("registerNumber")).isEqualTo("HRB 31415");
        assertThat(only("Wettbüro Zentrum", "Business").get("legalForm")).isEqualTo("UG (haftungsbeschränkt)");
        assertThat(only("E-KO 1971", "Vehicle").get("model")).isEqualTo("E 220, Limousine");

        // "P3 Sohn P1" is turned round by the spec and states the same link as "P1 Vater P3"
        assertThat(links(kemal, "FAMILY")).extracting(l -> l.get("relation"), Link::fromId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SPOUSE", kemal.id()),
                        org.assertj.core.groups.Tuple.tuple("PARENT", kemal.id()));
        assertThat(links(kemal, "FAMILY")).anySatisfy(l -> assertThat(l.toId()).isEqualTo(deniz.id()));
        assertThat(links(deniz, "ASSOCIATE")).singleElement().satisfies(l -> assertThat(l.get("context")).isEqualTo("Schulfreund"));

        // the business is named first on each row, the spec reverses every role: person to business
        var owns = links(kemal, "OWNS");
        assertThat(owns).allSatisfy(l -> {
            assertThat(l.fromId()).isEqualTo(kemal.id());
            assertThat(l.toId()).isEqualTo(lounge.id());
            assertThat(l.get("role")).isNull();
        });
        assertThat(owns).extracting(l -> l.get("share"), l -> l.provenance().validFrom()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(60.0, LocalDate.of(2019, 3, 1)),
                org.assertj.core.groups.Tuple.tuple(15.0, LocalDate.of(2023, 1, 10)));
        assertThat(links(kemal, "DIRECTS")).singleElement().satisfies(l -> {
            assertThat(l.get("role")).isEqualTo("MANAGING_DIRECTOR");
            assertThat(l.get("share")).isNull();
        });

        // two residences at one address, told apart by their beginning
        var lived = links(kemal, "RESIDES_AT");
        assertThat(lived).hasSize(3);
        assertThat(lived).extracting(l -> l.provenance().validFrom(), l -> l.provenance().validTo()).contains(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 1), null));

        Entity fraud = only("ESS/V1", "Incident");
        assertThat(fraud.get("category")).isEqualTo("FRAUD");
        var involved = workspace.store().expand(ExpandRequest.of(fraud.id(), 1));
        assertThat(involved.links()).filteredOn(l -> l.type().equals("INVOLVED_IN")).extracting(l -> l.get("role"))
                .containsExactlyInAnyOrder("SUSPECT", "OTHER", "OPERATOR");
        assertThat(involved.entities()).extracting(Entity::type).containsExactlyInAnyOrder("Incident", "Person", "Vehicle", "Business");

        assertThat(imports.undo(summary.importId(), false)).isPositive();
        assertThat(workspace.store().statistics()).isEqualTo(before);
    }

    @Test
    void aCommandGivenTheSpecAloneFindsItsFilesBesideIt() {
        var found = Imports.filesBeside(spec(), copy.resolve("pp-essen-vorgang.yaml"));

        assertThat(found).extracting(f -> f.getFileName().toString()).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(imports.check(spec(), found)).isEqualTo(40);
    }

    @Test
    void aReferenceToAnEntityNoFileHoldsIsRefusedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        append("wohnsitze.csv", "P9;A2;01.01.2021;\n");
        append("vorgangsbeteiligte.csv", "V7;P2;;;Zeuge\n");
        long before = workspace.store().statistics().entityCount();

        assertThatThrownBy(() -> run(files())).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("vorgangsbeteiligte.csv", 9L, "VorgangNr"),
                                org.assertj.core.groups.Tuple.tuple("wohnsitze.csv", 7L, "PersonNr")));
        assertThat(workspace.store().statistics().entityCount()).isEqualTo(before);
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aReferenceMayNameWhatAnEarlierImportOfTheSameAgencyMade() throws IOException {
        var first = run(files());
        // a later delivery: one new residence, the person and address known from the first
        Path later = Files.createTempDirectory(copy, "later");
        Files.writeString(later.resolve("wohnsitze.csv"), "PersonNr;AdrNr;Von;Bis\nP6;A3;01.02.2026;\n");
        var spec = Imports.spec(copy.resolve("pp-essen-vorgang.yaml"));
        var residences = new MappingSpec(spec.name(), spec.source(), spec.provenance(), List.of(), List.of(), List.of(),
                List.of(spec.tables().stream().filter(t -> t.file().equals("wohnsitze.csv")).findFirst().orElseThrow()));

        var second = imports.run(residences, List.of(later.resolve("wohnsitze.csv")), (d, t) -> { }, () -> false);

        assertThat(second.links()).isEqualTo(1);
        assertThat(links(only("Tobias Schäfer", "Person"), "RESIDES_AT")).singleElement()
                .satisfies(l -> assertThat(l.toId()).isEqualTo(only("Hauptstraße 12", "Address").id()));
        assertThat(first.importId()).isNotEqualTo(second.importId());
    }

    @Test
    void twoRowsOfOneLinkWithDifferentValuesAreAProblemThatNamesTheColumnsThatWouldTellThemApart() throws IOException {
        append("beteiligungen.csv", "8;F1;P2;Gesellschafter;30;01.03.2019;UR 112/2019\n");

        assertThatThrownBy(() -> imports.check(spec(), files())).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("beteiligungen.csv");
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.describe(java.util.Locale.GERMAN)).contains("beteiligungen.csv Zeile 5", "„id“");
                }));
    }

    @Test
    void aRelationCodeTheSpecDoesNotTranslateIsAProblemOfItsColumn() throws IOException {
        append("beziehungen.csv", "P5;P6;Cousine;\n");

        assertThatThrownBy(() -> imports.check(spec(), files())).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("beziehungen.csv");
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.column()).isEqualTo("Beziehung");
                    assertThat(p.describe(java.util.Locale.GERMAN)).contains("Cousine", "Bekannt, Ehepartner, Sohn, Vater");
                }));
    }

    @Test
    void aByteOrderMarkThatContradictsTheTablesDeclaredEncodingIsRefusedAtItsLine() throws IOException {
        String text = Files.readString(copy.resolve("pp-essen-vorgang.yaml"));
        Files.writeString(copy.resolve("pp-essen-vorgang.yaml"), text.replace(
                "source: {encoding: UTF-8, delimiter: \",\"}", "source: {encoding: windows-1252, delimiter: \",\"}"));
        byte[] vehicles = Files.readAllBytes(copy.resolve("fahrzeuge.csv"));
        var withMark = new java.io.ByteArrayOutputStream();
        withMark.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withMark.write(vehicles);
        Files.write(copy.resolve("fahrzeuge.csv"), withMark.toByteArray());

        assertThatThrownBy(() -> run(files())).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("fahrzeuge.csv");
                    assertThat(p.line()).isEqualTo(1);
                }));
        assertThat(imports.list()).isEmpty();
    }

    @Test
    void aFileNoTableReadsAndATableWithoutItsFileAreNamed() throws IOException {
        Path stray = copy.resolve("notizen.csv");
        Files.writeString(stray, "a;b\n1;2\n", StandardCharsets.UTF_8);
        var files = new java.util.ArrayList<>(files());
        files.removeIf(f -> f.getFileName().toString().equals("firmen.csv"));
        files.add(stray);

        assertThatThrownBy(() -> imports.check(spec(), files)).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).extracting(p -> p.describe(java.util.Locale.GERMAN))
                        .anySatisfy(m -> assertThat(m).contains("firmen.csv"))
                        .anySatisfy(m -> assertThat(m).contains("keine Tabelle")));
    }

    @Test
    void aSpecWhoseTableJoinsTypesTheOntologyDoesNotAllowIsRefusedBeforeAFileIsRead() {
        String text = """
                name: falsch herum
                provenance: {agency: pp-essen, grading: B2}
                tables:
                  - file: personen.csv
                    entities: [{key: p, type: Person, id: [PersonNr], properties: {name: Nachname}}]
                  - file: beteiligungen.csv
                    references: [{key: firma, type: Business, id: [FirmaNr]}, {key: person, type: Person, id: [PersonNr]}]
                    links:
                      - typeFrom: {column: Rolle, values: {Geschäftsführer: DIRECTS, Gesellschafter: OWNS, Hund: PET_OF}, reversed: [Gesellschafter, Katze]}
                        from: firma
                        to: person
                """;

        assertThatThrownBy(() -> Imports.spec("falsch.yaml", text)).isInstanceOfSatisfying(ImportRefusedException.class, e ->
                assertThat(e.problems()).extracting(p -> p.describe(java.util.Locale.GERMAN))
                        .anySatisfy(m -> assertThat(m).contains("„Katze“ steht unter reversed"))
                        .anySatisfy(m -> assertThat(m).contains("PET_OF"))
                        .hasSize(2));
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(copy.resolve(file), line, StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
    }

    private static Map<String, Long> grown(StoreStatistics before, StoreStatistics after) {
        var grown = new java.util.HashMap<String, Long>();
        after.linksByType().forEach((type, count) -> {
            long was = before.linksByType().getOrDefault(type, 0L);
            if (count > was) {
                grown.put(type, count - was);
            }
        });
        return grown;
    }
}
