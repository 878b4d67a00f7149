package org.netzbild.store;

import java.nio.file.Path;

/**
 * Neo4j's offline importer ended with an error: its own words (the lines after "Command Failed" in
 * its log, or the log's last lines) and where a copy of its log was kept.
 */
public final class OfflineImporterException extends StoreException {

    private final String cause;
    private final transient Path log;

    public OfflineImporterException(String cause, Path log) {
        super("Neo4j's offline importer failed: " + cause + " (its log: " + log + ")");
        this.cause = cause;
        this.log = log;
    }

    public String importerSaid() {
        return cause;
    }

    public Path log() {
        return log;
    }
}
