package org.netzbild.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.netzbild.app.Imports;
import org.netzbild.app.Workspace;
import org.netzbild.app.WorkspaceSettings;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.demo.RegistryExport;
import org.netzbild.ingest.Importer;
import org.netzbild.model.StoreStatistics;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.PortAndReference;
import org.netzbild.store.RawCypherReference;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.embedded.OfflineImporterInThisJvm;

/**
 * The {@code bench import} use case: imports a generated registration office export into an empty
 * embedded store, against Neo4j's offline importer loading the same records from its own CSV
 * format; then a second agency's export into that store, against a plain {@code UNWIND} loader in
 * batches of 10,000 rows writing the same records into a copy of it. One run, one machine; prints
 * a Markdown section for {@code docs/benchmarks.md}.
 */
public final class ImportBenchmark {

    static final String BASE_AGENCY = "oa-essen";
    static final String INCREMENT_AGENCY = "jc-essen";
    private static final int UNWIND_BATCH = 10_000;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** What to measure; {@code folder} receives the files and stores (several GB at a million persons). */
    /**
     * @param transactional also time the transactional import into the empty store (a quarter of an
     *                      hour at a million persons), beside the bulk import
     */
    public record Settings(Path folder, int persons, int increment, double overlap, long seed, AnalystSession session,
                           boolean transactional) {
    }

    private final Settings settings;
    private final PrintWriter out;

    public ImportBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() {
        Path folder = settings.folder();
        for (String part : List.of("files", "offline", "netzbild", "netzbild-bulk", "inc-netzbild", "inc-unwind")) {
            deleteTree(folder.resolve(part));
        }
        var export = new RegistryExport(settings.seed());
        Path files = folder.resolve("files");
        long generating = System.nanoTime();
        var reference = new OfflineImporterInput(files.resolve("neo4j"), BASE_AGENCY, "bench-offline");
        var base = export.write(files, "meldedaten", BASE_AGENCY, "EMA-", settings.persons(), 0, 0, 0, reference::add);
        reference.close();
        double generated = seconds(generating);
        line("Generated %,d rows (%,d households) and the offline importer's input in %.1f s: %,d nodes, %,d relationships.",
                base.rows(), base.households(), generated, reference.nodes(), reference.relationships());

        // (a) empty store: Neo4j's offline importer, then Netzbild
        long offlineStart = System.nanoTime();
        OfflineImporterInThisJvm.importInto(folder.resolve("offline").resolve("graph"), reference.nodeFiles(),
                reference.relationshipFiles(), folder.resolve("offline-import.log"));
        double offline = seconds(offlineStart);
        long indexing = System.nanoTime();
        try (Workspace ws = Workspace.open(WorkspaceSettings.embedded(folder.resolve("offline"), settings.session()))) {
            ws.store().statistics();
        }
        double offlineIndexes = seconds(indexing);

        // Netzbild's bulk import: opening (creating and migrating) the empty store, check pass, write
        // pass into the importer's input, the importer in its own process, indexes, switch
        var steps = new LinkedHashMap<Imports.BulkStep, Long>();
        long bulkStart = System.nanoTime();
        Importer.Summary summary;
        StoreStatistics afterBase;
        double bulk;
        try (Workspace ws = Workspace.open(WorkspaceSettings.embedded(folder.resolve("netzbild-bulk"), settings.session()))) {
            summary = new Imports(ws).runBulk(Imports.spec(base.spec()), List.of(base.csv()), (d, t) -> { },
                    step -> steps.put(step, System.nanoTime()), () -> false);
            bulk = seconds(bulkStart);
            afterBase = ws.store().statistics();
        }
        line("Netzbild bulk import, empty store: %s", counts(summary));
        line("Its steps: open and check and write the importer's input %.1f s, importer %.1f s, indexes %.1f s, switch %.1f s.",
                (steps.get(Imports.BulkStep.IMPORTING) - bulkStart) / 1e9,
                (steps.get(Imports.BulkStep.INDEXING) - steps.get(Imports.BulkStep.IMPORTING)) / 1e9,
                (steps.get(Imports.BulkStep.SWITCHING) - steps.get(Imports.BulkStep.INDEXING)) / 1e9,
                bulk - (steps.get(Imports.BulkStep.SWITCHING) - bulkStart) / 1e9);
        double transactional = Double.NaN;
        if (settings.transactional()) {
            long oursStart = System.nanoTime();
            try (Workspace ws = Workspace.open(WorkspaceSettings.embedded(folder.resolve("netzbild"), settings.session()))) {
                var viaStore = new Imports(ws).run(Imports.spec(base.spec()), List.of(base.csv()), (d, t) -> { }, () -> false);
                transactional = seconds(oursStart);
                line("Netzbild transactional import, empty store: %s", counts(viaStore));
            }
        }
        emptyStoreTable(base.rows(), reference.nodes() + reference.relationships(), offline, offlineIndexes, bulk,
                transactional, afterBase, reference.nodes(), reference.statements(), reference.relationships());

        // (b) incremental: a second agency's export, part of it people the first already reported
        copyTree(folder.resolve("netzbild-bulk"), folder.resolve("inc-netzbild"));
        copyTree(folder.resolve("netzbild-bulk"), folder.resolve("inc-unwind"));
        var increment = export.write(files, "leistungsbezieher", INCREMENT_AGENCY, "JC-", settings.increment(),
                base.households(), settings.overlap(), base.households());
        double ours;
        StoreStatistics oursAfter;
        Importer.Summary incSummary;
        try (Workspace ws = Workspace.open(WorkspaceSettings.embedded(folder.resolve("inc-netzbild"), settings.session()))) {
            long start = System.nanoTime();
            incSummary = new Imports(ws).run(Imports.spec(increment.spec()), List.of(increment.csv()), (d, t) -> { },
                    () -> false);
            ours = seconds(start);
            oursAfter = ws.store().statistics();
        }
        double unwind;
        StoreStatistics unwindAfter;
        UnwindLoad load;
        // the plain loader needs the database beside the port (for the counts): opened here, not as a workspace
        Path unwindFolder = folder.resolve("inc-unwind");
        try (var audit = FileAuditLog.open(WorkspaceSettings.embedded(unwindFolder, settings.session()).auditFile());
             var both = PortAndReference.open(new StoreLocation.Embedded(unwindFolder), settings.session(), audit)) {
            long start = System.nanoTime();
            load = new UnwindLoad(both.reference(), INCREMENT_AGENCY, "bench-unwind");
            load.file(increment.csv());
            unwind = seconds(start);
            unwindAfter = both.port().statistics();
        }
        line("Netzbild, incremental: %s", counts(incSummary));
        incrementalTable(increment.rows(), afterBase, ours, oursAfter, incSummary, unwind, unwindAfter, load);
        out.flush();
    }

    private void emptyStoreTable(long rows, long records, double offline, double offlineIndexes, double bulk,
                                 double transactional, StoreStatistics after, long referenceNodes,
                                 long referenceStatements, long referenceLinks) {
        line("");
        line("| empty store, %,d rows (%,d nodes + relationships) | time | rows/s | records/s | vs offline importer |", rows, records);
        line("|---|---|---|---|---|");
        line("| Neo4j offline importer (import only, no indexes) | %.1f s | %,.0f | %,.0f | 1.00× |", offline,
                rows / offline, records / offline);
        line("| Neo4j offline importer, then Netzbild's indexes and open | %.1f s | %,.0f | %,.0f | %.2f× |",
                offline + offlineIndexes, rows / (offline + offlineIndexes), records / (offline + offlineIndexes),
                offline / (offline + offlineIndexes));
        line("| **Netzbild bulk import** (`import --bulk`: open empty store, check pass, write pass, importer, indexes, switch) "
                + "| %.1f s | %,.0f | %,.0f | **%.2f×** |", bulk, rows / bulk, records / bulk, offline / bulk);
        if (!Double.isNaN(transactional)) {
            line("| Netzbild transactional import (open empty store, check pass, write pass in batches) | %.1f s | %,.0f | %,.0f | %.2f× |",
                    transactional, rows / transactional, records / transactional, offline / transactional);
        }
        line("");
        line("Netzbild's store afterwards: %,d entities, %,d links; the offline importer's input: %,d entities "
                + "(%,d statements besides), %,d links.", after.entityCount(), after.linkCount(),
                referenceNodes - referenceStatements, referenceStatements, referenceLinks - referenceStatements);
    }

    private void incrementalTable(long rows, StoreStatistics before, double ours, StoreStatistics oursAfter,
                                  Importer.Summary summary, double unwind, StoreStatistics unwindAfter, UnwindLoad load) {
        line("");
        line("| incremental, %,d rows into the store above | time | rows/s | new entities | statements | new links | vs UNWIND |", rows);
        line("|---|---|---|---|---|---|---|");
        line("| plain UNWIND loader, batches of %,d rows | %.1f s | %,.0f | %,d | %,d | %,d | 1.00× |", UNWIND_BATCH,
                unwind, rows / unwind, unwindAfter.entityCount() - before.entityCount(), load.statements(),
                unwindAfter.linkCount() - before.linkCount());
        line("| **Netzbild import** (check pass, write pass, merging, audit) | %.1f s | %,.0f | %,d | %,d | %,d | **%.2f×** |",
                ours, rows / ours, oursAfter.entityCount() - before.entityCount(), summary.statements(),
                oursAfter.linkCount() - before.linkCount(), unwind / ours);
    }

    private static String counts(Importer.Summary s) {
        return String.format(Locale.ROOT, "%,d rows, %,d new entities, %,d statements, %,d already known, %,d links",
                s.rows(), s.newEntities(), s.statements(), s.alreadyKnown(), s.links());
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** Reads the export as a plain loader would (split at semicolons) and writes it in UNWIND batches. */
    static final class UnwindLoad {

        private final RawCypherReference raw;
        private final Map<String, Object> provenance;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, String> targets = new HashMap<>();
        private final List<Map<String, Object>> persons = new ArrayList<>();
        /** Persons whose identity key (name, birth date) an earlier row of the batch has, with other values. */
        private final List<Map<String, Object>> laterTwins = new ArrayList<>();
        /** Persons whose key and values an earlier row of the batch has (rows {@code {props, first}}). */
        private final List<Map<String, Object>> repeats = new ArrayList<>();
        private final Map<List<Object>, Map<String, Object>> firstInBatch = new HashMap<>();
        private final List<Map<String, Object>> addresses = new ArrayList<>();
        private final Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
        private long statements;

        UnwindLoad(RawCypherReference raw, String agency, String importId) {
            this.raw = raw;
            this.provenance = OfflineImporterInput.provenance(agency, importId);
        }

        long statements() {
            return statements;
        }

        void file(Path csv) {
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                in.readLine();
                int rows = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    row(line.split(";", -1));
                    if (++rows % UNWIND_BATCH == 0) {
                        flush();
                    }
                }
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void row(String[] f) {
            String person = person(f, 0);
            String related = person(f, 10);
            String full = f[6] + " " + f[7] + ", " + f[8] + " " + f[9];
            String address = "jc-a-" + full;
            if (seen.add(address)) {
                var props = record(address, "Address");
                props.put("street", f[6]);
                props.put("houseNumber", f[7]);
                props.put("postalCode", f[8]);
                props.put("city", f[9]);
                props.put("full", full);
                props.put("searchText", String.join(" | ", f[6], f[8], f[9], full));
                var municipalityLink = new LinkedHashMap<>(provenance);
                municipalityLink.put("id", "jc-lm-" + address);
                addresses.add(Map.of("props", props, "municipalityLink", municipalityLink));
            }
            link("RESIDES_AT", "jc-lr-" + person, person, address, Map.of());
            link("FAMILY", "jc-lf-" + person + "-" + related, person, related, Map.of("relation", switch (f[16]) {
                case "Ehegatte" -> "SPOUSE";
                case "Kind" -> "CHILD";
                default -> "PARENT";
            }));
        }

        private String person(String[] f, int at) {
            String id = "jc-p-" + f[at];
            if (seen.add(id)) {
                var props = record(id, "Person");
                String name = f[at + 2] + " " + f[at + 1];
                props.put("name", name);
                props.put("birthDate", LocalDate.parse(f[at + 3], GERMAN_DATE));
                props.put("birthPlace", f[at + 4]);
                props.put("gender", f[at + 5].equals("w") ? "FEMALE" : "MALE");
                props.put("searchText", name);
                // the import merges two rows of one batch with the same name and birth date (the port's
                // identity key): one node, and a statement if the values differ; one UNWIND cannot see
                // its own writes, so such rows go in a second pass or simply follow the first
                var key = List.<Object>of(name, props.get("birthDate"));
                var first = firstInBatch.putIfAbsent(key, props);
                if (first == null) {
                    persons.add(Map.of("props", props));
                } else if (values(first).equals(values(props))) {
                    repeats.add(Map.of("props", props, "first", first.get("id")));
                } else {
                    laterTwins.add(Map.of("props", props));
                }
            }
            return id;
        }

        private static List<Object> values(Map<String, Object> person) {
            return List.of(person.get("birthPlace"), person.get("gender"));
        }

        private Map<String, Object> record(String id, String type) {
            var props = new LinkedHashMap<String, Object>(provenance);
            props.put("id", id);
            props.put("type", type);
            return props;
        }

        private void link(String type, String id, String from, String to, Map<String, Object> properties) {
            if (seen.add(id)) {
                var props = new LinkedHashMap<String, Object>(provenance);
                props.putAll(properties);
                props.put("id", id);
                links.computeIfAbsent(type, t -> new ArrayList<>()).add(Map.of("from", from, "to", to, "props", props));
            }
        }

        private void flush() {
            if (persons.isEmpty() && addresses.isEmpty() && links.isEmpty()) {
                return;
            }
            statements += raw.loadBatch(persons, laterTwins, repeats, addresses, links, targets);
            persons.clear();
            laterTwins.clear();
            repeats.clear();
            firstInBatch.clear();
            addresses.clear();
            links.clear();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
