package org.netzbild.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A local account of the workspace: its user name, the agency it works for (an agency id of the
 * reference data), its roles, whether it may sign in, and its password hash. ADMIN stands alone:
 * whoever hands out access sees no case data ({@link Role#ADMIN}).
 */
public record Account(String name, String agency, Set<Role> roles, boolean enabled, PasswordHash password) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}");

    public Account {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-': " + name);
        }
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("an account needs an agency");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs a role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            throw new IllegalArgumentException("ADMIN cannot be combined with another role");
        }
        Objects.requireNonNull(password, "password");
    }

    public Account disabled() {
        return new Account(name, agency, roles, false, password);
    }

    public Account withPassword(PasswordHash newPassword) {
        return new Account(name, agency, roles, enabled, newPassword);
    }
}
