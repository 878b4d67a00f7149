package org.netzbild.store.embedded;

import java.nio.file.Path;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * A Neo4j server over Bolt on the loopback interface, made of the embedded database with the
 * Bolt connector switched on, for the tests: the contract tests start it in a JVM of its own to
 * test the remote adapter against a real server. Authentication is off and it listens on
 * 127.0.0.1 only; it is not {@code netzbild serve}, which is {@link ServedDatabase} behind a
 * {@link BoltGateway} (ADR 0020).
 */
public final class BoltServer implements AutoCloseable {

    private final DatabaseManagementService service;
    private final int port;

    private BoltServer(DatabaseManagementService service, int port) {
        this.service = service;
        this.port = port;
    }

    public static BoltServer start(Path folder, int port) {
        return start(folder, port, true);
    }

    /** As {@link #start(Path, int)}; {@code keepAlive} as in {@link EmbeddedDatabase#withBolt(Path, int, boolean)}. */
    public static BoltServer start(Path folder, int port, boolean keepAlive) {
        DatabaseManagementService service = EmbeddedDatabase.withBolt(folder, port, keepAlive);
        service.database("neo4j");
        return new BoltServer(service, port);
    }

    public String uri() {
        return "bolt://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
