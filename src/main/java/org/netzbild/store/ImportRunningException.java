package org.netzbild.store;

import java.time.Instant;

/** An import that is still running (its lease holds) cannot be undone: its writer would go on. */
public final class ImportRunningException extends StoreException {

    private final String importId;
    private final Instant lastSeen;

    public ImportRunningException(String importId, Instant lastSeen) {
        super("the import " + importId + " is still running (last sign of life " + lastSeen + ")", null);
        this.importId = importId;
        this.lastSeen = lastSeen;
    }

    public String importId() {
        return importId;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
