package org.netzbild.store;

/**
 * An unencrypted address ({@code bolt://}, {@code neo4j://}) for a server on another machine:
 * refused, since the password and every record would cross the network readable (issue 15). Such
 * a server is reached with {@code bolt+s://} or {@code neo4j+s://}.
 */
public final class UnencryptedServerException extends StoreException {

    private final String server;

    public UnencryptedServerException(String server) {
        super("the server " + server + " is not on this machine: its address must start with bolt+s:// or neo4j+s://");
        this.server = server;
    }

    public String server() {
        return server;
    }
}
