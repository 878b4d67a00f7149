package org.netzbild.store;

import java.io.IOException;

/**
 * The volume of the embedded database is full: the write did not happen. The database stops taking
 * writes until it is opened again with room on the volume; what an unfinished import wrote before is
 * rolled back then.
 */
public final class StoreFullException extends StoreUnavailableException {

    private final String folder;

    public StoreFullException(String folder, Throwable cause) {
        super("no room left on the volume of the database in " + folder, cause);
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    /** Whether {@code e} (or one of its causes) says that the volume is full: ENOSPC or a quota (EDQUOT). */
    public static boolean isNoRoom(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 50; cause = cause.getCause()) {
            if (saysNoRoom(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (saysNoRoom(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean saysNoRoom(Throwable e) {
        String message = e.getMessage();
        return e instanceof IOException && message != null && (message.contains("No space left on device")
                || message.contains("Disk quota exceeded") || message.contains("not enough space on the disk"));
    }
}
