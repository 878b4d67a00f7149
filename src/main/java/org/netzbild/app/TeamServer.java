package org.netzbild.app;

import java.nio.file.Path;
import org.netzbild.store.WorkspaceServer;

/**
 * A workspace folder served over Bolt on 127.0.0.1, so that a second Netzbild (or the tests)
 * can use it in remote mode. Listens on the loopback interface only.
 */
public final class TeamServer implements AutoCloseable {

    private final WorkspaceServer server;

    private TeamServer(WorkspaceServer server) {
        this.server = server;
    }

    /** Serves the embedded database of {@code workspaceFolder} (its {@code graph} folder). */
    public static TeamServer start(Path workspaceFolder, int port) {
        return new TeamServer(WorkspaceServer.start(workspaceFolder, port));
    }

    public String uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
