package org.netzbild.store.embedded;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Opens the Neo4j database management service for a folder with Netzbild's settings: the usage
 * data collector, which would otherwise phone home, is off, and so is every network connector
 * unless {@link #withBolt} asks for one on a loopback address; Neo4j keeps no debug or query log.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static DatabaseManagementService open(Path folder) {
        return builder(folder).build();
    }

    /** A service that also accepts Bolt connections on {@code 127.0.0.1:port}, for a shared team server or the tests. */
    public static DatabaseManagementService withBolt(Path folder, int port) {
        return withBolt(folder, port, true);
    }

    /**
     * As {@link #withBolt(Path, int)}; without {@code keepAlive} the server sends no keep-alive
     * hint, so a client waits for a request in flight as long as its connection lives (the fault
     * matrix's server: its held requests stand until the test strikes).
     */
    public static DatabaseManagementService withBolt(Path folder, int port, boolean keepAlive) {
        var builder = keepAlive ? bolt(builder(folder)) : builder(folder)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, java.time.Duration.ZERO);
        return builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
    }

    /**
     * A service for {@code netzbild serve}: authentication on (the logins of its {@code system}
     * database, which are the workspace's accounts, ADR 0020), the Bolt connector on a port of the
     * loopback interface the system picks, unencrypted and without its HTTP discovery answer. Only
     * Netzbild's {@link BoltGateway} is meant to reach it: Neo4j's Bolt port also speaks HTTP and
     * WebSocket, with no setting to stop it. {@code advertised} is the gateway's address, which the
     * routing table names.
     */
    static DatabaseManagementService served(Path folder, SocketAddress advertised) {
        return bolt(builder(folder))
                // a routing client (neo4j://) is sent where the gateway listens, never past it
                .setConfig(BoltConnector.advertised_address, advertised)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.enable_discovery, false)
                .build();
    }

    /** {@value #KEEP_ALIVE_SECONDS} s between the server's keep-alive messages while it works on a request. */
    static final int KEEP_ALIVE_SECONDS = 5;

    /**
     * What every Bolt server of ours does. Netty waits out a quiet period of 5 s for each of Bolt's
     * two event loop groups before a stop returns; the clients are gone or refused by then, so a
     * stop need not wait. While a request runs, the server sends a keep-alive message every
     * {@value #KEEP_ALIVE_SECONDS} s, and tells the clients so (the Bolt hint
     * {@code connection.recv_timeout_seconds}, twice that): the Java driver has no read timeout of
     * its own and takes this one, so a client whose connection stalls (packets dropped, no reset)
     * gives it up after 10 s, retries or says the server cannot be reached, instead of waiting until
     * the operating system gives the connection up (reliability issue).
     */
    private static DatabaseManagementServiceBuilder bolt(DatabaseManagementServiceBuilder builder) {
        return builder
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, java.time.Duration.ZERO)
                .setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
                .setConfig(BoltConnector.connection_keep_alive, java.time.Duration.ofSeconds(KEEP_ALIVE_SECONDS))
                .setConfig(BoltConnector.connection_keep_alive_probes, 2);
    }

    private static DatabaseManagementServiceBuilder builder(Path folder) {
        // Neo4j refuses a path that is not normalised ('/home/a/./akte'), as a relative --store gives
        return new DatabaseManagementServiceBuilder(folder.toAbsolutePath().normalize())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                .setConfig(BoltConnector.enabled, false)
                // Neo4j's debug.log in the workspace would record the JVM's command line and, with the
                // query log, what was searched: personal data outside the audit log. Our own log and
                // the exceptions the port translates carry what a failure needs.
                .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes());
    }

    /** A quarter of the heap, at least 64 MiB and at most 2 GiB: enough for a laptop's graph. */
    private static long pageCacheBytes() {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        return Math.clamp(quarter, 64L << 20, 2L << 30);
    }
}
