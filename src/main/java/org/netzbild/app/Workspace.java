package org.netzbild.app;

import java.nio.file.Path;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.model.StoreStatistics;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.GraphStore;
import org.netzbild.store.RawCypherReference;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.WriteMode;

/**
 * An open workspace: the store as the session may see it, its audit log, and the folder they
 * live in. Opening takes seconds (the embedded database starts, the schema migrates, reference
 * data is loaded once): never on the UI thread.
 */
public final class Workspace implements AutoCloseable {

    private final WorkspaceSettings settings;
    private final AuditSink audit;
    private final StoreConnection connection;
    private final GraphStore store;

    private Workspace(WorkspaceSettings settings, AuditSink audit, StoreConnection connection, GraphStore store) {
        this.settings = settings;
        this.audit = audit;
        this.connection = connection;
        this.store = store;
    }

    public static Workspace open(WorkspaceSettings settings) {
        AuditSink audit = FileAuditLog.open(settings.auditFile());
        try {
            StoreConnection connection = StoreConnection.open(settings.location(), settings.session(), audit);
            try {
                GraphStore store = connection.session(settings.session(), audit);
                loadReferenceDataOnce(store, settings.folder());
                return new Workspace(settings, audit, connection, store);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
    }

    /** Municipalities and police authorities, from the shipped data and the workspace's {@code reference} folder. */
    private static void loadReferenceDataOnce(GraphStore store, Path folder) {
        StoreStatistics statistics = store.statistics();
        ReferenceData reference = ReferenceData.load(folder.resolve("reference"));
        if (statistics.entitiesByType().getOrDefault("Municipality", 0L) < reference.municipalities().size()) {
            store.write(reference.asBatch(), WriteMode.UPSERT);
        }
    }

    public GraphStore store() {
        return store;
    }

    public AnalystSession session() {
        return settings.session();
    }

    public WorkspaceSettings settings() {
        return settings;
    }

    /** Plain Cypher on the same database; for the benchmarks only. */
    RawCypherReference rawReference() {
        return connection.rawReference();
    }

    public String description() {
        return connection.description();
    }

    public Path auditFile() {
        return settings.auditFile();
    }

    @Override
    public void close() {
        try {
            store.close();
            connection.close();
        } finally {
            audit.close();
        }
    }
}
