package org.netzbild.store;

import java.nio.file.Path;
import org.netzbild.store.embedded.BoltServer;
import org.netzbild.store.embedded.StoreFolders;

/**
 * A workspace's embedded database served over Bolt on the loopback interface, so that a second
 * Netzbild can use it in remote mode. The use case reaches the embedded adapter's server through
 * this class, as it reaches the database through {@link StoreConnection}.
 */
public final class WorkspaceServer implements AutoCloseable {

    private final BoltServer server;

    private WorkspaceServer(BoltServer server) {
        this.server = server;
    }

    /** Serves the database of {@code workspaceFolder} (the one its {@code graph} folder names). */
    public static WorkspaceServer start(Path workspaceFolder, int port) {
        return new WorkspaceServer(BoltServer.start(StoreFolders.graph(workspaceFolder), port));
    }

    public String uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
