package org.netzbild.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who works, for which agency (an agency id of the reference data, e.g. {@code pp-essen}), for
 * what purpose (case reference and reason), with which roles, and which records they may see.
 * Every audit event names user, agency, purpose and case.
 */
public record AnalystSession(String user, String agency, Purpose purpose, Visibility visibility, Set<Role> roles) {

    public AnalystSession {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a session needs a user");
        }
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(visibility, "visibility");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An ANALYST's session: reads and analyses what the visibility lets it see, writes nothing. */
    public AnalystSession(String user, String agency, Purpose purpose, Visibility visibility) {
        this(user, agency, purpose, visibility, Set.of(Role.ANALYST));
    }

    /**
     * The session of a signed-in account working for {@code purpose}: it sees open records, its
     * agency's {@code AGENCY_ONLY} records and the need-to-know records naming the user or the case.
     */
    public static AnalystSession signedIn(Account account, Purpose purpose) {
        return new AnalystSession(account.name(), account.agency(), purpose,
                Visibility.of(account.name(), account.agency(), purpose.caseReference()), account.roles());
    }

    /**
     * A session that sees every record and may do everything, for the store's own housekeeping
     * (migrations, rolling back dead imports) and for tests of the core; the faces never build one.
     */
    public static AnalystSession unrestricted(String user, String agency, Purpose purpose) {
        return new AnalystSession(user, agency, purpose, Visibility.everything(), EnumSet.allOf(Role.class));
    }

    /** Whether one of the session's roles grants {@code permission}. */
    public boolean may(Permission permission) {
        return Role.grant(roles, permission);
    }

    /** The same user, agency and roles working for another purpose (another case, another reason). */
    public AnalystSession withPurpose(Purpose newPurpose) {
        Visibility seen = visibility.unrestricted() ? visibility
                : new Visibility(false, visibility.user(), visibility.agencies(), Set.of(newPurpose.caseReference()));
        return new AnalystSession(user, agency, newPurpose, seen, roles);
    }
}
