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
        return new WorkspaceAddress(folder, new StoreLocation.Remote(uri, user, password, database));
    }

    /** Where the data lives, in the user's language. */
    public String description() {
        return WorkspaceGate.describe(location);
    }

    public boolean isEmbedded() {
        return location instanceof StoreLocation.Embedded;
    }
}
