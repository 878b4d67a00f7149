package org.netzbild.app;

import java.nio.file.Path;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.store.WorkspaceServer;

/**
 * A workspace folder served over Bolt on 127.0.0.1, so that a second Netzbild (or the tests)
 * can use it in remote mode. Listens on the loopback interface only.
 */
public final class TeamServer implements AutoCloseable {

    private final FileAuditLog audit;
    private final WorkspaceServer server;

    private TeamServer(FileAuditLog audit, WorkspaceServer server) {
        this.audit = audit;
        this.server = server;
    }

    /**
     * Serves the embedded database of {@code workspaceFolder} (its {@code graph} folder). The server
     * owns the workspace as the desktop does: it holds the workspace's audit log for as long as it
     * runs, so another Netzbild process is refused with "in use by process …" before it touches the
     * database.
     */
    public static TeamServer start(Path workspaceFolder, int port) {
        FileAuditLog audit = FileAuditLog.open(WorkspaceSettings.auditFile(workspaceFolder));
        try {
            return new TeamServer(audit, WorkspaceServer.start(workspaceFolder, port));
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
    }

    public String uri() {
        return server.uri();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            audit.close();
        }
    }
}
