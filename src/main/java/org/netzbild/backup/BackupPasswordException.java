package org.netzbild.backup;

import java.io.IOException;

/** A sealed backup opened without its password, or with another one. */
public final class BackupPasswordException extends IOException {

    /** Whether a password was given at all. */
    private final boolean given;

    BackupPasswordException(boolean given) {
        super(given ? "the password does not open this backup" : "this backup is sealed with a password");
        this.given = given;
    }

    public boolean given() {
        return given;
    }
}
