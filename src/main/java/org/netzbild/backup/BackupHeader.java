package org.netzbild.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * What a backup says about itself before anything is unpacked: the file format, the store's schema
 * version (a restore into an older release is refused; a newer one migrates as on any open), when
 * and by whom it was made, the workspace folder's name, and whether it is sealed with a password.
 */
public record BackupHeader(int format, int schemaVersion, Instant created, String createdBy, String workspace,
                           boolean sealed) {

    /** The format this release writes and the newest it reads. */
    public static final int FORMAT = 1;

    public BackupHeader {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(workspace, "workspace");
    }
}
