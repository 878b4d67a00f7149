package org.netzbild.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.netzbild.audit.Actor;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.model.Entity;
import org.netzbild.model.ExpandRequest;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.Link;
import org.netzbild.model.Neighbourhood;
import org.netzbild.model.PathRequest;
import org.netzbild.model.SearchHit;
import org.netzbild.model.SearchRequest;
import org.netzbild.model.ShortestPaths;
import org.netzbild.model.Statement;
import org.netzbild.model.StoreStatistics;
import org.netzbild.model.WriteBatch;
import org.netzbild.security.AnalystSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every call through the port on the audit log with the session's user and purpose.
 *
 * <p>A write is logged as {@code INTENDED} before it runs; if that log entry cannot be written,
 * the write does not run. A write that then succeeds gets a second entry, {@code DONE}; one that
 * fails gets {@code FAILED}. A read runs
 * first and is logged, with the ids it found, before its result is released; if the log entry
 * cannot be written, the caller gets the audit failure instead of the data.
 *
 * <p>A read that fails is logged as {@code FAILED}, without ids (nothing was released).
 * When the audit log's volume is full, the entry that could not be written is followed by a
 * {@code FAILED} one, which the log writes from its reserve: a write refused for lack of room, or a
 * read whose result was withheld, is on record like any other failure.
 */
public final class AuditedGraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedGraphStore.class);

    private final GraphStore delegate;
    private final AuditSink audit;
    private final AnalystSession session;

    public AuditedGraphStore(GraphStore delegate, AuditSink audit, AnalystSession session) {
        this.delegate = delegate;
        this.audit = audit;
        this.session = session;
    }

    public AnalystSession session() {
        return session;
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void write(WriteBatch batch, WriteMode mode) {
        var ids = new ArrayList<String>(batch.size());
        batch.entities().forEach(e -> ids.add(e.id()));
        batch.links().forEach(l -> ids.add(l.id()));
        batch.statements().forEach(s -> ids.add(s.id()));
        String criteria = batch.entities().size() + " entities, " + batch.links().size() + " links"
                + (batch.statements().isEmpty() ? "" : ", " + batch.statements().size() + " statements")
                + (batch.importId() == null ? "" : ", import " + batch.importId());
        writing(mode == WriteMode.CREATE ? Operation.CREATE : Operation.CHANGE, "write", criteria, ids,
                () -> delegate.write(batch, mode));
    }

    @Override
    public Entity update(Entity entity) {
        writing(Operation.CHANGE, "update", entity.type(), List.of(entity.id()), () -> delegate.update(entity));
        return entity;
    }

    @Override
    public void delete(String entityId) {
        writing(Operation.DELETE, "delete", "", List.of(entityId), () -> delegate.delete(entityId));
    }

    @Override
    public Optional<Entity> entity(String id) {
        return reading(Operation.DISCLOSE, "entity", id, () -> delegate.entity(id),
                found -> found.map(e -> List.of(e.id())).orElse(List.of()));
    }

    @Override
    public Optional<Link> link(String id) {
        return reading(Operation.DISCLOSE, "link", id, () -> delegate.link(id),
                found -> found.map(l -> List.of(l.id(), l.fromId(), l.toId())).orElse(List.of()));
    }

    @Override
    public List<Entity> entities(java.util.Collection<String> ids) {
        return reading(Operation.DISCLOSE, "entities", ids.size() + " ids", () -> delegate.entities(ids),
                found -> found.stream().map(Entity::id).toList());
    }

    @Override
    public List<Link> linksAmong(java.util.Collection<String> ids) {
        return reading(Operation.DISCLOSE, "linksAmong", ids.size() + " ids", () -> delegate.linksAmong(ids),
                found -> found.stream().map(Link::id).toList());
    }

    @Override
    public void beginImport(ImportRecord record) {
        // a partial import's left-out rows are part of what it did (issue 17): the entry says how many
        String criteria = record.refusedRows() == 0 ? record.label()
                : record.label() + " | refusedRows=" + record.refusedRows();
        writing(Operation.CREATE, "beginImport", criteria, List.of(record.id()), () -> delegate.beginImport(record));
    }

    @Override
    public void completeImport(String importId, long records) {
        writing(Operation.CHANGE, "completeImport", records + " records", List.of(importId),
                () -> delegate.completeImport(importId, records));
    }

    @Override
    public void relyOn(String importId, Collection<String> entityIds, Collection<Link> links) {
        writing(Operation.CHANGE, "relyOn", entityIds.size() + " entities, " + links.size() + " links",
                List.of(importId), () -> delegate.relyOn(importId, entityIds, links));
    }

    @Override
    public List<ImportRecord> imports() {
        return reading(Operation.QUERY, "imports", "", delegate::imports,
                found -> found.stream().map(ImportRecord::id).toList());
    }

    @Override
    public long abandonImport(String importId) {
        long[] deleted = new long[1];
        writing(Operation.DELETE, "abandonImport", "", List.of(importId), () -> deleted[0] = delegate.abandonImport(importId));
        return deleted[0];
    }

    @Override
    public long undoImport(String importId, boolean evenIfOthersDependOnIt) {
        long[] deleted = new long[1];
        writing(Operation.DELETE, "undoImport", evenIfOthersDependOnIt ? "forced" : "", List.of(importId),
                () -> deleted[0] = delegate.undoImport(importId, evenIfOthersDependOnIt));
        return deleted[0];
    }

    @Override
    public List<Entity> matching(String type, List<String> key, List<List<Object>> values) {
        return reading(Operation.QUERY, "matching", type + " by " + key + ", " + values.size() + " keys",
                () -> delegate.matching(type, key, values), found -> found.stream().map(Entity::id).toList());
    }

    @Override
    public List<Statement> statements(String entityId) {
        return reading(Operation.DISCLOSE, "statements", entityId, () -> delegate.statements(entityId),
                found -> found.stream().map(Statement::id).toList());
    }

    @Override
    public java.util.Map<String, List<Statement>> statements(Collection<String> entityIds) {
        return reading(Operation.DISCLOSE, "statements", entityIds.size() + " ids", () -> delegate.statements(entityIds),
                found -> found.values().stream().flatMap(List::stream).map(Statement::id).toList());
    }

    @Override
    public java.util.Map<String, String> importsBehind(String entityId) {
        return reading(Operation.DISCLOSE, "importsBehind", entityId, () -> delegate.importsBehind(entityId),
                found -> List.copyOf(found.keySet()));
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        return reading(Operation.QUERY, "search", "text=" + request.text() + " types=" + request.types(),
                () -> delegate.search(request), hits -> hits.stream().map(h -> h.entity().id()).toList());
    }

    @Override
    public Neighbourhood expand(ExpandRequest request) {
        return reading(Operation.QUERY, "expand", "id=" + request.entityId() + " hops=" + request.hops()
                        + " linkTypes=" + request.linkTypes() + " limit=" + request.limit(),
                () -> delegate.expand(request), n -> idsOf(n.entities(), n.links()));
    }

    @Override
    public ShortestPaths shortestPaths(PathRequest request) {
        return reading(Operation.QUERY, "shortestPaths", "from=" + request.fromId() + " to=" + request.toId()
                        + " maxHops=" + request.maxHops() + " linkTypes=" + request.linkTypes()
                        + " maxPaths=" + request.maxPaths(),
                () -> delegate.shortestPaths(request), found -> {
                    // only the paths released are disclosed; the count names no record
                    var ids = new LinkedHashSet<String>();
                    found.paths().forEach(p -> ids.addAll(idsOf(p.entities(), p.links())));
                    return List.copyOf(ids);
                });
    }

    /**
     * Logged as a combination of data (COMBINE) with the function that asked and its scope: the ids
     * of the chosen entities that were found, or "store" for the whole store, whose ids are not
     * listed (none of them is shown by the read itself); what the analysis then shows is logged
     * with its ids by the analysis service.
     */
    @Override
    public org.netzbild.model.GraphSlice slice(org.netzbild.model.SliceRequest request) {
        return reading(Operation.COMBINE, "slice", "function=" + request.function()
                        + (request.isWholeStore() ? " scope=store" : " scope=" + request.entityIds().size() + " entities")
                        + " linkTypes=" + new java.util.TreeSet<>(request.linkTypes()),
                () -> delegate.slice(request),
                found -> request.isWholeStore() ? List.of() : found.nodes().stream().map(org.netzbild.model.GraphSlice.Node::id).toList());
    }

    @Override
    public StoreStatistics statistics() {
        return reading(Operation.QUERY, "statistics", "", delegate::statistics, s -> List.of());
    }

    @Override
    public List<Entity> dueForReview(int limit) {
        return reading(Operation.QUERY, "dueForReview", "limit=" + limit, () -> delegate.dueForReview(limit),
                found -> found.stream().map(Entity::id).toList());
    }

    @Override
    public void keep(String entityId, java.time.LocalDate reviewBy, String reason) {
        writing(Operation.CHANGE, "keep", "until=" + reviewBy + ", reason=" + reason, List.of(entityId),
                () -> delegate.keep(entityId, reviewBy, reason));
    }

    @Override
    public void restrict(String entityId, org.netzbild.model.Handling handling, java.time.LocalDate reviewBy, String reason) {
        writing(Operation.CHANGE, "restrict", "handling=" + handling + ", until=" + reviewBy + ", reason=" + reason,
                List.of(entityId), () -> delegate.restrict(entityId, handling, reviewBy, reason));
    }

    @Override
    public void deleteDue(String entityId, String reason) {
        writing(Operation.DELETE, "deleteDue", "reason=" + reason, List.of(entityId),
                () -> delegate.deleteDue(entityId, reason));
    }

    @Override
    public List<org.netzbild.model.PersonFacts> personFacts(String afterId, int limit) {
        return reading(Operation.QUERY, "personFacts", "after=" + afterId + " limit=" + limit,
                () -> delegate.personFacts(afterId, limit), found -> found.stream().map(org.netzbild.model.PersonFacts::id).toList());
    }

    @Override
    public long personCount(long atMost) {
        return reading(Operation.QUERY, "personCount", "atMost=" + atMost, () -> delegate.personCount(atMost), n -> List.of());
    }

    @Override
    public List<List<String>> rejectedPairs() {
        return reading(Operation.QUERY, "rejectedPairs", "", delegate::rejectedPairs,
                found -> found.stream().flatMap(List::stream).distinct().toList());
    }

    @Override
    public void rejectPair(String firstId, String secondId, String reason) {
        writing(Operation.CHANGE, "rejectPair", "reason=" + reason, List.of(firstId, secondId),
                () -> delegate.rejectPair(firstId, secondId, reason));
    }

    @Override
    public org.netzbild.model.MergeRecord merge(String keptId, String absorbedId, String reason) {
        var merged = new org.netzbild.model.MergeRecord[1];
        writing(Operation.CHANGE, "merge", "kept=" + keptId + ", reason=" + reason, List.of(org.netzbild.model.MergeRecord.idOf(keptId, absorbedId), keptId, absorbedId),
                () -> merged[0] = delegate.merge(keptId, absorbedId, reason));
        return merged[0];
    }

    @Override
    public void unmerge(String mergeId, String reason) {
        writing(Operation.CHANGE, "unmerge", "reason=" + reason, List.of(mergeId), () -> delegate.unmerge(mergeId, reason));
    }

    @Override
    public List<org.netzbild.model.MergeRecord> merges() {
        return reading(Operation.QUERY, "merges", "", delegate::merges, found -> found.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.id(), m.keptId(), m.absorbedId())).toList());
    }

    @Override
    public void close() {
        delegate.close();
    }

    private void writing(Operation operation, String action, String criteria, Collection<String> ids, Runnable work) {
        AuditEvent intent = new AuditEvent(Instant.now(), actorOf(session), operation, action,
                criteria, AuditedIds.of(ids), Outcome.INTENDED);
        try {
            audit.append(intent);
        } catch (RuntimeException refused) {
            // a full volume (the log writes the failure from its reserve) or, in remote mode, a server
            // whose trail did not take the entry: the failure goes wherever it still can
            failed(intent, action, refused);
            throw refused;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            failed(intent, action, e);
            throw e;
        }
        // The write stands; its DONE entry tells a completed write from one cut short by a crash.
        audit.append(intent.done(intent.ids()));
    }

    private void failed(AuditEvent intent, String action, RuntimeException e) {
        try {
            audit.append(intent.failed());
        } catch (RuntimeException auditFailure) {
            e.addSuppressed(auditFailure);
            // one line, no stack trace: the command says in its own message what failed
            LOG.error("could not log the failure of a {} on the audit log: {}", action, auditFailure.getMessage());
        }
    }

    private <T> T reading(Operation operation, String action, String criteria, Supplier<T> work,
                          java.util.function.Function<T, List<String>> released) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            // nothing was released; the attempt is on record all the same (a store that went away, an unknown id)
            failed(new AuditEvent(Instant.now(), actorOf(session), operation, action, criteria,
                    AuditedIds.none(), Outcome.INTENDED), action, e);
            throw e;
        }
        var done = new AuditEvent(Instant.now(), actorOf(session), operation, action, criteria,
                AuditedIds.of(released.apply(result)), Outcome.DONE);
        try {
            audit.append(done);
        } catch (RuntimeException refused) {
            // the result is withheld, and that it was is on record where it can be: a failed read that released no id
            failed(new AuditEvent(done.time(), done.actor(), operation, action, criteria,
                    AuditedIds.none(), Outcome.INTENDED), action, refused);
            throw refused;
        }
        return result;
    }

    /** Who works and why, as the audit log names them: user, agency, case reference and reason. */
    public static Actor actorOf(AnalystSession session) {
        return new Actor(session.user(), session.agency(), session.purpose().caseReference(), session.purpose().reason());
    }

    private static List<String> idsOf(List<Entity> entities, List<Link> links) {
        var ids = new ArrayList<String>(entities.size() + links.size());
        entities.forEach(e -> ids.add(e.id()));
        links.forEach(l -> ids.add(l.id()));
        return ids;
    }
}
