package org.netzbild.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/** Where the graph lives: an embedded database in a workspace folder, or a Neo4j server or cluster. */
public sealed interface StoreLocation {

    /** An in-process database under {@code folder}; the offline default. */
    record Embedded(Path folder) implements StoreLocation {
        public Embedded {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String toString() {
            return "embedded " + folder.toAbsolutePath();
        }
    }

    /**
     * A server ({@code bolt://}), a cluster or hosted service with routing ({@code neo4j://},
     * {@code neo4j+s://}, {@code bolt+s://}). Unencrypted schemes are for a server on this machine
     * only ({@link #isLoopback}); an encrypted one trusts the system's certificates, or only
     * {@code trustCertificate} when one is given (a PEM file). Schemes that trust any certificate
     * ({@code +ssc}) are not accepted: a self-signed certificate is trusted by naming it.
     * {@code accountLogin} says that {@code user} and {@code password} are a workspace account's
     * (a workspace served by {@code netzbild serve}, ADR 0020), not a login the server's operator
     * gave out.
     */
    record Remote(URI uri, String user, char[] password, String database, Path trustCertificate,
                  boolean accountLogin) implements StoreLocation {
        private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "neo4j", "neo4j+s");
        private static final Set<String> ENCRYPTED = Set.of("bolt+s", "neo4j+s");

        public Remote {
            Objects.requireNonNull(uri, "uri");
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
                throw new IllegalArgumentException("a server address starts with bolt://, bolt+s://, neo4j:// or neo4j+s://, not " + uri);
            }
            password = password == null ? new char[0] : password.clone();
        }

        /** A login the server's operator gave out, the system's certificates trusted. */
        public Remote(URI uri, String user, char[] password, String database) {
            this(uri, user, password, database, null, false);
        }

        /** Whether the connection is encrypted ({@code bolt+s}, {@code neo4j+s}). */
        public boolean isEncrypted() {
            return ENCRYPTED.contains(uri.getScheme());
        }

        /**
         * Whether the server is on this machine: {@code localhost} or a loopback address, written
         * as such (a name is not looked up, so that no name server decides what counts as local).
         */
        public boolean isLoopback() {
            String host = uri.getHost();
            if (host == null) {
                return false;
            }
            if (host.equalsIgnoreCase("localhost")) {
                return true;
            }
            String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                return false;
            }
            try {
                return java.net.InetAddress.getByName(literal).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Remote r && uri.equals(r.uri) && Objects.equals(user, r.user)
                    && Arrays.equals(password, r.password) && Objects.equals(database, r.database)
                    && Objects.equals(trustCertificate, r.trustCertificate) && accountLogin == r.accountLogin;
        }

        @Override
        public int hashCode() {
            return Objects.hash(uri, user, database, trustCertificate, accountLogin);
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "server " + uri + (user == null ? "" : " as " + user);
        }
    }
}
