package org.netzbild.security;

import java.util.Objects;

/**
 * Who works, for which agency, and for what purpose (the case reference or task that justifies
 * the processing). Every audit event names user and purpose.
 */
public record AnalystSession(String user, String agency, String purpose, Visibility visibility) {

    public AnalystSession {
        requireText(user, "user");
        requireText(purpose, "purpose");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A session that sees every record, for the single-user embedded workspace and for tests. */
    public static AnalystSession unrestricted(String user, String agency, String purpose) {
        return new AnalystSession(user, agency, purpose, Visibility.everything());
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a session needs a " + what);
        }
    }
}
