package org.netzbild.store.embedded;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.netzbild.store.cypher.ServerLogins;

/**
 * The logins in the {@code system} database of an in-process Neo4j. Neo4j keeps them whether its
 * authentication is on or not, so a workspace opened on a laptop keeps them for the day it is
 * served; they are Neo4j's own salted hashes, beside the workspace's Argon2id ones.
 */
final class SystemDatabaseLogins implements ServerLogins {

    private final DatabaseManagementService service;
    private final String where;

    SystemDatabaseLogins(DatabaseManagementService service, String where) {
        this.service = service;
        this.where = where;
    }

    @Override
    public void set(String name, char[] password) {
        String statement = names().containsKey(name) ? ALTER : CREATE;
        run(statement, Map.of("name", name, "password", new String(password)));
    }

    @Override
    public void remove(String name) {
        run(DROP, Map.of("name", name));
    }

    @Override
    public Map<String, Boolean> names() {
        try {
            return system().executeTransactionally(NAMES, Map.of(), result -> {
                var names = new HashMap<String, Boolean>();
                result.forEachRemaining(row -> names.put((String) row.get("user"),
                        Boolean.TRUE.equals(row.get("passwordChangeRequired"))));
                return names;
            });
        } catch (RuntimeException e) {
            throw EmbeddedErrors.translate(e, where);
        }
    }

    private void run(String statement, Map<String, Object> parameters) {
        try {
            system().executeTransactionally(statement, parameters);
        } catch (RuntimeException e) {
            throw EmbeddedErrors.translate(e, where);
        }
    }

    private GraphDatabaseService system() {
        return service.database("system");
    }
}
