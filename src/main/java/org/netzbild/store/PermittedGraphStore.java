package org.netzbild.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.netzbild.security.NotPermittedException;
import org.netzbild.security.Permission;

/**
 * Lets a call through only when the session's roles grant what it needs: reading case data for
 * every read (so an ADMIN, who manages accounts, reads none), writing for a change by hand,
 * importing for a write that belongs to an import and for the import bookkeeping. A refused call
 * is logged as {@code REFUSED} and answered with {@link NotPermittedException}; it never reaches the store.
 * Role checks sit here, outside the Cypher, so that visibility (which records) and permission
 * (which operations) stay two separate questions.
 */
public final class PermittedGraphStore implements GraphStore {

    private final GraphStore delegate;
    private final AuditSink audit;
    private final AnalystSession session;

    public PermittedGraphStore(GraphStore delegate, AuditSink audit, AnalystSession session) {
        this.delegate = delegate;
        this.audit = audit;
        this.session = session;
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void write(WriteBatch batch, WriteMode mode) {
        require(batch.importId() == null ? Permission.WRITE : Permission.IMPORT,
                mode == WriteMode.CREATE ? Operation.CREATE : Operation.CHANGE, "write");
        delegate.write(batch, mode);
    }

    @Override
    public Entity update(Entity entity) {
        require(Permission.WRITE, Operation.CHANGE, "update");
        return delegate.update(entity);
    }

    @Override
    public void delete(String entityId) {
        require(Permission.WRITE, Operation.DELETE, "delete");
        delegate.delete(entityId);
    }

    @Override
    public Optional<Entity> entity(String id) {
        reading("entity");
        return delegate.entity(id);
    }

    @Override
    public Optional<Link> link(String id) {
        reading("link");
        return delegate.link(id);
    }

    @Override
    public List<Entity> entities(Collection<String> ids) {
        reading("entities");
        return delegate.entities(ids);
    }

    @Override
    public List<Link> linksAmong(Collection<String> ids) {
        reading("linksAmong");
        return delegate.linksAmong(ids);
    }

    @Override
    public List<Statement> statements(String entityId) {
        reading("statements");
        return delegate.statements(entityId);
    }

    @Override
    public Map<String, List<Statement>> statements(Collection<String> entityIds) {
        reading("statements");
        return delegate.statements(entityIds);
    }

    @Override
    public Map<String, String> importsBehind(String entityId) {
        reading("importsBehind");
        return delegate.importsBehind(entityId);
    }

    @Override
    public void beginImport(ImportRecord record) {
        require(Permission.IMPORT, Operation.CREATE, "beginImport");
        delegate.beginImport(record);
    }

    @Override
    public void relyOn(String importId, Collection<String> entityIds, Collection<Link> links) {
        require(Permission.IMPORT, Operation.CHANGE, "relyOn");
        delegate.relyOn(importId, entityIds, links);
    }

    @Override
    public void completeImport(String importId, long records) {
        require(Permission.IMPORT, Operation.CHANGE, "completeImport");
        delegate.completeImport(importId, records);
    }

    @Override
    public List<ImportRecord> imports() {
        reading("imports");
        return delegate.imports();
    }

    @Override
    public long undoImport(String importId, boolean evenIfOthersDependOnIt) {
        require(Permission.IMPORT, Operation.DELETE, "undoImport");
        return delegate.undoImport(importId, evenIfOthersDependOnIt);
    }

    @Override
    public long abandonImport(String importId) {
        require(Permission.IMPORT, Operation.DELETE, "abandonImport");
        return delegate.abandonImport(importId);
    }

    @Override
    public List<Entity> matching(String type, List<String> key, List<List<Object>> values) {
        reading("matching");
        return delegate.matching(type, key, values);
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        reading("search");
        return delegate.search(request);
    }

    @Override
    public Neighbourhood expand(ExpandRequest request) {
        reading("expand");
        return delegate.expand(request);
    }

    @Override
    public ShortestPaths shortestPaths(PathRequest request) {
        reading("shortestPaths");
        return delegate.shortestPaths(request);
    }

    @Override
    public org.netzbild.model.GraphSlice slice(org.netzbild.model.SliceRequest request) {
        require(Permission.ANALYSE, Operation.COMBINE, "slice");
        return delegate.slice(request);
    }

    @Override
    public StoreStatistics statistics() {
        reading("statistics");
        return delegate.statistics();
    }

    @Override
    public List<Entity> dueForReview(int limit) {
        require(Permission.REVIEW, Operation.QUERY, "dueForReview");
        return delegate.dueForReview(limit);
    }

    @Override
    public void keep(String entityId, java.time.LocalDate reviewBy, String reason) {
        require(Permission.REVIEW, Operation.CHANGE, "keep");
        delegate.keep(entityId, reviewBy, reason);
    }

    @Override
    public void restrict(String entityId, org.netzbild.model.Handling handling, java.time.LocalDate reviewBy, String reason) {
        require(Permission.REVIEW, Operation.CHANGE, "restrict");
        delegate.restrict(entityId, handling, reviewBy, reason);
    }

    @Override
    public void deleteDue(String entityId, String reason) {
        require(Permission.REVIEW, Operation.DELETE, "deleteDue");
        delegate.deleteDue(entityId, reason);
    }

    @Override
    public List<org.netzbild.model.PersonFacts> personFacts(String afterId, int limit) {
        reading("personFacts");
        return delegate.personFacts(afterId, limit);
    }

    @Override
    public long personCount(long atMost) {
        reading("personCount");
        return delegate.personCount(atMost);
    }

    @Override
    public List<List<String>> rejectedPairs() {
        reading("rejectedPairs");
        return delegate.rejectedPairs();
    }

    @Override
    public void rejectPair(String firstId, String secondId, String reason) {
        require(Permission.WRITE, Operation.CHANGE, "rejectPair");
        delegate.rejectPair(firstId, secondId, reason);
    }

    @Override
    public org.netzbild.model.MergeRecord merge(String keptId, String absorbedId, String reason) {
        require(Permission.WRITE, Operation.CHANGE, "merge");
        return delegate.merge(keptId, absorbedId, reason);
    }

    @Override
    public void unmerge(String mergeId, String reason) {
        require(Permission.WRITE, Operation.CHANGE, "unmerge");
        delegate.unmerge(mergeId, reason);
    }

    @Override
    public List<org.netzbild.model.MergeRecord> merges() {
        reading("merges");
        return delegate.merges();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private void reading(String action) {
        require(Permission.READ_CASE_DATA, Operation.QUERY, action);
    }

    private void require(Permission permission, Operation operation, String action) {
        if (!session.may(permission)) {
            audit.append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(session), operation, action,
                    "needs " + permission + ", roles " + session.roles(), AuditedIds.none(), Outcome.REFUSED));
            throw new NotPermittedException(session.user(), permission);
        }
    }
}
