package org.netzbild.security;

/** The session's roles do not grant what an operation needs; the refusal is on the audit log. */
public final class NotPermittedException extends RuntimeException {

    private final String user;
    private final Permission permission;

    public NotPermittedException(String user, Permission permission) {
        super("user '" + user + "' lacks the permission " + permission);
        this.user = user;
        this.permission = permission;
    }

    public String user() {
        return user;
    }

    public Permission permission() {
        return permission;
    }
}
