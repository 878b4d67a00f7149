package org.netzbild.security;

import java.util.Set;

/**
 * Which records a session may see. A record is visible when the session is unrestricted, when
 * its handling is {@code OPEN}, or when it comes from one of the session's agencies. The store
 * applies this to every node and link it reads, and walks only through visible nodes, so a
 * restricted analyst never sees, counts or traverses a record they may not see.
 */
public record Visibility(boolean unrestricted, Set<String> agencies) {

    public Visibility {
        agencies = Set.copyOf(agencies);
    }

    public static Visibility everything() {
        return new Visibility(true, Set.of());
    }

    public static Visibility agencies(Set<String> agencies) {
        return new Visibility(false, agencies);
    }
}
