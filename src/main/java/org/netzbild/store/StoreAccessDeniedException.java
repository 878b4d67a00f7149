package org.netzbild.store;

/** The server refused the sign-in: wrong user name or password. */
public final class StoreAccessDeniedException extends StoreException {

    private final String server;
    private final String user;

    public StoreAccessDeniedException(String server, String user, Throwable cause) {
        super("the server " + server + " refused user '" + user + "': wrong user name or password", cause);
        this.server = server;
        this.user = user;
    }

    public String server() {
        return server;
    }

    public String user() {
        return user;
    }
}
