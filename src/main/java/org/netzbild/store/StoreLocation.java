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
     * {@code neo4j+s://}, {@code bolt+s://}).
     */
    record Remote(URI uri, String user, char[] password, String database) implements StoreLocation {
        private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

        public Remote {
            Objects.requireNonNull(uri, "uri");
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
                throw new IllegalArgumentException("a server address starts with bolt://, neo4j:// or neo4j+s://, not " + uri);
            }
            password = password == null ? new char[0] : password.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Remote r && uri.equals(r.uri) && Objects.equals(user, r.user)
                    && Arrays.equals(password, r.password) && Objects.equals(database, r.database);
        }

        @Override
        public int hashCode() {
            return Objects.hash(uri, user, database);
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "server " + uri + (user == null ? "" : " as " + user);
        }
    }
}
