package org.netzbild.store;

/**
 * The server cannot be reached, or the connection to it broke off, and the driver's retries (10 s)
 * did not bring it back: the operation did not run, or did not complete. The driver's own words are
 * in the log file; the user reads which server.
 */
public final class ServerUnreachableException extends StoreUnavailableException {

    private final String server;

    public ServerUnreachableException(String server, Throwable cause) {
        super("the server " + server + " cannot be reached: " + cause.getMessage(), cause);
        this.server = server;
    }

    public String server() {
        return server;
    }
}
