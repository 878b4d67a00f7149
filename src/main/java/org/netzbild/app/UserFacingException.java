package org.netzbild.app;

/** A problem the user can act on, named by a message key of the i18n bundle and its arguments. */
public final class UserFacingException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;
    private final boolean badArgument;

    public UserFacingException(String key, Object... arguments) {
        this(false, key, arguments);
    }

    private UserFacingException(boolean badArgument, String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
        this.badArgument = badArgument;
    }

    /** A value the user gave is out of range or unknown (the command line exits with 2). */
    public static UserFacingException badArgument(String key, Object... arguments) {
        return new UserFacingException(true, key, arguments);
    }

    public boolean isBadArgument() {
        return badArgument;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
