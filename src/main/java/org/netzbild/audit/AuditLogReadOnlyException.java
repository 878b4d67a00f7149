package org.netzbild.audit;

import java.nio.file.Path;

/** The audit log may not be written (its permissions, an immutable flag, a read-only volume): nothing may run. */
public final class AuditLogReadOnlyException extends AuditFailureException {

    private final transient Path file;

    AuditLogReadOnlyException(Path file, java.io.IOException cause) {
        super("the audit log " + file + " is read-only: " + cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Whether opening for writing was refused: EACCES, EPERM (immutable) or EROFS. */
    static boolean isReadOnly(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return true;
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason != null && (reason.contains("Operation not permitted") || reason.contains("Read-only file system"));
    }
}
