package org.netzbild.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.netzbild.model.Entity;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.Link;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.Ontology;
import org.netzbild.store.GraphStore;
import org.netzbild.store.WriteMode;

/**
 * Imports files by a mapping spec, in two passes. The first reads every row and collects every
 * problem (nothing is written if there is one); the second reads again and writes in batches under
 * one import id, merging with what the store already knows: a record this agency sent before is
 * skipped or, if changed, gets a statement with the new values; a record another agency already
 * holds (same identity key, e.g. name and birth date) gets this agency's statement instead of a
 * duplicate. If anything fails or the user cancels, the import is undone; if the process dies,
 * the store rolls it back when next opened.
 */
public final class Importer {

    /**
     * Rows per written batch (one transaction, one audit entry). 10,000 rows of a wide file are
     * some tens of MB of transaction state, and as many rows per transaction as the plain UNWIND
     * loader the import is measured against (docs/benchmarks.md, "Ingest"). The system property
     * {@code netzbild.import.rowsPerBatch} lets the kill harness cut a small file into several batches.
     */
    static final int ROWS_PER_BATCH = Integer.getInteger("netzbild.import.rowsPerBatch", 10_000);

    /** What an import did. */
    /**
     * @param skipped FollowTheMoney schemata left out (no counterpart in the ontology), with their line counts
     */
    public record Summary(String importId, long rows, int newEntities, int statements, int alreadyKnown, int links,
                          List<String> newEntityIds, Map<String, Long> skipped, long refusedRows, int changedLinks,
                          List<String> changedLinkIds) {

        /** An import that re-sent no link with other values. */
        public Summary(String importId, long rows, int newEntities, int statements, int alreadyKnown, int links,
                       List<String> newEntityIds, Map<String, Long> skipped, long refusedRows) {
            this(importId, rows, newEntities, statements, alreadyKnown, links, newEntityIds, skipped, refusedRows, 0, List.of());
        }
    }

    /** How many re-sent links with other values an import names by id (it counts them all). */
    static final int CHANGED_LINKS_NAMED = 10;

    /**
     * An opt-in partial import: the rows with a problem of their own are left out and written, as
     * they stood, to {@code target} (with several files, a folder with one file of the same name per
     * file that had such rows), each with a column {@code reasonHeader} that says why.
     */
    public record Rejects(Path target, String reasonHeader, java.util.Locale locale) {
    }

    /** Progress of the write pass, in rows; {@code total} is -1 while not known (a bulk load checks as it goes). */
    @FunctionalInterface
    public interface Progress {
        void rows(long done, long total);
    }

    private final GraphStore store;
    private final Ontology ontology;
    private final String user;
    private final org.netzbild.schema.ReviewPeriods periods;

    public Importer(GraphStore store, Ontology ontology, String user) {
        this(store, ontology, user, org.netzbild.schema.ReviewPeriods.standard());
    }

    /** With the workspace's review periods, which give every imported record its review date (ADR 0022). */
    public Importer(GraphStore store, Ontology ontology, String user, org.netzbild.schema.ReviewPeriods periods) {
        this.store = store;
        this.ontology = ontology;
        this.user = user;
        this.periods = periods;
    }

    /**
     * What the first rows of a file look like, as the parser sees them and as the spec maps them:
     * for the wizard's live preview. Never writes; problems are returned, not thrown.
     */
    public record Preview(List<SourceRow> rows, List<Entity> entities, List<Link> links, List<ImportProblem> problems) {
    }

    public Preview preview(MappingSpec whole, Path file, int maxRows) {
        var problems = new ProblemCollector();
        MappingSpec spec = whole;
        if (whole.multiFile()) {
            var table = FileTables.tableOf(whole, file);
            if (table == null) {
                problems.accept(FileTables.noTable(whole, file));
                return new Preview(List.of(), List.of(), List.of(), problems.sorted());
            }
            spec = whole.of(table);
        }
        var mapper = new RowMapper(spec, ontology, user, Instant.now(), periods);
        var rows = new ArrayList<SourceRow>();
        var entities = new LinkedHashMap<String, Entity>();
        var links = new ArrayList<Link>();
        var source = spec.source() == null ? MappingSpec.Source.DEFAULT : spec.source();
        boolean tables = !Set.of("ftm", "graphml", "gexf").contains(source.format());
        try {
            // a table's rows are shown as read, also those the spec cannot map: the problems say why
            read(spec, file, mapper, problems, row -> {
                if (rows.size() == maxRows) {
                    throw new EnoughRows();
                }
                rows.add(row);
            }, mapped -> {
                if (!tables) {
                    rows.add(mapped.row());
                }
                mapped.entities().values().forEach(e -> entities.putIfAbsent(e.id(), e));
                links.addAll(mapped.links());
                if (!tables && rows.size() >= maxRows) {
                    throw new EnoughRows();
                }
            });
        } catch (EnoughRows enough) {
            // the preview has what it shows
        }
        return new Preview(rows, List.copyOf(entities.values()), links, problems.sorted());
    }

    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /** The first pass alone: how many rows, or {@link ImportRefusedException} with every problem. */
    public long check(MappingSpec spec, List<Path> files) {
        var parts = parts(spec, files, Instant.now());
        var problems = new ProblemCollector();
        var seen = new HashMap<String, Seen>();
        var references = new References();
        long[] rows = {0};
        for (Part part : parts) {
            read(part.spec(), part.file(), part.mapper(), problems, mapped -> {
                rows[0]++;
                noteConflicts(mapped, seen, problems);
                references.note(mapped);
            });
        }
        if (problems.isEmpty()) {
            references.dangling(store::entities).forEach(problems);
        }
        if (!problems.isEmpty()) {
            throw problems.refused();
        }
        return rows[0];
    }

    /**
     * The check of a partial import: the rows with a problem of their own go into {@code refused},
     * and the check runs again without them until no further row is left out (a row that referred
     * to an entity only a refused row made is refused in the next round). A problem of a file or of
     * the spec refuses the whole import, as without rejects. Returns the rows that will be imported.
     */
    private long checkLeavingOut(MappingSpec spec, List<Path> files, RefusedRows refused) {
        var parts = parts(spec, files, Instant.now());
        for (int round = 0; ; round++) {
            var problems = new ProblemCollector(refused::contains);
            var seen = new HashMap<String, Seen>();
            var references = new References();
            long[] rows = {0};
            for (Part part : parts) {
                read(part.spec(), part.file(), part.mapper(), problems, mapped -> {
                    if (refused.contains(mapped.row())) {
                        return;
                    }
                    rows[0]++;
                    noteConflicts(mapped, seen, problems);
                    references.note(mapped);
                });
            }
            if (problems.isEmpty()) {
                references.dangling(store::entities).forEach(problems);
            }
            if (problems.isEmpty()) {
                return rows[0];
            }
            var found = problems.sorted();
            if (problems.found() > found.size() || round == 10 || !found.stream().allMatch(RefusedRows::ofARow)) {
                // more problems than kept, rows refused in a chain, or a problem of a whole file or the spec
                throw problems.refused();
            }
            found.forEach(refused::add);
        }
    }

    /** Writes the refused rows of each file to the reject file (or, for several files, into the reject folder). */
    private void writeRejects(MappingSpec spec, List<Path> files, RefusedRows refused, Rejects rejects) {
        for (Part part : parts(spec, files, Instant.now())) {
            var source = part.spec().source() == null ? MappingSpec.Source.DEFAULT : part.spec().source();
            if (!Set.of("csv", "tsv").contains(source.format())) {
                throw new ImportRefusedException(List.of(ImportProblem.of(part.file().getFileName().toString(), 0, null,
                        null, "problem.rejectsFromTablesOnly", source.format())));
            }
            String name = part.file().getFileName().toString();
            if (!refused.hasRowsOf(name)) {
                continue;
            }
            java.nio.charset.Charset charset;
            char delimiter;
            try (var table = CsvTable.open(part.file(), source)) {
                charset = table.charset();
                delimiter = table.delimiter();
            }
            Path target = files.size() == 1 ? rejects.target() : rejects.target().resolve(name);
            refused.write(part.file(), charset, delimiter, target, rejects.reasonHeader(), rejects.locale());
        }
    }

    /**
     * The same record id on two rows with different values is a problem of the later row; so is the
     * same link (type and ends, and the columns that tell parallel links apart) with different values.
     */
    private static void noteConflicts(RowMapper.Mapped mapped, Map<String, Seen> seen, ProblemCollector problems) {
        mapped.entities().values().forEach(e -> {
            var before = seen.putIfAbsent(e.id(), new Seen(e.properties().hashCode(), mapped.row().file(), mapped.row().line()));
            if (before != null && before.hash() != e.properties().hashCode()) {
                problems.accept(ImportProblem.of(mapped.row().file(), mapped.row().line(), null, e.type(),
                        "problem.conflictingRows", e.type(), before.file(), before.line()));
            }
        });
        mapped.links().forEach(l -> {
            int hash = java.util.Objects.hash(l.properties(), l.provenance().validFrom(), l.provenance().validTo());
            var before = seen.putIfAbsent(l.id(), new Seen(hash, mapped.row().file(), mapped.row().line()));
            if (before != null && before.hash() != hash) {
                problems.accept(ImportProblem.of(mapped.row().file(), mapped.row().line(), null, l.type(),
                        "problem.conflictingLinkRows", l.type(), before.file(), before.line()));
            }
        });
    }

    /** A file of the import with the mapping that reads it. */
    private record Part(MappingSpec spec, Path file, RowMapper mapper) {
    }

    /**
     * The files with the mapping of each, in the order they are written: a file that refers to
     * entities of another comes after it. Every record of the import gets the same provenance and
     * time. A multi-file spec's tables are matched to the files by name ({@link FileTables}).
     */
    private List<Part> parts(MappingSpec spec, List<Path> files, Instant now) {
        if (!spec.multiFile()) {
            var mapper = new RowMapper(spec, ontology, user, now, periods);
            return files.stream().map(f -> new Part(spec, f, mapper)).toList();
        }
        var ordered = FileTables.inWritingOrder(spec, files);
        return ordered.stream().map(tf -> {
            var own = spec.of(tf.table());
            return new Part(own, tf.file(), new RowMapper(own, ontology, user, now, periods));
        }).toList();
    }

    /**
     * The entities the rows refer to by source key, and the ones the import makes: a reference that
     * neither this import nor the store (an earlier import of the agency) resolves is a problem of
     * the first row that made it, named by its columns and values.
     */
    private static final class References {

        private final Set<String> made = new HashSet<>();
        private final Map<String, ImportProblem> wanted = new LinkedHashMap<>();

        void note(RowMapper.Mapped mapped) {
            mapped.entities().values().forEach(e -> made.add(e.id()));
            for (var referred : mapped.referred()) {
                wanted.computeIfAbsent(referred.id(), id -> ImportProblem.of(mapped.row().file(), mapped.row().line(),
                        referred.columns(), referred.type(), "problem.danglingReference", referred.type(), referred.values()));
            }
        }

        /** The problems of references that remain open after looking in the store in pages. */
        List<ImportProblem> dangling(java.util.function.Function<java.util.Collection<String>, List<Entity>> stored) {
            var open = new ArrayList<String>();
            wanted.keySet().stream().filter(id -> !made.contains(id)).forEach(open::add);
            var found = new HashSet<String>();
            for (int from = 0; from < open.size(); from += 10_000) {
                stored.apply(open.subList(from, Math.min(open.size(), from + 10_000))).forEach(e -> found.add(e.id()));
            }
            return open.stream().filter(id -> !found.contains(id)).map(wanted::get).toList();
        }
    }

    private record Seen(int hash, String file, long line) {
    }

    /** Checks, then imports; returns what was written. */
    public Summary run(MappingSpec spec, List<Path> files, String label, Progress progress, BooleanSupplier cancelled) {
        return run(spec, files, label, progress, cancelled, null);
    }

    /**
     * Checks, then imports; with {@code rejects}, the rows that have a problem of their own are
     * written to the reject file first and the others imported (ADR 0029).
     */
    public Summary run(MappingSpec spec, List<Path> files, String label, Progress progress, BooleanSupplier cancelled,
                       Rejects rejects) {
        var refused = new RefusedRows();
        long total = rejects == null ? check(spec, files) : checkLeavingOut(spec, files, refused);
        if (!refused.isEmpty()) {
            writeRejects(spec, files, refused, rejects);
        }
        var parts = parts(spec, files, Instant.now());
        var mapper = parts.getFirst().mapper();
        String importId = "import-" + UUID.randomUUID();
        store.beginImport(new ImportRecord(importId, label, mapper.provenance().sourceAgency(), user, Instant.now(),
                ImportRecord.Status.RUNNING, 0, refused.count()));
        var writer = new BatchWriter(importId, mapper, null, refused.count());
        try {
            writeAll(parts, writer, total, progress, cancelled, null, refused);
            store.completeImport(importId, writer.records);
            return writer.summary(total);
        } catch (org.netzbild.store.StoreUnavailableException | org.netzbild.audit.NoRoomForAuditLogException gone) {
            // taking it back needs the same store and audit log: it would wait out the unreachable store once
            // more, or be refused unaudited; the next open of the store rolls it back
            throw new ImportInterruptedException(importId, gone);
        } catch (RuntimeException e) {
            try {
                store.abandonImport(importId);
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /**
     * Where {@link #runInto} writes: the input of a bulk load into an empty store (Neo4j's offline
     * importer), which holds nothing yet but the reference data it was given first.
     */
    public interface BulkTarget {

        /** The entities of these ids the target already holds (the reference data). */
        List<Entity> entities(java.util.Collection<String> ids);

        /** Takes one batch of checked, merged records under the import's id. */
        void write(WriteBatch batch);
    }

    /**
     * Hands every record to {@code target} instead of the store: the same records, ids, provenance
     * and merging as {@link #run} into an empty store, except that a person sent twice is matched
     * across the whole import in memory rather than against the store. One pass: the rows are
     * checked as they are handed over, since nothing reaches the store here; if there is a problem,
     * {@link ImportRefusedException} tells the caller to throw the target away. Progress reports
     * the rows read, with a total of {@code -1} (not known before the end).
     */
    public Summary runInto(BulkTarget target, MappingSpec spec, List<Path> files, Progress progress,
                           BooleanSupplier cancelled) {
        var parts = parts(spec, files, Instant.now());
        String importId = "import-" + UUID.randomUUID();
        var writer = new BatchWriter(importId, parts.getFirst().mapper(), target, 0);
        long rows = writeAll(parts, writer, -1, progress, cancelled, target::entities, new RefusedRows());
        return writer.summary(rows);
    }

    /** The agency a spec's records are stated by (its provenance), for registering a bulk import. */
    public String agency(MappingSpec spec) {
        return new RowMapper(spec.multiFile() ? spec.of(spec.tables().getFirst()) : spec, ontology, user, Instant.now(),
                periods).provenance().sourceAgency();
    }

    /**
     * The write pass: reads the files and writes their rows in batches. With {@code total} below 0
     * (a bulk load) the rows are also checked as they come, since nothing reaches the store yet;
     * once there is a problem only the problems are still collected. Returns the rows written.
     */
    private long writeAll(List<Part> parts, BatchWriter writer, long total, Progress progress, BooleanSupplier cancelled,
                          java.util.function.Function<java.util.Collection<String>, List<Entity>> referenceData,
                          RefusedRows refused) {
        boolean checking = total < 0;
        long[] rows = {0};
        var pending = new ArrayList<RowMapper.Mapped>();
        // the problems of the rows left out were counted when they were left out
        var problems = new ProblemCollector(refused::contains);
        var seen = new HashMap<String, Seen>();
        var references = new References();
        for (Part part : parts) {
            read(part.spec(), part.file(), part.mapper(), problems, mapped -> {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelledException();
                }
                if (refused.contains(mapped.row())) {
                    return; // in the reject file, not in the store
                }
                rows[0]++;
                if (checking) {
                    noteConflicts(mapped, seen, problems);
                    references.note(mapped);
                }
                if (!problems.isEmpty()) {
                    return; // refused in the end: only the problems are still of use
                }
                pending.add(mapped);
                if (pending.size() == ROWS_PER_BATCH) {
                    writer.write(pending);
                    pending.clear();
                    progress.rows(rows[0], total);
                }
            });
        }
        if (checking && problems.isEmpty()) {
            references.dangling(referenceData).forEach(problems);
        }
        if (!problems.isEmpty()) {
            // a bulk load's problem, or the file changed between the passes
            throw problems.refused();
        }
        writer.write(pending);
        progress.rows(rows[0], rows[0]);
        return rows[0];
    }

    private final Map<String, Long> skipped = new java.util.TreeMap<>();

    private void read(MappingSpec spec, Path file, RowMapper mapper, ProblemCollector problems,
                      java.util.function.Consumer<RowMapper.Mapped> rows) {
        read(spec, file, mapper, problems, row -> { }, rows);
    }

    /** Reads a file; {@code asRead} sees every well-formed row of a table before it is mapped. */
    private void read(MappingSpec spec, Path file, RowMapper mapper, ProblemCollector problems,
                      java.util.function.Consumer<SourceRow> asRead, java.util.function.Consumer<RowMapper.Mapped> rows) {
        java.util.function.Consumer<ImportProblem> report = problems;
        var source = spec.source() == null ? MappingSpec.Source.DEFAULT : spec.source();
        if (source.format().equals("ftm")) {
            var reader = new FtmReader(ontology, mapper.provenance());
            reader.read(file, rows, report);
            skipped.clear();
            skipped.putAll(reader.skipped());
            return;
        }
        if (source.format().equals("graphml") || source.format().equals("gexf")) {
            new GraphmlReader(ontology, mapper.provenance(), source).read(file, rows, report);
            return;
        }
        // a row that has a problem is reported and left out; the import then stops before writing
        java.util.function.Consumer<SourceRow> mapRow = row -> {
            asRead.accept(row);
            long before = problems.found();
            var mapped = mapper.map(row, report);
            if (problems.found() == before) {
                rows.accept(mapped);
            }
        };
        if (source.format().equals("xlsx")) {
            XlsxTable.read(file, source, mapper::missingColumns, mapRow, report);
            return;
        }
        try (var table = CsvTable.open(file, source)) {
            var missing = mapper.missingColumns(file.getFileName().toString(), table.header());
            if (!missing.isEmpty()) {
                missing.forEach(report);
                return;
            }
            table.forEach(mapRow, report);
        } catch (ImportRefusedException e) {
            e.problems().forEach(report);
        }
    }

    /** Writes batches of mapped rows under one import id, merging with the stored records. */
    private final class BatchWriter {

        private final String importId;
        private final RowMapper mapper;
        /** Where a bulk load's records go; {@code null} when writing into the store. */
        private final BulkTarget bulk;
        /** In a bulk load, the first entity of every identity key value across the whole import. */
        private final Map<List<Object>, Entity> firstInImport = new HashMap<>();
        private final Places places;
        private final Set<String> written = new HashSet<>();
        private final Map<String, String> mergedInto = new HashMap<>();
        private final List<String> newIds = new ArrayList<>();
        private long records;
        private final long refusedRows;
        private int newEntities;
        private int statements;
        private int known;
        private int links;
        /** Links this file re-sends with other values than the store keeps (ADR 0028): counted and named, not written. */
        private int changedLinks;
        private final List<String> changedLinkIds = new ArrayList<>();

        BatchWriter(String importId, RowMapper mapper, BulkTarget bulk, long refusedRows) {
            this.importId = importId;
            this.refusedRows = refusedRows;
            this.mapper = mapper;
            this.bulk = bulk;
            this.places = new Places(bulk == null ? store::entities : bulk::entities, mapper.provenance());
        }

        /** The same values, numbers compared by value (a stored 5 and a parsed 5.0 are one value). */
        private static boolean sameValues(Map<String, Object> stored, Map<String, Object> sent) {
            if (!stored.keySet().equals(sent.keySet())) {
                return false;
            }
            for (var e : sent.entrySet()) {
                Object a = stored.get(e.getKey());
                Object b = e.getValue();
                boolean same = a instanceof Number x && b instanceof Number y ? x.doubleValue() == y.doubleValue()
                        : java.util.Objects.equals(a, b) || a != null && b != null && a.toString().equals(b.toString());
                if (!same) {
                    return false;
                }
            }
            return true;
        }

        Summary summary(long rows) {
            return new Summary(importId, rows, newEntities, statements, known, links, List.copyOf(newIds),
                    Map.copyOf(skipped), refusedRows, changedLinks, List.copyOf(changedLinkIds));
        }

        void write(List<RowMapper.Mapped> rows) {
            if (rows.isEmpty()) {
                return;
            }
            var candidates = new LinkedHashMap<String, Entity>();
            rows.forEach(r -> r.entities().values().forEach(e -> {
                if (!written.contains(e.id()) && !mergedInto.containsKey(e.id())) {
                    candidates.putIfAbsent(e.id(), e);
                }
            }));
            var fresh = new ArrayList<Entity>();
            var stated = new ArrayList<Statement>();
            var preexisting = new HashSet<String>();
            var stored = new HashMap<String, Entity>();
            if (bulk == null) {
                store.entities(candidates.keySet()).forEach(e -> stored.put(e.id(), e));
            }
            // entities made by earlier files or batches, or by an earlier import, that these rows refer to
            rows.forEach(r -> r.referred().forEach(ref -> {
                if (!written.contains(ref.id()) && !mergedInto.containsKey(ref.id()) && !candidates.containsKey(ref.id())) {
                    preexisting.add(ref.id());
                }
            }));
            var unknown = new ArrayList<Entity>();
            var changes = new LinkedHashMap<String, Map<String, Object>>();
            for (Entity entity : candidates.values()) {
                Entity before = stored.get(entity.id());
                if (before == null) {
                    unknown.add(entity);
                } else {
                    // this agency sent the record before: skip it, or state what changed
                    mergedInto.put(entity.id(), before.id());
                    preexisting.add(before.id());
                    var changed = new LinkedHashMap<String, Object>();
                    entity.properties().forEach((k, v) -> {
                        if (!v.equals(before.get(k))) {
                            changed.put(k, v);
                        }
                    });
                    if (changed.isEmpty()) {
                        known++;
                    } else {
                        changes.put(before.id(), changed);
                    }
                }
            }
            // a bulk load starts from an empty store: what it could match is in this import, kept in memory
            var matches = bulk == null ? matchByIdentity(unknown) : Map.<String, Entity>of();
            // one read for all entities whose statements decide whether this agency said it already
            // (one read per entity cost an audited round trip each: thousands per batch)
            var toCheck = new java.util.LinkedHashSet<>(changes.keySet());
            matches.values().forEach(other -> toCheck.add(other.id()));
            var said = toCheck.isEmpty() ? Map.<String, List<Statement>>of() : store.statements(toCheck);
            changes.forEach((id, changed) -> {
                if (alreadyStated(said, id, changed)) {
                    known++;
                } else {
                    stated.add(statement(id, changed));
                }
            });
            var firstInBatch = bulk == null ? new HashMap<List<Object>, Entity>() : firstInImport;
            for (Entity entity : unknown) {
                Entity other = matches.get(entity.id());
                Entity twin = other == null ? twinInBatch(entity, firstInBatch) : null;
                if (other == null && twin == null) {
                    fresh.add(entity);
                } else if (twin != null) {
                    // the same person twice in this batch (another row, another id): one node, as across batches
                    mergedInto.put(entity.id(), twin.id());
                    if (twin.properties().equals(entity.properties())) {
                        known++;
                    } else {
                        stated.add(statement(twin.id(), entity.properties()));
                    }
                } else if (alreadyStated(said, other.id(), entity.properties())) {
                    mergedInto.put(entity.id(), other.id());
                    preexisting.add(other.id());
                    known++;
                } else {
                    // another agency (or another file) knows this entity: one node, this agency's statement beside it
                    mergedInto.put(entity.id(), other.id());
                    preexisting.add(other.id());
                    stated.add(statement(other.id(), entity.properties()));
                }
            }
            var batchLinks = new LinkedHashMap<String, Link>();
            for (var row : rows) {
                for (Link link : row.links()) {
                    String from = mergedInto.getOrDefault(link.fromId(), link.fromId());
                    String to = mergedInto.getOrDefault(link.toId(), link.toId());
                    batchLinks.putIfAbsent(link.id(), new Link(link.id(), link.type(), from, to, link.properties(),
                            link.provenance()));
                }
            }
            var oldEnds = new HashSet<String>();
            batchLinks.values().stream().filter(l -> preexisting.contains(l.fromId()) && preexisting.contains(l.toId()))
                    .forEach(l -> {
                        oldEnds.add(l.fromId());
                        oldEnds.add(l.toId());
                    });
            Set<String> existingLinks = new HashSet<>();
            var storedLinks = new HashMap<String, Link>();
            if (!oldEnds.isEmpty()) {
                store.linksAmong(oldEnds).forEach(l -> {
                    existingLinks.add(l.id());
                    storedLinks.put(l.id(), l);
                });
            }
            // a link re-sent with other values keeps its first values (ADR 0028); the import says so
            for (Link l : batchLinks.values()) {
                Link before = storedLinks.get(l.id());
                if (before != null && !sameValues(before.properties(), l.properties())) {
                    changedLinks++;
                    if (changedLinkIds.size() < CHANGED_LINKS_NAMED) {
                        changedLinkIds.add(l.id());
                    }
                }
            }
            var newLinks = new ArrayList<>(batchLinks.values().stream()
                    .filter(l -> !existingLinks.contains(l.id()) && !written.contains(l.id())).toList());
            newLinks.addAll(places.inMunicipality(fresh));
            // what this file re-sends now stands for it too: the imports that wrote it must not be undone before this one
            var resent = batchLinks.values().stream().filter(l -> existingLinks.contains(l.id())).toList();
            if (!preexisting.isEmpty() || !resent.isEmpty()) {
                store.relyOn(importId, preexisting, resent);
            }
            var batch = new WriteBatch(fresh, newLinks, stated, importId);
            if (bulk == null) {
                store.write(batch, WriteMode.CREATE);
            } else {
                bulk.write(batch);
            }
            fresh.forEach(e -> {
                written.add(e.id());
                if (newIds.size() < 10_000) {
                    newIds.add(e.id());
                }
            });
            newLinks.forEach(l -> written.add(l.id()));
            records += fresh.size() + newLinks.size() + stated.size();
            newEntities += fresh.size();
            statements += stated.size();
            links += newLinks.size();
        }

        /**
         * An entity new in this batch with one of {@code entity}'s identity key values, or
         * {@code null}; then {@code entity} is noted as the first with its values.
         */
        private Entity twinInBatch(Entity entity, Map<List<Object>, Entity> firstInBatch) {
            var composites = new ArrayList<List<Object>>();
            for (List<String> key : ontology.entityType(entity.type()).orElseThrow().identityKeys()) {
                if (!key.stream().allMatch(p -> entity.get(p) != null)) {
                    continue;
                }
                for (List<Object> value : keyValues(entity, key)) {
                    List<Object> composite = List.of(entity.type(), key, value);
                    Entity twin = firstInBatch.get(composite);
                    if (twin != null) {
                        return twin;
                    }
                    composites.add(composite);
                }
            }
            composites.forEach(c -> firstInBatch.put(c, entity));
            return null;
        }

        /** Entities the store already holds under one of the ontology's identity keys (visible ones only). */
        private Map<String, Entity> matchByIdentity(List<Entity> entities) {
            var found = new HashMap<String, Entity>();
            var byType = new LinkedHashMap<String, List<Entity>>();
            entities.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
            byType.forEach((type, ofType) -> {
                for (List<String> key : ontology.entityType(type).orElseThrow().identityKeys()) {
                    var keyed = new HashMap<List<Object>, List<Entity>>();
                    for (Entity e : ofType) {
                        if (found.containsKey(e.id()) || !key.stream().allMatch(p -> e.get(p) != null)) {
                            continue;
                        }
                        for (List<Object> value : keyValues(e, key)) {
                            keyed.computeIfAbsent(value, v -> new ArrayList<>()).add(e);
                        }
                    }
                    if (keyed.isEmpty()) {
                        continue;
                    }
                    for (Entity stored : store.matching(type, key, List.copyOf(keyed.keySet()))) {
                        for (List<Object> value : keyValues(stored, key)) {
                            keyed.getOrDefault(value, List.of()).forEach(e -> found.putIfAbsent(e.id(), stored));
                        }
                    }
                }
            });
            return found;
        }

        /** The key's values of an entity; a list property gives one value per element. */
        private static List<List<Object>> keyValues(Entity entity, List<String> key) {
            List<List<Object>> values = List.of(List.of());
            for (String property : key) {
                Object value = entity.get(property);
                List<?> options = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
                var next = new ArrayList<List<Object>>();
                for (List<Object> prefix : values) {
                    for (Object option : options) {
                        var extended = new ArrayList<Object>(prefix);
                        extended.add(option);
                        next.add(extended);
                    }
                }
                values = next;
            }
            return values;
        }

        private boolean alreadyStated(Map<String, List<Statement>> said, String entityId, Map<String, Object> properties) {
            String agency = mapper.provenance().sourceAgency();
            return said.getOrDefault(entityId, List.of()).stream().anyMatch(s -> s.provenance().sourceAgency().equals(agency)
                    && s.properties().entrySet().containsAll(properties.entrySet()));
        }

        private Statement statement(String entityId, Map<String, Object> properties) {
            return new Statement("statement-" + UUID.randomUUID(), entityId, properties, mapper.provenance());
        }
    }
}
