package org.netzbild.store.cypher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netzbild.security.Visibility;

/**
 * A transaction as the port's operations see it, and the only place that hands statement texts to
 * the adapter's {@link CypherTx}: a {@link SessionRead} always runs with the session's visibility
 * parameters, which a caller can neither forget nor override.
 */
final class SessionTx {

    private final CypherTx tx;
    private final Map<String, Object> scope;

    SessionTx(CypherTx tx, Map<String, Object> scope) {
        this.tx = tx;
        this.scope = scope;
    }

    /** The parameters of a visibility, made once per session. */
    static Map<String, Object> scope(Visibility visibility) {
        return Map.of("unrestricted", visibility.unrestricted(), "user", visibility.user(),
                "agencies", List.copyOf(visibility.agencies()), "cases", List.copyOf(visibility.cases()));
    }

    List<Map<String, Object>> run(SessionRead read, Map<String, Object> parameters) {
        return tx.run(read.cypher(unrestricted(scope)), parameters(scope, parameters));
    }

    /** Which form of a read runs: decided by the visibility that also sets {@code $unrestricted}. */
    private static boolean unrestricted(Map<String, Object> scope) {
        return Boolean.TRUE.equals(scope.get("unrestricted"));
    }

    /** Runs a session read in a transaction of its own ({@link CypherRunner#readAlone}), with the session's parameters. */
    static List<Map<String, Object>> runAlone(CypherRunner runner, Map<String, Object> scope, SessionRead read,
            Map<String, Object> parameters) {
        return runner.readAlone(read.cypher(unrestricted(scope)), parameters(scope, parameters));
    }

    /** A session read's parameters: its own, then the session's visibility and today's date. */
    private static Map<String, Object> parameters(Map<String, Object> scope, Map<String, Object> parameters) {
        var all = new HashMap<>(parameters);
        all.putAll(scope);
        // read per statement, not per session: a desktop session outlasts midnight
        all.put("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        return all;
    }

    List<Map<String, Object>> run(Bookkeeping statement, Map<String, Object> parameters) {
        return tx.run(statement.cypher(), parameters);
    }
}
