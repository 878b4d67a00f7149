package org.netzbild.app;

import java.time.Instant;
import java.util.List;
import org.netzbild.audit.AuditEntry;

/**
 * One audit entry as the faces show it: number, time, who for which agency, case and purpose, the
 * kind of processing and the action, its criteria, outcome and the ids it names (up to 1,000 of
 * {@code count}).
 */
public record AuditLine(long seq, Instant time, String user, String agency, String caseReference, String purpose,
                        String operation, String action, String criteria, String outcome, long count, List<String> ids) {

    public AuditLine {
        ids = List.copyOf(ids);
    }

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.seq(), e.time(), e.user(), e.agency(), e.caseReference(), e.purpose(), e.operation().name(),
                e.action(), e.criteria(), e.outcome().name(), e.count(), e.ids());
    }

    /** Whether the entry names this record id among its listed ids. */
    public boolean names(String recordId) {
        return ids.contains(recordId);
    }
}
