package org.netzbild.store.cypher;

/**
 * A record another transaction deleted while this one read it. Neo4j reads at "read committed":
 * a statement can match a node or relationship, then find its properties gone when it projects
 * them, because an undo or a merge committed in between. Such a row cannot be mapped; the read is
 * run again from its start ({@link CypherGraphStore}), so the answer is one the store held, never
 * a record without its provenance.
 */
final class RecordVanished extends RuntimeException {

    RecordVanished(String what) {
        super(what + " was deleted by another transaction while it was read", null, false, false);
    }
}
