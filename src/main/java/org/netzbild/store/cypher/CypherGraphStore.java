package org.netzbild.store.cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.GraphPath;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.PathRequest;
import org.netzbild.model.ShortestPaths;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.InvalidRecordException;
import org.netzbild.schema.Migration;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.RecordValidator;
import org.netzbild.schema.Violation;
import org.netzbild.security.Visibility;
import org.netzbild.store.GraphStore;
import org.netzbild.store.ImportInUseException;
import org.netzbild.store.ImportGoneException;
import org.netzbild.store.ImportLease;
import org.netzbild.store.ImportRunningException;
import org.netzbild.store.NotFoundException;
import org.netzbild.store.WriteMode;

/**
 * The port implemented once in Cypher, for every adapter. Validates before writing, applies the
 * visibility to every read and walks only through visible nodes.
 */
public final class CypherGraphStore implements GraphStore {

    private static final SessionRead[] PATH_STATEMENTS = new SessionRead[PathRequest.MAX_HOPS + 1];
    /** The same with the links' visibility checked after the search (the first try, see {@link #shortestPaths}). */
    private static final SessionRead[] PATH_STATEMENTS_LINKS_AFTER = new SessionRead[PathRequest.MAX_HOPS + 1];
    /** The same with the entities in between checked after the search too (an unrestricted session's first try). */
    private static final SessionRead[] PATH_STATEMENTS_ALL_AFTER = new SessionRead[PathRequest.MAX_HOPS + 1];

    static {
        for (int hops = 1; hops <= PathRequest.MAX_HOPS; hops++) {
            PATH_STATEMENTS[hops] = Statements.shortestPaths(hops);
            PATH_STATEMENTS_LINKS_AFTER[hops] = Statements.shortestPathsLinksCheckedAfter(hops);
            PATH_STATEMENTS_ALL_AFTER[hops] = Statements.shortestPathsCheckedAfter(hops);
        }
    }

    private static final int DELETE_BATCH = 10_000;

    private final CypherRunner runner;
    private final Ontology ontology;
    private final RecordValidator validator;
    private final RecordMapping mapping;
    private final Visibility visibility;
    private final Map<String, Object> scope;
    private final ImportLease lease;
    private final EntityMerges merges;

    public CypherGraphStore(CypherRunner runner, Ontology ontology, Visibility visibility) {
        this(runner, ontology, visibility, ImportLease.standard());
    }

    public CypherGraphStore(CypherRunner runner, Ontology ontology, Visibility visibility, ImportLease lease) {
        this.runner = runner;
        this.ontology = ontology;
        this.validator = new RecordValidator(ontology);
        this.mapping = new RecordMapping(ontology);
        this.visibility = visibility;
        this.scope = SessionTx.scope(visibility);
        this.lease = lease;
        this.merges = new EntityMerges(visibility);
    }

    /** Runs the migrations newer than the store's schema version and records the new version. */
    public int migrate(List<Migration> migrations) {
        int before = schemaVersion();
        int current = before;
        // every pending migration's statements together (each is "IF NOT EXISTS", so a rerun after a
        // failure is harmless), then the version
        var pending = migrations.stream().filter(m -> m.version() > before).toList();
        if (!pending.isEmpty()) {
            runner.schema(pending.stream().flatMap(m -> m.statements().stream()).toList());
            var data = pending.stream().flatMap(m -> m.data().stream()).map(Bookkeeping::of).toList();
            if (!data.isEmpty()) {
                var parameters = migrationParameters();
                write(tx -> {
                    data.forEach(statement -> tx.run(statement, parameters));
                    return null;
                });
            }
            current = pending.getLast().version();
            if (before < NAME_KEYS_VERSION && current >= NAME_KEYS_VERSION) {
                fillNameKeys();
            }
            long version = current;
            write(tx -> tx.run(Statements.SET_SCHEMA_VERSION, Map.of("version", version)));
        }
        read(tx -> tx.run(Statements.AWAIT_INDEXES, Map.of()));
        return current;
    }

    /** The migration that brought the name keys (V012, ADR 0037). */
    static final int NAME_KEYS_VERSION = 12;
    private static final long NAME_KEYS_PAGE = 10_000;

    /**
     * Gives the persons and statements about persons written before {@link #NAME_KEYS_VERSION} their
     * name keys, page by page, each page in a transaction of its own; a node without a spelling gets
     * an empty key, so that it is not read again. Rerun after a failure, it goes on where it stopped.
     */
    private void fillNameKeys() {
        while (true) {
            long filled = write(tx -> {
                var rows = tx.run(Statements.PERSONS_WITHOUT_NAME_KEYS, Map.of("page", NAME_KEYS_PAGE));
                var keys = new java.util.ArrayList<Map<String, Object>>(rows.size());
                for (var row : rows) {
                    var names = new HashMap<String, Object>();
                    RecordMapping.NAME_FIELDS.forEach(f -> {
                        if (row.get(f) != null) {
                            names.put(f, row.get(f));
                        }
                    });
                    keys.add(Map.of("element", row.get("element"), "keys", RecordMapping.nameKeys(names)));
                }
                if (!keys.isEmpty()) {
                    tx.run(Statements.SET_NAME_KEYS, Map.of("rows", keys));
                }
                return (long) keys.size();
            });
            if (filled < NAME_KEYS_PAGE) {
                return;
            }
        }
    }

    /** What a migration's data statements may use: the shipped review periods and the agencies' kinds. */
    private static Map<String, Object> migrationParameters() {
        var periods = new HashMap<String, Object>();
        org.netzbild.schema.ReviewPeriods.standard().all().forEach((key, period) -> periods.put(key, period.toString()));
        var kinds = new HashMap<String, Object>();
        org.netzbild.schema.Agencies.standard().all().forEach(a -> kinds.put(a.id(), a.kind().name()));
        return Map.of("periods", periods, "kinds", kinds, "referenceSource", org.netzbild.schema.ReferenceData.SOURCE);
    }

    /**
     * Whether the database holds nothing but records of the reference data {@code source}: no
     * other entity, no link, no statement, no import. Upkeep for a bulk load, over the whole
     * database (it answers yes or no and discloses no record).
     */
    public boolean holdsOnly(String source) {
        return read(tx -> (Boolean) tx.run(Statements.HOLDS_ONLY, Map.of("source", source)).getFirst().get("empty"));
    }

    /**
     * Whether every one of {@code ids} names an entity, seen or not: upkeep (the workspace's check
     * for its reference data at each open), a yes or no that discloses no record.
     */
    public boolean holdsEntities(java.util.Collection<String> ids) {
        var distinct = java.util.Set.copyOf(ids);
        return read(tx -> (Long) tx.run(Statements.ENTITIES_PRESENT, Map.of("ids", List.copyOf(distinct))).getFirst()
                .get("present")) == distinct.size();
    }

    public int schemaVersion() {
        return read(tx -> {
            Object version = tx.run(Statements.SCHEMA_VERSION, Map.of()).getFirst().get("version");
            return version == null ? 0 : ((Long) version).intValue();
        });
    }

    @Override
    public String description() {
        return runner.description();
    }

    @Override
    public void write(WriteBatch batch, WriteMode mode) {
        if (batch.size() == 0) {
            return;
        }
        write(tx -> {
            var storedTypeOf = storedTypes(tx, endpointsOutside(batch));
            validator.requireValid(batch, storedTypeOf);
            if (mode == WriteMode.UPSERT) {
                refuseHiddenIds(tx, batch);
            }
            var entityStatement = mode == WriteMode.CREATE ? Statements.CREATE_ENTITIES : Statements.UPSERT_ENTITIES;
            String importId = batch.importId();
            if (importId != null && tx.run(Statements.IMPORT_ALIVE, Map.of("id", importId, "now", utc(lease.now()),
                    "records", (long) batch.size())).isEmpty()) {
                throw new ImportGoneException(importId);
            }
            batch.entities().stream()
                    .collect(Collectors.groupingBy(Entity::type, LinkedHashMap::new, Collectors.toList()))
                    .forEach((type, entities) -> tx.run(entityStatement, Map.of("type", type, "rows",
                            entities.stream().map(e -> marked(mapping.row(e), importId)).toList())));
            var linkStatement = mode == WriteMode.CREATE ? Statements.CREATE_LINKS : Statements.UPSERT_LINKS;
            batch.links().stream()
                    .collect(Collectors.groupingBy(Link::type, LinkedHashMap::new, Collectors.toList()))
                    .forEach((type, links) -> tx.run(linkStatement, Map.of("type", type, "rows",
                            links.stream().map(l -> Map.of("from", l.fromId(), "to", l.toId(),
                                    "props", marked(mapping.row(l), importId))).toList())));
            moveReviewDates(tx, batch);
            if (!batch.statements().isEmpty()) {
                var types = new HashMap<String, String>();
                batch.entities().forEach(e -> types.put(e.id(), e.type()));
                tx.run(mode == WriteMode.CREATE ? Statements.CREATE_STATEMENTS : Statements.UPSERT_STATEMENTS,
                        Map.of("rows", batch.statements().stream().map(st -> marked(mapping.row(st,
                                types.containsKey(st.entityId()) ? types.get(st.entityId()) : storedTypeOf.apply(st.entityId())),
                                importId)).toList()));
            }
            return null;
        });
    }

    /**
     * A link or statement is a new event about the entities it touches: their review dates move on
     * to its own where that is later (ADR 0022). Run after the batch's entities are written, so that
     * every entity it touches exists.
     */
    private static void moveReviewDates(SessionTx tx, WriteBatch batch) {
        var moves = new ArrayList<Map<String, Object>>();
        for (Link link : batch.links()) {
            if (link.provenance().reviewBy() != null) {
                moves.add(Map.of("id", link.fromId(), "reviewBy", link.provenance().reviewBy()));
                moves.add(Map.of("id", link.toId(), "reviewBy", link.provenance().reviewBy()));
            }
        }
        for (Statement statement : batch.statements()) {
            if (statement.provenance().reviewBy() != null) {
                moves.add(Map.of("id", statement.entityId(), "reviewBy", statement.provenance().reviewBy()));
            }
        }
        if (!moves.isEmpty()) {
            tx.run(Statements.MOVE_REVIEW_DATES, Map.of("moves", moves));
        }
    }

    @Override
    public List<Entity> dueForReview(int limit) {
        return read(tx -> tx.run(Statements.DUE_FOR_REVIEW, Map.of("limit", (long) limit)).stream()
                .map(row -> mapping.entity(node(row))).toList());
    }

    @Override
    public void keep(String entityId, java.time.LocalDate reviewBy, String reason) {
        requireLater(reviewBy);
        write(tx -> {
            requireDue(tx, entityId);
            tx.run(Statements.KEEP, Map.of("id", entityId, "reviewBy", reviewBy));
            return null;
        });
    }

    @Override
    public void restrict(String entityId, org.netzbild.model.Handling handling, java.time.LocalDate reviewBy, String reason) {
        if (handling == org.netzbild.model.Handling.OPEN) {
            throw new IllegalArgumentException("restricting a record means AGENCY_ONLY or NEED_TO_KNOW, not OPEN");
        }
        requireLater(reviewBy);
        write(tx -> {
            requireDue(tx, entityId);
            tx.run(Statements.RESTRICT, Map.of("id", entityId, "reviewBy", reviewBy, "handling", handling.name()));
            return null;
        });
    }

    @Override
    public void deleteDue(String entityId, String reason) {
        write(tx -> {
            requireDue(tx, entityId);
            tx.run(Statements.DELETE_ENTITY, Map.of("id", entityId));
            return null;
        });
    }

    /** An entity not in the session's review queue answers as a missing one, whether absent, current or another agency's. */
    private static void requireDue(SessionTx tx, String entityId) {
        if (tx.run(Statements.DUE_ENTITY, Map.of("id", entityId)).isEmpty()) {
            throw new NotFoundException(entityId);
        }
    }

    /** A kept record is due again on a later day: a date today or before would leave it in the queue. */
    private static void requireLater(java.time.LocalDate reviewBy) {
        if (!reviewBy.isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
            throw new IllegalArgumentException("a new review date must lie after today: " + reviewBy);
        }
    }

    /**
     * An upsert must not overwrite a record the session may not see: its id answers as taken, as a
     * create of it would (ids are the contributing agency's own, so this only happens to one who
     * re-uses another agency's id).
     */
    private void refuseHiddenIds(SessionTx tx, WriteBatch batch) {
        if (visibility.unrestricted() || batch.entities().isEmpty()) {
            return;
        }
        var ids = batch.entities().stream().map(Entity::id).collect(Collectors.toSet());
        var visible = storedTypes(tx, ids);
        var hidden = tx.run(Statements.EXISTING_IDS, Map.of("ids", List.copyOf(ids))).stream()
                .map(row -> (String) row.get("id")).filter(id -> visible.apply(id) == null).sorted().toList();
        if (!hidden.isEmpty()) {
            throw new org.netzbild.store.DuplicateIdException("a record with this id exists already: " + hidden.getFirst(), null);
        }
    }

    private static Map<String, Object> marked(Map<String, Object> row, String importId) {
        if (importId != null) {
            row.put(RecordMapping.IMPORT_ID, importId);
        }
        return row;
    }

    @Override
    public void beginImport(ImportRecord record) {
        var row = new HashMap<String, Object>();
        row.put("id", record.id());
        row.put("label", record.label());
        row.put("agency", record.agency());
        row.put("user", record.user());
        row.put("startedAt", utc(record.startedAt()));
        row.put("heartbeatAt", utc(lease.now()));
        row.put("status", ImportRecord.Status.RUNNING.name());
        row.put("records", 0L);
        if (record.refusedRows() > 0) {
            // only a partial import says so: an import node stays the same on every path (BulkImportTest)
            row.put("refusedRows", record.refusedRows());
        }
        write(tx -> tx.run(Statements.BEGIN_IMPORT, Map.of("row", row)));
    }

    @Override
    public void completeImport(String importId, long records) {
        requireOwn(importId);
        setImportStatus(importId, ImportRecord.Status.COMPLETE, records);
    }

    @Override
    public void relyOn(String importId, java.util.Collection<String> entityIds, java.util.Collection<Link> links) {
        if (entityIds.isEmpty() && links.isEmpty()) {
            return;
        }
        var params = Map.<String, Object>of("id", importId, "entities", List.copyOf(entityIds),
                "links", links.stream().map(l -> Map.of("from", l.fromId(), "id", l.id())).toList());
        write(tx -> tx.run(Statements.RELY_ON, params));
    }

    @Override
    public List<ImportRecord> imports() {
        var statuses = java.util.Arrays.stream(ImportRecord.Status.values()).map(Enum::name).toList();
        return read(tx -> tx.run(Statements.IMPORTS, Map.of("statuses", statuses)).stream().<ImportRecord>mapMulti((row, into) -> {
            @SuppressWarnings("unchecked")
            var i = (Map<String, Object>) row.get("import");
            // an import another client undid while this read ran: on a server, reads see committed work
            // as it lands, so the node that passed the filter can have lost its properties by the
            // projection (a two-minute soak of four clients met it); it is gone, and not listed
            if (i.get("id") instanceof String id && i.get("startedAt") instanceof java.time.temporal.TemporalAccessor started
                    && i.get("status") instanceof String status && i.get("records") instanceof Number records) {
                into.accept(new ImportRecord(id, (String) i.get("label"), (String) i.get("agency"), (String) i.get("user"),
                        java.time.Instant.from(started), ImportRecord.Status.valueOf(status), records.longValue(),
                        i.get("refusedRows") instanceof Number refused ? refused.longValue() : 0));
            }
        }).toList());
    }

    private static java.time.ZonedDateTime utc(java.time.Instant instant) {
        return java.time.ZonedDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /** Another agency's import answers as a missing one: a restricted session may neither see nor undo it. */
    private void requireOwn(String importId) {
        if (read(tx -> tx.run(Statements.OWN_IMPORT_STATE, Map.of("id", importId))).isEmpty()) {
            throw new NotFoundException(importId);
        }
    }

    /** Refuses to undo an import whose lease holds: its writer would go on writing (ImportLease). */
    private void requireNotRunning(String importId) {
        var state = read(tx -> tx.run(Statements.IMPORT_STATE, Map.of("id", importId)));
        // no state: the undo says "not found"
        if (!state.isEmpty() && ImportRecord.Status.RUNNING.name().equals(state.getFirst().get("status"))
                && lease.holds(heartbeat(state.getFirst()))) {
            throw new ImportRunningException(importId, heartbeat(state.getFirst()));
        }
    }

    private static java.time.Instant heartbeat(Map<String, Object> state) {
        return state.get("heartbeatAt") instanceof java.time.temporal.TemporalAccessor t ? java.time.Instant.from(t) : null;
    }

    /**
     * The unfinished imports whose lease has run out, to be rolled back: on a server those of a
     * process that died or lost the server; on an embedded store opened by its sole user, all.
     */
    public List<ImportRecord> deadImports() {
        var dead = new ArrayList<ImportRecord>();
        for (ImportRecord record : imports()) {
            if (record.status() == ImportRecord.Status.COMPLETE) {
                continue;
            }
            var state = read(tx -> tx.run(Statements.IMPORT_STATE, Map.of("id", record.id())));
            if (record.status() == ImportRecord.Status.UNDOING || state.isEmpty() || !lease.holds(heartbeat(state.getFirst()))) {
                dead.add(record);
            }
        }
        return dead;
    }

    @Override
    public long abandonImport(String importId) {
        requireOwn(importId);
        return removeImport(importId, true);
    }

    @Override
    public long undoImport(String importId, boolean evenIfOthersDependOnIt) {
        requireOwn(importId);
        requireNotRunning(importId);
        return removeImport(importId, evenIfOthersDependOnIt);
    }

    private long removeImport(String importId, boolean evenIfOthersDependOnIt) {
        if (!evenIfOthersDependOnIt) {
            List<String> dependents = read(tx -> tx.run(Statements.IMPORT_DEPENDENTS, Map.of("id", importId))
                    .stream().map(row -> (String) row.get("other")).toList());
            if (!dependents.isEmpty()) {
                throw new ImportInUseException(importId, dependents);
            }
        }
        setImportStatus(importId, ImportRecord.Status.UNDOING, null);
        long deleted = deleteInBatches(Statements.DELETE_IMPORT_STATEMENTS, Map.of("id", importId));
        for (String type : ontology.linkTypes().keySet()) {
            deleted += deleteInBatches(Statements.deleteImportLinks(type), Map.of("id", importId));
        }
        deleted += deleteInBatches(Statements.DELETE_IMPORT_ENTITIES, Map.of("id", importId));
        write(tx -> tx.run(Statements.DELETE_IMPORT, Map.of("id", importId)));
        return deleted;
    }

    /** Deletes in transactions of bounded size (a large import would not fit one); counts what went. */
    private long deleteInBatches(Bookkeeping statement, Map<String, Object> params) {
        var withBatch = new HashMap<>(params);
        withBatch.put("batch", (long) DELETE_BATCH);
        long total = 0;
        while (true) {
            long deleted = write(tx -> (Long) tx.run(statement, withBatch).getFirst().get("deleted"));
            total += deleted;
            if (deleted < DELETE_BATCH) {
                return total;
            }
        }
    }

    private void setImportStatus(String importId, ImportRecord.Status status, Long records) {
        var params = new HashMap<String, Object>();
        params.put("id", importId);
        params.put("status", status.name());
        params.put("records", records);
        boolean found = write(tx -> !tx.run(Statements.SET_IMPORT_STATUS, params).isEmpty());
        if (!found) {
            throw new NotFoundException(importId);
        }
    }

    @Override
    public List<Entity> matching(String type, List<String> key, List<List<Object>> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        var definition = ontology.entityType(type)
                .filter(t -> t.identityKeys().contains(key))
                .orElseThrow(() -> new IllegalArgumentException(key + " is not an identity key of " + type));
        var listProperties = new java.util.HashSet<String>();
        key.forEach(p -> {
            if (definition.properties().get(p).type() == org.netzbild.schema.PropertyType.STRING_LIST) {
                listProperties.add(p);
            }
        });
        SessionRead statement = Statements.matching(type, key, listProperties);
        return read(tx -> tx.run(statement, Map.of("keys", values)).stream()
                .map(row -> mapping.entity(node(row))).toList());
    }

    @Override
    public Entity update(Entity entity) {
        write(tx -> {
            String stored = storedTypes(tx, Set.of(entity.id())).apply(entity.id());
            if (stored == null) {
                throw new NotFoundException(entity.id());
            }
            var problems = new ArrayList<>(validator.check(entity));
            if (!stored.equals(entity.type())) {
                problems.add(Violation.of(entity.id(), "type", "violation.typeChange", stored, entity.type()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRecordException(problems);
            }
            tx.run(Statements.UPDATE_ENTITY, Map.of("id", entity.id(), "row", mapping.row(entity)));
            return null;
        });
        return entity;
    }

    @Override
    public Optional<Entity> entity(String id) {
        return read(tx -> tx.run(Statements.ENTITY, Map.of("id", id)).stream()
                .findFirst().map(row -> mapping.entity(node(row))));
    }

    @Override
    public Optional<Link> link(String id) {
        return read(tx -> {
            for (String type : ontology.linkTypes().keySet()) {
                var rows = tx.run(Statements.LINK, Map.of("id", id, "type", type));
                if (!rows.isEmpty()) {
                    return Optional.of(mapping.link(link(rows.getFirst())));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public List<Entity> entities(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(tx -> tx.run(Statements.ENTITIES, Map.of("ids", List.copyOf(ids))).stream()
                .map(row -> mapping.entity(node(row))).toList());
    }

    @Override
    public List<Link> linksAmong(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(tx -> tx.run(Statements.LINKS_AMONG, Map.of("ids", List.copyOf(ids),
                "linkTypes", List.of())).stream().map(row -> mapping.link(link(row))).toList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Statement> statements(String entityId) {
        return read(tx -> {
            var rows = tx.run(Statements.STATEMENTS, Map.of("id", entityId));
            if (rows.isEmpty()) {
                return List.of();
            }
            var all = new ArrayList<Statement>();
            all.add(Statement.of(mapping.entity(node(rows.getFirst()))));
            ((List<Map<String, Object>>) rows.getFirst().get("statements")).forEach(row -> all.add(mapping.statement(row)));
            return all;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, List<Statement>> statements(java.util.Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return read(tx -> {
            var all = new LinkedHashMap<String, List<Statement>>();
            tx.run(Statements.STATEMENTS_OF_MANY, Map.of("ids", List.copyOf(entityIds))).forEach(row -> {
                var entity = mapping.entity(node(row));
                var statements = new ArrayList<Statement>();
                statements.add(Statement.of(entity));
                ((List<Map<String, Object>>) row.get("statements")).forEach(s -> statements.add(mapping.statement(s)));
                all.put(entity.id(), statements);
            });
            return all;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> importsBehind(String entityId) {
        return read(tx -> {
            var rows = tx.run(Statements.IMPORTS_BEHIND, Map.of("id", entityId));
            var behind = new LinkedHashMap<String, String>();
            if (rows.isEmpty()) {
                return behind;
            }
            var row = rows.getFirst();
            if (row.get("own") != null) {
                behind.put(entityId, (String) row.get("own"));
            }
            for (String kind : List.of("stated", "linked")) {
                for (var pair : (List<List<Object>>) row.get(kind)) {
                    behind.put((String) pair.get(0), (String) pair.get(1));
                }
            }
            return behind;
        });
    }

    @Override
    public void delete(String entityId) {
        write(tx -> {
            // a record the session may not see answers as a missing one
            if (storedTypes(tx, Set.of(entityId)).apply(entityId) == null
                    || tx.run(Statements.DELETE_ENTITY, Map.of("id", entityId)).isEmpty()) {
                throw new NotFoundException(entityId);
            }
            return null;
        });
    }

    /** How alike a person's name must be to the text searched for a hit by name keys alone to count. */
    static final double NAME_KEY_FLOOR = 0.85;

    @Override
    public List<SearchHit> search(SearchRequest request) {
        String query = SearchQuery.of(request.text());
        String nameKeys = org.netzbild.resolve.NameKeys.query(request.text());
        if (query.isEmpty() && nameKeys.isEmpty()) {
            return List.of();
        }
        long fetch = Math.max(request.limit() * 4L, 100);
        return read(tx -> {
            var hits = new java.util.ArrayList<SearchHit>();
            if (!query.isEmpty()) {
                var params = Map.of("query", query, "types", List.copyOf(request.types()),
                        "limit", (long) request.limit(), "fetch", fetch);
                tx.run(Statements.SEARCH, params).forEach(row ->
                        hits.add(hit(mapping.entity(node(row)), ((Number) row.get("score")).doubleValue(), row, null, request.text())));
            }
            if (nameKeys.isEmpty()) {
                return hits;
            }
            // persons whose name keys match (Mohamed Hasan: Muhammad El Hassan), ranked after the text's
            // hits by how alike the names are; one not alike enough is left out (Mohamed Hussein)
            var found = hits.stream().map(h -> h.entity().id()).collect(Collectors.toSet());
            var byKeys = new java.util.ArrayList<SearchHit>();
            var params = Map.of("nameKeys", nameKeys, "types", List.copyOf(request.types()), "fetch", fetch);
            for (var row : tx.run(Statements.SEARCH_BY_NAME_KEYS, params)) {
                Entity entity = mapping.entity(node(row));
                if (!found.contains(entity.id())) {
                    SearchHit hit = hit(entity, 0, row, spellings(row), request.text());
                    if (hit.score() >= NAME_KEY_FLOOR) {
                        byKeys.add(hit);
                    }
                }
            }
            byKeys.sort(java.util.Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(h -> h.entity().id()));
            hits.addAll(byKeys);
            return hits.size() > request.limit() ? List.copyOf(hits.subList(0, request.limit())) : hits;
        });
    }

    /**
     * A hit with its agencies (the record's own first, then the others in alphabetical order) and why
     * it was found. A hit of the text index ({@code matched} null) keeps its score and names the search
     * field it was found in ({@link TextMatch}): for a person found by a name, the spelling most alike
     * the text searched and how alike; otherwise the value found. A person found by name keys alone
     * scores by how alike the names are and says why in the same way.
     */
    private SearchHit hit(Entity entity, double textScore, Map<String, Object> row, List<String> matched, String text) {
        var others = new java.util.TreeSet<String>(java.text.Collator.getInstance(java.util.Locale.GERMANY));
        ((List<?>) row.get("stating")).forEach(a -> others.add((String) a));
        var agencies = new java.util.ArrayList<String>();
        agencies.add(entity.provenance().sourceAgency());
        others.stream().filter(a -> !a.equals(agencies.getFirst())).forEach(agencies::add);
        if (matched == null) {
            var found = TextMatch.where(text, entity, mapping.searchFields(entity.type())).orElse(null);
            if (found == null) {
                return new SearchHit(entity, textScore, agencies);
            }
            if (!"Person".equals(entity.type()) || !RecordMapping.NAME_FIELDS.contains(found.field())) {
                return new SearchHit(entity, textScore, agencies, found.value(), found.field());
            }
            var spelling = mostAlike(text, entity, List.of());
            return new SearchHit(entity, textScore, agencies, spelling.reason(), found.field());
        }
        if (!"Person".equals(entity.type())) {
            return new SearchHit(entity, textScore, agencies);
        }
        var spelling = mostAlike(text, entity, matched);
        return new SearchHit(entity, spelling.similarity(), agencies, spelling.reason());
    }

    /** The spelling of a person most alike a text searched, and the reason that says so. */
    private record Spelling(double similarity, String reason) {
    }

    private static Spelling mostAlike(String text, Entity entity, List<String> matched) {
        var spellings = new java.util.ArrayList<String>();
        for (String field : RecordMapping.NAME_FIELDS) {
            addSpellings(spellings, entity.properties().get(field));
        }
        spellings.addAll(matched);
        double best = 0;
        String bestSpelling = null;
        for (String spelling : spellings) {
            double similarity = org.netzbild.resolve.NameSimilarity.compare(text, spelling).aligned();
            if (similarity > best) {
                best = similarity;
                bestSpelling = spelling;
            }
        }
        String reason = bestSpelling == null ? ""
                : String.format(java.util.Locale.ROOT, "%s ~ %s: %.2f", text.strip(), bestSpelling, best);
        return new Spelling(best, reason);
    }

    /** The spellings of the records whose name keys matched ({@code spellings}: name, names, aliases each). */
    @SuppressWarnings("unchecked")
    private static List<String> spellings(Map<String, Object> row) {
        var spellings = new java.util.ArrayList<String>();
        for (Map<String, Object> record : (List<Map<String, Object>>) row.get("spellings")) {
            RecordMapping.NAME_FIELDS.forEach(field -> addSpellings(spellings, record.get(field)));
        }
        return spellings;
    }

    private static void addSpellings(List<String> spellings, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(v -> spellings.add(String.valueOf(v)));
        } else if (value instanceof String[] array) {
            spellings.addAll(List.of(array));
        } else if (value != null) {
            spellings.add(value.toString());
        }
    }

    @Override
    public Neighbourhood expand(ExpandRequest request) {
        return request.hops() == 1 ? again(() -> expandOneHop(request)) : expandHopByHop(request);
    }

    /** At most this many entities (centre and neighbours) are answered by one statement. */
    private static final long TOGETHER = 100;

    /**
     * The common case, a small neighbourhood, in one statement on its own (over Bolt one round trip,
     * ADR 0025); a larger one in one read transaction of two statements, plus a count for hubs that
     * do not fit.
     */
    @SuppressWarnings("unchecked")
    private Neighbourhood expandOneHop(ExpandRequest request) {
        var known = new java.util.ArrayList<>(request.exclude());
        known.add(request.entityId());
        var rows = readAlone(Statements.EXPAND_SMALL_NEIGHBOURHOOD, Map.of("id", request.entityId(),
                "linkTypes", List.copyOf(request.linkTypes()), "known", known, "cap", (long) request.limit() + 1,
                "together", TOGETHER));
        if (rows.isEmpty()) {
            throw new NotFoundException(request.entityId());
        }
        var row = rows.getFirst();
        if (row.get("links") == null) {
            return expandOneHopInSteps(request, known);
        }
        var shown = new java.util.ArrayList<Entity>();
        shown.add(mapping.entity(node(row)));
        ((List<Map<String, Object>>) row.get("neighbours")).forEach(n -> shown.add(mapping.entity(n)));
        var links = ((List<Map<String, Object>>) row.get("links")).stream().map(mapping::link).toList();
        return new Neighbourhood(request.entityId(), shown, links, false, 0);
    }

    @SuppressWarnings("unchecked")
    private Neighbourhood expandOneHopInSteps(ExpandRequest request, List<String> known) {
        return read(tx -> {
            var rows = tx.run(Statements.EXPAND_ONE_HOP, Map.of("id", request.entityId(),
                    "linkTypes", List.copyOf(request.linkTypes()), "known", known, "cap", (long) request.limit() + 1));
            if (rows.isEmpty()) {
                throw new NotFoundException(request.entityId());
            }
            var row = rows.getFirst();
            Entity centre = mapping.entity(node(row));
            var found = ((List<Map<String, Object>>) row.get("neighbours")).stream().map(mapping::entity).toList();
            boolean truncated = found.size() > request.limit();
            var shown = new java.util.ArrayList<Entity>();
            shown.add(centre);
            shown.addAll(truncated ? found.subList(0, request.limit()) : found);
            var shownIds = shown.stream().map(Entity::id).collect(Collectors.toSet());
            var links = tx.run(Statements.LINKS_AMONG, Map.of("ids", List.copyOf(shownIds),
                    "linkTypes", List.copyOf(request.linkTypes()))).stream().map(r -> mapping.link(link(r))).toList();
            long unshown = 0;
            if (truncated) {
                var allKnown = new java.util.ArrayList<>(known);
                allKnown.addAll(shownIds);
                unshown = (Long) tx.run(Statements.UNSHOWN_NEIGHBOURS, Map.of("id", centre.id(),
                        "linkTypes", List.copyOf(request.linkTypes()), "known", allKnown)).getFirst().get("unshown");
            }
            return new Neighbourhood(centre.id(), shown, links, truncated, unshown);
        });
    }

    private Neighbourhood expandHopByHop(ExpandRequest request) {
        return read(tx -> {
            var centre = tx.run(Statements.ENTITY, Map.of("id", request.entityId()));
            if (centre.isEmpty()) {
                throw new NotFoundException(request.entityId());
            }
            var shown = new LinkedHashMap<String, Entity>();
            Entity first = mapping.entity(node(centre.getFirst()));
            shown.put(first.id(), first);
            var known = new java.util.LinkedHashSet<>(request.exclude());
            known.add(first.id());
            List<String> frontier = List.of(first.id());
            boolean truncated = false;
            for (int hop = 1; hop <= request.hops() && !frontier.isEmpty() && !truncated; hop++) {
                long room = request.limit() + 1L - shown.size();
                var rows = tx.run(Statements.NEIGHBOURS, Map.of("frontier", frontier,
                        "linkTypes", List.copyOf(request.linkTypes()), "known", List.copyOf(known),
                        "cap", room + 1));
                var next = new ArrayList<String>();
                for (var row : rows) {
                    if (shown.size() > request.limit()) {
                        truncated = true;
                        break;
                    }
                    Entity neighbour = mapping.entity(node(row));
                    shown.put(neighbour.id(), neighbour);
                    known.add(neighbour.id());
                    next.add(neighbour.id());
                }
                frontier = next;
            }
            var links = tx.run(Statements.LINKS_AMONG, Map.of("ids", List.copyOf(shown.keySet()),
                    "linkTypes", List.copyOf(request.linkTypes()))).stream()
                    .map(row -> mapping.link(link(row))).toList();
            long unshown = !truncated ? 0 : (Long) tx.run(Statements.UNSHOWN_NEIGHBOURS, Map.of("id", first.id(),
                    "linkTypes", List.copyOf(request.linkTypes()), "known", List.copyOf(known)))
                    .getFirst().get("unshown");
            return new Neighbourhood(first.id(), List.copyOf(shown.values()), links, truncated, unshown);
        });
    }

    @Override
    public org.netzbild.model.GraphSlice slice(org.netzbild.model.SliceRequest request) {
        return read(tx -> SliceReader.read(tx, request));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ShortestPaths shortestPaths(PathRequest request) {
        return read(tx -> {
            for (String id : List.of(request.fromId(), request.toId())) {
                if (tx.run(Statements.ENTITY, Map.of("id", id)).isEmpty()) {
                    throw new NotFoundException(id);
                }
            }
            if (request.fromId().equals(request.toId())) {
                var only = mapping.entity(node(tx.run(Statements.ENTITY, Map.of("id", request.fromId())).getFirst()));
                return new ShortestPaths(List.of(new GraphPath(List.of(only), List.of())), 1, false);
            }
            var params = Map.of("from", request.fromId(), "to", request.toId(),
                    // never more paths shown than counted: "1000 of more than 1000", not 1001
                    "linkTypes", List.copyOf(request.linkTypes()),
                    "maxPaths", (long) Math.min(request.maxPaths(), ShortestPaths.COUNT_LIMIT),
                    "count", (long) ShortestPaths.COUNT_LIMIT + 1);
            // first a search that checks the records only on the paths it found; when one of them holds a
            // record the session may not see (or there were too many to check), a search that checks more
            // of them as it goes: the same answer either way, the first much cheaper on a large store. A
            // session that sees every agency's records starts without checking entities (only overdue ones
            // are hidden from it); a restricted one, which misses many, with the entities checked (ADR 0043)
            var tries = visibility.unrestricted()
                    ? List.of(PATH_STATEMENTS_ALL_AFTER, PATH_STATEMENTS_LINKS_AFTER, PATH_STATEMENTS)
                    : List.of(PATH_STATEMENTS_LINKS_AFTER, PATH_STATEMENTS);
            Map<String, Object> row = null;
            int found = 0;
            for (SessionRead[] statements : tries) {
                // past the count limit a relaxed search cannot tell: the strict one next (a second relaxed
                // one would find as many), not a search in between
                var statement = found > ShortestPaths.COUNT_LIMIT ? PATH_STATEMENTS : statements;
                row = tx.run(statement[request.maxHops()], params).getFirst();
                found = ((Number) row.get("found")).intValue();
                if (statement == PATH_STATEMENTS
                        || Boolean.TRUE.equals(row.get("linksVisible")) && found <= ShortestPaths.COUNT_LIMIT) {
                    break;
                }
            }
            var paths = ((List<Map<String, Object>>) row.get("paths")).stream().map(this::path).toList();
            return found > ShortestPaths.COUNT_LIMIT
                    ? new ShortestPaths(paths, ShortestPaths.COUNT_LIMIT, true)
                    : new ShortestPaths(paths, found, false);
        });
    }

    @Override
    public StoreStatistics statistics() {
        return read(tx -> {
            var entities = new HashMap<String, Long>();
            tx.run(Statements.ENTITY_COUNTS, Map.of())
                    .forEach(row -> entities.put((String) row.get("type"), (Long) row.get("count")));
            var links = new HashMap<String, Long>();
            tx.run(Statements.LINK_COUNTS, Map.of())
                    .forEach(row -> links.put((String) row.get("type"), (Long) row.get("count")));
            Object version = tx.run(Statements.SCHEMA_VERSION, Map.of()).getFirst().get("version");
            return new StoreStatistics(entities, links, version == null ? 0 : ((Long) version).intValue());
        });
    }

    @Override
    public List<org.netzbild.model.PersonFacts> personFacts(String afterId, int limit) {
        return read(tx -> merges.personFacts(tx, afterId, limit));
    }

    @Override
    public long personCount(long atMost) {
        if (atMost < 0) {
            throw new IllegalArgumentException("atMost must not be negative: " + atMost);
        }
        return read(tx -> (Long) tx.run(Statements.PERSON_COUNT, java.util.Map.of("limit", Math.addExact(atMost, 1)))
                .getFirst().get("persons"));
    }

    @Override
    public List<List<String>> rejectedPairs() {
        return read(merges::rejectedPairs);
    }

    @Override
    public void rejectPair(String firstId, String secondId, String reason) {
        write(tx -> {
            merges.rejectPair(tx, firstId, secondId, reason);
            return null;
        });
    }

    @Override
    public org.netzbild.model.MergeRecord merge(String keptId, String absorbedId, String reason) {
        return write(tx -> merges.merge(tx, keptId, absorbedId, reason));
    }

    @Override
    public void unmerge(String mergeId, String reason) {
        write(tx -> {
            merges.unmerge(tx, mergeId);
            return null;
        });
    }

    @Override
    public List<org.netzbild.model.MergeRecord> merges() {
        return read(merges::merges);
    }

    /** Ends this session's use; the runner belongs to the connection, which closes it. */
    @Override
    public void close() {
        // nothing held per session
    }

    @SuppressWarnings("unchecked")
    private GraphPath path(Map<String, Object> row) {
        var nodes = ((List<Map<String, Object>>) row.get("nodes")).stream().map(mapping::entity).toList();
        var links = ((List<Map<String, Object>>) row.get("links")).stream().map(mapping::link).toList();
        return new GraphPath(nodes, links);
    }

    /** One session read in a transaction of its own (see {@link CypherRunner#readAlone}). */
    private List<Map<String, Object>> readAlone(SessionRead read, Map<String, Object> parameters) {
        return SessionTx.runAlone(runner, scope, read, parameters);
    }

    /**
     * Work in a read transaction, its session reads filtered by this session's visibility; run again
     * from its start when a record it read was deleted under it ({@link RecordVanished}).
     */
    private <T> T read(java.util.function.Function<SessionTx, T> work) {
        return again(() -> runner.read(tx -> work.apply(new SessionTx(tx, scope))));
    }

    /** How often a read starts again while others delete what it reads; each deletion ends one attempt. */
    private static final int READ_ATTEMPTS = 20;

    private static <T> T again(java.util.function.Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (RecordVanished vanished) {
                if (attempt == READ_ATTEMPTS) {
                    throw new org.netzbild.store.StoreUnavailableException("The store changed under a read " + READ_ATTEMPTS
                            + " times in a row: " + vanished.getMessage(), vanished);
                }
            }
        }
    }

    /** Work in a write transaction; what it reads of records is filtered as in {@link #read}. */
    private <T> T write(java.util.function.Function<SessionTx, T> work) {
        return runner.write(tx -> work.apply(new SessionTx(tx, scope)));
    }

    private static Set<String> endpointsOutside(WriteBatch batch) {
        Set<String> inBatch = batch.entities().stream().map(Entity::id).collect(Collectors.toSet());
        var outside = new LinkedHashSet<String>();
        for (Link link : batch.links()) {
            if (!inBatch.contains(link.fromId())) {
                outside.add(link.fromId());
            }
            if (!inBatch.contains(link.toId())) {
                outside.add(link.toId());
            }
        }
        batch.statements().stream().map(Statement::entityId).filter(id -> !inBatch.contains(id)).forEach(outside::add);
        return outside;
    }

    private static java.util.function.Function<String, String> storedTypes(SessionTx tx, Set<String> ids) {
        if (ids.isEmpty()) {
            return id -> null;
        }
        var types = new HashMap<String, String>();
        tx.run(Statements.TYPES_OF, Map.of("ids", List.copyOf(ids)))
                .forEach(row -> types.put((String) row.get("id"), (String) row.get("type")));
        return types::get;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> row) {
        return (Map<String, Object>) row.get("node");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> link(Map<String, Object> row) {
        return (Map<String, Object>) row.get("link");
    }
}
