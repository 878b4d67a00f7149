package org.netzbild.store.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.netzbild.audit.AuditSink;

/**
 * A workspace's embedded database as {@code netzbild serve} runs it: logins required, every
 * committed write on the workspace's audit log ({@link CommitAudit}), Bolt on a loopback port
 * that only the {@link BoltGateway} in front of it is meant to use.
 */
public final class ServedDatabase implements AutoCloseable {

    private final Path folder;
    private final DatabaseManagementService service;
    private final InetSocketAddress bolt;

    private ServedDatabase(Path folder, DatabaseManagementService service, InetSocketAddress bolt) {
        this.folder = folder;
        this.service = service;
        this.bolt = bolt;
    }

    /**
     * Starts the database in {@code folder} (the workspace's graph folder), its writes audited to
     * {@code audit}; routing clients are told to use {@code gateway}.
     */
    public static ServedDatabase start(Path folder, InetSocketAddress gateway, AuditSink audit) {
        DatabaseManagementService service;
        try {
            service = EmbeddedDatabase.served(folder,
                    new org.neo4j.configuration.helpers.SocketAddress(gateway.getHostString(), gateway.getPort()));
        } catch (RuntimeException e) {
            throw EmbeddedErrors.translate(e, folder.toString());
        }
        try {
            service.registerTransactionEventListener("neo4j", new CommitAudit(audit));
            var database = (GraphDatabaseAPI) service.database("neo4j");
            var address = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            return new ServedDatabase(folder, service, new InetSocketAddress(address.getHost(), address.getPort()));
        } catch (RuntimeException e) {
            service.shutdown();
            throw EmbeddedErrors.translate(e, folder.toString());
        }
    }

    /** Where Neo4j's own Bolt connector listens (loopback). */
    public InetSocketAddress boltAddress() {
        return bolt;
    }

    /** The database, for the server's own upkeep (its logins, the accounts they follow); closed with this. */
    public EmbeddedRunner runner() {
        return EmbeddedRunner.over(folder, service);
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
