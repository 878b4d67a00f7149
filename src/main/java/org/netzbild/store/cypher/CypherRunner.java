package org.netzbild.store.cypher;

import java.util.function.Function;

/**
 * What an adapter provides: read transactions, write transactions and schema statements against
 * one Neo4j database. Work passed to {@link #read} and {@link #write} may be run again on a
 * transient failure (the Bolt adapter retries), so it must only act through its transaction.
 * Adapters translate their driver's errors into the store's exceptions.
 */
public interface CypherRunner extends AutoCloseable {

    <T> T read(Function<CypherTx, T> work);

    /**
     * Runs one reading statement in a transaction of its own that the database commits as it
     * answers: over Bolt one round trip (an auto-commit transaction, run and pull sent together)
     * instead of the two of {@link #read} (begin, run and pull; commit). The adapter retries it on
     * a transient failure like {@link #read}. For the reads a user waits for most often, the
     * one-hop expand among them.
     */
    java.util.List<java.util.Map<String, Object>> readAlone(String cypher, java.util.Map<String, Object> parameters);

    <T> T write(Function<CypherTx, T> work);

    /**
     * Runs {@code work} in one write transaction without retrying it: for work that must fail at
     * once when the database is gone (the server's audit trail), not after a retry window.
     */
    default <T> T writeOnce(Function<CypherTx, T> work) {
        return write(work);
    }

    /**
     * Runs one statement in a transaction of its own that the database commits as it answers, not
     * retried: over Bolt an auto-commit transaction, one round trip instead of the three of
     * {@link #writeOnce} (begin and run, run, commit). For the server's audit trail, which appends
     * once per read (ADR 0023).
     */
    java.util.List<java.util.Map<String, Object>> writeAlone(String cypher, java.util.Map<String, Object> parameters);

    /** Runs a schema statement (constraint, index) in a transaction of its own. */
    void schema(String statement);

    /**
     * Runs schema statements; an adapter that can runs them in one transaction, so that the
     * database builds the new indexes together (after a bulk load, one population instead of fifty).
     */
    default void schema(java.util.List<String> statements) {
        statements.forEach(this::schema);
    }

    /**
     * The server's logins, where they are the workspace's accounts and this connection may keep
     * them (ADR 0020); {@link ServerLogins#NONE} elsewhere.
     */
    default ServerLogins logins() {
        return ServerLogins.NONE;
    }

    /** Kind and location, for the user; never a password. */
    String description();

    @Override
    void close();
}
