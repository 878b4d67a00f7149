package org.netzbild.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.netzbild.audit.AuditVerification;
import org.netzbild.audit.AuditVerifier;

/** Verifies a workspace's audit log without opening the store. */
public final class AuditCheck {

    /**
     * What the check found, ready for the user.
     *
     * @param firstBadLine 0 when the log is intact
     * @param problem      the localised reason, empty when intact
     * @param prunedUpTo   the number of the last entry pruned off the log's start, 0 when none was
     */
    public record Report(long entries, long firstBadLine, long firstBadSeq, String problem, long prunedUpTo) {

        public boolean intact() {
            return firstBadLine == 0;
        }
    }

    private AuditCheck() {
    }

    /** Verifies the audit trail of the server {@code workspace} works on (remote mode), as its user. */
    public static Report verifyServer(Workspace workspace) {
        AuditVerification result = workspace.verifyServerAuditTrail();
        return new Report(result.entries(), result.firstBadLine(), result.firstBadSeq(),
                result.intact() ? "" : I18n.text("audit.problem." + result.problem().name()), 0);
    }

    public static Report verify(Path auditFile) {
        if (!Files.isRegularFile(auditFile)) {
            throw new UserFacingException("error.auditMissing", auditFile);
        }
        try {
            AuditVerification result = AuditVerifier.verify(auditFile);
            return new Report(result.entries(), result.firstBadLine(), result.firstBadSeq(),
                    result.intact() ? "" : I18n.text("audit.problem." + result.problem().name()), result.prunedUpTo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + auditFile, e);
        }
    }
}
