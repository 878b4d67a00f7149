package org.netzbild.ingest;

/**
 * The store went away in the middle of an import (the server or the connection to it, or the room
 * on the volume), or the audit log's volume filled up: the import is unfinished, and it was not taken
 * back, since that would have needed the same store or audit log. It stays marked as running until the next open of the store rolls it back
 * (embedded at once; on a server once its lease has run out), so nothing of it remains.
 */
public final class ImportInterruptedException extends RuntimeException {

    private final String importId;

    public ImportInterruptedException(String importId, RuntimeException cause) {
        super("import " + importId + " interrupted: " + cause.getMessage(), cause);
        this.importId = importId;
    }

    public String importId() {
        return importId;
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
