package org.netzbild.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.netzbild.store.embedded.BoltServer;

/**
 * A real Neo4j server over Bolt on 127.0.0.1 inside the test's own JVM: the clients still talk to it
 * through the Java driver over a TCP connection, as the remote mode does, but the server shares the
 * test JVM's compiled code instead of starting a JVM and compiling Neo4j anew (about 12 s of start
 * and a server that runs its queries on C1 code). Tests that kill the server, or need it to be a
 * process of its own, use {@link BoltServerProcess}; a server that merely goes away is a
 * {@link LoopbackProxy} that is {@linkplain LoopbackProxy#cut cut}.
 */
public final class LocalBoltServer implements AutoCloseable {

    private final BoltServer server;

    private LocalBoltServer(BoltServer server) {
        this.server = server;
    }

    /** Serves the database folder {@code folder} (a workspace's graph folder, or an empty one). */
    public static LocalBoltServer start(Path folder) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return new LocalBoltServer(BoltServer.start(folder, port));
    }

    public String uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
