package org.netzbild.audit;

import java.nio.file.Path;
import java.time.Instant;

/** Another process holds the workspace's audit log; two writers would break its chain. */
public final class AuditLogInUseException extends AuditFailureException {

    /** The process that holds the log: its id and since when, or -1 and null where it did not say. */
    public record Holder(long pid, Instant since) {
    }

    private final transient Path file;
    private final transient Holder holder;

    public AuditLogInUseException(Path file, Holder holder) {
        super("the audit log " + file + " is in use by another Netzbild process (pid " + holder.pid() + " since "
                + holder.since() + ")", null);
        this.file = file;
        this.holder = holder;
    }

    public Path file() {
        return file;
    }

    public Holder holder() {
        return holder;
    }
}
