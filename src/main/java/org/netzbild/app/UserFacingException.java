package org.netzbild.app;

/** A problem the user can act on, named by a message key of the i18n bundle and its arguments. */
public final class UserFacingException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public UserFacingException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
