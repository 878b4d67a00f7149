package org.netzbild.app;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.store.ServerCertificate;
import org.netzbild.store.WorkspaceServer;

/**
 * A workspace folder served over Bolt, so that other Netzbild clients can use it in remote mode
 * (ADR 0020): only the workspace's enabled accounts log in, every write is on the workspace's
 * audit log, the port passes Bolt and nothing else. It listens on 127.0.0.1 unless told otherwise;
 * any other address requires TLS.
 */
public final class TeamServer implements AutoCloseable {

    private final FileAuditLog audit;
    private final WorkspaceServer server;

    private TeamServer(FileAuditLog audit, WorkspaceServer server) {
        this.audit = audit;
        this.server = server;
    }

    /**
     * Where to listen and with which certificate: {@code listen} is an address of this machine
     * (default 127.0.0.1); {@code certificate} and {@code key} are PEM files, both or neither.
     */
    public record Settings(String listen, int port, Path certificate, Path key) {

        public static Settings loopback(int port) {
            return new Settings("127.0.0.1", port, null, null);
        }

        boolean tls() {
            return certificate != null;
        }
    }

    /**
     * Serves the embedded database of {@code workspaceFolder} (its {@code graph} folder). The server
     * owns the workspace as the desktop does: it holds the workspace's audit log for as long as it
     * runs, so another Netzbild process is refused with "in use by process …" before it touches the
     * database. A non-loopback address without a certificate, or half a certificate, is refused
     * before anything is opened (exit 2).
     */
    public static TeamServer start(Path workspaceFolder, Settings settings) {
        InetSocketAddress address = checkedAddress(settings);
        ServerCertificate certificate = settings.tls() ? loadCertificate(settings) : null;
        FileAuditLog audit = FileAuditLog.open(WorkspaceSettings.auditFile(workspaceFolder));
        try {
            return new TeamServer(audit, WorkspaceServer.start(workspaceFolder, address, certificate, audit));
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
    }

    private static InetSocketAddress checkedAddress(Settings settings) {
        if ((settings.certificate() == null) != (settings.key() == null)) {
            throw UserFacingException.badArgument("serve.certificateAndKey");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(settings.listen());
        } catch (UnknownHostException e) {
            throw UserFacingException.badArgument("serve.unknownAddress", settings.listen());
        }
        if (!address.isLoopbackAddress() && !settings.tls()) {
            throw UserFacingException.badArgument("serve.tlsRequired", settings.listen());
        }
        if (settings.port() < 0 || settings.port() > 65_535) {
            throw UserFacingException.badArgument("serve.badPort", settings.port());
        }
        return new InetSocketAddress(address, settings.port());
    }

    private static ServerCertificate loadCertificate(Settings settings) {
        try {
            return ServerCertificate.load(settings.certificate(), settings.key());
        } catch (org.netzbild.store.ServerCertificateException e) {
            throw UserFacingException.badArgument("serve.badCertificate", e.file(), e.reason());
        }
    }

    /** The address clients connect to ({@code bolt://} on loopback, else {@code bolt+s://}). */
    public String uri() {
        return server.uri();
    }

    /** Enabled accounts without a server login: they must set their password again ({@code netzbild user passwd}). */
    public List<String> accountsWithoutLogin() {
        return server.accountsWithoutLogin();
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
