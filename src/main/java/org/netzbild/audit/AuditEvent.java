package org.netzbild.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One processing step: when, who for which agency, for what purpose and case, what kind, which
 * action with which criteria, which records, and how it ended. For bulk writes the ids are capped
 * (see {@link AuditedIds}); the count and a digest of all ids are kept so the set can still be checked.
 */
public record AuditEvent(Instant time, Actor actor, Operation operation, String action,
                         String criteria, AuditedIds ids, Outcome outcome) {

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(outcome, "outcome");
        criteria = criteria == null ? "" : criteria;
    }

    /** An event of a user without agency or case (the log's own tests and tools). */
    public AuditEvent(Instant time, String user, String purpose, Operation operation, String action,
                      String criteria, AuditedIds ids, Outcome outcome) {
        this(time, new Actor(user, "", "", purpose), operation, action, criteria, ids, outcome);
    }

    public String user() {
        return actor.user();
    }

    public String purpose() {
        return actor.purpose();
    }

    public AuditEvent failed() {
        return new AuditEvent(Instant.now(), actor, operation, action, criteria, ids, Outcome.FAILED);
    }

    public AuditEvent done(AuditedIds released) {
        return new AuditEvent(Instant.now(), actor, operation, action, criteria, released, Outcome.DONE);
    }

    /** The ids as a plain list, for tests and the viewer. */
    public List<String> listedIds() {
        return ids.listed();
    }
}
