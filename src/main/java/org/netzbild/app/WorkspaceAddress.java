package org.netzbild.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.netzbild.store.StoreLocation;

/**
 * Where a workspace is, before anyone has signed in to it: the local folder (audit log, log files,
 * charts; for the embedded store also the database) and where its graph lives.
 */
public record WorkspaceAddress(Path folder, StoreLocation location) {

    public WorkspaceAddress {
        folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        Objects.requireNonNull(location, "location");
    }

    /** An embedded database in {@code folder}. */
    public static WorkspaceAddress embedded(Path folder) {
        Path at = folder.toAbsolutePath().normalize();
        return new WorkspaceAddress(at, new StoreLocation.Embedded(at));
    }

    /** A server or cluster; the audit log stays in the local {@code folder}. */
    public static WorkspaceAddress remote(Path folder, URI uri, String user, char[] password, String database) {
        return remote(folder, uri, user, password, database, null);
    }

    /**
     * A server or cluster with a login its operator gave out; an encrypted address trusts only
     * {@code trustCertificate} when one is given (PEM), else the system's certificates.
     */
    public static WorkspaceAddress remote(Path folder, URI uri, String user, char[] password, String database,
                                          Path trustCertificate) {
        return new WorkspaceAddress(folder, new StoreLocation.Remote(uri, user, password, database, trustCertificate, false));
    }

    /**
     * A workspace served by {@code netzbild serve} (ADR 0020): the account logs in to the server
     * with its own name and password, and an ADMIN's account changes keep the server's logins.
     */
    public static WorkspaceAddress served(Path folder, URI uri, String account, char[] password, String database,
                                          Path trustCertificate) {
        return new WorkspaceAddress(folder, new StoreLocation.Remote(uri, account, password, database, trustCertificate, true));
    }

    /**
     * Refuses (exit 2) an unencrypted address ({@code bolt://}, {@code neo4j://}) of a server on
     * another machine, before any password is asked for; the store refuses it again when connecting.
     */
    public static void requireEncryptionOffThisMachine(URI uri) {
        StoreLocation.Remote remote;
        try {
            remote = new StoreLocation.Remote(uri, null, null, null);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badArgument("error.badServerAddress", uri);
        }
        if (!remote.isEncrypted() && !remote.isLoopback()) {
            throw UserFacingException.badArgument("error.unencryptedServer", uri);
        }
    }

    /**
     * For an unencrypted connection (allowed to a server on this machine only): a warning in the
     * user's language, since anyone who can read this machine's loopback traffic reads the records
     * and the password; null for an embedded workspace or an encrypted connection.
     */
    public String transportWarning() {
        if (location instanceof StoreLocation.Remote remote && !remote.isEncrypted()) {
            return I18n.text("warning.unencryptedLoopback", remote.uri());
        }
        return null;
    }

    /** Where the data lives, in the user's language. */
    public String description() {
        return WorkspaceGate.describe(location);
    }

    public boolean isEmbedded() {
        return location instanceof StoreLocation.Embedded;
    }
}
