package org.netzbild.audit;

import java.nio.file.Path;

/**
 * The audit log's chain is broken, so it is not pruned: deleting its oldest entries could delete
 * the altered one, and the anchor would then make the rest look whole. The log stays as it is,
 * for whoever investigates.
 */
public final class AuditLogAlteredException extends RuntimeException {

    private final transient Path file;
    private final transient AuditVerification verification;

    public AuditLogAlteredException(Path file, AuditVerification verification) {
        super("the audit log " + file + " is altered from line " + verification.firstBadLine() + " ("
                + verification.problem() + "); it is not pruned");
        this.file = file;
        this.verification = verification;
    }

    public Path file() {
        return file;
    }

    public AuditVerification verification() {
        return verification;
    }
}
