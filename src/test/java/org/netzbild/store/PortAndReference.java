package org.netzbild.store;

import org.netzbild.audit.AuditSink;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.bolt.BoltRunner;
import org.netzbild.store.cypher.CypherRunner;
import org.netzbild.store.embedded.EmbeddedRunner;
import org.netzbild.store.embedded.StoreFolders;

/**
 * The port and the benchmarks' plain-Cypher reference on one database in one JVM, as the
 * benchmarks need them: opens the database itself (the product hands no runner out), migrates it
 * and builds the audited port through {@link StoreConnection}, exactly as a workspace does, and
 * gives the same runner to the {@link RawCypherReference}, filtered by the session's visibility as the
 * port is. Test scope.
 */
public final class PortAndReference implements AutoCloseable {

    private final StoreConnection connection;
    private final AuditSink audit;
    private final CypherRunner runner;
    private final GraphStore port;
    private final RawCypherReference reference;

    private PortAndReference(StoreConnection connection, AuditSink audit, CypherRunner runner, GraphStore port,
                             RawCypherReference reference) {
        this.connection = connection;
        this.audit = audit;
        this.runner = runner;
        this.port = port;
        this.reference = reference;
    }

    /**
     * Opens the store at {@code location}; the port audits to {@code audit} in the name of
     * {@code session} and, on a server, to the server's audit trail as well, as a workspace's port
     * does (ADR 0023): a remote read's figure includes that append.
     */
    public static PortAndReference open(StoreLocation location, AnalystSession session, AuditSink clientAudit) {
        CypherRunner runner = switch (location) {
            case StoreLocation.Embedded embedded -> EmbeddedRunner.open(StoreFolders.graph(embedded.folder()));
            case StoreLocation.Remote remote -> BoltRunner.connect(remote);
        };
        StoreConnection connection = StoreConnection.over(runner, location, session, clientAudit, ImportLease.standard());
        AuditSink audit = connection.serverAuditTrail()
                .<AuditSink>map(trail -> new org.netzbild.audit.ClientAndServerAudit(clientAudit, trail)).orElse(clientAudit);
        return new PortAndReference(connection, audit, runner, connection.session(session, audit),
                new RawCypherReference(runner, session.visibility()));
    }

    /** The audited port, as {@code Workspace.store()} hands it out. */
    public GraphStore port() {
        return port;
    }

    public RawCypherReference reference() {
        return reference;
    }

    /** Where the ports audit to. */
    public AuditSink audit() {
        return audit;
    }

    /** The port for another session on the same database, e.g. a restricted one. */
    public GraphStore port(AnalystSession session, AuditSink audit) {
        return connection.session(session, audit);
    }

    /** The reference filtered as {@link #port(AnalystSession, AuditSink)} filters for that session. */
    public RawCypherReference reference(AnalystSession session) {
        return new RawCypherReference(runner, session.visibility());
    }

    @Override
    public void close() {
        port.close();
        connection.close();
    }
}
