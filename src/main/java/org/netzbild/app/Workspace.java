package org.netzbild.app;

import java.nio.file.Path;
import java.time.Instant;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.model.StoreStatistics;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.AnalystSession;
import org.netzbild.store.GraphStore;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.WriteMode;

/**
 * An open workspace: the store as the session may see it, its audit log, and the folder they
 * live in. Opening takes seconds (the embedded database starts, the schema migrates, reference
 * data is loaded once): never on the UI thread.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final WorkspaceSettings settings;
    private final AuditSink audit;
    private StoreConnection connection;
    private GraphStore store;

    private Workspace(WorkspaceSettings settings, AuditSink audit, StoreConnection connection, GraphStore store) {
        this.settings = settings;
        this.audit = audit;
        this.connection = connection;
        this.store = store;
    }

    public static Workspace open(WorkspaceSettings settings) {
        FileAuditLog audit = FileAuditLog.open(settings.auditFile());
        try {
            StoreConnection connection = StoreConnection.open(settings.location(), settings.session(), audit);
            try {
                if (audit.wasEmpty() && !connection.wasNew()) {
                    recordMissingLog(audit, settings);
                }
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

    /**
     * The store holds data but its audit log was empty: the log was deleted or replaced. That
     * cannot be undone, but it must not pass unnoticed: it becomes the first entry of the new log.
     */
    private static void recordMissingLog(AuditSink audit, WorkspaceSettings settings) {
        if (settings.isEmbedded()) {
            LOG.warn("the store at {} holds data but its audit log {} was empty or missing",
                    settings.location(), settings.auditFile());
        } else {
            // a new client folder at a server that holds data: every analyst's first start, not a warning
            LOG.info("the audit log {} starts beside a server that holds data ({})", settings.auditFile(),
                    settings.location());
        }
        audit.append(new AuditEvent(Instant.now(), settings.session().user(), settings.session().purpose(),
                Operation.CHANGE, "auditLogMissing", "the store already held data when this audit log was started",
                AuditedIds.none(), Outcome.DONE));
    }

    /** Municipalities and police authorities, from the shipped data and the workspace's {@code reference} folder. */
    private static void loadReferenceDataOnce(GraphStore store, Path folder) {
        StoreStatistics statistics = store.statistics();
        ReferenceData reference = ReferenceData.load(folder.resolve("reference"));
        if (statistics.entitiesByType().getOrDefault("Municipality", 0L) < reference.municipalities().size()) {
            store.write(reference.asBatch(), WriteMode.UPSERT);
        }
    }

    /**
     * Closes the store, lets {@code change} replace its database (a bulk import's last step) and
     * opens it again. If opening fails the workspace stays closed and the error is thrown.
     */
    void reopenAfter(Runnable change) {
        store.close();
        connection.close();
        try {
            change.run();
        } finally {
            connection = StoreConnection.open(settings.location(), settings.session(), audit);
        }
        store = connection.session(settings.session(), audit);
        loadReferenceDataOnce(store, settings.folder());
    }

    /** Whether the store is embedded and holds nothing but reference data, so that a bulk import may replace it. */
    boolean holdsOnlyReferenceData() {
        return settings.isEmbedded() && connection.holdsOnly(ReferenceData.SOURCE);
    }

    /** The reference data this workspace loads into its store. */
    ReferenceData referenceData() {
        return ReferenceData.load(settings.folder().resolve("reference"));
    }

    AuditSink audit() {
        return audit;
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

    /** Where the data lives, in the user's language (for the status bar and {@code info}). */
    public String description() {
        return switch (settings.location()) {
            case org.netzbild.store.StoreLocation.Embedded embedded ->
                    I18n.text("store.embedded", embedded.folder().toAbsolutePath());
            case org.netzbild.store.StoreLocation.Remote remote ->
                    I18n.text("store.remote", remote.uri(), remote.user() == null ? "-" : remote.user());
        };
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
