package org.netzbild.store.cypher;

/**
 * A statement the port runs. Its kind decides how it runs ({@link SessionTx}): a
 * {@link SessionRead} always with the session's visibility, {@link Bookkeeping} without. Only
 * {@link SessionTx} hands statement texts to the adapter (an ArchUnit rule holds this), so a read
 * of records cannot be run past the filter.
 */
sealed interface Query permits SessionRead, Bookkeeping {

    /** The Cypher text, with every value a parameter. */
    String cypher();
}
