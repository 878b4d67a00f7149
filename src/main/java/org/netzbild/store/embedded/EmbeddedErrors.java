package org.netzbild.store.embedded;

import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.TransactionFailureException;
import org.neo4j.kernel.api.exceptions.Status;
import org.netzbild.store.StoreErrors;
import org.netzbild.store.StoreException;
import org.netzbild.store.StoreFullException;

/** Translates the embedded database's exceptions into the port's. */
final class EmbeddedErrors {

    private EmbeddedErrors() {
    }

    static RuntimeException translate(RuntimeException e, String where) {
        if (e instanceof StoreException) {
            return e;
        }
        if (StoreFullException.isNoRoom(e)) {
            return new StoreFullException(where, e);
        }
        if (!e.getClass().getName().startsWith("org.neo4j")) {
            return e;
        }
        if (e instanceof DatabaseShutdownException) {
            return StoreErrors.unavailable("the embedded database in " + where + " has been shut down", e);
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof Status.HasStatus status) {
                return StoreErrors.fromStatus(status.status().code().serialize(), e, where);
            }
            cause = cause.getCause();
        }
        if (e instanceof TransactionFailureException) {
            return StoreErrors.unavailable("the embedded database in " + where + " cannot run transactions: "
                    + e.getMessage(), e);
        }
        return new StoreException("the embedded database in " + where + " failed: " + e.getMessage(), e);
    }
}
