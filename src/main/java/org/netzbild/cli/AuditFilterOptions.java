package org.netzbild.cli;

import java.time.LocalDate;
import org.netzbild.app.AuditQuery;
import picocli.CommandLine.Option;

/**
 * The filters of {@code audit show} and {@code audit export}. Named apart from the session's own
 * {@code --case} and {@code --purpose} (why the officer reads the log), which every command states.
 */
final class AuditFilterOptions {

    @Option(names = "--by", paramLabel = "USER", descriptionKey = "option.auditBy")
    String user;

    @Option(names = "--for-case", paramLabel = "REFERENCE", descriptionKey = "option.auditCase")
    String caseReference;

    @Option(names = "--purpose-contains", paramLabel = "TEXT", descriptionKey = "option.auditPurpose")
    String purposeText;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "option.auditFrom")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "option.auditTo")
    LocalDate to;

    @Option(names = "--operation", paramLabel = "OPERATION", descriptionKey = "option.auditOperation")
    String operation;

    @Option(names = "--outcome", paramLabel = "OUTCOME", descriptionKey = "option.auditOutcome")
    String outcome;

    @Option(names = "--record", paramLabel = "ID", descriptionKey = "option.auditRecord")
    String recordId;

    AuditQuery query() {
        return new AuditQuery(user, caseReference, purposeText, from, to, operation, outcome, recordId);
    }
}
