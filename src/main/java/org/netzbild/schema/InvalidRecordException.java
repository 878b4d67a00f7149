package org.netzbild.schema;

import java.util.List;

/** Records that do not fit the ontology; nothing of the write they belong to was stored. */
public final class InvalidRecordException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRecordException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        var text = new StringBuilder(violations.size() + " record problem(s): ");
        violations.stream().limit(5).forEach(v -> text.append(v).append("; "));
        if (violations.size() > 5) {
            text.append("…");
        }
        return text.toString();
    }
}
