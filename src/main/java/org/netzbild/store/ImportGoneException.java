package org.netzbild.store;

/**
 * The import being written is no longer running: another client rolled it back after its lease ran
 * out, or it was undone. The batch that found out was not written.
 */
public final class ImportGoneException extends StoreException {

    private final String importId;

    public ImportGoneException(String importId) {
        super("the import " + importId + " is no longer running: another client rolled it back or undid it", null);
        this.importId = importId;
    }

    public String importId() {
        return importId;
    }
}
