package org.netzbild.app;

/** A sign-in that was refused (and audited as such): wrong credentials, a disabled account, no accounts yet. */
public final class SignInRefusedException extends RuntimeException {

    /** Why, as far as the user may learn it: an unknown user reads like a wrong password. */
    public enum Reason {
        WRONG_CREDENTIALS, DISABLED, NO_ACCOUNTS
    }

    private final String user;
    private final Reason reason;

    public SignInRefusedException(String user, Reason reason) {
        super("sign-in of '" + user + "' refused: " + reason);
        this.user = user;
        this.reason = reason;
    }

    public String user() {
        return user;
    }

    public Reason reason() {
        return reason;
    }
}
