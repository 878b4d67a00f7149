package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netzbild.app.Imports;
import org.netzbild.app.UserFacingException;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.model.SearchRequest;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.embedded.EmbeddedRunner;
import org.netzbild.store.embedded.StoreFolders;
import org.netzbild.testsupport.TemplateWorkspace;

/**
 * The bulk import through Neo4j's offline importer (ADR 0011) against the transactional import it
 * stands in for: the same files give the same graph, node for node and property for property; the
 * result is searchable, listed, audited and undoable; it is refused for a store that holds data,
 * and a file with a problem leaves the empty store and no folder behind. Each workspace starts as a
 * copy of the migrated template ({@link TemplateWorkspace}): what a first open leaves, reference
 * data and nothing else, which is the store a bulk import is for.
 */
class BulkImportTest {

    @TempDir
    Path folder;

    private static final AnalystSession SESSION = AnalystSession.unrestricted("bulk.1", "hza-duisburg", new org.netzbild.security.Purpose("AZ Massenimport 1/26", "Test"));

    private static Path example(String name) {
        return Path.of("src/test/resources/import", name);
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("gewerbeamt-essen.yaml", List.of("gewerbeamt-essen.csv")),
                Arguments.of("lka-ftm.yaml", List.of("lka-ftm.ijson")),
                Arguments.of("analyse-graphml.yaml", List.of("analyse.graphml")),
                Arguments.of("kreis-personen-xlsx.yaml", List.of("kreis-personen.xlsx")),
                Arguments.of("zoll-personen.yaml with birth place in the id", List.of("zoll-personen.csv", "GENERATED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theBulkPathBuildsTheSameGraphAsTheTransactionalImport(String spec, List<String> names) throws IOException {
        var paths = new ArrayList<Path>();
        for (String name : names) {
            paths.add(name.equals("GENERATED") ? awkwardPersons() : example(name));
        }
        Path normal = folder.resolve("normal");
        Path bulk = folder.resolve("bulk");
        Importer.Summary viaStore;
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(normal), SESSION))) {
            viaStore = new Imports(workspace).run(spec(spec), paths, (d, t) -> { }, () -> false);
        }
        Importer.Summary viaImporter;
        var steps = new ArrayList<Imports.BulkStep>();
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(bulk), SESSION))) {
            var imports = new Imports(workspace);
            assertThat(imports.bulkPossible()).isTrue();
            viaImporter = imports.runBulk(spec(spec), paths, (d, t) -> { }, steps::add, () -> false);
            assertThat(imports.list()).singleElement().satisfies(i -> {
                assertThat(i.id()).isEqualTo(viaImporter.importId());
                assertThat(i.status()).isEqualTo(org.netzbild.model.ImportRecord.Status.COMPLETE);
                assertThat(i.records()).isEqualTo((long) viaImporter.newEntities() + viaImporter.statements()
                        + viaImporter.links());
            });
            assertThat(imports.bulkPossible()).isFalse();
        }
        assertThat(steps).containsExactly(Imports.BulkStep.values());
        assertThat(List.of(viaImporter.rows(), viaImporter.newEntities(), viaImporter.statements(), viaImporter.links(),
                viaImporter.alreadyKnown()))
                .isEqualTo(List.of(viaStore.rows(), viaStore.newEntities(), viaStore.statements(), viaStore.links(),
                        viaStore.alreadyKnown()));
        assertThat(viaImporter.newEntities()).isPositive();

        var expected = dump(normal);
        var actual = dump(bulk);
        assertThat(actual).containsExactlyElementsOf(expected);
        // every record of the file has its review date on the bulk path too, as a date (ADR 0022)
        String agency = spec(spec).provenance().agency().strip();
        assertThat(actual).filteredOn(line -> line.startsWith("[") && line.substring(0, line.indexOf(']')).contains("Entity")
                        && line.contains("sourceAgency=" + agency + ":"))
                .isNotEmpty().allSatisfy(line -> assertThat(line).containsPattern("reviewBy=\\d{4}-\\d{2}-\\d{2}:LocalDate"));
        // nothing of the load is left beside the store
        try (var entries = Files.list(bulk)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("graph")).sorted())
                    .hasSize(3).allMatch(n -> n.equals(StoreFolders.graph(bulk).getFileName().toString())
                            || n.equals("graph.current") || n.equals("graph.bulk.lock"));
        }
    }

    /** An example spec; "with birth place in the id" tells two people of one name and birth date apart by it. */
    private static MappingSpec spec(String name) throws IOException {
        if (name.endsWith(" with birth place in the id")) {
            String file = name.substring(0, name.indexOf(' '));
            return Imports.spec(file, Files.readString(example(file))
                    .replace("id: [Name, Vorname, Geburtsdatum]", "id: [Name, Vorname, Geburtsdatum, Geburtsort]"));
        }
        return Imports.spec(example(name));
    }

    /**
     * Umlauts, quotes, commas, list values, a list of nothing ("|": no value, as an empty cell) and
     * the same person twice under two ids (one becomes a statement).
     */
    private Path awkwardPersons() throws IOException {
        Path file = folder.resolve("schwierig.csv");
        Files.writeString(file, String.join("\n",
                "Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen",
                "\"Özdemir, geb. \"\"Kaya\"\"\",Ayşe,02.02.1980,Mülheim an der Ruhr,\"Ayse Özdemir|Ayşe Oezdemir\","
                        + "\"Die \"\"Chefin\"\"\"",
                "Zwilling,Zora,05.05.1985,Essen,,",
                "Leer,Lena,06.06.1986,Hagen,|,",
                "Zwilling,Zora,05.05.1985,Bochum,,",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aBulkImportIsSearchableAuditedAndUndoneLikeAnyOther() throws IOException {
        // the importer splits its file lists at commas: a workspace path may have one
        Path store = folder.resolve("Akte 12, Teil 2");
        String importId;
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(store), SESSION))) {
            var imports = new Imports(workspace);
            importId = imports.runBulk(Imports.spec(example("gewerbeamt-essen.yaml")),
                    List.of(example("gewerbeamt-essen.csv")), (d, t) -> { }, s -> { }, () -> false).importId();
            var hits = workspace.store().search(new SearchRequest("Shisha Lounge", java.util.Set.of("Business"), 5));
            assertThat(hits).isNotEmpty();
            assertThat(hits.getFirst().entity().provenance().sourceAgency()).isEqualTo("gwa-essen");
        }
        Path log = store.resolve("audit/audit.log");
        assertThat(org.netzbild.app.AuditCheck.verify(log).intact()).isTrue();
        var entries = Files.readAllLines(log).stream().filter(l -> l.contains("bulkImport")).toList();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).contains("INTENDED", importId, "bulk.1", "AZ Massenimport 1/26");
        assertThat(entries.get(1)).contains("DONE", importId, "bulk.1", "AZ Massenimport 1/26");
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(store, SESSION))) {
            var imports = new Imports(workspace);
            assertThat(imports.undo(importId, false)).isPositive();
            assertThat(workspace.store().search(new SearchRequest("Shisha Lounge", java.util.Set.of("Business"), 5)))
                    .isEmpty();
            assertThat(imports.bulkPossible()).as("after the undo the store holds only reference data again").isTrue();
        }
    }

    @Test
    void aStoreWithDataIsRefusedAndAFileWithAProblemLeavesTheEmptyStoreAndNoFolder() throws IOException {
        Path store = folder.resolve("ws");
        Path broken = folder.resolve("kaputt.csv");
        Files.writeString(broken, """
                Name,Vorname,Geburtsdatum,Geburtsort,Schreibweisen,Aliasnamen
                Krause,Jens,31.02.1983,Duisburg,,
                """, StandardCharsets.UTF_8);
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(store), SESSION))) {
            var imports = new Imports(workspace);
            assertThatThrownBy(() -> imports.runBulk(Imports.spec(example("zoll-personen.yaml")), List.of(broken),
                    (d, t) -> { }, s -> { }, () -> false))
                    .isInstanceOf(ImportRefusedException.class)
                    .satisfies(e -> assertThat(((ImportRefusedException) e).problems().getFirst().line()).isEqualTo(2));
            assertThat(imports.bulkPossible()).isTrue();
            assertThat(imports.list()).isEmpty();

            imports.run(Imports.spec(example("zoll-personen.yaml")), List.of(example("zoll-personen.csv")),
                    (d, t) -> { }, () -> false);
            assertThat(imports.bulkPossible()).isFalse();
            assertThatThrownBy(() -> imports.runBulk(Imports.spec(example("gewerbeamt-essen.yaml")),
                    List.of(example("gewerbeamt-essen.csv")), (d, t) -> { }, s -> { }, () -> false))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("import.bulkNeedsEmptyStore"));
            assertThat(imports.list()).hasSize(1);
        }
        try (var entries = Files.list(store)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("graph.bulk-"));
        }
    }

    @Test
    void aLostPointerStopsTheOpenAndNothingIsDeleted() throws IOException {
        Path store = folder.resolve("ws");
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(TemplateWorkspace.copyTo(store), SESSION))) {
            new Imports(workspace).runBulk(Imports.spec(example("gewerbeamt-essen.yaml")),
                    List.of(example("gewerbeamt-essen.csv")), (d, t) -> { }, s -> { }, () -> false);
        }
        Path pointer = store.resolve("graph.current");
        String database = Files.readString(pointer).strip();
        Files.createDirectories(store.resolve("graph").resolve("data"));
        Files.delete(pointer);

        assertThatThrownBy(() -> Workspace.open(WorkspaceSettings.embedded(store, SESSION)))
                .isInstanceOf(org.netzbild.store.StoreFolderException.class)
                .satisfies(e -> assertThat(((org.netzbild.store.StoreFolderException) e).orphan()).isEqualTo(database));
        assertThat(store.resolve(database)).isDirectory();

        Files.writeString(pointer, "graph.bulk-000000000000\n");
        assertThatThrownBy(() -> Workspace.open(WorkspaceSettings.embedded(store, SESSION)))
                .isInstanceOf(org.netzbild.store.StoreFolderException.class);
        assertThat(store.resolve(database)).isDirectory();

        Files.writeString(pointer, database + "\n");
        try (var workspace = Workspace.open(WorkspaceSettings.embedded(store, SESSION))) {
            assertThat(workspace.store().search(new SearchRequest("Shisha Lounge", java.util.Set.of("Business"), 5)))
                    .isNotEmpty();
        }
        // a folder called graph beside the pointer may be a backup put back: it stays
        assertThat(store.resolve("graph")).isDirectory();
    }

    /**
     * Every node and relationship of the store as text, sorted: labels and properties, with what
     * differs between two runs by nature replaced (the import's id and time, statement ids, when the
     * records were recorded, when the schema migrated).
     */
    private static List<String> dump(Path workspace) {
        var runner = EmbeddedRunner.open(StoreFolders.graph(workspace));
        try {
            var nodes = runner.read(tx -> tx.run("MATCH (n) RETURN elementId(n) AS element, labels(n) AS labels, "
                    + "properties(n) AS props", Map.of()));
            var names = new HashMap<String, String>();
            var lines = new ArrayList<String>();
            for (var node : nodes) {
                @SuppressWarnings("unchecked")
                var props = new TreeMap<>((Map<String, Object>) node.get("props"));
                @SuppressWarnings("unchecked")
                var labels = ((List<String>) node.get("labels")).stream().sorted().toList();
                props.remove("importId");
                props.remove("recordedAt");
                props.remove("migratedAt");
                if (labels.contains("NetzbildImport")) {
                    props.remove("id");
                    props.remove("startedAt");
                    props.replace("heartbeatAt", "(a time)"); // present on both paths, its value a moment
                    props.remove("label");
                }
                if (labels.contains("Statement")) {
                    props.put("id", "statement on " + props.get("entityId") + " " + props.get("searchText"));
                }
                names.put((String) node.get("element"), String.valueOf(props.get("id")));
                lines.add(labels + " " + describe(props));
            }
            var links = runner.read(tx -> tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, "
                    + "elementId(b) AS b, properties(r) AS props", Map.of()));
            for (var link : links) {
                @SuppressWarnings("unchecked")
                var props = new TreeMap<>((Map<String, Object>) link.get("props"));
                props.remove("importId");
                props.remove("recordedAt");
                lines.add(names.get((String) link.get("a")) + " -" + link.get("type") + "-> " + names.get((String) link.get("b"))
                        + " " + describe(props));
            }
            return lines.stream().sorted().toList();
        } finally {
            runner.close();
        }
    }

    /** Values with their Java type, so that a date loaded as text or a whole number as a decimal shows. */
    private static String describe(Map<String, Object> props) {
        var text = new StringBuilder("{");
        props.forEach((k, v) -> text.append(k).append('=').append(v).append(':')
                .append(v == null ? "null" : v.getClass().getSimpleName()).append(", "));
        return text.append('}').toString();
    }
}
