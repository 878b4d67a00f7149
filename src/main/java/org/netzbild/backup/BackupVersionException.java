package org.netzbild.backup;

import java.io.IOException;

/** A backup written by a newer release than this one: its format or its store's schema is unknown here. */
public final class BackupVersionException extends IOException {

    private final int found;
    private final int known;

    public BackupVersionException(String what, int found, int known) {
        super(what + " " + found + ", this release knows up to " + known);
        this.found = found;
        this.known = known;
    }

    public int found() {
        return found;
    }

    public int known() {
        return known;
    }
}
