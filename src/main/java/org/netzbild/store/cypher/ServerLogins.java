package org.netzbild.store.cypher;

/**
 * The server's own logins (Neo4j's native users, kept in its {@code system} database), where they
 * are the workspace's accounts: in an embedded workspace, which {@code netzbild serve} may serve,
 * and at a served workspace reached with an account's own login (ADR 0020). Each account that can
 * sign in has a login of the same name and password, so that the server's authentication and the
 * workspace's sign-in agree. A server whose users its operator keeps has none of this ({@link #NONE}).
 *
 * <p>Names and passwords travel as parameters of Neo4j's administration commands, never in the
 * Cypher text; the password is never logged.
 */
public interface ServerLogins {

    /** For a server whose users are not the workspace's accounts: nothing is kept. */
    ServerLogins NONE = new ServerLogins() {
        @Override
        public void set(String name, char[] password) {
        }

        @Override
        public void remove(String name) {
        }

        @Override
        public java.util.Map<String, Boolean> names() {
            return java.util.Map.of();
        }

        @Override
        public boolean kept() {
            return false;
        }
    };

    /** The statements, one place for both adapters; every value is a parameter. */
    String NAMES = "SHOW USERS YIELD user, passwordChangeRequired RETURN user, passwordChangeRequired";
    String CREATE = "CREATE USER $name SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
    String ALTER = "ALTER USER $name SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";
    String DROP = "DROP USER $name IF EXISTS";

    /** Creates the login {@code name}, or gives an existing one this password. */
    void set(String name, char[] password);

    /** Removes the login {@code name}, if there is one: a disabled account cannot log in to the server. */
    void remove(String name);

    /**
     * Every login the server has, each with whether it still waits for its first password (Neo4j's
     * default {@code neo4j} login does: whoever knows the default may set one, so it must not stay).
     */
    java.util.Map<String, Boolean> names();

    /** Whether this server's logins are the workspace's accounts (false for {@link #NONE}). */
    default boolean kept() {
        return true;
    }
}
