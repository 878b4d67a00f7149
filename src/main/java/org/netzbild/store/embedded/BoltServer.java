package org.netzbild.store.embedded;

import java.nio.file.Path;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * A Neo4j server over Bolt on the loopback interface, made of the embedded database with the
 * Bolt connector switched on. The contract tests start it in a JVM of its own to test the remote
 * adapter against a real server; a team can use it as a small shared server.
 * Authentication is off: it listens on 127.0.0.1 only.
 */
public final class BoltServer implements AutoCloseable {

    private final DatabaseManagementService service;
    private final int port;

    private BoltServer(DatabaseManagementService service, int port) {
        this.service = service;
        this.port = port;
    }

    public static BoltServer start(Path folder, int port) {
        DatabaseManagementService service = EmbeddedDatabase.withBolt(folder, port);
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
