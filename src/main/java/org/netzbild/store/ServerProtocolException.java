package org.netzbild.store;

/**
 * The server did not answer as a Bolt server: most often one that speaks TLS reached with
 * {@code bolt://}, or another service on that port.
 */
public final class ServerProtocolException extends StoreUnavailableException {

    private final String server;

    public ServerProtocolException(String server, Throwable cause) {
        super("the server " + server + " did not answer as a Bolt server: " + cause.getMessage(), cause);
        this.server = server;
    }

    public String server() {
        return server;
    }
}
