package org.netzbild.testsupport;

import java.nio.file.Path;
import java.time.Instant;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditLogInUseException;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;

/**
 * A second process at an audit log: tries to open it and, when that works, appends one entry.
 * Prints {@code OPENED} or {@code IN USE pid=N}; the argument is the log's path.
 */
public final class AuditLogOpenerMain {

    private AuditLogOpenerMain() {
    }

    public static void main(String[] args) {
        try (var log = FileAuditLog.open(Path.of(args[0]))) {
            log.append(new AuditEvent(Instant.now(), "zweiter.prozess", "AZ 2", Operation.QUERY, "search", "x",
                    AuditedIds.none(), Outcome.DONE));
            System.out.println("OPENED");
        } catch (AuditLogInUseException e) {
            System.out.println("IN USE pid=" + e.holder().pid());
            System.exit(4);
        }
    }
}
