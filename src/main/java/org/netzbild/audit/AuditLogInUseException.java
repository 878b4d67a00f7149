package org.netzbild.audit;

import java.nio.file.Path;

/** Another process holds the workspace's audit log; two writers would break its chain. */
public final class AuditLogInUseException extends AuditFailureException {

    private final transient Path file;

    public AuditLogInUseException(Path file) {
        super("the audit log " + file + " is in use by another Netzbild process", null);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
