package org.netzbild.audit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The volume of the audit log is full: the entry was not written, and so the operation it was to
 * record did not run (or, for a read, its result was not released).
 */
public final class NoRoomForAuditLogException extends AuditFailureException {

    private final transient Path file;

    NoRoomForAuditLogException(Path file, IOException cause) {
        super("no room left on the volume of the audit log " + file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Whether {@code e} (or one of its causes) says that the volume is full: ENOSPC or a quota (EDQUOT). */
    public static boolean isNoRoom(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null && (message.contains("No space left on device")
                    || message.contains("Disk quota exceeded") || message.contains("not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }
}
