package org.netzbild.store;

/** How a batch meets records that already exist. */
public enum WriteMode {
    /** Every id must be new; an existing id fails the whole batch. */
    CREATE,
    /** Records with an existing id replace it (reference data, re-imports). */
    UPSERT
}
