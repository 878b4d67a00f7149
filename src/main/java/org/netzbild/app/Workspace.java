package org.netzbild.app;

import java.nio.file.Path;
import java.time.Instant;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.NotPermittedException;
import org.netzbild.security.Permission;
import org.netzbild.security.Purpose;
import org.netzbild.store.AccountStore;
import org.netzbild.store.AuditedGraphStore;
import org.netzbild.store.GraphStore;
import org.netzbild.store.StoreConnection;

/**
 * An open workspace with a signed-in session: the store as the session may see and use it, its
 * audit log, and the folder they live in. The faces get one from a {@link WorkspaceGate} by
 * signing in; opening takes seconds (the embedded database starts, the schema migrates,
 * reference data is loaded once): never on the UI thread.
 */
public final class Workspace implements AutoCloseable {

    private volatile WorkspaceSettings settings;
    private final AuditSink audit;
    private StoreConnection connection;
    private volatile GraphStore store;

    Workspace(WorkspaceSettings settings, AuditSink audit, StoreConnection connection) {
        this.settings = settings;
        this.audit = audit;
        this.connection = connection;
        this.store = connection.session(settings.session(), audit);
    }

    /**
     * Opens the workspace for a session the caller vouches for, without a sign-in: for the core's
     * own tests and tools. The desktop and the command line sign in through {@link WorkspaceGate}
     * ({@code LayerRulesTest} holds them to it).
     */
    public static Workspace open(WorkspaceSettings settings) {
        WorkspaceGate gate = WorkspaceGate.open(settings.folder(), settings.location());
        try {
            return gate.enterAs(settings.session());
        } catch (RuntimeException e) {
            gate.close();
            throw e;
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
        WorkspaceGate.loadReferenceDataOnce(connection, connection.upkeep(settings.session(), audit), settings.folder());
    }

    /**
     * Works on for another purpose from now on (another case, another reason): the change is
     * logged with the old and the new purpose, and the case decides which need-to-know records the
     * session sees.
     */
    public void changePurpose(Purpose purpose) {
        AnalystSession before = settings.session();
        AnalystSession after = before.withPurpose(purpose);
        audit.append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(after), Operation.CHANGE, "changePurpose",
                "from " + before.purpose().describe(), AuditedIds.none(), Outcome.DONE));
        settings = new WorkspaceSettings(settings.folder(), settings.location(), after);
        store = connection.session(after, audit);
    }

    /**
     * Refuses, with an entry on the audit log, what the session's roles do not grant; for
     * operations that do not pass the store port (the bulk import) or that are not records.
     */
    void require(Permission permission, Operation operation, String action) {
        AnalystSession session = settings.session();
        if (!session.may(permission)) {
            audit.append(new AuditEvent(Instant.now(), AuditedGraphStore.actorOf(session), operation, action,
                    "needs " + permission + ", roles " + session.roles(), AuditedIds.none(), Outcome.REFUSED));
            throw new NotPermittedException(session.user(), permission);
        }
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

    /** Every account, to be carried into the database a bulk import builds (audited as read). */
    java.util.List<org.netzbild.security.Account> accountsForBulkLoad() {
        return accounts().accounts();
    }

    /** The workspace's accounts, audited in the session's name (callers check the role). */
    AccountStore accounts() {
        return connection.accounts(AuditedGraphStore.actorOf(settings.session()), audit);
    }

    /**
     * Walks the server's audit trail, the one chain of every client's entries (ADR 0023); for a
     * DATA_PROTECTION user, audited either way.
     */
    org.netzbild.audit.AuditVerification verifyServerAuditTrail() {
        require(Permission.READ_AUDIT, Operation.DISCLOSE, "verifyAuditTrail");
        if (settings.isEmbedded()) {
            throw UserFacingException.badArgument("audit.serverOnly");
        }
        return connection.verifyServerAuditTrail(AuditedGraphStore.actorOf(settings.session()), audit);
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
        return WorkspaceGate.describe(settings.location());
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
