package org.netzbild.app;

import java.nio.file.Path;
import org.netzbild.store.embedded.BoltServer;

/**
 * A workspace folder served over Bolt on 127.0.0.1, so that a second Netzbild (or the tests)
 * can use it in remote mode. Listens on the loopback interface only.
 */
public final class TeamServer implements AutoCloseable {

    private final BoltServer server;

    private TeamServer(BoltServer server) {
        this.server = server;
    }

    /** Serves the embedded database of {@code workspaceFolder} (its {@code graph} folder). */
    public static TeamServer start(Path workspaceFolder, int port) {
        return new TeamServer(BoltServer.start(org.netzbild.store.embedded.StoreFolders.graph(workspaceFolder), port));
    }

    public String uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
