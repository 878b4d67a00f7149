package org.netzbild.backup;

import java.io.IOException;

/** The file is no Netzbild backup, or one that was changed, cut short or broken since it was written. */
public final class BackupDamagedException extends IOException {

    public BackupDamagedException(String detail) {
        super(detail);
    }
}
