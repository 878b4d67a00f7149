package org.netzbild.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One processing step: when, who, for what purpose, what kind, which action with which criteria,
 * which records. For bulk writes the ids are capped (see {@link AuditedIds}); the count and a
 * digest of all ids are kept so the set can still be checked.
 */
public record AuditEvent(Instant time, String user, String purpose, Operation operation, String action,
                         String criteria, AuditedIds ids, Outcome outcome) {

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(outcome, "outcome");
        criteria = criteria == null ? "" : criteria;
    }

    public AuditEvent failed() {
        return new AuditEvent(Instant.now(), user, purpose, operation, action, criteria, ids, Outcome.FAILED);
    }

    public AuditEvent done(AuditedIds released) {
        return new AuditEvent(Instant.now(), user, purpose, operation, action, criteria, released, Outcome.DONE);
    }

    /** The ids as a plain list, for tests and the viewer. */
    public List<String> listedIds() {
        return ids.listed();
    }
}
