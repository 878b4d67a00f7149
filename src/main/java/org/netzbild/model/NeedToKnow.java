package org.netzbild.model;

import java.util.Set;

/**
 * Who may see a {@link Handling#NEED_TO_KNOW} record besides the user who recorded it: named users
 * and the analysts working on named cases (their stated case reference). Empty for every other
 * handling.
 */
public record NeedToKnow(Set<String> users, Set<String> cases) {

    public static final NeedToKnow NONE = new NeedToKnow(Set.of(), Set.of());

    public NeedToKnow {
        users = Set.copyOf(users);
        cases = Set.copyOf(cases);
    }

    public static NeedToKnow users(String... users) {
        return new NeedToKnow(Set.of(users), Set.of());
    }

    public static NeedToKnow cases(String... cases) {
        return new NeedToKnow(Set.of(), Set.of(cases));
    }

    public boolean isEmpty() {
        return users.isEmpty() && cases.isEmpty();
    }
}
