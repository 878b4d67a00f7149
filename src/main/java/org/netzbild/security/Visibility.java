package org.netzbild.security;

import java.util.Objects;
import java.util.Set;

/**
 * Which records a session may see, by the record's handling:
 * <ul>
 *   <li>{@code OPEN}: every session;</li>
 *   <li>{@code AGENCY_ONLY}: sessions of the contributing agency ({@link #agencies()});</li>
 *   <li>{@code NEED_TO_KNOW}: the user who recorded it, the users it names, and sessions working on
 *       one of the cases it names ({@link #cases()}).</li>
 * </ul>
 * A record without a handling is seen by no restricted session. The store applies this to every
 * node and link it reads and walks only through visible records, so a restricted analyst never
 * sees, counts or traverses a record they may not see. An unrestricted visibility is for the
 * store's own housekeeping (migrations, rolling back dead imports) and for tests of it.
 *
 * @param user the signed-in user's name, matched against a record's named users and recorder
 * @param agencies the agencies whose {@code AGENCY_ONLY} records the session sees (its own)
 * @param cases the case references the session works on (its stated purpose)
 */
public record Visibility(boolean unrestricted, String user, Set<String> agencies, Set<String> cases) {

    public Visibility {
        Objects.requireNonNull(user, "user");
        agencies = Set.copyOf(agencies);
        cases = Set.copyOf(cases);
    }

    public static Visibility everything() {
        return new Visibility(true, "", Set.of(), Set.of());
    }

    /** A user of one agency, working on one case. */
    public static Visibility of(String user, String agency, String caseReference) {
        return new Visibility(false, user, Set.of(agency), Set.of(caseReference));
    }

    /** Sees open records and the {@code AGENCY_ONLY} ones of these agencies, no need-to-know record. */
    public static Visibility agencies(Set<String> agencies) {
        return new Visibility(false, "", agencies, Set.of());
    }
}
