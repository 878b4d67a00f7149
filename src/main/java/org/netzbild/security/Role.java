package org.netzbild.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of an account. ADMIN manages accounts and sees no case data (separation of duties:
 * whoever hands out access does not use it); DATA_PROTECTION reads the audit log and works the
 * review queue, not the cases themselves.
 */
public enum Role {
    ANALYST(EnumSet.of(Permission.READ_CASE_DATA, Permission.ANALYSE)),
    EDITOR(EnumSet.of(Permission.READ_CASE_DATA, Permission.ANALYSE, Permission.WRITE, Permission.IMPORT)),
    ADMIN(EnumSet.of(Permission.MANAGE_ACCOUNTS, Permission.BACKUP)),
    DATA_PROTECTION(EnumSet.of(Permission.READ_AUDIT, Permission.REVIEW));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether any of these roles grants {@code permission}. */
    public static boolean grant(Collection<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions.contains(permission));
    }

    /** A role by its name in any case ({@code analyst}, {@code EDITOR}); {@link IllegalArgumentException} names the choices. */
    public static Role named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " (" + java.util.Arrays.toString(values()) + ")", e);
        }
    }
}
