package org.netzbild.store.cypher;

/**
 * A statement of the store's own upkeep, run without a session's visibility: schema and version,
 * writes the port has already checked against the session ({@link CypherGraphStore} looks the
 * records up through a {@link SessionRead} first), and the lifecycle of imports. None of them
 * returns a record's content to a session.
 */
final class Bookkeeping implements Query {

    private final String cypher;

    private Bookkeeping(String cypher) {
        this.cypher = cypher;
    }

    static Bookkeeping of(String cypher) {
        if (cypher.contains(SessionRead.VISIBLE) || cypher.contains(SessionRead.OWN_IMPORT)
                || cypher.contains(SessionRead.DUE)) {
            throw new IllegalArgumentException("a statement with a visibility rule is a session read: " + cypher);
        }
        return new Bookkeeping(cypher);
    }

    @Override
    public String cypher() {
        return cypher;
    }

    @Override
    public String toString() {
        return cypher;
    }
}
