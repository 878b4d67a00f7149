package org.netzbild.store;

import org.netzbild.model.ImportRecord;
import org.netzbild.security.Visibility;
import java.time.Instant;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.schema.Migrations;
import org.netzbild.schema.Ontology;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.bolt.BoltRunner;
import org.netzbild.store.cypher.CypherGraphStore;
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.embedded.EmbeddedRunner;
import org.netzbild.store.embedded.StoreFolders;

/**
 * An open database, its schema brought up to date, from which audited, visibility-scoped
 * {@link GraphStore}s are handed out per analyst session. Closing a session's store leaves the
 * connection open; closing the connection shuts the database (or driver) down.
 */
public final class StoreConnection implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreConnection.class);

    private final CypherRunner runner;
    private final Ontology ontology;
    private final boolean wasNew;
    private final ImportLease lease;

    private StoreConnection(CypherRunner runner, Ontology ontology, boolean wasNew, ImportLease lease) {
        this.runner = runner;
        this.ontology = ontology;
        this.wasNew = wasNew;
        this.lease = lease;
    }

    /** Whether the database had no Netzbild schema before this connection migrated it. */
    public boolean wasNew() {
        return wasNew;
    }

    /**
     * Connects and migrates. Slow (seconds for the embedded database): call it from a background
     * task. The embedded database lives in {@code folder/graph}. A migration is audited in the
     * name of {@code opener}.
     */
    public static StoreConnection open(StoreLocation location, AnalystSession opener, AuditSink audit) {
        return open(location, opener, audit, ImportLease.standard());
    }

    /**
     * As {@link #open(StoreLocation, AnalystSession, AuditSink)}, with the lease that decides when a
     * running import on a server counts as dead (the tests move its clock).
     */
    public static StoreConnection open(StoreLocation location, AnalystSession opener, AuditSink audit, ImportLease lease) {
        CypherRunner runner = switch (location) {
            case StoreLocation.Embedded embedded -> EmbeddedRunner.open(StoreFolders.graph(embedded.folder()));
            case StoreLocation.Remote remote -> BoltRunner.connect(remote);
        };
        return over(runner, location, opener, audit, lease);
    }

    /**
     * Migrates and wraps a runner the caller opened; the connection closes it. The benchmarks
     * (test scope) open the runner themselves so that their plain-Cypher reference can share the
     * database with the port; this class hands no runner out.
     */
    static StoreConnection over(CypherRunner runner, StoreLocation location, AnalystSession opener, AuditSink audit,
                                ImportLease lease) {
        try {
            Ontology ontology = Ontology.standard();
            var schema = new CypherGraphStore(runner, ontology, opener.visibility());
            int before = schema.schemaVersion();
            int latest = Migrations.latestVersion();
            migrate(schema, before, latest, opener, audit);
            // embedded, this process is the database's sole user: every unfinished import is dead; on a
            // server only those whose lease ran out (another client's import may be running right now)
            var rollBack = location instanceof StoreLocation.Embedded ? ImportLease.soleUser() : lease;
            rollBackDeadImports(new CypherGraphStore(runner, ontology, Visibility.everything(), rollBack), audit, opener);
            return new StoreConnection(runner, ontology, before == 0, lease);
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
    }

    /** Brings the schema up to date, logged as intended before and as done (or failed) after. */
    private static void migrate(CypherGraphStore schema, int before, int latest, AnalystSession opener, AuditSink audit) {
        if (before >= latest) {
            schema.migrate(Migrations.standard());
            return;
        }
        var intent = new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(opener), Operation.CHANGE,
                "migrateSchema", "from version " + before + " to " + latest, AuditedIds.none(), Outcome.INTENDED);
        audit.append(intent);
        try {
            schema.migrate(Migrations.standard());
        } catch (RuntimeException e) {
            try {
                audit.append(intent.failed());
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        audit.append(intent.done(AuditedIds.none()));
    }

    /**
     * An import that was still running (or being undone) when its process died is removed as a
     * whole, so that a killed import leaves no trace: its records all carry its id.
     */
    private static void rollBackDeadImports(CypherGraphStore store, AuditSink audit, AnalystSession opener) {
        // listing the imports is upkeep, not a disclosure (no record is read); the undo is audited
        for (ImportRecord dead : store.deadImports()) {
            try {
                long removed = new AuditedGraphStore(store, audit, opener).undoImport(dead.id(), true);
                LOG.warn("rolled back the unfinished import {} ({}): {} records removed", dead.id(), dead.label(), removed);
            } catch (ImportRunningException alive) {
                // it wrote a batch since it was found silent: its writer lives, and so does the import
                LOG.info("the import {} renewed its lease while being rolled back; left alone", dead.id());
            }
        }
    }

    /**
     * The store as {@code session} may see it and its roles may use it, audited to {@code audit}:
     * a call its roles do not permit is refused and logged.
     */
    public GraphStore session(AnalystSession session, AuditSink audit) {
        return new PermittedGraphStore(upkeep(session, audit), audit, session);
    }

    /**
     * The store for the workspace's own upkeep (reference data, demo data of a new workspace),
     * audited in the name of {@code session} but not checked against its roles.
     */
    public GraphStore upkeep(AnalystSession session, AuditSink audit) {
        return new AuditedGraphStore(new CypherGraphStore(runner, ontology, session.visibility(), lease), audit, session);
    }

    /** The workspace's accounts, every call audited in the name of {@code actor}. */
    public AccountStore accounts(org.netzbild.audit.Actor actor, AuditSink audit) {
        return new AuditedAccountStore(new org.netzbild.store.cypher.CypherAccountStore(runner), audit, actor);
    }

    /**
     * Whether every one of {@code ids} names an entity in the store, whoever may see it: upkeep (the
     * reference data's check at each open), a yes or no that discloses no record, so not a read of
     * a session's.
     */
    public boolean holdsEntities(java.util.Collection<String> ids) {
        return new CypherGraphStore(runner, ontology, Visibility.everything()).holdsEntities(ids);
    }

    /**
     * Whether the database holds only the reference data of {@code source}, so that a bulk load may
     * replace it; always {@code false} for a server. Upkeep, not a disclosure: the answer is yes or no.
     */
    public boolean holdsOnly(String source) {
        return runner instanceof EmbeddedRunner
                && new CypherGraphStore(runner, ontology, Visibility.everything()).holdsOnly(source);
    }

    /**
     * The server's audit trail, which every client of a server appends to (ADR 0023); none for an
     * embedded store, whose audit log is the workspace's file.
     */
    public java.util.Optional<AuditSink> serverAuditTrail() {
        return runner instanceof EmbeddedRunner ? java.util.Optional.empty()
                : java.util.Optional.of(new org.netzbild.store.cypher.CypherAuditTrail(runner));
    }

    /**
     * Walks the server's audit trail and checks it against its head; audited in {@code actor}'s
     * name on {@code audit} (who checked the trail, and what was found). Refused for an embedded store.
     */
    public org.netzbild.audit.AuditVerification verifyServerAuditTrail(org.netzbild.audit.Actor actor, AuditSink audit) {
        if (runner instanceof EmbeddedRunner) {
            throw new IllegalStateException("an embedded store keeps its audit log in the workspace's file");
        }
        var result = new org.netzbild.store.cypher.CypherAuditTrail(runner).verify();
        audit.append(new AuditEvent(Instant.now(), actor, Operation.DISCLOSE, "verifyAuditTrail",
                result.intact() ? result.entries() + " entries intact" : "broken at entry " + result.firstBadLine()
                        + " (" + result.problem() + ")", AuditedIds.none(), Outcome.DONE));
        return result;
    }

    public String description() {
        return runner.description();
    }

    public Ontology ontology() {
        return ontology;
    }

    @Override
    public void close() {
        runner.close();
    }
}
