package org.netzbild.store;

/**
 * The server's certificate is not trusted: neither the system's trust store nor the certificate
 * the user named vouches for it (a self-signed certificate, a wrong host name, an expired one), so
 * the connection was refused before a password was sent.
 */
public final class ServerNotTrustedException extends StoreUnavailableException {

    private final String server;

    public ServerNotTrustedException(String server, Throwable cause) {
        super("the certificate of the server " + server + " is not trusted", cause);
        this.server = server;
    }

    public String server() {
        return server;
    }
}
