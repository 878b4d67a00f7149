package org.netzbild.store;

/**
 * The embedded database did not shut down within the time allowed, typically because it cannot
 * write its last pages to a full volume (Neo4j then retries for ever). It was left as a crash
 * leaves it: what was committed is in its transaction log and is recovered at the next open.
 */
public final class StoreShutdownException extends StoreUnavailableException {

    private final String folder;
    private final long seconds;

    public StoreShutdownException(String folder, long seconds) {
        super("the database in " + folder + " did not shut down within " + seconds + " s and was left as it was", null);
        this.folder = folder;
        this.seconds = seconds;
    }

    public String folder() {
        return folder;
    }

    public long seconds() {
        return seconds;
    }
}
